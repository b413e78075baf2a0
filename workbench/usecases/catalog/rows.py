"""Catalog rows inside a use case's session: finding an outlet or a source, and attaching or detaching aliases."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.catalog.keys import source_key
from workbench.errors import InvalidValue, NotFound
from workbench.storage.models import Alias, Outlet, Source
from workbench.text.normalize import comparison_key
from workbench.usecases.convert import source_record


def find_outlet(session: Session, outlet_name_or_id: str | int) -> Outlet:
    """The outlet with this id, or with this name or alias in any script."""
    if isinstance(outlet_name_or_id, int) or str(outlet_name_or_id).isdigit():
        outlet = session.get(Outlet, int(outlet_name_or_id))
    else:
        key = comparison_key(str(outlet_name_or_id))
        outlet = session.scalar(select(Outlet).join(Alias, Alias.outlet_id == Outlet.id).where(Alias.key == key))
        outlet = outlet or session.scalar(select(Outlet).where(Outlet.name == outlet_name_or_id))
    if outlet is None:
        raise NotFound(f"no outlet {outlet_name_or_id!r} in the catalog")
    return outlet


def find_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"no source {source_id}")
    return source


def refuse_duplicate_source(session: Session, kind: str, name: str | None, role: str | None) -> None:
    """Refuse a second source of this kind with the same name and role (in their comparison form)."""
    existing = session.scalar(select(Source).where(Source.kind == kind, Source.key == source_key(name, role)).limit(1))
    if existing is not None:
        raise InvalidValue(f"{source_record(existing).label} is already in the catalog (#{existing.id})")


def attach_alias(session: Session, text: str, *, outlet: Outlet | None = None, source: Source | None = None,
                 quiet: bool = False) -> None:
    """Give the outlet or source this spelling; refused (or, when quiet, skipped) if another entry has it."""
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


def detach_aliases(owner: Outlet | Source, texts: list[str] | tuple[str, ...]) -> list[str]:
    """Take these spellings off an outlet or source; returns the ones it had."""
    keys = {comparison_key(text) for text in texts}
    doomed = [alias for alias in owner.aliases if alias.key in keys]
    for alias in doomed:
        owner.aliases.remove(alias)
    return [alias.text for alias in doomed]
