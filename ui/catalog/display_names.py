"""Catalog names as the UI language shows them: in the Arabic UI an outlet's or organization's Arabic display name."""

from PySide6.QtCore import QCoreApplication, Qt

from workbench.usecases.catalog.display_names import organization_display_names, outlet_display_names


class OutletNames:
    """Catalog name → Arabic display name (outlets, and organizations named by their first Arabic alias), read
    once per desk and again after a catalog edit. Lookups are dictionary reads, so every table row and chain
    chip can ask; in the English UI names pass unchanged."""

    def __init__(self) -> None:
        self._arabic: dict[str, str] = {}

    def load(self, db) -> None:
        self._arabic = {**organization_display_names(db, "ar"), **outlet_display_names(db, "ar")}

    def shown(self, name: str | None) -> str | None:
        """The name to show for an outlet's catalog name (None and unknown names pass through)."""
        if not name or not self._arabic or not arabic_ui():
            return name
        return self._arabic.get(name, name)


def source_shown(*, kind: str, label: str, surface: str | None) -> str:
    """A chain's source as the reviewer reads it; in the Arabic UI an anonymous source ("media reports") is
    named by the article's own words for it ("تقارير إعلامية") when the article gave them, an outlet or an
    organization by its Arabic name."""
    if arabic_ui() and kind == "anonymous" and surface:
        return surface
    return outlet_names.shown(label) or label


def arabic_ui() -> bool:
    app = QCoreApplication.instance()
    return app is not None and app.layoutDirection() == Qt.LayoutDirection.RightToLeft


outlet_names = OutletNames()  # the desk's one table; MainWindow loads it, the catalog dialog reloads it
