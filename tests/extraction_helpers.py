"""The shipped catalog loaded once for extraction tests, and each claim's chain as (kind, outlet or surface) pairs."""

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[tuple[str, str]]]:
    """Every claim's chain, outermost first: (kind, catalog outlet's name or the words as written) per hop."""
    return [[(h.kind.value, h.outlet or h.surface) for h in c.chain] for c in extract(text, catalog=CATALOG).claims]
