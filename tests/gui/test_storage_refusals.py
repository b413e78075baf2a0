"""A full disk while reviewing: the desk says so in a dialog in the core's words, and stores nothing."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from workbench.usecases.claims import get_claim


def test_a_verdict_on_a_full_disk_is_a_dialog_and_nothing_is_stored(qtbot, started_desk, sample_desk, db):
    window = started_desk
    if window.current_claim_id is None:
        window.open_article(sample_desk.article_id)
    claim_id = window.current_claim_id
    before = get_claim(db, claim_id)

    @event.listens_for(db.engine, "before_cursor_execute")
    def _disk_full(_conn, _cursor, statement, *_args):  # what SQLite raises when the disk has no room left
        if statement.lstrip().upper().startswith("INSERT INTO REVIEW_EVENT"):
            full = sqlite3.OperationalError("database or disk is full")
            full.sqlite_errorcode = 13  # SQLITE_FULL
            raise full

    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    assert "the disk is full" in window.last_message.text()
    window.last_message.accept()
    after = get_claim(db, claim_id)
    assert (after.claim_verdict, after.version) == (before.claim_verdict, before.version)
