"""Loading the bundled outlet and organization catalog into a new database."""

import json
from pathlib import Path

from sqlalchemy import select

from workbench.catalog.keys import source_key
from workbench.enums import OutletKind, SourceKind
from workbench.resources import CATALOG_DIR
from workbench.storage.models import Alias, Outlet, Source
from workbench.text.normalize import comparison_key


def _read(name: str, catalog_dir: Path) -> list[dict]:
    path = catalog_dir / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def catalog_is_empty(db) -> bool:
    with db.reading() as session:
        return session.scalar(select(Outlet.id).limit(1)) is None


def seed_bundled_catalog(db, *, catalog_dir: Path = CATALOG_DIR) -> int:
    """Insert the bundled outlets and organizations that are not there yet; returns how many were added."""
    added = 0
    with db.writing() as session:
        taken = set(session.scalars(select(Alias.key)))
        known_outlets = set(session.scalars(select(Outlet.name)))
        for entry in _read("outlets.json", catalog_dir):
            if entry["name"] in known_outlets:
                continue
            outlet = Outlet(
                name=entry["name"],
                kind=OutletKind(entry["kind"]).value,
                country=entry.get("country"),
                language=entry.get("language"),
                domain=entry.get("domain"),
                notes=entry.get("notes", ""),
            )
            session.add(outlet)
            session.add(Source(kind=SourceKind.OUTLET.value, name=entry["name"], outlet=outlet,
                               key=source_key(entry["name"], None)))
            outlet.aliases.extend(_new_aliases([entry["name"], *entry.get("aliases", [])], taken))
            added += 1
        known_orgs = set(session.scalars(select(Source.key).where(Source.kind == SourceKind.ORGANIZATION.value)))
        for entry in _read("organizations.json", catalog_dir):
            key = source_key(entry["name"], None)
            if key in known_orgs:
                continue
            source = Source(kind=SourceKind.ORGANIZATION.value, name=entry["name"], key=key,
                            affiliation=entry.get("country"))
            session.add(source)
            source.aliases.extend(_new_aliases([entry["name"], *entry.get("aliases", [])], taken))
            added += 1
    return added


def _new_aliases(spellings: list[str], taken: set[str]) -> list[Alias]:
    """Aliases for the spellings whose comparison form no other catalog entry holds yet."""
    aliases = []
    for text in spellings:
        key = comparison_key(text)
        if key and key not in taken:
            taken.add(key)
            aliases.append(Alias(text=text, key=key))
    return aliases
