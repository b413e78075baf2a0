"""English "a senior adviser to Prime Minister Benjamin Netanyahu", "a longtime aide to Trump": the unnamed adviser
speaks, not the man named after "to"."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A senior adviser to Prime Minister Benjamin Netanyahu has said Israel will push on.", "Netanyahu"),
        ("An aide to Netanyahu said the talks had failed.", "Netanyahu"),
        ('"His knowledge is twenty years old," said a longtime adviser to Trump.', "Trump"),
        ("A close associate of President Putin told Reuters that the talks had failed.", "Putin"),
    ],
)
def test_the_adviser_speaks_not_the_man_he_advises(text, named):
    [chain] = hops(text)
    assert chain[-1][0] == "anonymous" and chain[-1][1] != named
