"""An English story opening with its place in capitals ("RIYADH: Officials said …", as Gulf papers print it):
the place is a dateline, not part of the source; a speaker's label in capitals is no place."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.chains import capitals_dateline_length
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("RIYADH: Officials said the talks had failed.", "anonymous"),
        ("ABU DHABI: The minister said the talks had failed.", "person"),
        ("BEIRUT: Lebanese sources said the army had deployed.", "anonymous"),
    ],
)
def test_a_place_in_capitals_is_a_dateline(text, kind):
    [chain] = hops(text)
    assert chain[0][0] == kind and ":" not in chain[0][1] and not chain[0][1].isupper()


@pytest.mark.parametrize(
    "line",
    ["JOEL BENENSON: This is a man who said he would never run a negative ad.",
     "UNICEF: Two million children are out of school, the agency said.",
     "RIYADH: Talks on the border resume"],
)
def test_a_label_or_a_headline_is_no_dateline(line):
    assert capitals_dateline_length(line) == 0


def test_the_dateline_ends_at_its_colon():
    line = "ABU DHABI: The minister said the talks had failed."
    assert line[capitals_dateline_length(line):].startswith("The minister")
