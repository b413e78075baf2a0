"""Two desks on one database (SQLite and PostgreSQL): a verdict set by key press on one appears on the other
within 2 s, which keeps its place and undo stack and says who changed the claim and who is reviewing it."""

from PySide6.QtCore import QSettings, Qt

from tests.conftest import BOTH_BACKENDS
from tests.gui.conftest import start_desk
from tests.gui.keys import press
from workbench.storage.database import open_database
from workbench.usecases.claims import get_claim

BACKENDS = BOTH_BACKENDS


def colleague_desk(qtbot, location, tmp_path):
    """Layla's desk: another window with its own database connections, as another computer would have."""
    from ui.app import article_font, show_desk
    from ui.main_window import MainWindow
    from workbench.usecases.sessions import start_session

    db = open_database(location)
    qsettings = QSettings(str(tmp_path / "layla.ini"), QSettings.Format.IniFormat)
    desk = MainWindow(db, actor=start_session(db, "Layla"), qsettings=qsettings, text_font=article_font(),
                      show_session_summary=False)
    qtbot.addWidget(desk)
    show_desk(desk)
    qtbot.waitExposed(desk)
    return desk


def test_a_colleagues_verdict_appears_within_2_s_without_losing_place_or_undo(qtbot, db, db_location, sample_desk,
                                                                               tmp_path):
    ids = sample_desk.claim_ids
    layla = colleague_desk(qtbot, db_location, tmp_path)
    try:
        layla.activateWindow()
        qtbot.waitUntil(layla.isActiveWindow)
        assert layla.current_claim_id == ids[0]
        press(layla, Qt.Key.Key_J)
        press(layla, Qt.Key.Key_2)  # Layla's own edit on the second claim: on her undo stack
        assert layla.current_claim_id == ids[1] and layla.undo_stack.count() == 1

        mine = start_desk(qtbot, db, tmp_path)
        try:
            assert mine.current_claim_id == ids[0]
            press(mine, Qt.Key.Key_3)  # false, on the first claim
            assert get_claim(db, ids[0]).claim_verdict == "false"

            qtbot.waitUntil(lambda: layla.claims.get(ids[0]).claim_verdict == "false", timeout=2000)
            assert layla.current_claim_id == ids[1] and layla.undo_stack.count() == 1
            assert layla.progress_label.text() == "2/4 reviewed"

            layla.activateWindow()
            qtbot.waitUntil(layla.isActiveWindow)
            press(layla, Qt.Key.Key_K)  # to the claim the colleague has open and just changed
            assert layla.current_claim_id == ids[0]
            qtbot.waitUntil(lambda: "Test Reviewer is reviewing this" in layla.live.team_label.text(), timeout=2000)
            assert "Last changed by Test Reviewer" in layla.live.team_label.text()
            assert layla.live.team_label.isVisible()

            layla.undo_stack.undo()  # her own edit comes undone; the colleague's verdict stays
            assert get_claim(db, ids[1]).claim_verdict == "unreviewed"
            assert get_claim(db, ids[0]).claim_verdict == "false"
        finally:
            mine.runner.shutdown()
    finally:
        layla.runner.shutdown()
        layla.db.close()
