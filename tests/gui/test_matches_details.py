"""The matches panel from the desk's start-up state: each match's language, a readable claim column, and Ctrl+G on
an archive claim (no article to go to) opening its details: full text, verdicts, fact-check address and date."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import start_desk
from tests.gui.keys import press
from ui.desk.matches_panel import READABLE_CHARACTERS, MatchesModel

ARCHIVE_TEXT = "أكثر من 25 عائلة تابعة لمسلحي التنظيم وصلت إلى مدينة مركدة في ريف الحسكة"
URL = "https://fatabyyano.net/markada-families"


@pytest.fixture
def archive_claim(db, sample_desk, tmp_path):
    """A fact-checked archive claim repeating the sample's first claim, stored before the desk starts."""
    from workbench.usecases.archive import import_claims_file

    archive = tmp_path / "archive.tsv"
    archive.write_text(f"id\ttext\tverdict\turl\tdate\ttitle\nfb-7\t{ARCHIVE_TEXT}\tزائف\t{URL}\t2016-11-02\t"
                       "عائلات مسلحي داعش في مركدة\n", encoding="utf-8")
    assert import_claims_file(db, archive).imported == 1
    with db.reading() as session:
        return session.connection().exec_driver_sql("SELECT id FROM claim WHERE external_ref = 'fb-7'").scalar()


def test_ctrl_g_on_an_archive_match_opens_its_details(qtbot, db, sample_desk, archive_claim, started_desk):
    panel = started_desk.matches
    qtbot.waitUntil(lambda: panel.current_match() is not None, timeout=30000)
    match = panel.current_match()
    assert match.claim_id == archive_claim and match.article_id is None
    language = panel.model.index(0, MatchesModel.COLUMNS.index("language"))
    assert panel.model.data(language) == "Arabic"
    assert not panel.details.isVisible()

    press(started_desk, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert panel.details.isVisible()
    shown = panel.details.toPlainText()
    assert ARCHIVE_TEXT in shown and "2016-11-02" in shown and "False" in shown and "Arabic" in shown
    assert URL in panel.details.toHtml()

    with db.reading() as session:  # the match the reviewer judged is stored as a suggested link
        links = session.connection().exec_driver_sql(
            "SELECT claim_id, matched_claim_id, status FROM claim_link").all()
    assert (sample_desk.claim_ids[0], archive_claim, "suggested") in links


def _readable_on_screen(panel) -> bool:
    """The stored claim's column is READABLE_CHARACTERS wide, and that much of it is inside the table's view."""
    table, text = panel.table, MatchesModel.COLUMNS.index("text")
    readable = table.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    seen = table.viewport().width() - table.columnViewportPosition(text)
    return table.horizontalHeader().sectionSize(text) >= readable and seen >= readable


def test_the_claim_column_stays_readable_in_a_narrow_panel(qtbot, db, sample_desk, archive_claim, started_desk):
    panel = started_desk.matches
    qtbot.waitUntil(lambda: panel.current_match() is not None, timeout=30000)
    started_desk.resize(700, 700)
    qtbot.wait(50)
    assert _readable_on_screen(panel)


@pytest.mark.parametrize("screen", [(1366, 768), (1400, 900)])
def test_opened_details_are_readable_from_the_claims_text_on(qtbot, db, sample_desk, archive_claim, tmp_path, screen):
    desk = start_desk(qtbot, db, tmp_path, screen=screen)
    try:
        panel = desk.matches
        qtbot.waitUntil(lambda: panel.current_match() is not None, timeout=30000)
        assert _readable_on_screen(panel)
        press(desk, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        details = panel.details
        assert details.viewport().height() >= 6 * details.fontMetrics().lineSpacing()  # not a two-line slit
        assert details.verticalScrollBar().value() == 0  # the claim's full text is the first thing shown
        assert panel.table.viewport().height() >= panel.table.verticalHeader().defaultSectionSize()  # its row too
        assert _readable_on_screen(panel)
        assert desk.reader.height() >= 0.4 * desk.centre.height()  # the article stays in view
    finally:
        desk.runner.shutdown()
