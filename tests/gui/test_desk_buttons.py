"""Buttons and actions act or are disabled; a deleted claim offers Undo; the Edit menu names the step."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keys import press
from workbench.usecases.claims import get_claim


def _edit_menu_texts(window) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Edit" in a.text())
    return [a.text() for a in menu.actions()]


def test_hop_buttons_and_actions_are_off_when_they_cannot_act(qtbot, started_desk, sample_desk, db):
    desk, inspector = started_desk, started_desk.inspector
    buttons, actions = inspector.hop_actions, desk.actions
    # The first claim has one hop: it can be replaced or removed, not moved.
    assert buttons["replace"].isEnabled() and buttons["remove"].isEnabled() and actions.replace_hop.isEnabled()
    assert not buttons["outward"].isEnabled() and not buttons["inward"].isEnabled()
    assert not actions.hop_outward.isEnabled() and not actions.hop_inward.isEnabled()
    press(desk, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)  # remove that hop: the chain is empty
    assert get_claim(db, sample_desk.claim_ids[0]).chain == ()
    for name in ("replace", "remove", "confirm", "outward", "inward"):
        assert not buttons[name].isEnabled(), name
    for action in (actions.replace_hop, actions.remove_hop, actions.confirm_chain, actions.hop_outward,
                   actions.hop_inward):
        assert not action.isEnabled(), action.text()
    assert buttons["add"].isEnabled() and actions.add_hop.isEnabled()
    press(desk, Qt.Key.Key_R)
    assert desk.source_picker is None or not desk.source_picker.isVisible()
    # The third claim's chain has three hops, none confirmed: the first moves inward only.
    press(desk, Qt.Key.Key_J)
    press(desk, Qt.Key.Key_J)
    assert inspector.selected_hop == 0
    assert buttons["inward"].isEnabled() and not buttons["outward"].isEnabled()
    assert buttons["confirm"].isEnabled() and actions.confirm_chain.isEnabled()
    press(desk, Qt.Key.Key_C)
    assert not buttons["confirm"].isEnabled() and not actions.confirm_chain.isEnabled()


def test_deleting_a_claim_offers_undo_in_the_status_bar(qtbot, started_desk, sample_desk, db):
    first = sample_desk.claim_ids[0]
    press(started_desk, Qt.Key.Key_Delete)
    assert get_claim(db, first).deleted
    notice = started_desk.undo_notice
    assert notice.isVisible() and "deleted" in notice.message.text()
    assert notice.undo_button.text() == "Undo"
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert not get_claim(db, first).deleted
    assert not notice.isVisible()
    assert QApplication.focusWidget() is started_desk.reader


def test_the_edit_menu_names_the_step_to_undo(qtbot, started_desk):
    assert "&Undo" in _edit_menu_texts(started_desk)
    press(started_desk, Qt.Key.Key_2)
    assert "&Undo: Set verdict Disputed" in _edit_menu_texts(started_desk)
    press(started_desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "&Redo: Set verdict Disputed" in _edit_menu_texts(started_desk)
    assert "&Undo" in _edit_menu_texts(started_desk)
