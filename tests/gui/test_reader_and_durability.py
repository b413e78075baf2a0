"""The reader on first open, the hop chips' wording, and edits committed the moment they are shown."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from workbench.usecases.claims import get_claim


def _fresh_window(qtbot, db, tmp_path, qsettings):
    from ui.app import article_font, setup_application
    from ui.main_window import MainWindow

    setup_application([], language="en")
    desk = MainWindow(db, qsettings=qsettings, text_font=article_font(), show_session_summary=False)
    qtbot.addWidget(desk)
    return desk


def test_first_open_scrolls_the_current_claim_into_view(qtbot, db, sample_desk, tmp_path):
    """As at start-up: show, reopen the last claim (far down), then the window's first layout resizes the reader."""
    qsettings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("desk/last_article", sample_desk.article_id)
    last = sample_desk.claim_ids[3]
    qsettings.setValue("desk/last_claim", last)
    desk = _fresh_window(qtbot, db, tmp_path, qsettings)
    try:
        desk.resize(1500, 920)
        desk._restore_layout()
        desk.show()
        desk.restore_last_article()
        assert desk.current_claim_id == last
        qtbot.waitExposed(desk)
        qtbot.wait(50)  # the first layout (splitter sizes) runs after the window is shown
        reader = desk.reader
        assert reader.verticalScrollBar().maximum() > 0  # the article is longer than the view
        qtbot.waitUntil(lambda: reader.claim_in_view(last), timeout=2000)
        assert reader.verticalScrollBar().value() > 0

        # Once the reviewer scrolls away, a later relayout does not pull the view back.
        reader.verticalScrollBar().triggerAction(reader.verticalScrollBar().SliderAction.SliderToMinimum)
        desk.splitter.setSizes([400, 700, 400])
        qtbot.wait(50)
        assert reader.verticalScrollBar().value() == 0
    finally:
        desk.runner.shutdown()


def test_hop_chips_say_kind_and_confirmation_in_words(window, sample_desk, db):
    from ui.desk.claim_inspector import HopChip

    window.open_article(sample_desk.article_id, sample_desk.claim_ids[2])
    chips = window.inspector.findChildren(HopChip)
    chips = sorted((c for c in chips if c.isVisible()), key=lambda c: c.position)
    assert [c.text().split("\n")[1] for c in chips] == ["Outlet · unconfirmed", "Outlet · unconfirmed",
                                                         "Person · unconfirmed"]
    assert all("?" not in c.text() for c in chips)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_C)  # confirm the chain
    assert all(hop.confirmed for hop in get_claim(db, sample_desk.claim_ids[2]).chain)
    chips = sorted((c for c in window.inspector.findChildren(HopChip) if c.isVisible()), key=lambda c: c.position)
    assert [c.text().split("\n")[1] for c in chips] == ["Outlet · ✓ confirmed", "Outlet · ✓ confirmed",
                                                         "Person · ✓ confirmed"]


def test_hop_chip_wording_is_translated_to_arabic(qtbot, sample_desk, db):
    from PySide6.QtWidgets import QApplication

    from ui.app import setup_application
    from ui.desk.claim_inspector import hop_status_text

    hop = get_claim(db, sample_desk.claim_ids[2]).chain[0]
    setup_application([], language="ar")
    try:
        for source in ("unconfirmed", "✓ confirmed"):
            assert QApplication.translate("ClaimInspector", source) != source
        assert hop_status_text(hop) == "منفذ إعلامي · غير مؤكَّد".replace(
            "منفذ إعلامي", QApplication.translate("Verdicts", "Outlet"))
        assert QApplication.translate("Verdicts", "Outlet") != "Outlet"
    finally:
        setup_application([], language="en")


def test_every_edit_shown_is_already_committed_for_another_connection(qtbot, window, sample_desk, db, db_path):
    """Nothing waits on a save: a second, independent connection sees each edit while the window stays open."""
    from workbench.storage.database import open_database

    window.open_article(sample_desk.article_id)
    window.activateWindow()
    window.reader.setFocus()
    ids = sample_desk.claim_ids
    other = open_database(db_path)
    try:
        def seen(claim_id):
            return get_claim(other, claim_id)

        window.actions.claim_verdicts["false"].trigger()
        assert window.current_claim().claim_verdict == "false"
        assert seen(ids[0]).claim_verdict == "false"
        window.actions.attribution_verdicts["misattributed"].trigger()
        assert seen(ids[0]).attribution_verdict == "misattributed"
        window.actions.next_claim.trigger()
        window.actions.claim_verdicts["disputed"].trigger()
        assert seen(ids[1]).claim_verdict == "disputed"
        window.actions.next_claim.trigger()
        window.actions.confirm_chain.trigger()
        assert all(hop.confirmed for hop in seen(ids[2]).chain)
        window.inspector.note.setFocus()
        qtbot.keyClicks(window.inspector.note, "Sun story checked")
        window.reader.setFocus()
        assert seen(ids[2]).note == "Sun story checked"
        assert window.progress_label.text() == "2/4 reviewed"
        window.actions.undo.trigger()  # undo is an edit too, stored at once
        assert seen(ids[2]).note == ""
        assert window.isVisible()
    finally:
        other.close()
