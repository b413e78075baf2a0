"""English "The other official added", "The official said" after unnamed officials: the unnamed official again,
inside the report under way, not a person by role."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("again", ["The other official", "The second official", "The official"])
def test_the_unnamed_official_again(again):
    chains = hops(f"Two Iranian officials told Reuters that Tehran could curb cooperation. {again} added that talks "
                  "were still possible.")
    assert [kind for kind, _ in chains[1]] == ["outlet", "anonymous"] and chains[1][0][1] == "Reuters"
