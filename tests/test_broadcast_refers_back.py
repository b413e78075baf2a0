"""English "the broadcast" and "the publication" refer back to the outlet named before, as "the agency" does."""

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
        ("At least 17 guards were killed, Iranian state TV reported. The broadcast said 16 others were wounded.", "IRIB"),
        ("The blast killed five people, the BBC reported. The broadcast said the road was shut.", "BBC"),
        ("National Review ran a whole issue against him. The conservative publication said he was no conservative.",
         "National Review"),
    ],
)
def test_the_broadcast_or_publication_is_the_outlet_named_before(text, outlet):
    assert hops(text)[-1] == [("outlet", outlet)]
