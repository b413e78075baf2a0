"""What broke on first use, pressed from the desk's start-up state: print preview, Shift+digit verdicts,
focus after launch and import, letter shortcuts under an Arabic-only keyboard layout."""

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keys import X11_KEYCODES, focused, press, press_native
from workbench.usecases.claims import get_claim

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _preview_dialog():
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QPrintPreviewDialog) and w.isVisible()), None)


def test_ctrl_p_opens_a_preview_that_paints_every_page(qtbot, started_desk):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    press(started_desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _preview_dialog() is not None)
    dialog = _preview_dialog()
    gc.collect()  # nothing the preview paints on may depend on a Python local
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() >= 2
    for page in range(1, preview.pageCount() + 1):
        preview.setCurrentPage(page)
        assert not preview.grab().isNull()
        qtbot.wait(10)
    dialog.close()
    qtbot.wait(50)
    assert started_desk.isVisible()


def test_shift_digits_set_attribution_verdicts_as_x11_delivers_them(qtbot, started_desk, sample_desk, db):
    ids = sample_desk.claim_ids
    press(started_desk, Qt.Key.Key_At, SHIFT)  # US layout: Shift+2 arrives as "@" with Shift held
    assert get_claim(db, ids[0]).attribution_verdict == "misattributed"
    press(started_desk, Qt.Key.Key_Exclam, SHIFT)
    assert get_claim(db, ids[0]).attribution_verdict == "confirmed"
    press(started_desk, Qt.Key.Key_NumberSign, SHIFT)
    assert get_claim(db, ids[0]).attribution_verdict == "not_found"
    press(started_desk, Qt.Key.Key_2, SHIFT)  # the same key as a layout that keeps the digit
    assert get_claim(db, ids[0]).attribution_verdict == "misattributed"
    assert started_desk.undo_stack.count() == 4


def test_every_shortcut_is_bound_once(started_desk):
    seen: dict[str, str] = {}
    for action in started_desk.actions.all():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to {seen[key]} and {action.text()}"
            seen[key] = action.text()
    assert "@" not in seen and "!" not in seen


def test_focus_starts_on_the_reader_and_j_walks_claims(qtbot, started_desk, sample_desk, db):
    assert focused(started_desk) is started_desk.reader
    press(started_desk, Qt.Key.Key_J)
    press(started_desk, Qt.Key.Key_2)
    press(started_desk, Qt.Key.Key_At, SHIFT)
    claim = get_claim(db, sample_desk.claim_ids[1])
    assert (claim.claim_verdict, claim.attribution_verdict) == ("disputed", "misattributed")
    assert started_desk.article_list.search.text() == ""


def test_escape_in_the_filter_clears_it_and_gives_the_keyboard_back(qtbot, started_desk, sample_desk):
    press(started_desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused(started_desk) is started_desk.article_list.search
    qtbot.keyClicks(started_desk.article_list.search, "zz")
    press(started_desk, Qt.Key.Key_Escape)
    assert started_desk.article_list.search.text() == ""
    assert focused(started_desk) is started_desk.reader
    press(started_desk, Qt.Key.Key_J)
    assert started_desk.current_claim_id == sample_desk.claim_ids[1]


def test_focus_is_on_the_reader_after_an_import(qtbot, started_desk, tmp_path):
    path = tmp_path / "new.txt"
    path.write_text("Officials said the bridge would reopen on Monday, according to a statement.\n",
                    encoding="utf-8")
    started_desk.focus_search()
    with qtbot.waitSignal(started_desk.import_flow.imported, timeout=20000):
        started_desk.import_flow.import_paths([str(path)])
    qtbot.waitUntil(lambda: focused(started_desk) is started_desk.reader)
    assert started_desk.article.title.startswith("Officials")


def test_letter_and_digit_keys_work_with_only_an_arabic_layout(qtbot, started_desk, sample_desk, db):
    ids = sample_desk.claim_ids
    # J's key on the Arabic layout types "ت": xcb gives that character, and the physical key's code.
    press_native(started_desk, text="ت", scan_code=X11_KEYCODES["j"])
    assert started_desk.current_claim_id == ids[1]
    # Windows gives the Latin letter's virtual key instead.
    press_native(started_desk, text="ت", virtual_key=ord("J"))
    assert started_desk.current_claim_id == ids[2]
    press_native(started_desk, text="ن", scan_code=X11_KEYCODES["k"])
    assert started_desk.current_claim_id == ids[1]
    press_native(started_desk, text="ؤ", scan_code=X11_KEYCODES["c"])  # confirm the chain (C)
    assert all(hop.confirmed for hop in get_claim(db, ids[1]).chain)
    press(started_desk, Qt.Key.Key_At, SHIFT)  # Shift+2 gives "@" on the Arabic layout too
    assert get_claim(db, ids[1]).attribution_verdict == "misattributed"


def test_arabic_typed_in_the_filter_stays_text(qtbot, started_desk, sample_desk):
    started_desk.focus_search()
    press_native(started_desk, text="ت", scan_code=X11_KEYCODES["j"])
    assert started_desk.article_list.search.text() == "ت"
    assert started_desk.current_claim_id == sample_desk.claim_ids[0]


def test_the_desk_fits_a_laptop_screen(started_desk):
    """1366 × 768 is the commonest laptop screen: the three panes' minimum widths must leave nothing cut off."""
    smallest = started_desk.minimumSizeHint()
    assert smallest.width() <= 1366 and smallest.height() <= 768, smallest
    room = started_desk.screen().availableGeometry()
    assert started_desk.width() <= max(room.width(), smallest.width())
