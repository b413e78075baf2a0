"""Colleagues on one database: their changes appear on this desk within a second, and the inspector says who
last changed the claim and who else has it open (advisory: nothing is locked)."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from workbench.errors import IsnadError
from workbench.storage.models import utcnow
from workbench.usecases.claims import get_claim
from workbench.usecases.team import (
    CommitSignal,
    change_marker,
    changes_since,
    claim_team_state,
    note_presence,
)

POLL_MS = 500  # a colleague's change shows within this plus one short read: well inside 2 s
MAX_ROWS_TAKEN_IN = 200  # more changed claims than this (an import) and the article is read again whole


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveRefresh", text)


class LiveDesk(QObject):
    """Polls the core's commit signal on a timer; on a colleague's commit, refreshes only what changed.

    The checks are a PRAGMA (SQLite) or a look at received notifications (PostgreSQL): cheap enough for the GUI
    thread every POLL_MS. The current claim, the reading position and the undo stack are left as they are.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.signal = CommitSignal(window.db)
        self.marker = change_marker(window.db)
        self.noted_claim_id: int | None = None
        self.team_label = QLabel(window.inspector)
        self.team_label.setObjectName("teamLabel")
        self.team_label.setWordWrap(True)
        self.team_label.setTextFormat(Qt.TextFormat.PlainText)
        self.team_label.hide()
        window.inspector.layout().insertWidget(1, self.team_label)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        try:
            if self.signal.changed():
                self._take_in_changes()
            current = self.window.current_claim_id
            if current != self.noted_claim_id:
                self.noted_claim_id = current
                self._note_and_show(current)
        except IsnadError as error:  # a server gone away is said once in the status bar, then tried again
            self.window.statusBar().showMessage(str(error), 4000)

    def _take_in_changes(self) -> None:
        own_session = self.window.actor.session_id if self.window.actor is not None else None
        changes = changes_since(self.window.db, self.marker, own_session_id=own_session)
        self.marker = changes.marker
        if not changes:
            return
        if changes.article_ids:  # imported, edited, deleted or restored: the list shows it
            self.window.reload_articles()
        article = self.window.article
        if article is None:
            return
        if len(changes.claim_ids) > MAX_ROWS_TAKEN_IN:
            self.window.show_colleague_changes(None)
        else:
            records = [get_claim(self.window.db, claim_id) for claim_id in sorted(changes.claim_ids)]
            shown = [r for r in records if r.article_id == article.id or self.window.claims.get(r.id) is not None]
            if shown:
                self.window.show_colleague_changes(shown)
        if self.window.current_claim_id in changes.claim_ids:
            self._show_team_state(self.window.current_claim_id)

    def _note_and_show(self, claim_id: int | None) -> None:
        actor = self.window.actor
        if claim_id is not None and actor is not None:
            note_presence(self.window.db, actor, claim_id)
        self._show_team_state(claim_id)

    def _show_team_state(self, claim_id: int | None) -> None:
        if claim_id is None:
            self.team_label.hide()
            return
        actor = self.window.actor
        state = claim_team_state(self.window.db, claim_id, reviewer_id=actor.reviewer_id if actor else None)
        lines = []
        if state.last_changed_by:
            lines.append(_tr("Last changed by %1, %2").replace("%1", state.last_changed_by)
                         .replace("%2", _ago(state.last_changed_at)))
        if len(state.reviewing_now) == 1:
            lines.append(_tr("%1 is reviewing this").replace("%1", state.reviewing_now[0]))
        elif state.reviewing_now:
            lines.append(_tr("%1 are reviewing this").replace("%1", "، ".join(state.reviewing_now)
                                                               if self._arabic() else ", ".join(state.reviewing_now)))
        self.team_label.setText("\n".join(lines))
        self.team_label.setVisible(bool(lines))

    def _arabic(self) -> bool:
        return self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def stop(self) -> None:
        self.timer.stop()
        self.signal.close()


def _ago(moment: datetime | None) -> str:
    if moment is None:
        return ""
    minutes = int((utcnow() - moment).total_seconds() // 60)
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("%1 min ago").replace("%1", str(minutes))
    return moment.strftime("%Y-%m-%d %H:%M")
