"""English subjects after an opening phrase: a quoted outlet name there ('In an interview with "Al-Akhbar"
newspaper, a source denied') is the outlet told, and a place named in apposition ("a source in the Yemeni capital,
Sana'a, denied") is no speaker."""

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
        ('In an interview with "Asharq Al-Awsat", a senior official denied that talks were under way.',
         "Asharq Al-Awsat"),
        ('Speaking to "Al Arabiya" on Monday, a military source said the convoy had been stopped.', "Al Arabiya"),
    ],
)
def test_a_quoted_outlet_in_the_opening_phrase_is_the_outer_hop(text, outlet):
    [chain] = hops(text)
    assert chain[0] == ("outlet", outlet) and chain[1][0] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "A responsible source in the Yemeni capital, Sana'a, denied that talks were under way.",
        "A resident of the southern city, Basra, said the water had been cut for days.",
        "An official from the northern province, Idlib, said the crossing was closed.",
    ],
)
def test_a_place_named_in_apposition_is_no_speaker(text):
    [chain] = hops(text)
    assert chain[0][0] == "anonymous" and not chain[0][1].startswith(("Sana", "Basra", "Idlib"))


def test_a_clause_before_the_place_keeps_its_own_subject():
    [chain] = hops("Pro-government marches were held in the capital, state television reported.")
    assert chain[0][0] == "outlet"
