"""The catalog as stored in a database, indexed: aliases for extraction, every source's spellings for the picker."""

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.catalog.aliases import AliasEntry, AliasIndex, outlet_medium
from workbench.catalog.ranking import SpellingRanking
from workbench.enums import SourceKind
from workbench.storage.models import Alias, Outlet, Source


def catalog_alias_entries(db) -> list[AliasEntry]:
    """Every alias of every outlet and organization in db."""
    with db.reading() as session:
        spellings: dict[tuple[str, str, str | None], list[str]] = {}
        for text, name, outlet_kind, country in session.execute(
            select(Alias.text, Outlet.name, Outlet.kind, Outlet.country).join(Outlet, Alias.outlet_id == Outlet.id)
        ):
            spellings.setdefault((name, outlet_kind, country), []).append(text)
        entries = [AliasEntry(alias=text, name=name, kind="outlet", medium=outlet_medium(outlet_kind, texts),
                              country=country)
                   for (name, outlet_kind, country), texts in spellings.items() for text in texts]
        others = session.execute(
            select(Alias.text, Source.name, Source.kind).join(Source, Alias.source_id == Source.id)
            .where(Source.kind == SourceKind.ORGANIZATION.value)
        )
        entries.extend(AliasEntry(alias=text, name=name, kind=kind) for text, name, kind in others)
    return entries


def catalog_index(db) -> AliasIndex:
    """An AliasIndex built from db's catalog (a few ms for thousands of aliases)."""
    return AliasIndex.from_entries(catalog_alias_entries(db))


def source_ranking(session: Session) -> tuple[SpellingRanking[int], dict[int, str]]:
    """Every source's spellings (its name and role, its own and its outlet's aliases) ranked by source id, and
    each source's kind. The picker asks on every keystroke, so the ranking is rebuilt only when these rows
    differ from the last call's: any alias added or removed, merge, or undo shows in them."""
    sources = tuple(tuple(row) for row in session.execute(select(Source.id, Source.kind, Source.key, Source.outlet_id)))
    aliases = tuple(tuple(row) for row in session.execute(select(Alias.key, Alias.outlet_id, Alias.source_id)))
    return _source_ranking(sources, aliases)


@lru_cache(maxsize=1)
def _source_ranking(sources: tuple, aliases: tuple) -> tuple[SpellingRanking[int], dict[int, str]]:
    by_outlet = {outlet_id: source_id for source_id, _, _, outlet_id in sources if outlet_id is not None}
    spellings = [(key.replace("|", " ").strip(), source_id) for source_id, _, key, _ in sources]
    for key, outlet_id, source_id in aliases:
        owner = source_id if source_id is not None else by_outlet.get(outlet_id)
        if owner is not None:
            spellings.append((key, owner))
    return SpellingRanking(spellings), {source_id: kind for source_id, kind, _, _ in sources}
