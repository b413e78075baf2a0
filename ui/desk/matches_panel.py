"""The matches panel: stored claims that match the current one, found off the GUI thread; confirm, reject, jump,
and a details pane for judging a match (full text, verdicts, fact-check address and date, language)."""

import html
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.desk.row_table import RowTableModel, select_row, set_up_row_view
from ui.i18n import attribution_verdict_name, claim_verdict_name, link_status_name, verdict_colour
from ui.tasks import TaskRunner
from workbench.errors import IsnadError
from workbench.matching.vectors import backfill
from workbench.usecases.links import matches_for_claim

READABLE_CHARACTERS = 40  # the stored claim's column never gets narrower than this many average characters
SIDE_COLUMN_CHARACTERS = 28  # the other columns give up width (eliding) before the claim's text does
DETAILS_LINES = 10  # opened, the details pane shows this many lines, beside two rows of the table


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchesPanel", text)


class MatchesModel(RowTableModel):
    """The match records of one claim, in the order the matcher ranked them."""

    # The claim's text right after the score: in a narrow panel the columns before it pushed it out of sight.
    COLUMNS = ("similarity", "text", "language", "article", "verdicts", "link")

    def set_matches(self, matches: list) -> None:
        self.beginResetModel()
        self.rows = list(matches)
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        return (_tr("Match"), _tr("Stored claim"), _tr("Language"), _tr("Article / outlet"), _tr("Verdicts"),
                _tr("Link"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "similarity":
                return f"{match.similarity:.0f}%"
            if column == "language":
                return language_name(match.language)
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("similarity", "language"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def language_name(code: str | None) -> str:
    return {"ar": _tr("Arabic"), "en": _tr("English")}.get(code or "", (code or "").upper() or "—")


def details_html(match) -> str:
    """What the details pane shows of a match: everything a reviewer needs to judge it, escaped."""
    rows = [(_tr("Language"), html.escape(language_name(match.language))),
            (_tr("Similarity"), f"{match.similarity:.0f}%"),
            (_tr("Claim verdict"), html.escape(claim_verdict_name(match.claim_verdict))),
            (_tr("Attribution verdict"), html.escape(attribution_verdict_name(match.attribution_verdict)))]
    if match.cluster_verdicts:
        rows.append((_tr("Verdicts of its cluster"), html.escape(", ".join(
            claim_verdict_name(v) for v in match.cluster_verdicts))))
    if match.source_url:
        url = html.escape(match.source_url, quote=True)
        rows.append((_tr("Fact-check"), f'<a href="{url}">{html.escape(match.source_title or match.source_url)}</a>'))
    if match.claim_date:
        rows.append((_tr("Date"), html.escape(match.claim_date)))
    if match.article_title:
        rows.append((_tr("Article"), html.escape(match.article_title + (f" · {match.outlet}" if match.outlet else ""))))
    if match.external_ref:
        rows.append((_tr("Archive id"), html.escape(match.external_ref)))
    # Qt's rich text lays a table's columns out left to right in any direction: in the mirrored UI the names go
    # last, so they stand at the right with the values right-aligned beside them ("99%" touched its name).
    mirrored = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    cells = ('<td align="right">{value}</td><td>&nbsp;&nbsp;</td><td align="right"><b>{name}</b></td>' if mirrored
             else "<td><b>{name}</b>&nbsp;&nbsp;</td><td>{value}</td>")
    table = "".join(f"<tr>{cells.format(name=name, value=value)}</tr>" for name, value in rows)
    align = ' align="right"' if mirrored else ""
    return f'<p dir="auto">{html.escape(match.text)}</p><table{align}>{table}</table>'


class MatchesPanel(QWidget):
    """Shows the matches of the claim last asked for; results for any earlier claim are dropped.

    Matching runs through the task runner, so typing and navigation never wait for it.
    `loaded(claim_id)` is emitted once the shown matches belong to claim_id.
    """

    loaded = Signal(int)
    decide_requested = Signal(int, str, str)  # link id, new status, status the reviewer saw
    jump_requested = Signal(int, int)  # claim id, article id
    choices_changed = Signal()  # whether a match is there to confirm, reject or go to may have changed
    details_opened = Signal()  # the details pane was opened: the panel wants height_with_details()
    DEBOUNCE_MS = 150

    def __init__(self, db, runner: TaskRunner, *, actor=None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.claim_id: int | None = None
        self._request = 0
        self.looking_up = False  # the look-up of claim_id's matches is on its way
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
        set_up_row_view(self.table, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.jump())
        self.details = QTextBrowser(self)
        self.details.setObjectName("matchDetails")
        self.details.setOpenExternalLinks(True)
        self.details.setAccessibleName(_tr("Match details"))
        self.details.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)  # height the panel gains goes to the details, not to empty rows
        self.splitter.setStretchFactor(1, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.details_button = QToolButton(self)
        self.details_button.setText(_tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(_tr("Show the selected match's full text, verdicts, fact-check and language"))
        self.details_button.toggled.connect(self.set_details_visible)
        self.vectors_status = QLabel(self)
        self.vectors_status.setObjectName("hint")
        self.vectors_status.hide()
        # Short words, the keys in the tooltips (and the Matches menu): with the keys in the text this row alone
        # was 655 px wide, which squeezed the article list's titles to "…" on a 1400-px screen.
        self.confirm_button = QToolButton(self)
        self.confirm_button.setText(_tr("Confirm"))
        self.confirm_button.setToolTip(_tr("Confirm that the selected stored claim is the same claim (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.reject_button = QToolButton(self)
        self.reject_button.setText(_tr("Reject"))
        self.reject_button.setToolTip(_tr("Reject the selected match: not the same claim (Ctrl+Backspace)"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.jump_button = QToolButton(self)
        self.jump_button.setText(_tr("Go to claim"))
        self.jump_button.setToolTip(_tr("Open the selected stored claim in its article, or its details if it has "
                                        "none (Ctrl+G)"))
        self.jump_button.clicked.connect(self.jump)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.confirm_button)
        top.addWidget(self.reject_button)
        top.addWidget(self.jump_button)
        top.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.vectors_status)
        layout.addWidget(self.splitter)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self._backfilling = False
        self._current_changed()
        QTimer.singleShot(0, self.start_backfill)

    def start_backfill(self) -> None:
        """Give stored claims that lack one a sentence vector, in the background; they match lexically meanwhile.
        One backfill at a time: asked again while one runs (a second import), the running one goes on."""
        if self._backfilling:
            return
        self._backfilling = True
        db = self.db
        self.runner.run(lambda progress, cancelled: backfill(db, progress=progress, cancelled=cancelled),
                        reports_progress=True, serial=False, on_progress=self._backfill_progress,
                        on_finished=self._backfill_done, on_failed=lambda _error: self._backfill_done(None))

    def _backfill_done(self, _result) -> None:
        self._backfilling = False
        self.vectors_status.hide()

    def _backfill_progress(self, done: int, total: int) -> None:
        self.vectors_status.setText(_tr("Semantic matching: vectors for %1 of %2 stored claims")
                                    .replace("%1", f"{done:,}").replace("%2", f"{total:,}"))
        self.vectors_status.setVisible(done < total)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Side columns at their content width up to a cap; the claim's text gets the rest, never less than
        READABLE_CHARACTERS (the table scrolls sideways instead)."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        text_column = MatchesModel.COLUMNS.index("text")
        cap = metrics.averageCharWidth() * SIDE_COLUMN_CHARACTERS
        used = 0
        for column in range(self.model.columnCount()):
            if column != text_column:
                width = min(max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)), cap)
                header.resizeSection(column, width)
                used += width
        readable = metrics.averageCharWidth() * READABLE_CHARACTERS
        header.resizeSection(text_column, max(readable, self.table.viewport().width() - used))

    def show_claim(self, claim_id: int | None, *, now: bool = False, again: bool = False) -> None:
        """Ask for the matches of claim_id; the panel empties at once and fills when the worker answers.

        Showing the claim already shown keeps its matches, unless `again` (its text changed).
        """
        if claim_id == self.claim_id and claim_id is not None and not again:
            return
        self._request += 1  # any answer still on its way is now stale
        self.claim_id = claim_id
        self.looking_up = claim_id is not None
        self.model.set_matches([])
        self._current_changed()
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
        self.looking_up = False
        self.model.set_matches(matches)
        self._fit_columns()
        if not matches:
            self.status.setText(_tr("No stored claim matches this one."))
        else:
            self.status.setText(_tr("1 match") if len(matches) == 1
                                else _tr("%1 matches").replace("%1", str(len(matches))))
        if matches:
            select_row(self.table, 0)
        self._current_changed()
        self.loaded.emit(claim_id)

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.looking_up = False
        self._current_changed()
        self.status.setText(str(error) if isinstance(error, IsnadError)
                            else _tr("Matching failed: %1").replace("%1", repr(error)))

    def current_match(self):
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and self.model.rows else None

    def can_decide(self) -> bool:
        """Whether a selected match is stored as a link the reviewer can confirm or reject."""
        match = self.current_match()
        return match is not None and match.link_id is not None

    def can_jump(self) -> bool:
        return self.current_match() is not None

    def unavailable_reason(self) -> str:
        """Why there is no match to confirm, reject or go to, in the reviewer's words."""
        if self.claim_id is None:
            return _tr("no claim is open")
        if self.looking_up:
            return _tr("its matches are still being looked up")
        if not self.model.rows:
            return _tr("no stored claim matches this claim")
        return _tr("no match is selected")

    def _current_changed(self) -> None:
        self.confirm_button.setEnabled(self.can_decide())
        self.reject_button.setEnabled(self.can_decide())
        self.jump_button.setEnabled(self.can_jump())
        self.details_button.setEnabled(self.can_jump() or not self.details.isHidden())  # an open pane can close
        self._show_details()
        self.choices_changed.emit()

    def decide(self, status: str) -> None:
        match = self.current_match()
        if match is not None and match.link_id is not None and match.link_status != status:
            self.decide_requested.emit(match.link_id, status, match.link_status or "suggested")

    def jump(self) -> None:
        """Go to the match's article; an archive claim has none, so its details (and fact-check link) open."""
        match = self.current_match()
        if match is None:
            return
        if match.article_id is not None:
            self.jump_requested.emit(match.claim_id, match.article_id)
        else:
            self.set_details_visible(True)
            self.details.setFocus()

    def set_details_visible(self, visible: bool) -> None:
        opening = visible and not self.details.isVisible()
        self.details_button.setChecked(visible)
        self.details.setVisible(visible)
        if opening:
            self.details_opened.emit()  # the window may give the panel more height first
            self.layout().activate()
            rows = self._table_height(rows=2)
            self.splitter.setSizes([rows, max(self.splitter.height() - rows, 1)])
        self._current_changed()

    def _table_height(self, *, rows: int) -> int:
        """The table's height showing its header, ROWS rows and the sideways scroll bar."""
        table = self.table
        return (table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
                + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())

    def height_with_details(self) -> int:
        """The panel's height for two rows of matches and DETAILS_LINES lines of details."""
        details = (DETAILS_LINES * self.details.fontMetrics().lineSpacing() + 2 * self.details.frameWidth()
                   + 2 * int(self.details.document().documentMargin()))
        above = self.height() - self.splitter.height()  # the buttons, the status lines and the margins
        return above + self._table_height(rows=2) + self.splitter.handleWidth() + details

    def _show_details(self) -> None:
        if self.details.isVisible():
            match = self.current_match()
            self.details.setHtml(details_html(match) if match else "")
            # The claim's text first: set while the pane was still being laid out, it ended up scrolled past.
            self.details.verticalScrollBar().setValue(0)
