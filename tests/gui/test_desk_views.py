"""The claims browser, article admin and export, driven by keys from the desk's start-up state."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.usecases.articles import get_article, list_articles
from workbench.usecases.claims import list_claims, set_claim_verdict
from workbench.usecases.history import article_history


def press(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key click where the keyboard is: the focused widget of the active window."""
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


def started(window):
    """The desk as the app leaves it after start-up: the last (here the only) article open."""
    window.restore_last_article()
    window.activateWindow()
    return window


def open_browser(qtbot, window):
    press(started(window), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    browser = window.views.browser
    assert browser is not None and browser.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is browser or browser.table.hasFocus(), timeout=2000)
    browser.activateWindow()
    browser.table.setFocus()
    return browser


def test_browser_filters_by_verdict_and_enter_opens_the_claim_in_the_desk(qtbot, window, sample_desk, db):
    ids = sample_desk.claim_ids
    set_claim_verdict(db, ids[2], "disputed")
    browser = open_browser(qtbot, window)
    assert browser.model.total == 4
    assert "4 claims" in browser.status.text()
    press(browser, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # the Verdict filter's mnemonic
    assert browser.claim_verdict.hasFocus()
    for _ in range(3):  # Any → Unreviewed → Verified → Disputed
        press(browser, Qt.Key.Key_Down)
    assert browser.claim_verdict.currentData() == "disputed"
    assert browser.model.total == 1 and browser.model.claim_id(0) == ids[2]
    browser.table.setFocus()
    press(browser, Qt.Key.Key_Return)
    assert window.current_claim_id == ids[2]
    assert window.article.id == sample_desk.article_id


def test_browser_finds_claims_resting_on_anonymous_sources_and_by_words(qtbot, window, sample_desk):
    ids = sample_desk.claim_ids
    browser = open_browser(qtbot, window)
    press(browser, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Source kind
    assert browser.source_kind.hasFocus()
    while browser.source_kind.currentData() != "anonymous":
        press(browser, Qt.Key.Key_Down)
    assert [browser.model.claim_id(r) for r in range(browser.model.total)] == [ids[0]]
    press(browser, Qt.Key.Key_Up)  # back to "Any" kind is several steps; the search narrows on its own
    browser.source_kind.setCurrentIndex(0)
    press(browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.hasFocus()
    browser.search.insert("ممرات آمنة")  # QTest cannot type Arabic; this is what a paste does
    press(browser, Qt.Key.Key_Return)
    assert [browser.model.claim_id(r) for r in range(browser.model.total)] == [ids[1]]
    assert browser.table.hasFocus()
    press(browser, Qt.Key.Key_Escape)  # clears the search
    assert browser.search.text() == "" and browser.model.total == 4


def test_article_details_are_edited_with_f2_and_undone(qtbot, window, sample_desk, db):
    started(window)
    old_title = get_article(db, sample_desk.article_id).title
    press(window, Qt.Key.Key_F2)
    dialog = window.views.details_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.title.hasFocus, timeout=2000)
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.title, "Mosul corridors")
    dialog.published_on.setFocus()
    qtbot.waitUntil(dialog.published_on.hasFocus, timeout=2000)
    QTest.keyClicks(dialog.published_on, "2016-10-30")
    press(dialog, Qt.Key.Key_Return)
    stored = get_article(db, sample_desk.article_id)
    assert stored.title == "Mosul corridors" and str(stored.published_on) == "2016-10-30"
    assert {e.field for e in article_history(db, sample_desk.article_id)} >= {"title", "published_on"}
    assert window.actions.undo.text().endswith("Article details")
    qtbot.waitUntil(window.reader.hasFocus, timeout=2000)  # back to reading, as after every dialog
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_article(db, sample_desk.article_id).title == old_title
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert get_article(db, sample_desk.article_id).title == "Mosul corridors"


def test_a_bad_date_is_refused_in_a_dialog(qtbot, window, sample_desk, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    started(window)
    press(window, Qt.Key.Key_F2)
    dialog = window.views.details_dialog
    qtbot.waitUntil(dialog.title.hasFocus, timeout=2000)
    for _ in range(3):  # title → publisher → address → date
        press(dialog, Qt.Key.Key_Tab)
    assert dialog.published_on.hasFocus()
    QTest.keyClicks(dialog.published_on, "2016-13-45")
    press(dialog, Qt.Key.Key_Return)
    assert warnings and "is not a date" in warnings[0]
    assert dialog.isVisible()
    assert get_article(db, sample_desk.article_id).published_on is None


def test_deleting_an_article_asks_first_and_undo_restores_it(qtbot, window, sample_desk, db):
    started(window)
    press(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    box = window.views.confirm_delete
    assert box is not None and box.isVisible()
    press(box, Qt.Key.Key_Escape)  # Cancel: nothing happens
    assert [a.id for a in list_articles(db)] == [sample_desk.article_id]
    press(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    box = window.views.confirm_delete
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    QTest.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert list_articles(db) == [] and list_claims(db, sample_desk.article_id) == []
    assert window.article is None and window.article_list.model.rowCount() == 0
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in list_articles(db)] == [sample_desk.article_id]
    assert [c.id for c in list_claims(db, sample_desk.article_id)] == list(sample_desk.claim_ids)
    assert window.article is not None and window.article.id == sample_desk.article_id


def test_the_browser_selection_is_exported_as_csv(qtbot, window, sample_desk, tmp_path):
    browser = open_browser(qtbot, window)
    press(browser, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(browser, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.views.export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind.currentData() == "selection"
    dialog.output_format.setCurrentIndex(dialog.output_format.findData("csv"))
    target = tmp_path / "selection.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000, raising=True):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("article_id,")
    assert {str(i) for i in sample_desk.claim_ids} <= {line.split(",")[3] for line in text.splitlines()[1:]}


def test_file_export_writes_the_article_report_as_pdf(qtbot, window, sample_desk, tmp_path, monkeypatch):
    press(started(window), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.views.export_dialog
    assert dialog.kind.currentData() == "article" and dialog.output_format.currentData() == "pdf"
    target = tmp_path / "article.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60000, raising=True):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [Path(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.cancel_button.text() == "Close" and dialog.open_button.isVisible()
    opened = []
    monkeypatch.setattr("ui.export.export_dialog.QDesktopServices.openUrl", opened.append)
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target)]
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_dashboard_opens_with_ctrl_d_counts_outlets_and_saves_a_png(qtbot, window, sample_desk, db, tmp_path):
    set_claim_verdict(db, sample_desk.claim_ids[3], "false")  # The Sun's claim about the west side
    started(window)
    press(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    board = window.views.dashboard
    assert board is not None and board.isVisible()
    qtbot.waitUntil(lambda: board.data is not None, timeout=30000)
    names = [board.table.item(r, 0).text() for r in range(board.table.rowCount())]
    assert names[:2] == ["The Sun", "The Washington Post"]  # 3 claims name The Sun, 2 the Post
    assert board.table.item(0, 2).text() == "100% (1)"  # of The Sun's reviewed claims, all false
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow, timeout=2000)
    press(board, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert board.tabs.currentIndex() == 2
    assert board.save_png(tmp_path / "graph.png")
    assert (tmp_path / "graph.png").read_bytes().startswith(b"\x89PNG")


def test_the_new_keys_are_in_the_menus_tooltips_and_cheat_sheets(qtbot, window, sample_desk):
    a = window.actions
    for action, keys in ((a.claims_browser, "Ctrl+B"), (a.dashboard, "Ctrl+D"), (a.export, "Ctrl+E"),
                         (a.edit_article, "F2"), (a.delete_article, "Ctrl+Del")):
        assert keys in action.toolTip()
        assert any(action in m.menu().actions() for m in window.menuBar().actions())
    seen = {}

    def read_and_close() -> None:  # the desk's cheat sheet is modal: read it from inside its event loop
        dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "CheatSheet" and w.isVisible())
        seen.update(dialog.rows())
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, read_and_close)
    press(started(window), Qt.Key.Key_F1)
    assert seen["Claims browser"] == "Ctrl+B" and seen["Article details"] == "F2"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    browser = open_browser(qtbot, window)
    press(browser, Qt.Key.Key_F1)
    assert dict(browser.cheat_sheet.rows())["Open in the desk"] == "Return, Enter"


def test_the_outlet_report_from_the_dashboard_carries_its_charts(qtbot, window, sample_desk, tmp_path):
    started(window)
    press(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    board = window.views.dashboard
    qtbot.waitUntil(lambda: board.data is not None, timeout=30000)
    board.outlet_report_requested.emit()  # the "Outlet report…" button
    dialog = window.views.export_dialog
    assert dialog.kind.currentData() == "outlet" and len(dialog.figures) == 2
    dialog.output_format.setCurrentIndex(dialog.output_format.findData("html"))
    dialog.path.setText(str(tmp_path / "outlets.html"))
    with qtbot.waitSignal(dialog.exported, timeout=30000, raising=True):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    html = (tmp_path / "outlets.html").read_text(encoding="utf-8")
    assert html.count('<img src="data:image/png;base64,') == 2 and "The Sun" in html
    dialog.output_format.setCurrentIndex(dialog.output_format.findData("pdf"))
    dialog.path.setText(str(tmp_path / "outlets.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60000, raising=True):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "outlets.pdf").read_bytes().startswith(b"%PDF")
