"""The outlet and source catalog: list, add, edit, alias, search across scripts, and merge duplicates."""

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from workbench.catalog.keys import source_key
from workbench.enums import OutletKind, SourceKind, parse_enum
from workbench.errors import InvalidValue, NotFound
from workbench.storage.models import Alias, Article, AttributionHop, Outlet, Source
from workbench.text.normalize import comparison_key
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
            _attach_alias(session, text, outlet=outlet)
        source = outlet_source(session, outlet)
        record_event(session, entity="outlet", field="created", new=name, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, source.id)


def edit_outlet(db, outlet_id: int, *, actor: Actor | None = None, **changes) -> OutletRecord:
    """Change an outlet's name, kind, country, language, domain or notes."""
    allowed = {"name", "kind", "country", "language", "domain", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidValue(f"outlets have no field {sorted(unknown)[0]!r}")
    if "kind" in changes:
        changes["kind"] = parse_enum(OutletKind, changes["kind"]).value
    with db.writing() as session:
        outlet = _outlet(session, outlet_id)
        for field, value in changes.items():
            old = getattr(outlet, field)
            if old != value:
                record_event(session, entity="outlet", field=field, old=old, new=value, entity_id=outlet.id,
                             actor=actor)
                setattr(outlet, field, value)
        if "name" in changes:
            _attach_alias(session, changes["name"], outlet=outlet, quiet=True)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def add_alias(db, outlet_name_or_id: str | int, alias: str, *, actor: Actor | None = None) -> OutletRecord:
    """Give an outlet another spelling; refused if another catalog entry already has it."""
    with db.writing() as session:
        outlet = _outlet(session, outlet_name_or_id)
        _attach_alias(session, alias, outlet=outlet)
        record_event(session, entity="outlet", field="alias_added", new=alias, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def remove_alias(db, outlet_name_or_id: str | int, alias: str, *, actor: Actor | None = None) -> OutletRecord:
    with db.writing() as session:
        outlet = _outlet(session, outlet_name_or_id)
        key = comparison_key(alias)
        doomed = [a for a in outlet.aliases if a.key == key]
        if not doomed:
            raise NotFound(f"{outlet.name} has no alias {alias!r}")
        for a in doomed:
            outlet.aliases.remove(a)
        record_event(session, entity="outlet", field="alias_removed", old=alias, entity_id=outlet.id, actor=actor)
        session.flush()
        return outlet_record(outlet, outlet_source(session, outlet).id)


def _outlet(session, outlet_name_or_id: str | int) -> Outlet:
    if isinstance(outlet_name_or_id, int) or str(outlet_name_or_id).isdigit():
        outlet = session.get(Outlet, int(outlet_name_or_id))
    else:
        key = comparison_key(str(outlet_name_or_id))
        outlet = session.scalar(select(Outlet).join(Alias, Alias.outlet_id == Outlet.id).where(Alias.key == key))
        outlet = outlet or session.scalar(select(Outlet).where(Outlet.name == outlet_name_or_id))
    if outlet is None:
        raise NotFound(f"no outlet {outlet_name_or_id!r} in the catalog")
    return outlet


def _attach_alias(session, text: str, *, outlet: Outlet | None = None, source: Source | None = None,
                  quiet: bool = False) -> None:
    key = comparison_key(text)
    if not key:
        raise InvalidValue("an alias needs letters")
    holder = session.scalar(select(Alias).where(Alias.key == key))
    if holder is not None:
        same = (outlet is not None and holder.outlet_id == outlet.id) or (
            source is not None and holder.source_id == source.id)
        if same or quiet:
            return
        owner = holder.outlet.name if holder.outlet is not None else (holder.source.name or "another source")
        raise InvalidValue(f"{text!r} is already an alias of {owner}")
    session.add(Alias(text=text.strip(), key=key, outlet=outlet, source=source))
    session.flush()


@dataclass(frozen=True)
class SourceHit:
    """A catalog search result: the source, the spelling that matched, and how well (0-100)."""

    source: SourceRecord
    matched: str
    score: float


def search_sources(db, query: str, *, limit: int = 15, kinds: tuple[str, ...] = ()) -> list[SourceHit]:
    """Fuzzy search over every name and alias in both scripts ("صن" or "sun" finds The Sun)."""
    key = comparison_key(query)
    if not key:
        return []
    with db.reading() as session:
        sources = {s.id: s for s in session.scalars(select(Source).options(selectinload(Source.outlet)))}
        spellings: list[tuple[str, int]] = [(s.key.replace("|", " ").strip(), s.id) for s in sources.values()]
        alias_rows = session.execute(
            select(Alias.key, Alias.text, Alias.outlet_id, Alias.source_id)
        ).all()
        by_outlet = {s.outlet_id: s.id for s in sources.values() if s.outlet_id is not None}
        texts = {s.id: s.name or s.role or "" for s in sources.values()}
        for alias_key, text, outlet_id, source_id in alias_rows:
            owner = source_id if source_id is not None else by_outlet.get(outlet_id)
            if owner is not None:
                spellings.append((alias_key, owner))
                texts.setdefault(owner, text)
        wanted = {SourceKind(k).value for k in kinds}
        best: dict[int, SourceHit] = {}
        choices = [s for s, _ in spellings]
        for spelling, score, index in process.extract(key, choices, scorer=_picker_score, limit=limit * 6,
                                                      score_cutoff=55):
            source = sources[spellings[index][1]]
            if wanted and source.kind not in wanted:
                continue
            if source.id not in best or best[source.id].score < score:
                best[source.id] = SourceHit(source_record(source), spelling, float(score))
        return sorted(best.values(), key=lambda h: (-h.score, h.source.label))[:limit]


def _picker_score(query: str, choice: str, **_kwargs) -> float:
    """Prefix and whole-word hits first (what a typist means), then fuzzy similarity."""
    if choice == query:
        return 100.0
    if any(word.startswith(query) for word in choice.split()) or choice.startswith(query):
        return 95.0 - min(len(choice) - len(query), 30) * 0.1
    return fuzz.WRatio(query, choice) * 0.9


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
    with db.writing() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(f"no source {source_id}")
        if source.kind == SourceKind.OUTLET.value:
            raise InvalidValue("edit an outlet source through its outlet")
        for field, value in (("name", name), ("role", role), ("affiliation", affiliation)):
            if value is not None and value != getattr(source, field):
                record_event(session, entity="source", field=field, old=getattr(source, field), new=value,
                             entity_id=source.id, actor=actor)
                setattr(source, field, value or None)
        source.key = source_key(source.name, source.role)
        session.flush()
        return source_record(source)


def merge_sources(db, keep_id: int, drop_id: int, *, actor: Actor | None = None) -> SourceRecord:
    """Merge a duplicate source into another: every hop pointing at it is repointed, then it is removed."""
    if keep_id == drop_id:
        raise InvalidValue("a source cannot be merged into itself")
    with db.writing() as session:
        keep, drop = session.get(Source, keep_id), session.get(Source, drop_id)
        if keep is None or drop is None:
            raise NotFound(f"no source {drop_id if keep else keep_id}")
        if drop.outlet_id is not None:
            raise InvalidValue("merge outlets with merge_outlets, so their aliases and articles move too")
        moved = session.execute(update(AttributionHop).where(AttributionHop.source_id == drop.id)
                                .values(source_id=keep.id)).rowcount
        for alias in list(drop.aliases):
            alias.source = keep
        record_event(session, entity="source", field="merged", old=f"{drop.id}:{drop.name or drop.role}",
                     new=f"{keep.id}:{keep.name or keep.role}", entity_id=keep.id, actor=actor,
                     note=f"{moved} hops repointed")
        session.flush()
        session.delete(drop)
        session.flush()
        return source_record(keep)


def merge_outlets(db, keep_id: int, drop_id: int, *, actor: Actor | None = None) -> OutletRecord:
    """Merge a duplicate outlet into another: aliases, hops and articles follow the kept one."""
    if keep_id == drop_id:
        raise InvalidValue("an outlet cannot be merged into itself")
    with db.writing() as session:
        keep, drop = _outlet(session, keep_id), _outlet(session, drop_id)
        keep_source, drop_source = outlet_source(session, keep), outlet_source(session, drop)
        moved = session.execute(update(AttributionHop).where(AttributionHop.source_id == drop_source.id)
                                .values(source_id=keep_source.id)).rowcount
        session.execute(update(Article).where(Article.publisher_id == drop.id).values(publisher_id=keep.id))
        for alias in list(drop.aliases):
            alias.outlet = keep
        record_event(session, entity="outlet", field="merged", old=drop.name, new=keep.name, entity_id=keep.id,
                     actor=actor, note=f"{moved} hops repointed")
        session.flush()
        session.delete(drop_source)
        session.delete(drop)
        session.flush()
        return outlet_record(keep, keep_source.id)
