"""Outlet names as a report shows them: a report in Arabic names outlets and organizations by their Arabic display
name from the catalog, as the desk's Arabic UI does; a report in any other language by the catalog name."""

from dataclasses import dataclass, field

from workbench.catalog.display_names import written_in
from workbench.reports.safety import reveal_controls
from workbench.usecases.catalog.display_names import organization_display_names, outlet_display_names
from workbench.usecases.records import SourceRecord


def report_language(language: str, direction: str) -> str:
    """The language a report names outlets in: the article's, or Arabic for a right-to-left article of unknown
    language (its text decides its direction)."""
    if language in ("und", "") and direction == "rtl":
        return "ar"
    return language


@dataclass(frozen=True)
class OutletNaming:
    """catalog name → the name shown, for the outlets whose shown name differs; every name comes out with its
    invisible controls revealed, like all article-derived text in reports."""

    shown: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, str] = field(default_factory=dict)  # the same, for organizations

    def outlet(self, name: str | None) -> str | None:
        """An outlet (or publisher) by the name the report shows."""
        return reveal_controls(self.shown.get(name, name)) if name else name

    def label(self, source: SourceRecord) -> str:
        """How the report calls a source: an outlet by its shown name, anyone else by name and role."""
        if source.outlet_name:
            return self.outlet(source.outlet_name)
        if source.kind == "organization" and source.name in self.organizations:
            return reveal_controls(self.organizations[source.name])
        return reveal_controls(source.label)



def both_names(shown: str, catalog: str | None) -> str:
    """The shown name with the catalog name after it, "صن (The Sun)", where they differ: the reader meets the
    outlet in their language and can still look it up by the name it goes by."""
    return f"{shown} ({catalog})" if catalog and catalog != shown else shown


def outlet_naming(db, language: str) -> OutletNaming:
    """The naming for a report in `language`: Arabic display names for Arabic, the catalog names otherwise."""
    if language != "ar":
        return OutletNaming()
    return OutletNaming(_arabic(outlet_display_names(db, "ar")), _arabic(organization_display_names(db, "ar")))


def _arabic(shown: dict[str, str]) -> dict[str, str]:
    return {name: text for name, text in shown.items() if written_in(text, "ar")}
