"""The claims browser window: search and filter every claim across all articles, keyboard first."""

from calendar import monthrange
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.actions import ActionGroup, make_action
from ui.bidi_delegate import TextDirectionDelegate
from ui.browser.claims_model import ClaimsTableModel
from ui.catalog.display_names import outlet_names
from ui.desk.row_table import select_row, set_up_row_view
from ui.i18n import (
    ATTRIBUTION_VERDICTS,
    CLAIM_VERDICTS,
    attribution_verdict_name,
    claim_verdict_name,
    source_kind_name,
)
from workbench.errors import IsnadError
from workbench.usecases.browse import (
    SOURCE_KIND_FILTERS,
    UNATTRIBUTED,
    ClaimFilter,
    browse_choices,
    prepare_search,
)

SEARCH_DEBOUNCE_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsBrowser", text)


def parse_date_bound(text: str, *, upper: bool) -> date | None:
    """"2024", "2024-03" or "2024-03-05" as the first (or, with upper, the last) day it covers; ValueError if not."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts) == 3:
        return date.fromisoformat(text)
    if len(parts) == 2 and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        return date(year, month, monthrange(year, month)[1] if upper else 1)
    if len(parts) == 1 and len(text) == 4:
        return date(int(text), 12, 31) if upper else date(int(text), 1, 1)
    raise ValueError(text)


class ClaimsBrowser(QWidget):
    """A window over every claim; each filter change queries the database for a count and the first page.

    Enter or a double click asks the desk to open the current claim; Ctrl+E asks to export the selection.
    """

    open_requested = Signal(int, int)  # article id, claim id
    export_requested = Signal(list)  # claim ids, in the browser's order

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.setObjectName("claimsBrowser")
        self.setWindowTitle(_tr("Claims browser"))
        self.model = ClaimsTableModel(db, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("browserSearch")
        self.search.setPlaceholderText(_tr("Search claim text (every word, either script)"))
        self.search.setClearButtonEnabled(True)
        self.claim_verdict = self._combo([("", _tr("Any"))] + [(v, claim_verdict_name(v)) for v in CLAIM_VERDICTS])
        self.attribution_verdict = self._combo([("", _tr("Any"))]
                                               + [(v, attribution_verdict_name(v)) for v in ATTRIBUTION_VERDICTS])
        self.source_kind = self._combo([("", _tr("Any"))] + [
            (k, _tr("No source (unattributed)") if k == UNATTRIBUTED else source_kind_name(k))
            for k in SOURCE_KIND_FILTERS])
        self.outlet = self._combo([])
        self.reviewer = self._combo([])
        self.language = self._combo([])
        self.article = self._combo([])
        self.published_from = QLineEdit(self)
        self.published_to = QLineEdit(self)
        for edit in (self.published_from, self.published_to):
            edit.setPlaceholderText(_tr("YYYY[-MM[-DD]]"))
            edit.setMaximumWidth(130)
        self.table = QTableView(self)
        self.table.setObjectName("browserTable")
        self.table.setModel(self.model)
        direction = TextDirectionDelegate(self.table)
        for column in ("text", "chain", "article", "publisher"):  # the columns holding words of either script
            self.table.setItemDelegateForColumn(ClaimsTableModel.COLUMNS.index(column), direction)
        set_up_row_view(self.table, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((400, 210, 100, 110, 210, 110, 90, 46)):
            self.table.setColumnWidth(column, width)
        self.status = QLabel(self)
        self.status.setObjectName("browserStatus")
        self._build_layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._to_table)
        # Down from the search goes to the results, as in a web search box (it did nothing).
        to_results = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        to_results.activated.connect(self._to_table)
        for combo in (self.claim_verdict, self.attribution_verdict, self.source_kind, self.outlet, self.reviewer,
                      self.language, self.article):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.published_from, self.published_to):
            edit.editingFinished.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.actions = self._make_actions()
        self.reload_choices()
        self.apply_filter()
        self.resize(1300, 760)

    # --- building -----------------------------------------------------------------------------------------

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        # Long article titles must not widen the window: the list shows them whole when it opens.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _make_actions(self) -> ActionGroup:
        """The browser's keys, also listed by its F1 cheat sheet."""
        group = []
        for owner, text, keys, tip, slot in (
            (self.table, _tr("Open in the desk"), ["Return", "Enter"], _tr("Open the current claim in the desk"),
             self.open_current),
            (self, _tr("Export the selection…"), ["Ctrl+E"], _tr("Export the selected claims"),
             self.export_selection),
            (self, _tr("Search"), ["Ctrl+F"], _tr("Search the claims' text"), self._focus_search),
            (self, _tr("Clear the search or close"), ["Escape"], _tr("Clear the search; if it is empty, close"),
             self._escape),
            (self, _tr("Keyboard shortcuts"), ["F1"], _tr("The browser's keys"), self.show_cheat_sheet),
        ):
            context = Qt.ShortcutContext.WidgetShortcut if owner is self.table else Qt.ShortcutContext.WindowShortcut
            action = make_action(owner, text, keys, tip, context=context)
            action.triggered.connect(slot)
            group.append(action)
        return ActionGroup(_tr("Claims browser"), tuple(group))

    def show_cheat_sheet(self) -> None:
        from ui.cheat_sheet import CheatSheet

        self.cheat_sheet = CheatSheet([self.actions], parent=self)
        self.cheat_sheet.open()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        fields = [
            (_tr("&Verdict"), self.claim_verdict), (_tr("A&ttribution"), self.attribution_verdict),
            (_tr("Source &kind"), self.source_kind), (_tr("&Reviewer"), self.reviewer),
            (_tr("&Language"), self.language),
            (_tr("&Outlet"), self.outlet), (_tr("&Article"), self.article), (_tr("&From"), self.published_from),
            (_tr("T&o"), self.published_to),
        ]
        search_label = QLabel(_tr("&Search"), self)
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 9)
        for n, (label_text, widget) in enumerate(fields):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            row, column = (1, n * 2) if n < 5 else (2, (n - 5) * 2)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        hint = QLabel(_tr("Enter opens the claim in the desk · Ctrl+E exports the selected claims · "
                          "Ctrl+F searches · Esc clears the search, then closes · F1 lists the keys"), self)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        status_row = QGridLayout()
        status_row.addWidget(self.status, 0, 0)
        status_row.addWidget(hint, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(status_row)

    def reload_choices(self) -> None:
        """Fill the outlet, reviewer, language and article lists from what the database holds now."""
        choices = browse_choices(self.db)
        lists = (
            (self.outlet, [(o.id, outlet_names.shown(o.label)) for o in choices.outlets]),
            (self.reviewer, [(r.id, r.label) for r in choices.reviewers]),
            (self.language, [(code, code) for code in choices.languages]),
            (self.article, [(a.id, a.label) for a in choices.articles]),
        )
        for combo, items in lists:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_tr("Any"), None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    # --- filtering ------------------------------------------------------------------------------------------

    def current_filter(self) -> ClaimFilter:
        """The filter the widgets show; ValueError names a date that cannot be read."""
        def one(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return ClaimFilter(
            text=self.search.text(),
            claim_verdicts=one(self.claim_verdict),
            attribution_verdicts=one(self.attribution_verdict),
            outlet_id=self.outlet.currentData(),
            source_kind=self.source_kind.currentData() or None,
            reviewer_id=self.reviewer.currentData(),
            published_from=parse_date_bound(self.published_from.text(), upper=False),
            published_to=parse_date_bound(self.published_to.text(), upper=True),
            language=self.language.currentData() or None,
            article_id=self.article.currentData(),
        )

    def apply_filter(self) -> None:
        """Query the claims passing the filters; the first rows show at once, the rest as the view scrolls."""
        self._debounce.stop()
        try:
            claim_filter = self.current_filter()
        except ValueError:
            self._show_status(_tr("Write dates as 2024, 2024-03 or 2024-03-05."), error=True)
            return
        try:
            search = prepare_search(self.db, claim_filter)
            self.model.set_search(search)
        except IsnadError as error:
            self._show_status(str(error), error=True)
            return
        total = self.model.total
        text = _tr("1 claim") if total == 1 else _tr("%1 claims").replace("%1", f"{total:,}")
        if search.hits_capped:
            text += " · " + _tr("a search word is very common: only its best-matching claims are kept")
        self._show_status(text)
        if self.model.total:
            select_row(self.table, 0)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B00020; font-weight: 600;" if error else "font-weight: 600;")

    # --- acting on claims -------------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def open_row(self, row: int) -> None:
        claim = self.model.browse_row(row)
        if claim is not None:
            self.open_requested.emit(claim.article_id, claim.claim_id)

    def open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_row(self.table.currentIndex().row())

    def export_selection(self) -> None:
        ids = self.model.claim_ids(self.selected_rows())
        if ids:
            self.export_requested.emit(ids)
        else:
            self._show_status(_tr("Select the claims to export first (Ctrl+A selects them all)."), error=True)

    def _to_table(self) -> None:
        self.apply_filter()
        self.table.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.apply_filter()
            self.table.setFocus()
        else:
            self.close()

    def changeEvent(self, event) -> None:
        # Back from the desk, where verdicts may have changed: show what is stored now.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.model.search is not None:
            current = self.table.currentIndex().row()
            self.model.refresh()
            if 0 <= current < self.model.total:
                select_row(self.table, current)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.setFocus()
