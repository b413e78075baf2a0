"""The article list on first run: its short columns fit their contents and the titles stay readable."""

import pytest


@pytest.mark.parametrize("width", [1400, 1600, 1920])  # a laptop, a small and a large monitor
def test_first_run_gives_titles_room_beside_the_short_columns(qtbot, db, sample_desk, tmp_path, width):
    from tests.gui.conftest import _new_desk

    desk = _new_desk(qtbot, db, tmp_path)
    try:
        desk.resize(width, 1000)
        desk.show()
        qtbot.waitExposed(desk)
        header = desk.article_list.table.horizontalHeader()
        qtbot.waitUntil(lambda: getattr(desk, "_laid_out", False) and desk.splitter.sizes()[0] > 300, timeout=2000)
        qtbot.wait(50)
        metrics = desk.article_list.table.fontMetrics()
        for column, widest in ((2, "2026-12-02"), (4, "000/000")):  # the date and the reviewed count are never cut
            assert header.sectionSize(column) >= metrics.horizontalAdvance(widest)
        title = header.sectionSize(0)
        assert title >= 200, (desk.splitter.sizes(), [header.sectionSize(c) for c in range(5)])
    finally:
        desk.runner.shutdown()
