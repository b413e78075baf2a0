"""The article list: a table model of article rows by id, filtered as you type (both scripts) and sortable."""

import unicodedata
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.catalog.display_names import outlet_names
from ui.desk.row_table import RowTableModel, set_up_row_view
from workbench.reports.safety import reveal_controls
from workbench.text.normalize import comparison_key
from workbench.usecases.records import ArticleRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
READABLE_TITLE_CHARACTERS = 20  # the list asks for room to show this many average characters of a title
PUBLISHER_CHARACTERS = (6, 14)  # the publisher's least and usual width: it gives way (elided) before the title
# The widest usual value of the short columns, which are never narrower than it or their header.
SHORT_COLUMN_SAMPLES = {"date": "0000-00-00", "language": "ar", "progress": "000/000"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleList", text)


class ArticleTableModel(RowTableModel):
    """Rows of the article list, addressed by article id; a row changes only through set_rows/update_progress."""

    COLUMNS = ("title", "publisher", "date", "language", "progress")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleRow] = []
        self._keys: list[str] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: list[ArticleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        # The comparison form folds Arabic spelling variants, so "الصن" finds "الصّن" and "فى" finds "في".
        self._keys = [comparison_key(f"{r.title} {r.publisher or ''}") for r in self.rows]
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def article(self, row: int) -> ArticleRow:
        return self.rows[row]

    def update_progress(self, article_id: int, *, claims: int, reviewed: int) -> None:
        row = self._row_of.get(article_id)
        if row is None:
            return
        self.rows[row] = replace(self.rows[row], claims=claims, reviewed=reviewed)
        index = self.index(row, self.COLUMNS.index("progress"))
        self.dataChanged.emit(index, index)

    def titles(self) -> tuple[str, ...]:
        return _tr("Title"), _tr("Publisher"), _tr("Date"), _tr("Lang."), _tr("Reviewed")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == "progress":
                return (row.reviewed / row.claims) if row.claims else -1.0
            if column == "date":
                return row.published_on.isoformat() if row.published_on else ""
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return reveal_controls(row.title)
        if role == Qt.ItemDataRole.ToolTipRole and column == "progress":
            return _tr("%1/%2 reviewed").replace("%1", str(row.reviewed)).replace("%2", str(row.claims))
        if role == Qt.ItemDataRole.ForegroundRole and column == "progress" and row.claims and row.reviewed == row.claims:
            return QColor("#007A5A")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("date", "language", "progress"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(row: ArticleRow, column: str) -> str:
        if column == "title":
            return reveal_controls(row.title)  # a hidden U+202E must not reverse the title on screen
        if column == "publisher":
            return reveal_controls(outlet_names.shown(row.publisher)) or "—"
        if column == "date":
            return row.published_on.isoformat() if row.published_on else "—"
        if column == "language":
            return row.language
        return f"{row.reviewed}/{row.claims}"


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of a text's first strong character (an English title in the Arabic UI is LTR)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


class OwnDirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in its own text's direction, so a long title is cut at its own end: "Officials
    said the…" in the Arabic UI, not "…Officials said the"."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction != Qt.LayoutDirection.LayoutDirectionAuto:
            option.direction = direction


class ArticleFilter(QSortFilterProxyModel):
    """Keeps the rows whose title or publisher contains every typed word (in comparison form)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = comparison_key(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().search_key(source_row)
        return all(word in key for word in self._words)


class ArticleListPanel(QWidget):
    """The search box and the article table; emits article_chosen(id) when the reviewer picks an article,
    and filter_left when Escape in the search box has cleared it (the keyboard goes back to reading)."""

    article_chosen = Signal(int)
    filter_left = Signal()
    DEBOUNCE_MS = 120

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_tr("Filter articles by title or publisher (Ctrl+F)"))
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.title_delegate = OwnDirectionDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.title_delegate)
        self.table.setItemDelegateForColumn(1, self.title_delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the newest-first order until asked
        set_up_row_view(self.table, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for name, sample in SHORT_COLUMN_SAMPLES.items():
            column = self.model.COLUMNS.index(name)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self._fitting_width(column, sample))
        header.setHighlightSections(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self._filtering = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        leave.activated.connect(self._leave_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _fitting_width(self, column: int, sample: str) -> int:
        """As wide as the column's header (with the sort arrow) or its sample value, whichever is wider."""
        metrics = self.table.fontMetrics()
        cell = metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth()
        return max(self.table.horizontalHeader().sectionSizeHint(column), cell)

    def _short_columns_width(self) -> int:
        header = self.table.horizontalHeader()
        return sum(header.sectionSize(self.model.COLUMNS.index(name)) for name in SHORT_COLUMN_SAMPLES)

    def width_for_readable_titles(self) -> int:
        """The panel width at which titles show READABLE_TITLE_CHARACTERS beside the other columns."""
        average = self.table.fontMetrics().averageCharWidth()
        return (self._short_columns_width() + average * (PUBLISHER_CHARACTERS[1] + READABLE_TITLE_CHARACTERS)
                + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_publisher()

    def _fit_publisher(self) -> None:
        """The publisher at its usual width where there is room; in a narrow list it gives the title its room
        first (the title column stretches over what is left)."""
        average = self.table.fontMetrics().averageCharWidth()
        least, usual = (average * characters for characters in PUBLISHER_CHARACTERS)
        room = self.table.viewport().width() - self._short_columns_width() - average * READABLE_TITLE_CHARACTERS
        self.table.horizontalHeader().resizeSection(1, max(least, min(usual, room)))

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._filtering = True  # rows hidden by the filter must not open another article
        try:
            self.proxy.set_search(self.search.text())
        finally:
            self._filtering = False

    def set_rows(self, rows: list[ArticleRow]) -> None:
        self.model.set_rows(rows)

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_article(self, article_id: int) -> None:
        """Make article_id current (clearing a filter that hides it) without emitting article_chosen."""
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.apply_filter()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.blockSignals(False)
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._filtering:
            self.article_chosen.emit(current.data(ID_ROLE))

    def _leave_filter(self) -> None:
        self.search.clear()
        self.apply_filter()
        self.filter_left.emit()

    def _open_first(self) -> None:
        self.apply_filter()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus()
