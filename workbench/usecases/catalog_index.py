"""The alias index of the catalog as stored in a database, for extraction and the fuzzy picker."""

from sqlalchemy import select

from workbench.catalog.aliases import AliasEntry, AliasIndex, medium_of_outlet_kind
from workbench.enums import SourceKind
from workbench.storage.models import Alias, Outlet, Source


def catalog_alias_entries(db) -> list[AliasEntry]:
    """Every alias of every outlet and organization in db."""
    with db.reading() as session:
        outlets = session.execute(
            select(Alias.text, Outlet.name, Outlet.kind).join(Outlet, Alias.outlet_id == Outlet.id)
        )
        entries = [AliasEntry(alias=text, name=name, kind="outlet", medium=medium_of_outlet_kind(outlet_kind))
                   for text, name, outlet_kind in outlets]
        others = session.execute(
            select(Alias.text, Source.name, Source.kind).join(Source, Alias.source_id == Source.id)
            .where(Source.kind == SourceKind.ORGANIZATION.value)
        )
        entries.extend(AliasEntry(alias=text, name=name, kind=kind) for text, name, kind in others)
    return entries


def catalog_index(db) -> AliasIndex:
    """An AliasIndex built from db's catalog (a few ms for thousands of aliases)."""
    return AliasIndex.from_entries(catalog_alias_entries(db))
