"""The Arabic UI names outlets by their Arabic display name, chosen in the catalog dialog and undoable."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keys import press
from workbench.usecases.catalog import search as catalog
from workbench.usecases.catalog.display_names import outlet_display_names


def _items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_chain_shows_arabic_names_and_the_catalog_dialog_changes_them(qtbot, arabic_desk, db, monkeypatch):
    from ui.catalog.catalog_manager import CatalogManager

    desk = arabic_desk
    press(desk, Qt.Key.Key_J)
    press(desk, Qt.Key.Key_J)  # claim 3: The Sun → The Washington Post → the major
    chain = desk.inspector.chain_text()
    assert "صن" in chain and "واشنطن بوست" in chain and "The Sun" not in chain

    def steps(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        tab = dialog.outlets
        tab.search.setText("The Sun")
        sun = next(o for o in catalog.list_outlets(db) if o.name == "The Sun")
        tab.list.setCurrentRow(next(i for i in range(tab.list.count())
                                    if tab.list.item(i).data(Qt.ItemDataRole.UserRole) == sun.id))
        assert tab.arabic_name.text() == "صن"
        tab.aliases.setCurrentRow(_items(tab.aliases).index("صن"))
        assert not tab.buttons["arabic_name"].isEnabled()  # it is the Arabic name already
        tab.aliases.setCurrentRow(_items(tab.aliases).index("The Sun"))
        assert not tab.buttons["arabic_name"].isEnabled()  # not Arabic
        tab.aliases.setCurrentRow(_items(tab.aliases).index("الصن"))
        assert tab.buttons["arabic_name"].isEnabled()
        qtbot.mouseClick(tab.buttons["arabic_name"], Qt.MouseButton.LeftButton)
        assert tab.arabic_name.text() == "الصن"
        assert set(_items(tab.aliases)) == set(sun.aliases)  # every spelling kept
        dialog.close()
        return 0

    monkeypatch.setattr(CatalogManager, "exec", steps)
    press(desk, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Ctrl+K opens the catalog
    assert outlet_display_names(db, "ar")["The Sun"] == "الصن"
    assert "الصن" in desk.inspector.chain_text()
    desk.activateWindow()  # the dialog has closed: the keyboard is back on the desk
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk)
    assert desk.undo_stack.undoText() == "عرض «الصن» اسمًا عربيًا لـ The Sun"  # Edit › Undo names the step
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert outlet_display_names(db, "ar")["The Sun"] == "صن"
    assert "الصن" not in desk.inspector.chain_text() and "صن" in desk.inspector.chain_text()


def test_the_english_ui_keeps_catalog_names(qtbot, started_desk):
    press(started_desk, Qt.Key.Key_J)
    press(started_desk, Qt.Key.Key_J)
    assert "The Sun" in started_desk.inspector.chain_text()


def test_the_arabic_ui_names_organizations_by_their_arabic_alias(qtbot, arabic_desk, tmp_path):
    story = tmp_path / "statement.txt"
    story.write_text("بيان عن الطريق الدولي\nوقالت هيئة الحشد الشعبى في بيان إن الطريق الدولي سيفتح غدا أمام "
                     "الشاحنات.\nوأضاف البيان أن قواتها انتشرت على طول الطريق.\n", encoding="utf-8")
    flow = arabic_desk.import_flow
    with qtbot.waitSignal(flow.imported, timeout=60000):
        flow.import_paths([str(story)])  # really extracted, as a reviewer's import is
    qtbot.waitUntil(lambda: arabic_desk.article is not None and arabic_desk.article.title.startswith("بيان"),
                    timeout=5000)
    press(arabic_desk, Qt.Key.Key_J)
    chain = arabic_desk.inspector.chain_text()
    assert "الحشد الشعبي" in chain  # the catalog's first Arabic alias of the Popular Mobilization Forces
    assert "Popular Mobilization Forces" not in chain
