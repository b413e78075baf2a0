"""An outlet's acronym ("SANA", "WAM", "SPA") is found only where the page writes it in capitals: "Sana'a" is
Yemen's capital, "Wam" or "spa" other words."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def outlets(text: str) -> list[str]:
    return [hit.name for hit in CATALOG.find_mentions(text) if hit.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("SANA said the strike killed five.", "SANA"), ("Damascus, SANA- The minister said", "SANA"),
     ("the minister told WAM on Monday", "WAM"), ("according to SPA, the prince arrived", "Saudi Press Agency"),
     ("وقال لـKUNA إن الطريق مفتوح", "KUNA")],
)
def test_an_acronym_in_capitals_is_the_outlet(text, outlet):
    assert outlets(text) == [outlet]


@pytest.mark.parametrize(
    "text",
    ["a responsible source in the Yemeni capital, Sana'a, denied it", "Residents of Sana said the road was shut",
     "Wam said the minister arrived", "the hotel spa reopened on Monday", "Mena Massoud said the film was ready"],
)
def test_the_same_letters_not_in_capitals_are_no_outlet(text):
    assert outlets(text) == []
