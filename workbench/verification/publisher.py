"""A publisher typed by hand ("The Sun", "صحيفة صن البريطانية") to its catalog outlet, or a refusal naming
the closest outlets."""

from workbench.catalog.aliases import AliasIndex
from workbench.errors import NotFound

CANDIDATES = 3


def publisher_outlet_name(catalog: AliasIndex, typed: str) -> str:
    """The catalog outlet's name: an alias as written, a name without its nationality, or a name the words
    around it only describe ("صحيفة صن البريطانية": the newspaper Sun, British). NotFound names candidates."""
    text = " ".join(typed.split())
    hit = catalog.exact(text) or catalog.bare_name(text)
    if hit is not None and hit.kind == "outlet":
        return hit.name
    mentioned = {m.name for m in catalog.find_mentions(text) if m.kind == "outlet"}
    if len(mentioned) == 1:
        return mentioned.pop()
    close = [h.name for h in catalog.fuzzy(text, limit=10) if h.kind == "outlet"][:CANDIDATES]
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    raise NotFound(f"no outlet {typed!r} in the catalog{hint}")
