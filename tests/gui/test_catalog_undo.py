"""Catalog edits in the catalog manager are on the desk's undo stack: undo and redo, checked in the database."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from workbench.usecases import chains
from workbench.usecases.catalog import search as catalog
from workbench.usecases.claims import get_claim


def _outlet(db, name):
    return next((o for o in catalog.list_outlets(db) if o.name == name), None)


def _select(tab, entry_id) -> None:
    row = next(i for i in range(tab.list.count()) if tab.list.item(i).data(Qt.ItemDataRole.UserRole) == entry_id)
    tab.list.setCurrentRow(row)


@pytest.fixture
def catalog_dialog(qtbot, window, monkeypatch):
    """Opens the catalog manager from the desk (as Ctrl+K does) and runs `steps(dialog)` while it is shown."""
    from ui.catalog.catalog_manager import CatalogManager

    def open_with(steps):
        def run(dialog):
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            steps(dialog)
            dialog.close()
            return 0

        monkeypatch.setattr(CatalogManager, "exec", run)
        window.open_catalog()

    return open_with


def _press(widget, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    widget.setFocus()
    QTest.keyClick(widget, key, modifiers)


def test_alias_edits_are_undone_and_redone_in_the_dialog_and_in_the_desk(qtbot, window, db, catalog_dialog):
    sun = _outlet(db, "The Sun")

    def steps(dialog):
        tab = dialog.outlets
        tab.search.setText("The Sun")
        _select(tab, sun.id)
        tab.new_alias.setText("صن اللندنية")
        qtbot.mouseClick(tab.buttons["add_alias"], Qt.MouseButton.LeftButton)
        assert "صن اللندنية" in _outlet(db, "The Sun").aliases
        assert window.undo_stack.undoText() == "Add alias “صن اللندنية” to The Sun"
        assert dialog.undo_action.text() == "Undo Add alias “صن اللندنية” to The Sun"
        assert tab.message.text() == "Alias added."

        _press(tab.list, Qt.Key.Key_Z)
        assert _outlet(db, "The Sun") == sun
        assert tab.message.text() == ""  # "Alias added." would no longer be true
        assert "صن اللندنية" not in [tab.aliases.item(i).text() for i in range(tab.aliases.count())]
        _press(tab.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert "صن اللندنية" in _outlet(db, "The Sun").aliases

        tab.country.setText("IE")
        qtbot.mouseClick(tab.buttons["save"], Qt.MouseButton.LeftButton)
        assert _outlet(db, "The Sun").country == "IE"

    catalog_dialog(steps)
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()  # the desk's Edit › Undo, after the dialog closed
    assert _outlet(db, "The Sun").country == sun.country
    window.undo_stack.undo()
    assert _outlet(db, "The Sun") == sun
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert _outlet(db, "The Sun").country == "IE" and "صن اللندنية" in _outlet(db, "The Sun").aliases


def test_an_outlet_merge_is_undone_back_to_the_same_outlet_aliases_and_hops(qtbot, window, db, sample_desk,
                                                                             catalog_dialog, monkeypatch):
    duplicate = catalog.add_outlet(db, name="The Sun UK", kind="tabloid", aliases=["ذا صن البريطانية"])
    claim_id = sample_desk.claim_ids[1]
    chains.replace_hop_source(db, claim_id, 0, duplicate.source_id)
    window.open_article(sample_desk.article_id)
    sun = _outlet(db, "The Sun")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: ("The Sun", True)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))

    def steps(dialog):
        tab = dialog.outlets
        _select(tab, duplicate.id)
        qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
        assert _outlet(db, "The Sun UK") is None
        assert [h.source.id for h in get_claim(db, claim_id).chain] == [sun.source_id]
        assert window.undo_stack.undoText() == "Merge “The Sun UK” into The Sun"
        assert next(c for c in window.claims if c.id == claim_id).chain[0].source.label == "The Sun"
        _press(tab.list, Qt.Key.Key_Z)
        assert _outlet(db, "The Sun UK") == duplicate and _outlet(db, "The Sun") == sun
        assert [h.source.id for h in get_claim(db, claim_id).chain] == [duplicate.source_id]
        assert duplicate.id in [tab.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.list.count())]

    catalog_dialog(steps)
    shown = next(c for c in window.claims if c.id == claim_id)
    assert shown.chain[0].source.label == "The Sun UK"  # the desk reloaded its chains after the undo
    window.undo_stack.redo()
    assert _outlet(db, "The Sun UK") is None and "ذا صن البريطانية" in _outlet(db, "The Sun").aliases
    assert [h.source.id for h in get_claim(db, claim_id).chain] == [sun.source_id]


def test_a_source_merge_and_a_new_source_are_undone(qtbot, window, db, sample_desk, catalog_dialog, monkeypatch):
    kept = chains.new_source(db, kind="person", name="Yahya Rasool")
    claim_id = sample_desk.claim_ids[3]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Yehia Rasool", True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _p, _t, _l, items, *_a, **_k: (next(i for i in items if i.startswith("Yahya")), True)))
    persons = lambda: {s.name: s.id for s in catalog.list_sources(db, kind="person")}  # noqa: E731

    def steps(dialog):
        tab = dialog.sources["person"]
        dialog.tabs.setCurrentWidget(tab)
        qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
        duplicate = persons()["Yehia Rasool"]
        chains.insert_hop(db, claim_id, duplicate)
        tab.reload()
        _select(tab, duplicate)
        qtbot.mouseClick(tab.buttons["merge"], Qt.MouseButton.LeftButton)
        assert "Yehia Rasool" not in persons()
        assert [h.source.id for h in get_claim(db, claim_id).chain] == [sample_desk.sources["sun"], kept]
        _press(tab.list, Qt.Key.Key_Z)
        assert persons()["Yehia Rasool"] == duplicate
        assert [h.source.id for h in get_claim(db, claim_id).chain] == [sample_desk.sources["sun"], duplicate]

    catalog_dialog(steps)
    window.undo_stack.redo()
    assert "Yehia Rasool" not in persons()
    assert [h.source.id for h in get_claim(db, claim_id).chain][-1] == kept


def test_an_undo_that_is_no_longer_possible_is_explained_and_changes_nothing(qtbot, window, db, sample_desk,
                                                                            catalog_dialog, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Al-Mirsad Daily", True)))
    claim_id = sample_desk.claim_ids[0]

    def steps(dialog):
        qtbot.mouseClick(dialog.outlets.buttons["add"], Qt.MouseButton.LeftButton)
        assert _outlet(db, "Al-Mirsad Daily") is not None

    catalog_dialog(steps)
    added = _outlet(db, "Al-Mirsad Daily")
    chains.insert_hop(db, claim_id, added.source_id)  # a colleague uses the new outlet meanwhile
    window.undo_stack.undo()
    box = window.last_message
    assert box is not None and box.isVisible() and "can no longer be removed" in box.text()
    assert _outlet(db, "Al-Mirsad Daily") == added
    assert [h.source.id for h in get_claim(db, claim_id).chain][-1] == added.source_id
    assert window.undo_stack.count() == 0  # the refused step left the stack, so it is never replayed
    box.accept()


def test_a_refused_edit_is_shown_in_the_dialog_and_not_pushed(qtbot, window, db, catalog_dialog):
    def steps(dialog):
        tab = dialog.outlets
        _select(tab, _outlet(db, "The Washington Post").id)
        tab.new_alias.setText("الصن")
        qtbot.mouseClick(tab.buttons["add_alias"], Qt.MouseButton.LeftButton)
        assert "already an alias of The Sun" in tab.message.text()

    catalog_dialog(steps)
    assert window.undo_stack.count() == 0 and window.last_message is None
