"""Finding or creating the catalog source behind an extracted or reviewer-entered hop."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.catalog.keys import source_key
from workbench.enums import SourceKind
from workbench.errors import NotFound
from workbench.storage.models import Outlet, Source


def outlet_source(session: Session, outlet: Outlet) -> Source:
    """The one source that stands for an outlet in chains (created with the outlet if missing)."""
    source = session.scalar(select(Source).where(Source.outlet_id == outlet.id))
    if source is None:
        source = Source(kind=SourceKind.OUTLET.value, name=outlet.name, outlet=outlet,
                        key=source_key(outlet.name, None))
        session.add(source)
        session.flush()
    return source


def resolve_source(
    session: Session,
    *,
    kind: SourceKind | str,
    outlet_name: str | None = None,
    name: str | None = None,
    role: str | None = None,
    affiliation: str | None = None,
    surface: str | None = None,
) -> Source:
    """The existing source with this identity, or a new one.

    Catalog outlets are found by canonical name; other sources by the comparison form of name and role,
    so "يحيى رسول" seen in two articles is one person. An outlet missing from the catalog is kept under the
    name extraction proposes for it (so the hops that refer back to it share it), and a source with neither
    name nor role under the words the article used (`surface`), for the reviewer to link or correct.
    """
    kind = SourceKind(kind)
    if kind is SourceKind.OUTLET:
        outlet = session.scalar(select(Outlet).where(Outlet.name == outlet_name)) if outlet_name else None
        if outlet is not None:
            return outlet_source(session, outlet)
        name = outlet_name or name or surface  # an unlisted outlet under the name it proposes
    elif not (name or role):
        name = surface
    if not (name or role):
        raise NotFound("a source needs a name or a role")
    key = source_key(name, role)
    source = session.scalar(select(Source).where(Source.kind == kind.value, Source.key == key).limit(1))
    if source is None:
        source = Source(kind=kind.value, name=name, role=role, affiliation=affiliation, key=key)
        session.add(source)
        session.flush()
    return source
