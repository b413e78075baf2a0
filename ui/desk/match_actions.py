"""The matches panel in the desk: the Matches menu's actions are on only when a match is there to act on, their
keys say in the status bar why nothing happened otherwise, and opened details get the height to be read."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

READER_SHARE = 0.45  # opening the details never leaves the article less than this share of the centre's height


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchActions", text)


class MatchActions:
    """Keeps the window's confirm, reject and go-to actions in step with its matches panel."""

    def __init__(self, window) -> None:
        self.window, self.panel = window, window.matches
        a = window.actions
        self._refusals = {a.confirm_match: _tr("Nothing to confirm: %1."),
                          a.reject_match: _tr("Nothing to reject: %1."),
                          a.open_match: _tr("Nothing to go to: %1.")}
        a.confirm_match.triggered.connect(lambda: self.panel.decide("confirmed"))
        a.reject_match.triggered.connect(lambda: self.panel.decide("rejected"))
        a.open_match.triggered.connect(self.panel.jump)
        self.panel.choices_changed.connect(self.update)
        self.panel.details_opened.connect(self._room_for_details)
        self.update()

    def update(self) -> None:
        a = self.window.actions
        a.confirm_match.setEnabled(self.panel.can_decide())
        a.reject_match.setEnabled(self.panel.can_decide())
        a.open_match.setEnabled(self.panel.can_jump())

    def refused(self, action: QAction) -> bool:
        """A disabled match action's key was pressed: say why in the status bar (False: not one of ours)."""
        message = self._refusals.get(action)
        if message is None:
            return False
        self.window.statusBar().showMessage(message.replace("%1", self.panel.unavailable_reason()), 6000)
        return True

    def _room_for_details(self) -> None:
        centre = self.window.centre
        total = sum(centre.sizes())
        wanted = min(self.panel.height_with_details(), int(total * (1 - READER_SHARE)))
        if centre.sizes()[1] < wanted:
            centre.setSizes([total - wanted, wanted])
