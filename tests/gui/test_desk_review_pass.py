"""A reviewer's first pass over the desk, English and Arabic, pressed from the start-up state: what broke."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from tests.gui.keys import focused, press
from workbench.usecases.articles import get_article, list_articles
from workbench.usecases.claims import get_claim

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _ink_width(button) -> int:
    """How wide the button's text is drawn: the span of its dark (text) pixels."""
    image = button.grab().toImage()
    columns = [x for x in range(image.width()) for y in range(image.height())
               if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 90]
    return max(columns) - min(columns) + 1 if columns else 0


def _text_clipped(button) -> bool:
    """Whether the button draws less of its text than it would with room to spare (same style, same state)."""
    shown = _ink_width(button)
    size = button.size()
    button.resize(size.width() + 200, size.height())
    whole = _ink_width(button)
    button.resize(size)
    return shown < whole - 1


@pytest.mark.parametrize("language", ["en", "ar"])
def test_checked_verdict_buttons_show_their_whole_text(qtbot, db, sample_desk, tmp_path, language):
    from tests.gui.conftest import start_desk
    from ui.app import setup_application

    desk = start_desk(qtbot, db, tmp_path, language=language)
    try:
        inspector = desk.inspector
        press(desk, Qt.Key.Key_0)  # the start-up claim's verdict buttons: Unreviewed and Unchecked checked
        press(desk, Qt.Key.Key_At, SHIFT)  # Misattributed  Shift+2, the longest label of its row
        qtbot.wait(50)
        checked = [b for group in (inspector.claim_verdicts[0], inspector.attribution_verdicts[0])
                   for b in group.buttons() if b.isChecked()]
        assert [b.text() for b in checked] and len(checked) == 2
        for button in checked:
            assert not _text_clipped(button), f"“{button.text()}” is clipped when checked"
    finally:
        desk.runner.shutdown()
        setup_application([], language="en")


def test_the_toolbar_keeps_undo_one_word_while_the_menu_names_the_step(qtbot, started_desk, sample_desk, db):
    toolbar_undo = started_desk.findChild(QToolBar, "mainToolbar").widgetForAction(started_desk.actions.undo)
    width = toolbar_undo.sizeHint().width()
    press(started_desk, Qt.Key.Key_2)
    assert get_claim(db, sample_desk.claim_ids[0]).claim_verdict == "disputed"
    assert started_desk.actions.undo.text() == "&Undo: Set verdict Disputed"  # the Edit menu
    assert toolbar_undo.text() == "Undo" and toolbar_undo.sizeHint().width() == width
    assert "Set verdict Disputed" in toolbar_undo.toolTip() and "Ctrl+Z" in toolbar_undo.toolTip()
    press(started_desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_claim(db, sample_desk.claim_ids[0]).claim_verdict == "unreviewed"
    assert toolbar_undo.text() == "Undo"


def test_the_desk_asks_for_the_keyboard_when_it_is_shown(qtbot, db, sample_desk, tmp_path, monkeypatch):
    from tests.gui.conftest import _new_desk
    from ui.app import show_desk

    desk = _new_desk(qtbot, db, tmp_path)
    asked = []
    monkeypatch.setattr(desk, "activateWindow", lambda: asked.append(desk.isVisible()))
    show_desk(desk)
    try:
        assert asked and asked[0]  # after showing: with no window manager nobody else gives it the keyboard
    finally:
        desk.runner.shutdown()


def test_escape_from_the_filter_keeps_the_open_article_current_in_the_list(qtbot, started_desk, sample_desk, db):
    press(started_desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(started_desk.article_list.search, "zz")
    started_desk.article_list.apply_filter()
    press(started_desk, Qt.Key.Key_Escape)
    assert started_desk.article_list.current_article_id() == sample_desk.article_id
    assert focused(started_desk) is started_desk.reader
    press(started_desk, Qt.Key.Key_J)
    press(started_desk, Qt.Key.Key_3)
    assert get_claim(db, sample_desk.claim_ids[1]).claim_verdict == "false"


def test_deleting_an_arabic_titled_article_names_it_as_one_isolated_unit(qtbot, started_desk, sample_desk, db):
    title = get_article(db, sample_desk.article_id).title
    press(started_desk, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    box = started_desk.views.confirm_delete
    assert f"“\u2068{title}\u2069”" in box.text()  # the quotes stay around the title in an English sentence
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    QTest.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert list_articles(db) == []
    assert started_desk.actions.undo.text().startswith("&Undo: Delete article “\u2068")
    press(started_desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in list_articles(db)] == [sample_desk.article_id]


@pytest.mark.parametrize("typed", ["Al Ahram", "الأهرام"])
def test_the_publisher_is_found_by_any_catalog_spelling(qtbot, started_desk, sample_desk, db, monkeypatch, typed):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    press(started_desk, Qt.Key.Key_F2)
    dialog = started_desk.views.details_dialog
    qtbot.waitUntil(dialog.title.hasFocus, timeout=2000)
    assert dialog.title.cursorPosition() == 0  # the title shows its beginning
    press(dialog, Qt.Key.Key_Tab)
    assert dialog.publisher.hasFocus()
    dialog.publisher.lineEdit().insert(typed)  # as typed (QTest cannot type Arabic letters)
    dialog.publisher.completer().popup().hide()
    press(dialog, Qt.Key.Key_Return)
    assert warnings == []
    assert get_article(db, sample_desk.article_id).publisher == "Al-Ahram"


def test_down_in_the_browser_search_goes_to_the_results(qtbot, started_desk, sample_desk, db):
    press(started_desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    browser = started_desk.views.browser
    qtbot.waitUntil(lambda: QApplication.activeWindow() is browser, timeout=2000)
    QTest.keyClick(browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(browser.search.hasFocus, timeout=2000)
    browser.search.insert("الموصل")  # as typed (QTest cannot type Arabic letters)
    browser.apply_filter()
    assert browser.model.total >= 1
    QTest.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.table.hasFocus()
    first = browser.model.claim_id(browser.table.currentIndex().row())
    QTest.keyClick(browser.table, Qt.Key.Key_Return)
    assert started_desk.current_claim_id == first
    qtbot.waitUntil(started_desk.reader.hasFocus, timeout=2000)  # the desk has the keyboard again
    press(started_desk, Qt.Key.Key_4)
    assert get_claim(db, first).claim_verdict == "misleading"


def test_hop_keys_read_left_to_right_in_the_arabic_desk(qtbot, arabic_desk, sample_desk, db):
    """In the mirrored UI a bare "[" is drawn as "]": Outward and Inward showed each other's keys."""
    buttons = arabic_desk.inspector.hop_actions
    assert buttons["outward"].text().endswith("\u2066[\u2069")
    assert buttons["inward"].text().endswith("\u2066]\u2069")
    for _ in range(2):
        press(arabic_desk, Qt.Key.Key_J)  # the third claim: The Sun → The Washington Post → the major
    chips = arabic_desk.inspector._chips
    QTest.mouseClick(chips[1], Qt.MouseButton.LeftButton)  # The Washington Post
    press(arabic_desk, Qt.Key.Key_BracketLeft)  # Outward: The Washington Post first
    chain = get_claim(db, sample_desk.claim_ids[2]).chain
    assert chain[0].source.id == sample_desk.sources["post"]


def test_after_the_export_dialog_the_keys_reach_the_desk_again(qtbot, started_desk, sample_desk, db):
    press(started_desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = started_desk.views.export_dialog
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(started_desk.reader.hasFocus, timeout=2000)
    press(started_desk, Qt.Key.Key_J)
    press(started_desk, Qt.Key.Key_5)
    assert get_claim(db, sample_desk.claim_ids[1]).claim_verdict == "unverifiable"


def test_the_arabic_desk_lists_publishers_by_their_arabic_names(qtbot, arabic_desk, sample_desk, db):
    from workbench.usecases.catalog.search import list_outlets

    sun = next(o for o in list_outlets(db, search="The Sun") if o.name == "The Sun")
    press(arabic_desk, Qt.Key.Key_F2)
    dialog = arabic_desk.views.details_dialog
    qtbot.waitUntil(dialog.title.hasFocus, timeout=2000)
    assert dialog.publisher.itemText(dialog.publisher.findData(sun.id)) == "صن"  # the catalog's Arabic name
    dialog.publisher.setCurrentIndex(dialog.publisher.findData(sun.id))
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert get_article(db, sample_desk.article_id).publisher == "The Sun"


def test_the_arabic_browser_names_anonymous_sources_by_the_articles_words(qtbot, db, tmp_path):
    from tests.gui.conftest import SAMPLE, start_desk
    from ui.app import setup_application
    from workbench.intake import read_document
    from workbench.usecases.articles import import_document

    import_document(db, read_document(SAMPLE))  # extracted: "وقالت تقارير إعلامية" is the source "media reports"
    desk = start_desk(qtbot, db, tmp_path, language="ar")
    try:
        press(desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        browser = desk.views.browser
        model, column = browser.model, browser.model.COLUMNS.index("chain")
        shown_chains = [model.index(r, column).data() for r in range(model.total)]  # reads the rows
        rows = [model.browse_row(r) for r in range(model.total)]
        reported = [r for r, row in enumerate(rows) if "media reports" in row.chain]
        assert reported  # the extractor's label, English whatever the UI
        shown = shown_chains[reported[0]]
        assert "تقارير إعلامية" in shown and "media reports" not in shown
    finally:
        desk.runner.shutdown()
        setup_application([], language="en")


def test_the_arabic_dashboard_keeps_its_save_key_left_to_right(qtbot, arabic_desk):
    from PySide6.QtWidgets import QPushButton

    press(arabic_desk, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dashboard = arabic_desk.views.dashboard
    save = dashboard.findChild(QPushButton, "savePng")
    assert save.text().startswith("حفظ الرسم") and save.text().endswith("\u2066(Ctrl+S)\u2069")
    dashboard.close()
