"""Conflicts, span edits, notes, import errors, the cheat sheet and the mirrored Arabic UI, checked in the database."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.usecases.claims import get_claim, list_claims, set_claim_verdict


def key(window, k, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(window.reader, k, modifiers)


def _ready(window, sample_desk):
    window.open_article(sample_desk.article_id)
    window.activateWindow()
    window.reader.setFocus()


def test_a_change_made_elsewhere_is_shown_and_never_overwritten(qtbot, window, sample_desk, db):
    _ready(window, sample_desk)
    first = sample_desk.claim_ids[0]
    set_claim_verdict(db, first, "false")  # another reviewer, behind this window's back
    key(window, Qt.Key.Key_1)
    assert get_claim(db, first).claim_verdict == "false"
    box = window.last_message
    assert box is not None and box.isVisible() and "changed by someone else" in box.text()
    assert window.undo_stack.count() == 0  # the refused edit is not on the undo stack
    qtbot.waitUntil(lambda: window.current_claim().claim_verdict == "false")
    box.accept()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(window, Qt.Key.Key_1)  # after the reload the reviewer's edit goes through
    assert get_claim(db, first).claim_verdict == "verified"


def _select(window, start: int, end: int) -> None:
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def test_new_split_merge_and_delete_claims_by_keyboard_with_undo(qtbot, window, sample_desk, db):
    _ready(window, sample_desk)
    text = window.article.text
    start = text.index("وكشفت التقارير")
    end = text.index("الحمدانية")
    _select(window, start, end)
    key(window, Qt.Key.Key_N)
    live = list_claims(db, sample_desk.article_id)
    assert len(live) == 5
    created = next(c for c in live if c.start == start)
    assert window.current_claim_id == created.id and created.end == end

    cursor = window.reader.textCursor()
    cursor.setPosition(start + 20)
    window.reader.setTextCursor(cursor)
    key(window, Qt.Key.Key_S)
    parts = [c for c in list_claims(db, sample_desk.article_id) if start <= c.start < end]
    cut = parts[1].start  # the word boundary nearest to the cursor: no word is cut in half
    assert [(c.start, c.end) for c in parts] == [(start, cut - 1), (cut, end)]
    assert text[cut - 1] == " " and text[cut] != " " and abs(cut - (start + 20)) <= 4

    window.select_claim(parts[0].id)
    key(window, Qt.Key.Key_M)
    merged = [c for c in list_claims(db, sample_desk.article_id) if start <= c.start < end]
    assert [(c.start, c.end) for c in merged] == [(start, end)]

    key(window, Qt.Key.Key_Delete)
    assert get_claim(db, created.id).deleted

    for _ in range(4):
        key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in list_claims(db, sample_desk.article_id)] == list(sample_desk.claim_ids)
    for _ in range(4):
        key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert get_claim(db, created.id).deleted
    assert len(list_claims(db, sample_desk.article_id)) == 4


def test_note_is_stored_on_focus_out_as_one_undoable_edit(qtbot, window, sample_desk, db):
    _ready(window, sample_desk)
    first = sample_desk.claim_ids[0]
    window.inspector.note.setFocus()
    qtbot.keyClicks(window.inspector.note, "Checked the Sun story")
    window.reader.setFocus()  # focus-out stores the note
    assert get_claim(db, first).note == "Checked the Sun story"
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_claim(db, first).note == ""
    assert window.inspector.note.toPlainText() == ""


def test_evidence_links_are_stored_and_shown_as_links(window, sample_desk, db):
    _ready(window, sample_desk)
    window.inspector.evidence_edited.emit(["https://example.org/sun-story"])
    assert get_claim(db, sample_desk.claim_ids[0]).evidence == ("https://example.org/sun-story",)
    assert 'href="https://example.org/sun-story"' in window.inspector.evidence.text()
    window.inspector.evidence_edited.emit(["not a link"])
    assert "not a web address" in window.last_message.text()
    assert get_claim(db, sample_desk.claim_ids[0]).evidence == ("https://example.org/sun-story",)


def test_import_errors_are_listed_per_file(qtbot, window, tmp_path, monkeypatch):
    from workbench.extraction.extractor import Extraction
    from workbench.usecases import articles

    monkeypatch.setattr(articles, "extract", lambda _text, catalog=None, progress=None: Extraction("en", (), ()))
    good = tmp_path / "good.txt"
    good.write_text("The minister said the bridge will reopen in May.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with qtbot.waitSignal(window.import_flow.report_shown, timeout=10000, raising=True) as shown:
        window.import_flow.import_paths([str(good), str(empty), str(binary)])
    refused = shown.args[0].refused()
    assert set(refused) == {"empty.txt", "photo.txt"}
    assert all(reason and "\n" not in reason for reason in refused.values())
    assert window.article_list.model.rowCount() == 2
    assert window.article.title.startswith("The minister said")


def test_cheat_sheet_lists_every_menu_action_with_its_keys(window):
    from ui.cheat_sheet import CheatSheet

    sheet = CheatSheet(window.actions.groups(), parent=window)
    rows = dict(sheet.rows())
    assert rows["Next claim"] == "J, Alt+Down"
    assert rows["Verdict: Verified"] == "1"
    assert rows["Attribution: Confirmed"].startswith("Shift+1")
    shown = {action.text() for group in window.actions.groups() for action in group.actions if action}
    assert len(rows) == len([a for a in window.actions.all() if a.shortcuts() and a.text() in shown])
    assert "(J, Alt+Down)" in window.actions.next_claim.toolTip()


def test_arabic_ui_is_mirrored_and_translated(qtbot, db, sample_desk, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.app import article_font, setup_application
    from ui.main_window import MainWindow

    setup_application([], language="ar")
    try:
        desk = MainWindow(db, qsettings=QSettings(str(tmp_path / "ar.ini"), QSettings.Format.IniFormat),
                          text_font=article_font(), show_session_summary=False)
        qtbot.addWidget(desk)
        desk.show()
        desk.open_article(sample_desk.article_id)
        desk.select_claim(sample_desk.claim_ids[2])
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert desk.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert desk.inspector.isRightToLeft()
        # The list sits on the right of a mirrored window, the inspector on the left.
        assert desk.article_list.mapTo(desk, desk.article_list.rect().topLeft()).x() > desk.width() // 2
        assert "←" in desk.inspector.chain_line.text()
        menus = [action.text() for action in desk.menuBar().actions()]
        assert "&File" not in menus and any("ملف" in m for m in menus)
        desk.runner.shutdown()
    finally:
        setup_application([], language="en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
