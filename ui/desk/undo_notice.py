"""A status-bar notice after an edit that removes something: what happened, and an Undo button beside it."""

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoNotice", text)


class UndoNotice(QWidget):
    """Shown for SHOWN_MS after an edit; Undo emits undo_requested once and hides the notice."""

    undo_requested = Signal()
    SHOWN_MS = 10000

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.undo_button = QToolButton(self)
        self.undo_button.setText(_tr("Undo"))
        self.undo_button.setToolTip(_tr("Undo it (Ctrl+Z)"))
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def tell(self, message: str) -> None:
        self.message.setText(message)
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        self.hide()
        self.undo_requested.emit()
