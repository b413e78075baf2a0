"""Desk shortcuts where Qt's own matching misses them: keys of a non-Latin layout (an Arabic-only keyboard)
are matched by the physical key's Latin letter, Shift+digit that arrives as its symbol ("@") as Shift+2, and
the key of a disabled action is handed to the window to say why nothing happened."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# What Shift does to the digit row of a US keyboard, which X11 reports as the symbol with Shift still held.
US_SHIFTED_DIGITS = {
    Qt.Key.Key_Exclam: Qt.Key.Key_1, Qt.Key.Key_At: Qt.Key.Key_2, Qt.Key.Key_NumberSign: Qt.Key.Key_3,
    Qt.Key.Key_Dollar: Qt.Key.Key_4, Qt.Key.Key_Percent: Qt.Key.Key_5, Qt.Key.Key_AsciiCircum: Qt.Key.Key_6,
    Qt.Key.Key_Ampersand: Qt.Key.Key_7, Qt.Key.Key_Asterisk: Qt.Key.Key_8, Qt.Key.Key_ParenLeft: Qt.Key.Key_9,
    Qt.Key.Key_ParenRight: Qt.Key.Key_0,
}

# xkb key codes (Linux evdev code + 8, what X11 and Wayland send) of the keys of a US layout: the same
# physical key whichever layout is active, so they name the Latin letter printed on the key.
XKB_LATIN_KEYS = {code: char for row, first in (("1234567890", 10), ("qwertyuiop[]", 24), ("asdfghjkl", 38),
                                                ("zxcvbnm", 52)) for code, char in enumerate(row, first)}
MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def _is_layout_character(key: int) -> bool:
    """A printable key outside ASCII: what a non-Latin layout (Arabic, Persian, Cyrillic) sends."""
    return 0x80 <= key < 0x01000000


def latin_key(event: QKeyEvent) -> int | None:
    """The Latin key at the pressed key's place, from the native codes; None when they do not say."""
    virtual = event.nativeVirtualKey()
    if ord("A") <= virtual <= ord("Z") or ord("0") <= virtual <= ord("9"):
        return virtual  # Windows: the virtual key is the Latin letter, whatever the layout
    if QGuiApplication.platformName() in ("windows", "cocoa"):
        return None
    char = XKB_LATIN_KEYS.get(event.nativeScanCode())
    return ord(char.upper()) if char else None


def desk_sequence(event: QKeyEvent) -> QKeySequence | None:
    """The shortcut this key press means on a US keyboard, when that differs from what Qt matched."""
    key, modifiers = event.key(), event.modifiers() & MODIFIERS
    if _is_layout_character(key) or any(_is_layout_character(ord(ch)) for ch in event.text()):
        latin = latin_key(event)
        key = latin if latin is not None else key
    if modifiers & Qt.KeyboardModifier.ShiftModifier and key in US_SHIFTED_DIGITS:
        key = US_SHIFTED_DIGITS[Qt.Key(key)]
    if key == event.key():
        return None
    return QKeySequence(QKeyCombination(modifiers, Qt.Key(key)))


def takes_text(widget: QWidget | None) -> bool:
    """Whether typing in this widget writes text, so a printable key there is the reviewer's, not a shortcut."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (isinstance(widget, QComboBox) and widget.isEditable())


class PhysicalShortcuts(QObject):
    """Triggers a window's action for a key press its shortcuts missed only because of the layout, and
    passes the key of a disabled action to `refused(action)`, which returns whether it told the reviewer why.

    It sees a key press only when no shortcut took it, so an action never fires twice; keys typed into
    a text field stay text (an Arabic filter is typed in Arabic).
    """

    def __init__(self, window: QWidget, actions: list[QAction], *,
                 refused: Callable[[QAction], bool] = lambda _action: False) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._refused = refused
        QApplication.instance().installEventFilter(self)

    def _action_for(self, sequence: QKeySequence, *, enabled: bool = True) -> QAction | None:
        for action in self._actions:
            if action.isEnabled() == enabled and any(s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                                                     for s in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if watched is not (focus or self._window) or watched.window() is not self._window or takes_text(watched):
            return False
        sequence = desk_sequence(event)
        action = self._action_for(sequence) if sequence is not None else None
        if action is not None:
            action.trigger()
            return True
        disabled = self._action_for(sequence or QKeySequence(event.keyCombination()), enabled=False)
        return disabled is not None and self._refused(disabled)
