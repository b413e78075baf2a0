"""Outlets' and organizations' display names per language (read for the UI and reports), and choosing which
alias is an outlet's Arabic one."""

from sqlalchemy import select

from workbench.catalog.display_names import display_name, preferred_first
from workbench.enums import SourceKind
from workbench.errors import InvalidValue
from workbench.storage.models import Alias, Outlet, Source
from workbench.usecases.catalog.rows import attach_alias, detach_aliases, find_outlet
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor


def outlet_display_names(db, language: str) -> dict[str, str]:
    """Catalog name → the name shown in `language`, for every outlet whose shown name differs (one query)."""
    return _shown_names(db, select(Outlet.name, Alias.text).outerjoin(Alias, Alias.outlet_id == Outlet.id)
                        .order_by(Outlet.id, Alias.id), language)


def organization_display_names(db, language: str) -> dict[str, str]:
    """Catalog name → the name shown in `language` for organizations ("United Nations" → its first Arabic
    alias, "الأمم المتحدة"), for every one whose shown name differs (one query)."""
    return _shown_names(db, select(Source.name, Alias.text).join(Alias, Alias.source_id == Source.id)
                        .where(Source.kind == SourceKind.ORGANIZATION.value).order_by(Source.id, Alias.id),
                        language)


def _shown_names(db, query, language: str) -> dict[str, str]:
    aliases: dict[str, list[str]] = {}
    with db.reading() as session:
        for name, alias in session.execute(query):
            spellings = aliases.setdefault(name, [])
            if alias is not None:
                spellings.append(alias)
    shown = {name: display_name(name, spellings, language) for name, spellings in aliases.items()}
    return {name: text for name, text in shown.items() if text != name}


def set_display_alias(db, outlet_name_or_id: str | int, alias: str, *, language: str = "ar",
                      actor: Actor | None = None) -> str:
    """Make one of an outlet's aliases its display name in `language`; returns the one shown before, so the
    choice can be undone. The aliases in that script are stored again with this one first (the display name
    is the first of them), which keeps every spelling the outlet had."""
    with db.writing() as session:
        outlet = find_outlet(session, outlet_name_or_id)  # NotFound when there is none
        texts = [a.text for a in outlet.aliases]
        before = display_name(outlet.name, texts, language)
        try:
            order = preferred_first(texts, alias, language)
        except ValueError as error:
            raise InvalidValue(f"{alias!r} is not an alias of {outlet.name} in that script") from error
        detach_aliases(outlet, order)
        session.flush()  # the old rows leave before the same keys are added again
        for text in order:
            attach_alias(session, text, outlet=outlet)
        record_event(session, entity="outlet", field=f"display_name_{language}", old=before, new=alias,
                     entity_id=outlet.id, actor=actor)
    return before
