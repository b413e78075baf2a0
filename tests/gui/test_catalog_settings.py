"""The catalog manager and the settings dialog, driven through their widgets, checked in the database and settings file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from workbench.usecases import chains
from workbench.usecases.catalog import search as catalog
from workbench.usecases.claims import get_claim


@pytest.fixture
def manager(qtbot, db):
    from PySide6.QtGui import QUndoStack

    from ui.app import setup_application
    from ui.catalog.catalog_manager import CatalogManager
    from ui.desk.undo_commands import EditContext
    from workbench.usecases.sessions import start_session

    setup_application([], language="en")
    ctx = EditContext(db, start_session(db, "Test Reviewer"), changed=lambda _records: None, failed=pytest.fail)
    dialog = CatalogManager(ctx, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _outlet(db, name):
    return next((o for o in catalog.list_outlets(db) if o.name == name), None)


def _select(tab, entry_id) -> None:
    row = next(i for i in range(tab.list.count()) if tab.list.item(i).data(Qt.ItemDataRole.UserRole) == entry_id)
    tab.list.setCurrentRow(row)


def _answer_text(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: (text, True)))


def test_add_outlet_then_add_and_remove_aliases(qtbot, manager, db, monkeypatch):
    tab = manager.outlets
    _answer_text(monkeypatch, "Al-Mirsad Daily")
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    added = _outlet(db, "Al-Mirsad Daily")
    assert added is not None and added.kind == "newspaper"
    assert tab.current_id() == added.id and tab.name.text() == "Al-Mirsad Daily"

    tab.new_alias.setText("المرصاد")
    qtbot.mouseClick(tab.buttons["add_alias"], Qt.MouseButton.LeftButton)
    assert "المرصاد" in _outlet(db, "Al-Mirsad Daily").aliases
    tab.new_alias.setText("Mirsad")
    qtbot.keyClick(tab.new_alias, Qt.Key.Key_Return)
    assert {"المرصاد", "Mirsad"} <= set(_outlet(db, "Al-Mirsad Daily").aliases)
    assert tab.new_alias.text() == ""
    # The alias is found by the picker's search, in Arabic script.
    assert catalog.search_sources(db, "المرصاد", limit=1)[0].source.id == added.source_id

    shown = [tab.aliases.item(i).text() for i in range(tab.aliases.count())]
    tab.aliases.setCurrentRow(shown.index("Mirsad"))
    qtbot.mouseClick(tab.buttons["remove_alias"], Qt.MouseButton.LeftButton)
    aliases = set(_outlet(db, "Al-Mirsad Daily").aliases)
    assert "Mirsad" not in aliases and "المرصاد" in aliases
    assert tab.message.text() == "Alias removed."

    # A field edit through the form is stored too.
    tab.country.setText("iq")
    qtbot.mouseClick(tab.buttons["save"], Qt.MouseButton.LeftButton)
    assert _outlet(db, "Al-Mirsad Daily").country == "IQ"


def test_add_person_and_merge_a_duplicate_repoints_every_hop(qtbot, manager, db, monkeypatch):
    from tests.gui.conftest import build_sample_desk

    desk = build_sample_desk(db, monkeypatch)
    kept = chains.new_source(db, kind="person", name="Yahya Rasool")
    tab = manager.sources["person"]
    manager.tabs.setCurrentWidget(tab)
    _answer_text(monkeypatch, "Yehia Rasool")
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    duplicate = next(s for s in catalog.list_sources(db, kind="person") if s.name == "Yehia Rasool")
    assert tab.current_id() == duplicate.id

    claim_id = desk.claim_ids[3]
    chains.insert_hop(db, claim_id, duplicate.id)
    assert get_claim(db, claim_id).chain[-1].source.id == duplicate.id

    choices = {}

    def pick(_parent, _title, _label, items, *_a, **_k):
        choices["items"] = list(items)
        return next(i for i in items if i.startswith("Yahya Rasool")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    tab.reload()
    _select(tab, duplicate.id)
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    assert not any(label.startswith("Yehia") for label in choices["items"])  # never into itself
    ids = {s.id for s in catalog.list_sources(db, kind="person")}
    assert duplicate.id not in ids and kept in ids
    chain = get_claim(db, claim_id).chain
    assert [hop.source.id for hop in chain] == [desk.sources["sun"], kept]
    assert tab.current_id() == kept


def test_merge_duplicate_outlets_moves_hops_and_aliases(qtbot, manager, db, monkeypatch):
    from tests.gui.conftest import build_sample_desk

    desk = build_sample_desk(db, monkeypatch)
    duplicate = catalog.add_outlet(db, name="The Sun UK", kind="tabloid")
    catalog.add_alias(db, duplicate.id, "ذا صن البريطانية")
    claim_id = desk.claim_ids[1]
    chains.replace_hop_source(db, claim_id, 0, duplicate.source_id)
    sun = next(o for o in catalog.list_outlets(db) if o.source_id == desk.sources["sun"])

    tab = manager.outlets
    tab.reload()
    _select(tab, duplicate.id)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: (sun.name, True)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    assert _outlet(db, "The Sun UK") is None
    assert "ذا صن البريطانية" in _outlet(db, sun.name).aliases
    assert [hop.source.id for hop in get_claim(db, claim_id).chain] == [sun.source_id]
    assert tab.current_id() == sun.id


def test_merge_refused_by_the_reviewer_changes_nothing(qtbot, manager, db, monkeypatch):
    duplicate = catalog.add_outlet(db, name="Sun Online", kind="online")
    tab = manager.outlets
    tab.reload()
    _select(tab, duplicate.id)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: ("The Sun", True)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
    assert _outlet(db, "Sun Online") is not None


def test_settings_dialog_saves_reviewer_organization_and_language(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ui import app as desk_app
    from ui.settings_dialog import SettingsDialog
    from workbench.settings import load_settings

    dialogs = []

    def run(dialog):
        dialogs.append(dialog)
        dialog.reviewer.clear()
        qtbot.keyClicks(dialog.reviewer, "Amal Haddad")
        dialog.organization.setText("Misbar Desk")
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.open_settings()
    saved = load_settings()
    assert (saved.reviewer_name, saved.organization_name, saved.ui_language) == ("Amal Haddad", "Misbar Desk", "ar")
    assert window.settings == saved and "Amal Haddad" in window.reviewer_label.text()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # applies at the next start

    # The next start reads the language from the same settings and installs the Arabic UI.
    try:
        assert desk_app.startup_language() == "ar"
        desk_app.setup_application([], language=desk_app.startup_language())
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QApplication.translate("Actions", "&File") != "&File"
    finally:
        desk_app.setup_application([], language="en")

    # Cancel leaves the saved settings alone.
    def cancel(dialog):
        dialog.reviewer.setText("Someone Else")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    window.open_settings()
    assert load_settings().reviewer_name == "Amal Haddad"


def test_settings_dialog_shows_a_refusal_and_stays_open(qtbot, window):
    from ui.settings_dialog import SettingsDialog
    from workbench.settings import load_settings

    dialog = SettingsDialog(window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.suggest.setValue(90)
    dialog.likely.setValue(60)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None and "thresholds" in dialog.message.text()
    assert load_settings().suggest_threshold != 90
