"""Taking a catalog entry out and putting it back exactly (same id, fields and aliases): the undo and redo of adding one.

Only an entry nothing refers to can be taken out; once a hop or an article points at it, removing it would
lose the reviewer's work, so the removal is refused and nothing changes.
"""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.catalog.keys import source_key
from workbench.enums import SourceKind
from workbench.errors import InvalidValue
from workbench.storage.models import Article, AttributionHop, Outlet, Source
from workbench.usecases.catalog.rows import attach_alias, find_outlet, find_source, refuse_duplicate_source
from workbench.usecases.convert import outlet_record, source_record
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, OutletRecord, RemovedSource, SourceRecord
from workbench.usecases.sources import outlet_source


def delete_outlet(db, outlet_id: int, *, actor: Actor | None = None) -> OutletRecord:
    """Remove an outlet nothing refers to yet (the undo of add_outlet); returns it as it was, for restore_outlet."""
    with db.writing() as session:
        outlet = find_outlet(session, outlet_id)
        source = session.scalar(select(Source).where(Source.outlet_id == outlet.id))
        hops = _hops_at(session, source.id) if source is not None else 0
        articles = session.scalar(select(func.count()).where(Article.publisher_id == outlet.id))
        if hops or articles:
            raise InvalidValue(f"“{outlet.name}” can no longer be removed: {hops} hop(s) and {articles} article(s) "
                               "point at it now. Merge it into another outlet instead.")
        removed = outlet_record(outlet, source.id if source is not None else None)
        record_event(session, entity="outlet", field="deleted", old=outlet.name, entity_id=outlet.id, actor=actor)
        if source is not None:
            session.delete(source)
        session.delete(outlet)
        return removed


def restore_outlet(db, removed: OutletRecord, *, actor: Actor | None = None) -> OutletRecord:
    """Put a removed outlet back with its fields and aliases, under its old id when that is still free."""
    with db.writing() as session:
        outlet = put_back_outlet(session, removed)
        record_event(session, entity="outlet", field="restored", new=outlet.name, entity_id=outlet.id, actor=actor)
        return outlet_record(outlet, outlet_source(session, outlet).id)


def delete_source(db, source_id: int, *, actor: Actor | None = None) -> RemovedSource:
    """Remove a person, organization or anonymous source no hop points at (the undo of adding it)."""
    with db.writing() as session:
        source = find_source(session, source_id)
        if source.kind == SourceKind.OUTLET.value:
            raise InvalidValue("remove an outlet's source by removing the outlet")
        removed = RemovedSource(source_record(source), tuple(alias.text for alias in source.aliases))
        hops = _hops_at(session, source.id)
        if hops:
            raise InvalidValue(f"“{removed.source.label}” can no longer be removed: {hops} hop(s) point at it now.")
        record_event(session, entity="source", field="deleted", old=removed.source.label, entity_id=source.id,
                     actor=actor)
        session.delete(source)
        return removed


def restore_source(db, removed: RemovedSource, *, actor: Actor | None = None) -> SourceRecord:
    """Put a removed source back, under its old id when that is still free; refused if it was added again since."""
    with db.writing() as session:
        refuse_duplicate_source(session, removed.source.kind, removed.source.name, removed.source.role)
        source = put_back_source(session, removed)
        record_event(session, entity="source", field="restored", new=removed.source.label, entity_id=source.id,
                     actor=actor)
        return source_record(source)


def put_back_outlet(session: Session, removed: OutletRecord) -> Outlet:
    """Recreate an outlet, its chain source and its aliases in the caller's transaction."""
    if session.scalar(select(Outlet.id).where(Outlet.name == removed.name)) is not None:
        raise InvalidValue(f"an outlet named {removed.name!r} is in the catalog again, so the old one cannot come back")
    outlet = Outlet(id=_free_id(session, Outlet, removed.id), name=removed.name, kind=removed.kind,
                    country=removed.country, language=removed.language, domain=removed.domain, notes=removed.notes)
    session.add(outlet)
    session.add(Source(id=_free_id(session, Source, removed.source_id), kind=SourceKind.OUTLET.value,
                       name=removed.name, outlet=outlet, key=source_key(removed.name, None)))
    session.flush()
    for text in removed.aliases:
        attach_alias(session, text, outlet=outlet)
    return outlet


def put_back_source(session: Session, removed: RemovedSource) -> Source:
    """Recreate a source and its aliases in the caller's transaction."""
    record = removed.source
    source = Source(id=_free_id(session, Source, record.id), kind=record.kind, name=record.name, role=record.role,
                    affiliation=record.affiliation, key=source_key(record.name, record.role))
    session.add(source)
    session.flush()
    for text in removed.aliases:
        attach_alias(session, text, source=source)
    return source


def _free_id(session: Session, model, wanted: int | None) -> int | None:
    """The old id if no row has taken it since (SQLite may hand a freed id to the next insert), else a new one."""
    return wanted if wanted is not None and session.get(model, wanted) is None else None


def _hops_at(session: Session, source_id: int) -> int:
    return session.scalar(select(func.count()).where(AttributionHop.source_id == source_id))
