"""A table model over a list of plain rows: the row and column counts and header titles every desk table shares."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowTableModel(QAbstractTableModel):
    """Rows in `self.rows`, one column per COLUMNS entry; subclasses give `titles()` and `data()`."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def titles(self) -> tuple[str, ...]:
        """The header titles, one per column, translated when asked (the language can change)."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None


def set_up_row_view(table: QTableView, *, selection: QAbstractItemView.SelectionMode) -> None:
    """What every desk table view shares: whole rows selected, alternate shading, one line a row, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()


def select_row(table: QTableView, row: int) -> None:
    """Make ROW the current and only selected row. Not QTableView.selectRow: in the mirrored (Arabic) UI it
    looks for its column at the view's far edge, finds none, and the row was left unselected."""
    table.setCurrentIndex(table.model().index(row, 0))
