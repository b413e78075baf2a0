"""The outlet and source catalog: list, add, edit (and undo an edit), alias, and search across scripts."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from workbench.catalog.keys import source_key
from workbench.enums import OutletKind, SourceKind, parse_enum
from workbench.errors import InvalidValue, NotFound
from workbench.storage.models import Outlet, Source
from workbench.text.normalize import comparison_key
from workbench.usecases.catalog.index import source_ranking
from workbench.usecases.catalog.rows import attach_alias, detach_aliases, find_outlet, find_source
from workbench.usecases.convert import outlet_record, source_record
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, OutletRecord, SourceRecord
from workbench.usecases.sources import outlet_source


def list_outlets(db, *, search: str = "") -> list[OutletRecord]:
    """The outlets by name, with their aliases; `search` keeps those with a name or alias containing it."""
    key = comparison_key(search)
    with db.reading() as session:
        sources = dict(session.execute(select(Source.outlet_id, Source.id).where(Source.outlet_id.is_not(None))).all())
        outlets = session.scalars(select(Outlet).options(selectinload(Outlet.aliases)).order_by(Outlet.name))
        records = [outlet_record(o, sources.get(o.id)) for o in outlets]
    if key:
        records = [r for r in records if any(key in comparison_key(t) for t in (r.name, *r.aliases))]
    return records


def add_outlet(db, *, name: str, kind: str, country: str | None = None, language: str | None = None,
               domain: str | None = None, notes: str = "", aliases: list[str] = (),
               actor: Actor | None = None) -> OutletRecord:
    name = name.strip()
    if not name:
        raise InvalidValue("an outlet needs a name")
    kind_value = parse_enum(OutletKind, kind).value
    if country and len(country.strip()) != 2:
        raise InvalidValue(f"country {country!r} should be a two-letter code such as GB or EG")
    with db.writing() as session:
        if session.scalar(select(Outlet.id).where(Outlet.name == name)) is not None:
            raise InvalidValue(f"an outlet named {name!r} is already in the catalog")
        outlet = Outlet(name=name, kind=kind_value, country=(country or "").strip().upper() or None,
                        language=language or None, domain=domain or None, notes=notes or "")
        session.add(outlet)
        session.flush()
        for text in [name, *aliases]:
            attach_alias(session, text, outlet=outlet)
        source = outlet_source(session, outlet)
        record_event(session, entity="outlet", field="created", new=name, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, source.id)


def edit_outlet(db, outlet_id: int, *, actor: Actor | None = None, **changes) -> OutletRecord:
    """Change an outlet's name, kind, country, language, domain or notes; a new name also becomes an alias."""
    with db.writing() as session:
        outlet = find_outlet(session, outlet_id)
        _set_outlet_fields(session, outlet, changes, actor=actor)
        if "name" in changes:
            attach_alias(session, changes["name"], outlet=outlet, quiet=True)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def revert_outlet_edit(db, outlet_id: int, *, previous: dict, added_aliases: tuple[str, ...] = (),
                       actor: Actor | None = None) -> OutletRecord:
    """Undo edit_outlet: the previous field values come back and the aliases the edit added (a new name) go."""
    with db.writing() as session:
        outlet = find_outlet(session, outlet_id)
        _set_outlet_fields(session, outlet, previous, actor=actor, note="undo")
        for alias in detach_aliases(outlet, added_aliases):
            record_event(session, entity="outlet", field="alias_removed", old=alias, entity_id=outlet.id,
                         actor=actor, note="undo")
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def _set_outlet_fields(session, outlet: Outlet, changes: dict, *, actor: Actor | None,
                       note: str | None = None) -> None:
    allowed = {"name", "kind", "country", "language", "domain", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidValue(f"outlets have no field {sorted(unknown)[0]!r}")
    if "kind" in changes:
        changes = {**changes, "kind": parse_enum(OutletKind, changes["kind"]).value}
    if changes.get("name", outlet.name) != outlet.name and session.scalar(
            select(Outlet.id).where(Outlet.name == changes["name"])) is not None:
        raise InvalidValue(f"an outlet named {changes['name']!r} is already in the catalog")
    for field, value in changes.items():
        old = getattr(outlet, field)
        if old != value:
            record_event(session, entity="outlet", field=field, old=old, new=value, entity_id=outlet.id, actor=actor,
                         note=note)
            setattr(outlet, field, value)


def add_alias(db, outlet_name_or_id: str | int, alias: str, *, actor: Actor | None = None) -> OutletRecord:
    """Give an outlet another spelling; refused if another catalog entry already has it."""
    with db.writing() as session:
        outlet = find_outlet(session, outlet_name_or_id)
        attach_alias(session, alias, outlet=outlet)
        record_event(session, entity="outlet", field="alias_added", new=alias, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def remove_alias(db, outlet_name_or_id: str | int, alias: str, *, actor: Actor | None = None) -> OutletRecord:
    with db.writing() as session:
        outlet = find_outlet(session, outlet_name_or_id)
        if not detach_aliases(outlet, [alias]):
            raise NotFound(f"{outlet.name} has no alias {alias!r}")
        record_event(session, entity="outlet", field="alias_removed", old=alias, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


# Least fuzzy similarity for a picker hit: a letter or two typed still lists every name they begin.
_PICKER_CUTOFF = 60.0


@dataclass(frozen=True)
class SourceHit:
    """A catalog search result: the source, the spelling that matched, and how well (0-100)."""

    source: SourceRecord
    matched: str
    score: float


def search_sources(db, query: str, *, limit: int = 15, kinds: tuple[str, ...] = ()) -> list[SourceHit]:
    """Fuzzy search over every name and alias in both scripts ("صن" or "sun" finds The Sun), by the catalog's
    one match_score (workbench.catalog.ranking), one hit per source, best first."""
    key = comparison_key(query)
    if not key:
        return []
    wanted = {SourceKind(k).value for k in kinds}
    with db.reading() as session:
        ranking, kind_of = source_ranking(session)
        ranked = ranking.rank(key, limit=limit, cutoff=_PICKER_CUTOFF,
                              accept=(lambda source_id: kind_of[source_id] in wanted) if wanted else None)
        sources = {s.id: s for s in session.scalars(
            select(Source).where(Source.id.in_([hit.owner for hit in ranked])).options(selectinload(Source.outlet)))}
        return [SourceHit(source_record(sources[hit.owner]), hit.spelling, hit.score) for hit in ranked]


def list_sources(db, *, kind: str | None = None, search: str = "") -> list[SourceRecord]:
    query = select(Source).options(selectinload(Source.outlet)).order_by(Source.kind, Source.name)
    if kind:
        query = query.where(Source.kind == SourceKind(kind).value)
    key = comparison_key(search)
    with db.reading() as session:
        records = [source_record(s) for s in session.scalars(query)]
    return [r for r in records if not key or key in comparison_key(r.label)]


def edit_source(db, source_id: int, *, name: str | None = None, role: str | None = None,
                affiliation: str | None = None, actor: Actor | None = None) -> SourceRecord:
    """Change a source's name, role or affiliation; None leaves a field alone, "" clears it."""
    with db.writing() as session:
        source = find_source(session, source_id)
        if source.kind == SourceKind.OUTLET.value:
            raise InvalidValue("edit an outlet source through its outlet")
        for field, value in (("name", name), ("role", role), ("affiliation", affiliation)):
            if value is not None and (value or None) != getattr(source, field):
                record_event(session, entity="source", field=field, old=getattr(source, field), new=value or None,
                             entity_id=source.id, actor=actor)
                setattr(source, field, value or None)
        source.key = source_key(source.name, source.role)
        session.flush()
        return source_record(source)
