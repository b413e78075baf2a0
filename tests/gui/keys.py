"""Pressing keys as a keyboard does: on the widget that has focus, with the codes a real layout sends."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# X11 (evdev) key codes of a few keys: xcb sends them in nativeScanCode, whatever the layout.
X11_KEYCODES = {"1": 10, "2": 11, "3": 12, "j": 44, "k": 45, "c": 54, "s": 39, "g": 42}


def focused(window):
    return QApplication.focusWidget() or window


def press(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key click on the focused widget (what the reviewer's keyboard reaches)."""
    QTest.keyClick(focused(window), key, modifiers)


def press_native(window, *, text: str, scan_code: int = 0, virtual_key: int = 0,
                 modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key click as a non-Latin layout delivers it: the layout's character as Qt key and text, the
    physical key in nativeScanCode (X11) or nativeVirtualKey (Windows gives the Latin letter there)."""
    target = focused(window)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, ord(text.upper()), modifiers, scan_code, virtual_key, 0, text)
        QApplication.sendEvent(target, event)
