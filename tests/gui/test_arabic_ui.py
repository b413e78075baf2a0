"""The Arabic UI says everything in Arabic and in the right order: counts with Arabic plural forms, refusal
reasons without internal names, key names unscrambled in the cheat sheet, titles cut at their own end, and a
table's first row selected in the mirrored layout."""

import os

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tests.gui.keys import press


def _text_file(tmp_path, name, text="The minister said the port would reopen on Monday.\n"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_counts_use_arabic_plural_forms(qtbot, arabic_desk, tmp_path):
    flow = arabic_desk.import_flow
    with qtbot.waitSignal(flow.imported, timeout=20000):
        flow.import_paths([_text_file(tmp_path, "one.txt")])
        label = flow.progress.labelText()
    assert "ملف واحد" in label and "1 ملفات" not in label
    with qtbot.waitSignal(flow.imported, timeout=20000):
        flow.import_paths([_text_file(tmp_path, f"f{i}.txt", f"Officials said {i} bridges reopened.\n")
                           for i in range(3)])
        assert "3 ملفات" in flow.progress.labelText()


def test_english_counts_are_singular_for_one(qtbot, started_desk, tmp_path):
    flow = started_desk.import_flow
    with qtbot.waitSignal(flow.imported, timeout=20000):
        flow.import_paths([_text_file(tmp_path, "one.txt")])
        assert flow.progress.labelText() == "Importing 1 file…"


def test_refusals_are_in_arabic_without_internal_names(qtbot, db, sample_desk, tmp_path):
    from tests.gui.conftest import start_desk
    from ui.app import setup_application
    from workbench.settings import DeskSettings

    desk = start_desk(qtbot, db, tmp_path, language="ar", settings=DeskSettings(max_import_mb=0.0001))
    try:
        pipe = tmp_path / "pipe.txt"
        os.mkfifo(pipe)
        with qtbot.waitSignal(desk.import_flow.report_shown, timeout=20000) as shown:
            desk.import_flow.import_paths([_text_file(tmp_path, "big.txt", "كلمة " * 200),
                                           _text_file(tmp_path, "empty.txt", "   "), pipe])
        refused = shown.args[0].refused()
        assert refused["big.txt"].startswith("كبير جدًا") and "IntakeLimits" not in refused["big.txt"]
        assert refused["empty.txt"] == "فارغ: لا نص لاستيراده"
        assert refused["pipe.txt"] == "ليس ملفًا عاديًا: أنبوب مسمّى (FIFO)"
    finally:
        desk.runner.shutdown()
        setup_application([], language="en")


def test_storage_failures_read_in_arabic(arabic_desk):
    from ui.refusals import refusal_text

    assert refusal_text("cannot use /x/isnad.sqlite: the disk is full; nothing was saved") == (
        "تعذّر استخدام /x/isnad.sqlite: القرص ممتلئ؛ لم يُحفظ شيء")
    assert refusal_text("the database is read-only (its file, folder or disk cannot be written); nothing was saved"
                        ).startswith("قاعدة البيانات للقراءة فقط")


def test_cheat_sheet_keeps_key_names_left_to_right(qtbot, arabic_desk):
    from ui.cheat_sheet import CheatSheet

    seen = {}

    def read_and_close():
        sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CheatSheet) and w.isVisible())
        items = [sheet.tree.topLevelItem(i) for i in range(sheet.tree.topLevelItemCount())]
        seen["keys"] = [item.text(1) for item in items if item.text(1)]
        sheet.accept()

    QTimer.singleShot(300, read_and_close)
    press(arabic_desk, Qt.Key.Key_F1)
    keys = seen["keys"]
    assert "\u2066Ctrl+Shift+Z, Ctrl+Y\u2069" in keys
    assert all(k.startswith("\u2066") and k.endswith("\u2069") for k in keys)


def test_titles_are_laid_out_in_their_own_direction_in_the_mirrored_list(qtbot, arabic_desk, db, tmp_path):
    from ui.desk.article_list import OwnDirectionDelegate

    with qtbot.waitSignal(arabic_desk.import_flow.imported, timeout=20000):
        arabic_desk.import_flow.import_paths([_text_file(
            tmp_path, "en.txt", "Officials said the corridor towards the Syrian border stays open tonight\n")])
    panel = arabic_desk.article_list
    delegate = panel.table.itemDelegateForColumn(0)
    assert isinstance(delegate, OwnDirectionDelegate)
    directions = {}
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0, QModelIndex())
        option = QStyleOptionViewItem()
        option.initFrom(panel.table)
        delegate.initStyleOption(option, index)
        directions[option.text[:9]] = option.direction
    assert directions["Officials"] == Qt.LayoutDirection.LeftToRight
    assert Qt.LayoutDirection.RightToLeft in directions.values()  # the Arabic sample's title


def test_the_claims_browser_selects_its_first_claim_in_the_mirrored_ui(qtbot, arabic_desk, sample_desk):
    press(arabic_desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    browser = arabic_desk.views.browser
    qtbot.waitUntil(lambda: browser is not None and browser.model.total == len(sample_desk.claim_ids))
    qtbot.wait(200)
    assert browser.selected_rows() == [0] and browser.table.currentIndex().row() == 0
