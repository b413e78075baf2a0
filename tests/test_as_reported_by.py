"""English "as reported by X": X is the outlet that reported the sentence, opening it or closing it, and not
the one that edited or translated it ("as reported by Mehr and edited by IFP")."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The flotilla is due to stay in Tanzania for three days, as reported by Mehr and edited by IFP.",
         [("outlet", "Mehr")]),
        ("The flotilla docked on Saturday, as reported by the Tasnim news agency.", [("outlet", "Tasnim")]),
        ("As reported by Reuters, the talks collapsed on Monday.", [("outlet", "Reuters")]),
    ],
)
def test_the_reporting_outlet_is_the_source(text, chain):
    assert hops(text) == [chain]


def test_a_speaker_relayed_as_reported_by_an_outlet():
    [chain] = hops("Pour-Mohammadi said the law must change, as reported by Mehr.")
    assert chain[0] == ("outlet", "Mehr") and chain[1][0] == "person"
