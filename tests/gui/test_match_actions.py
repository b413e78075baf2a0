"""The match actions from the desk's start-up state: off while no match is there to act on, and their keys say
why in the status bar instead of doing nothing; on, and acting, once a match is listed."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor

from tests.gui.keys import X11_KEYCODES, press, press_native
from tests.gui.test_matches_details import archive_claim  # noqa: F401 - the fixture

CTRL = Qt.KeyboardModifier.ControlModifier


def _settled(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.claim_id is not None and not panel.looking_up, timeout=30000)


def _match_controls(desk) -> list:
    panel, a = desk.matches, desk.actions
    return [panel.confirm_button, panel.reject_button, panel.jump_button, panel.details_button, a.confirm_match,
            a.reject_match, a.open_match]


@pytest.mark.parametrize(("key", "said"), [
    (Qt.Key.Key_G, "Nothing to go to"),
    (Qt.Key.Key_Return, "Nothing to confirm"),
    (Qt.Key.Key_Backspace, "Nothing to reject"),
])
def test_with_no_match_the_actions_are_off_and_their_keys_say_why(qtbot, started_desk, key, said):
    panel = started_desk.matches
    _settled(qtbot, panel)
    assert panel.model.rowCount() == 0  # nothing stored repeats the sample's first claim
    assert not any(control.isEnabled() for control in _match_controls(started_desk))
    press(started_desk, key, CTRL)
    message = started_desk.statusBar().currentMessage()
    assert message.startswith(said) and "no stored claim matches this claim" in message
    assert not panel.details.isVisible()


def test_ctrl_g_under_an_arabic_layout_says_why_too(qtbot, started_desk):
    _settled(qtbot, started_desk.matches)
    press_native(started_desk, text="ل", scan_code=X11_KEYCODES["g"], modifiers=CTRL)  # G's key types "ل"
    assert started_desk.statusBar().currentMessage().startswith("Nothing to go to")


def test_once_a_match_is_listed_the_actions_are_on_and_act(qtbot, db, archive_claim, started_desk):  # noqa: F811
    panel = started_desk.matches
    _settled(qtbot, panel)
    assert panel.current_match().claim_id == archive_claim
    assert all(control.isEnabled() for control in _match_controls(started_desk))
    press(started_desk, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.current_match() is not None and panel.current_match().link_status == "confirmed",
                    timeout=30000)
    press(started_desk, Qt.Key.Key_J)  # the next claim repeats nothing stored: the actions go off again
    _settled(qtbot, panel)
    assert panel.model.rowCount() == 0
    assert not any(control.isEnabled() for control in _match_controls(started_desk))


def test_in_the_arabic_ui_the_first_match_is_selected_and_ctrl_g_opens_it(
        qtbot, db, sample_desk, archive_claim, arabic_desk):  # noqa: F811
    panel = arabic_desk.matches
    _settled(qtbot, panel)
    assert panel.model.rowCount() == 1 and panel.current_match().claim_id == archive_claim
    assert all(control.isEnabled() for control in _match_controls(arabic_desk))
    press(arabic_desk, Qt.Key.Key_G, CTRL)
    assert panel.details.isVisible() and panel.current_match().text in panel.details.toPlainText()
    qtbot.wait(50)
    name, value = (QCoreApplication.translate("MatchesPanel", text) for text in ("Language", "Arabic"))
    assert _right_edge(panel.details, name) > _right_edge(panel.details, value)  # each name at the right of its value


def _right_edge(browser, text: str) -> int:
    """Where a right-to-left text starts on screen in a text browser: its right edge."""
    found = browser.document().find(text)
    assert not found.isNull(), text
    start = QTextCursor(browser.document())
    start.setPosition(found.selectionStart())
    return browser.cursorRect(start).x()
