"""Merging duplicate catalog entries, and unmerging: a merge returns exactly what it moved, so it can be put back.

Unmerging brings the dropped entry back (same id when free) with its aliases and points exactly the hops
and articles the merge moved at it again; a hop or article pointed elsewhere since is left where it is.
"""

from sqlalchemy import select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from workbench.errors import InvalidValue
from workbench.storage.models import Article, AttributionHop, Outlet, Source
from workbench.usecases.catalog.entries import put_back_outlet, put_back_source
from workbench.usecases.catalog.rows import detach_aliases, find_outlet, find_source
from workbench.usecases.convert import outlet_record, source_record
from workbench.usecases.history import record_event
from workbench.usecases.records import (
    Actor,
    OutletMerge,
    OutletRecord,
    RemovedSource,
    SourceMerge,
    SourceRecord,
)
from workbench.usecases.sources import outlet_source


def merge_outlets(db, keep_id: int, drop_id: int, *, actor: Actor | None = None) -> OutletMerge:
    """Merge a duplicate outlet into another: aliases, hops and articles follow the kept one."""
    if keep_id == drop_id:
        raise InvalidValue("an outlet cannot be merged into itself")
    with db.writing() as session:
        keep, drop = find_outlet(session, keep_id), find_outlet(session, drop_id)
        keep_source, drop_source = outlet_source(session, keep), outlet_source(session, drop)
        dropped = outlet_record(drop, drop_source.id)
        hop_ids = _repoint(session, AttributionHop.source_id, drop_source.id, keep_source.id)
        article_ids = _repoint(session, Article.publisher_id, drop.id, keep.id)
        for alias in list(drop.aliases):
            alias.outlet = keep
        record_event(session, entity="outlet", field="merged", old=drop.name, new=keep.name, entity_id=keep.id,
                     actor=actor, note=f"{len(hop_ids)} hops and {len(article_ids)} articles repointed")
        session.flush()
        session.delete(drop_source)
        session.delete(drop)
        session.flush()
        return OutletMerge(outlet_record(keep, keep_source.id), dropped, hop_ids, article_ids)


def unmerge_outlets(db, merge: OutletMerge, *, actor: Actor | None = None) -> OutletRecord:
    """Undo merge_outlets; returns the outlet that came back. Refused, changing nothing, if it cannot come back whole."""
    with db.writing() as session:
        keep = _still_there(session, Outlet, merge.kept.id, merge.kept.name)
        keep_source = outlet_source(session, keep)
        detach_aliases(keep, merge.dropped.aliases)
        session.flush()
        outlet = put_back_outlet(session, merge.dropped)
        source = outlet_source(session, outlet)
        hops = _repoint(session, AttributionHop.source_id, keep_source.id, source.id, only=merge.hop_ids)
        articles = _repoint(session, Article.publisher_id, keep.id, outlet.id, only=merge.article_ids)
        record_event(session, entity="outlet", field="unmerged", old=keep.name, new=outlet.name, entity_id=outlet.id,
                     actor=actor, note=f"{len(hops)} hops and {len(articles)} articles pointed back")
        return outlet_record(outlet, source.id)


def merge_sources(db, keep_id: int, drop_id: int, *, actor: Actor | None = None) -> SourceMerge:
    """Merge a duplicate source into another: every hop pointing at it is repointed, then it is removed."""
    if keep_id == drop_id:
        raise InvalidValue("a source cannot be merged into itself")
    with db.writing() as session:
        keep, drop = find_source(session, keep_id), find_source(session, drop_id)
        if drop.outlet_id is not None:
            raise InvalidValue("merge outlets with merge_outlets, so their aliases and articles move too")
        dropped = RemovedSource(source_record(drop), tuple(alias.text for alias in drop.aliases))
        hop_ids = _repoint(session, AttributionHop.source_id, drop.id, keep.id)
        for alias in list(drop.aliases):
            alias.source = keep
        record_event(session, entity="source", field="merged", old=_tag(drop), new=_tag(keep), entity_id=keep.id,
                     actor=actor, note=f"{len(hop_ids)} hops repointed")
        session.flush()
        session.delete(drop)
        session.flush()
        return SourceMerge(source_record(keep), dropped, hop_ids)


def unmerge_sources(db, merge: SourceMerge, *, actor: Actor | None = None) -> SourceRecord:
    """Undo merge_sources; returns the source that came back. Refused, changing nothing, if it cannot come back whole."""
    with db.writing() as session:
        keep = _still_there(session, Source, merge.kept.id, merge.kept.label)
        detach_aliases(keep, merge.dropped.aliases)
        session.flush()
        source = put_back_source(session, merge.dropped)
        hops = _repoint(session, AttributionHop.source_id, keep.id, source.id, only=merge.hop_ids)
        record_event(session, entity="source", field="unmerged", old=_tag(keep), new=_tag(source),
                     entity_id=source.id, actor=actor, note=f"{len(hops)} hops pointed back")
        return source_record(source)


def _repoint(session: Session, column: InstrumentedAttribute, old: int, new: int, *,
             only: tuple[int, ...] | None = None) -> tuple[int, ...]:
    """Point the rows whose column holds old at new (only those listed, when given); returns their ids."""
    model = column.class_
    query = select(model.id).where(column == old)
    if only is not None:
        query = query.where(model.id.in_(only))
    ids = tuple(session.scalars(query.order_by(model.id)))
    if ids:
        session.execute(update(model).where(model.id.in_(ids)).values({column.key: new}))
    return ids


def _tag(source: Source) -> str:
    """How the history names a source in a merge: its id and its name (or role)."""
    return f"{source.id}:{source.name or source.role}"


def _still_there(session: Session, model, entry_id: int, label: str):
    entry = session.get(model, entry_id)
    if entry is None:
        raise InvalidValue(f"the merge cannot be undone: “{label}”, which the merge kept, is no longer in the catalog")
    return entry
