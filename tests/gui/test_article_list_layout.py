"""The article list as the desk first opens on a laptop's or a desktop's screen: the Title column shows its header
and the titles at a readable width, beside short columns as wide as their header or value."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import start_desk
from tests.gui.keys import focused, press, press_native
from ui.desk.article_list import READABLE_TITLE_CHARACTERS, SHORT_COLUMN_SAMPLES
from workbench.usecases.articles import list_articles


@pytest.mark.parametrize("screen", [(1366, 768), (1400, 900)])  # the commonest laptop, the lead's Xvfb screen
def test_titles_are_readable_when_the_desk_first_opens(qtbot, db, sample_desk, tmp_path, screen):
    desk = start_desk(qtbot, db, tmp_path, screen=screen)
    try:
        title = list_articles(db)[0].title
        press(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find the article by a word of its title
        for letter in title.split()[0]:
            press_native(desk, text=letter)
        press(desk, Qt.Key.Key_Return)
        table = desk.article_list.table
        assert focused(desk) is table and desk.article_list.current_article_id() == sample_desk.article_id
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        shown = header.sectionSize(0)
        assert shown >= metrics.averageCharWidth() * READABLE_TITLE_CHARACTERS, [header.sectionSize(c)
                                                                                 for c in range(5)]
        assert shown >= header.sectionSizeHint(0)  # the header reads "Title", not "itle"
        cell = table.visualRect(table.currentIndex())
        assert cell.left() >= 0 and cell.right() <= table.viewport().width()  # on screen, no sideways scrolling
        for name, sample in SHORT_COLUMN_SAMPLES.items():  # the date, language and progress are never cut
            column = desk.article_list.model.COLUMNS.index(name)
            assert header.sectionSize(column) >= max(header.sectionSizeHint(column), metrics.horizontalAdvance(sample))
        assert header.length() <= table.viewport().width()
    finally:
        desk.runner.shutdown()
