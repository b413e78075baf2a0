"""A headline crediting its source after a dash ("… - CNN", "… — report"): with no cue of its own it is still the
credited outlet's claim; "— report" is the outlet the lede names next."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("FBI probes cyber breaches at European shipping registries - CNN\nThe FBI is investigating the breaches, "
         "CNN reported on Monday.", "CNN"),
        ("US set to release $3.5 billion to Israel for arms purchases — report\nWashington is set to give Israel "
         "$3.5 billion to spend on US weapons, CNN reports, citing sources.", "CNN"),
        ("Army weighs plans for a flare-up on the northern border – report\nThe army is weighing plans for a flare-up, "
         "the Haaretz daily reports.", "Haaretz"),
    ],
)
def test_the_credited_outlet_is_the_headlines_source(text, outlet):
    assert hops(text)[0] == [("outlet", outlet)]


def test_a_headline_with_no_credit_claims_nothing():
    assert hops("FBI probes cyber breaches at European shipping registries\nThe agency opened the case in May.") == []
