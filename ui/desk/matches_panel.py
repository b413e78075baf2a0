"""The matches panel: stored claims that match the current one, found off the GUI thread; confirm, reject, jump."""

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.desk.row_table import RowTableModel
from ui.i18n import attribution_verdict_name, claim_verdict_name, link_status_name, verdict_colour
from ui.tasks import TaskRunner
from workbench.errors import IsnadError
from workbench.usecases.links import matches_for_claim


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchesPanel", text)


class MatchesModel(RowTableModel):
    """The match records of one claim, in the order the matcher ranked them."""

    COLUMNS = ("similarity", "text", "article", "verdicts", "link")

    def set_matches(self, matches: list) -> None:
        self.beginResetModel()
        self.rows = list(matches)
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        return _tr("Match"), _tr("Stored claim"), _tr("Article / outlet"), _tr("Verdicts"), _tr("Link")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "similarity":
                return f"{match.similarity:.0f}%"
            if column == "text":
                return match.text
            if column == "article":
                where = match.article_title or match.external_ref or "—"
                return f"{where} · {match.outlet}" if getattr(match, "outlet", None) else where
            if column == "verdicts":
                return (f"{claim_verdict_name(match.claim_verdict)} / "
                        f"{attribution_verdict_name(match.attribution_verdict)}")
            status = match.link_status or "suggested"
            if status == "suggested" and match.level == "likely_same":
                return link_status_name("likely_same")
            return link_status_name(status)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return match.text
        if role == Qt.ItemDataRole.BackgroundRole and column == "verdicts":
            return verdict_colour(match.claim_verdict, background=True)
        if role == Qt.ItemDataRole.ForegroundRole and column == "link":
            return QColor({"confirmed": "#007A5A", "rejected": "#A33A00"}.get(match.link_status, "#3B4654"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "similarity":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MatchesPanel(QWidget):
    """Shows the matches of the claim last asked for; results for any earlier claim are dropped.

    Matching runs through the task runner, so typing and navigation never wait for it.
    `loaded(claim_id)` is emitted once the shown matches belong to claim_id.
    """

    loaded = Signal(int)
    decide_requested = Signal(int, str, str)  # link id, new status, status the reviewer saw
    jump_requested = Signal(int, int)  # claim id, article id
    DEBOUNCE_MS = 150

    def __init__(self, db, runner: TaskRunner, *, actor=None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.claim_id: int | None = None
        self._request = 0
        self.model = MatchesModel(self)
        self.title = QLabel(_tr("Matches"), self)
        self.title.setObjectName("panelTitle")
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        # On its own line under the buttons: beside them it was squeezed to nothing, or to half a word.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.status.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.jump())
        self.confirm_button = QToolButton(self)
        self.confirm_button.setText(_tr("Confirm (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.reject_button = QToolButton(self)
        self.reject_button.setText(_tr("Reject (Ctrl+Backspace)"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.jump_button = QToolButton(self)
        self.jump_button.setText(_tr("Go to claim (Ctrl+G)"))
        self.jump_button.clicked.connect(self.jump)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.confirm_button)
        top.addWidget(self.reject_button)
        top.addWidget(self.jump_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    def show_claim(self, claim_id: int | None, *, now: bool = False, again: bool = False) -> None:
        """Ask for the matches of claim_id; the panel empties at once and fills when the worker answers.

        Showing the claim already shown keeps its matches, unless `again` (its text changed).
        """
        if claim_id == self.claim_id and claim_id is not None and not again:
            return
        self._request += 1  # any answer still on its way is now stale
        self.claim_id = claim_id
        self.model.set_matches([])
        if claim_id is None:
            self.status.setText("")
            return
        self.status.setText(_tr("Finding matches…"))
        if now:
            self._start()
        else:
            self._debounce.start()

    def refresh(self) -> None:
        self.show_claim(self.claim_id, now=True, again=True)

    def _start(self) -> None:
        self._debounce.stop()
        if self.claim_id is None:
            return
        request, claim_id, db, actor = self._request, self.claim_id, self.db, self.actor
        self.runner.run(lambda: matches_for_claim(db, claim_id, top=10, actor=actor),
                        on_finished=partial(self._loaded, request, claim_id),
                        on_failed=partial(self._failed, request))

    def _loaded(self, request: int, claim_id: int, matches: list) -> None:
        if request != self._request:
            return  # the reviewer has moved on; these matches belong to an earlier claim
        self.model.set_matches(matches)
        if not matches:
            self.status.setText(_tr("No stored claim matches this one."))
        else:
            self.status.setText(_tr("1 match") if len(matches) == 1
                                else _tr("%1 matches").replace("%1", str(len(matches))))
        if matches:
            self.table.selectRow(0)
        self.loaded.emit(claim_id)

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.status.setText(str(error) if isinstance(error, IsnadError)
                            else _tr("Matching failed: %1").replace("%1", repr(error)))

    def current_match(self):
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and self.model.rows else None

    def decide(self, status: str) -> None:
        match = self.current_match()
        if match is not None and match.link_id is not None and match.link_status != status:
            self.decide_requested.emit(match.link_id, status, match.link_status or "suggested")

    def jump(self) -> None:
        match = self.current_match()
        if match is not None and match.article_id is not None:
            self.jump_requested.emit(match.claim_id, match.article_id)
