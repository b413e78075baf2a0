"""The real-reporting fixtures stay well-formed: claims and surfaces in their texts, one attribution per sentence."""

import importlib.util
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "data" / "real"
SPLITS = sorted(p.name.removesuffix(".gold.json") for p in REAL.glob("*.gold.json"))


def _validate():
    spec = importlib.util.spec_from_file_location("validate_real", REAL / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_well_formed(split):
    assert _validate().problems_in(split) == []


@pytest.mark.parametrize(("text", "claims", "continuations"), [
    ("قال الوزير إن الطريق مفتوح، مؤكدا أن العمل مستمر.", ["قال الوزير إن الطريق مفتوح", "مؤكدا أن العمل مستمر"],
     ["مؤكدا أن العمل مستمر"]),
    ("قالت الوزيرة إن الطريق مفتوح، مؤكدةً أن العمل مستمر.", ["قالت الوزيرة إن الطريق مفتوح", "مؤكدةً أن العمل مستمر"],
     ["مؤكدةً أن العمل مستمر"]),  # with tanween
    ("قال الوزير إن الطريق مفتوح. وأكد أن العمل مستمر.", ["قال الوزير إن الطريق مفتوح", "وأكد أن العمل مستمر"], []),
    ("قال الوزير إن الطريق مفتوح.\nمضيفا أن العمل مستمر", ["قال الوزير إن الطريق مفتوح", "مضيفا أن العمل مستمر"],
     []),  # another line: its own sentence
    ("The minister said the road is open, adding that work goes on.",
     ["The minister said the road is open", "adding that work goes on"], ["adding that work goes on"]),
])
def test_a_participial_continuation_is_no_attribution_of_its_own(text, claims, continuations):
    assert _validate()._continuations(text, [{"claim": c} for c in claims]) == continuations
