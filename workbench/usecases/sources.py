"""Finding or creating the catalog source behind an extracted or reviewer-entered hop."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.catalog.keys import source_key
from workbench.enums import SourceKind
from workbench.errors import NotFound
from workbench.storage.models import Outlet, Source
from workbench.usecases.id_chunks import id_chunks


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
    return resolve_sources_at_once(session, [SourceWanted(SourceKind(kind), outlet_name, name, role, affiliation,
                                                          surface)])[0]


@dataclass(frozen=True)
class SourceWanted:
    """What resolve_source is asked: a hop's source by its identity."""

    kind: SourceKind
    outlet_name: str | None = None
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    surface: str | None = None


def resolve_sources_at_once(session: Session, wanted: Sequence[SourceWanted]) -> list[Source]:
    """resolve_source of each, in order, in a few queries for all (an article cites hundreds of sources): the
    catalog outlets named, their sources and the sources of every key are read once; new ones flushed once."""
    outlets: dict[str, Outlet] = {}
    for names in id_chunks(sorted({w.outlet_name for w in wanted if w.kind is SourceKind.OUTLET and w.outlet_name})):
        outlets.update((o.name, o) for o in session.scalars(select(Outlet).where(Outlet.name.in_(names))))
    by_outlet: dict[int, Source] = {}
    for ids in id_chunks(sorted(o.id for o in outlets.values())):
        for source in session.scalars(select(Source).where(Source.outlet_id.in_(ids)).order_by(Source.id.desc())):
            by_outlet[source.outlet_id] = source  # (the first by id, as one look-up finds it)
    identities = [None if w.kind is SourceKind.OUTLET and w.outlet_name in outlets else _keyed(w) for w in wanted]
    by_key: dict[tuple[str, str], Source] = {}
    for keys in id_chunks(sorted({identity[1] for identity in identities if identity})):
        for source in session.scalars(select(Source).where(Source.key.in_(keys)).order_by(Source.id.desc())):
            by_key[source.kind, source.key] = source
    found: list[Source] = []
    created = False
    for want, identity in zip(wanted, identities, strict=True):
        if identity is None:
            outlet = outlets[want.outlet_name]
            source = by_outlet.get(outlet.id)
            if source is None:
                source = by_outlet[outlet.id] = Source(kind=SourceKind.OUTLET.value, name=outlet.name, outlet=outlet,
                                                       key=source_key(outlet.name, None))
                by_key.setdefault((source.kind, source.key), source)  # as a later look-up by key would find it
                session.add(source)
                created = True
        else:
            kind, key, name, role = identity
            source = by_key.get((kind, key))
            if source is None:
                source = by_key[kind, key] = Source(kind=kind, name=name, role=role, affiliation=want.affiliation,
                                                    key=key)
                session.add(source)
                created = True
        found.append(source)
    if created:
        session.flush()
    return found


def _keyed(want: SourceWanted) -> tuple[str, str, str | None, str | None]:
    """(kind, key, name, role) of a source found by its key: an unlisted outlet under the name it proposes, one
    with neither name nor role under its surface."""
    name = want.name
    if want.kind is SourceKind.OUTLET:
        name = want.outlet_name or want.name or want.surface
    elif not (want.name or want.role):
        name = want.surface
    if not (name or want.role):
        raise NotFound("a source needs a name or a role")
    return want.kind.value, source_key(name, want.role), name, want.role
