"""The browser's table model: it holds the claim ids of the pages the view has reached, and their rows."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ui.catalog.display_names import outlet_names, source_shown
from ui.i18n import attribution_verdict_name, claim_verdict_name, verdict_colour
from workbench.usecases.browse import BrowseRow, ClaimSearch, claim_page, claim_rows, count_claims
from workbench.usecases.verification import changed_claims

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100  # ids and rows are fetched this many at a time, as the view scrolls to them
SHOWN_CHARS = 160  # of a claim's text in its cell; the tooltip has all of it
CHANGED_MARK = "⟳"  # the chain's verification changed (a new article of a cited outlet) since the last decision
_SERVED = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, ID_ROLE}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsBrowser", text)


class ClaimsTableModel(QAbstractTableModel):
    """Rows of claims passing a filter; only the count is known up front, ids and rows come a page at a time.

    A new filter resets the model; `refresh` reloads the rows seen so far (after an edit in the desk).
    """

    COLUMNS = ("text", "chain", "claim_verdict", "attribution_verdict", "article", "publisher", "date", "language")

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.search: ClaimSearch | None = None
        self.total = 0
        self._pages: dict[int, list[int]] = {}
        self._rows: dict[int, BrowseRow] = {}
        self._changed: set[int] = set()

    def set_search(self, search: ClaimSearch) -> None:
        total = count_claims(self.db, search)
        self.beginResetModel()
        self.search, self.total = search, total
        self._pages, self._rows, self._changed = {}, {}, set()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the count and the rows again (verdicts may have changed in the desk), keeping the filter."""
        if self.search is not None:
            self.set_search(self.search)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _page(self, number: int) -> list[int]:
        if number not in self._pages:
            ids = claim_page(self.db, self.search, offset=number * PAGE, limit=PAGE)
            self._pages[number] = ids
            self._rows.update((r.claim_id, r) for r in claim_rows(self.db, ids))
            self._changed |= changed_claims(self.db, ids)
        return self._pages[number]

    def claim_id(self, row: int) -> int | None:
        if self.search is None or not 0 <= row < self.total:
            return None
        ids = self._page(row // PAGE)
        offset = row % PAGE
        return ids[offset] if offset < len(ids) else None

    def browse_row(self, row: int) -> BrowseRow | None:
        claim_id = self.claim_id(row)
        return self._rows.get(claim_id) if claim_id is not None else None

    def claim_ids(self, rows: list[int]) -> list[int]:
        """The ids at these rows, in row order; a large selection is read in one query, not page by page."""
        if self.search is None:
            return []
        if len(rows) > 4 * PAGE:
            every = claim_page(self.db, self.search)
            return [every[r] for r in sorted(rows) if r < len(every)]
        return [i for i in (self.claim_id(r) for r in sorted(rows)) if i is not None]

    def titles(self) -> tuple[str, ...]:
        return (_tr("Claim"), _tr("Chain"), _tr("Claim verdict"), _tr("Attribution"), _tr("Article"),
                _tr("Publisher"), _tr("Date"), _tr("Lang."))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks for a dozen roles per cell while painting; answer the ones not served at once.
        if role not in _SERVED or not index.isValid():
            return None
        row = self.browse_row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.claim_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(row, column, full=role == Qt.ItemDataRole.ToolTipRole)
            if column == "attribution_verdict" and row.claim_id in self._changed:
                return (f"{CHANGED_MARK} {shown}" if role == Qt.ItemDataRole.DisplayRole else
                        _tr("%1 — the chain's verification changed since: a new article of a cited outlet")
                        .replace("%1", shown))
            return shown
        if role == Qt.ItemDataRole.BackgroundRole and column == "claim_verdict":
            return verdict_colour(row.claim_verdict, background=True)
        return None

    @staticmethod
    def _display(row: BrowseRow, column: str, *, full: bool) -> str:
        if column == "text":
            # A cell shows one line: shaping the whole of a long claim only to cut it off costs a repaint dearly.
            return row.text if full else " ".join(row.text[:SHOWN_CHARS].split())
        if column == "chain":
            hops = zip(row.chain, row.source_kinds, row.chain_surfaces, strict=True)
            return " → ".join(source_shown(kind=kind, label=label, surface=surface) for label, kind, surface in hops
                              ) if row.chain else _tr("(unattributed)")
        if column == "claim_verdict":
            return claim_verdict_name(row.claim_verdict)
        if column == "attribution_verdict":
            return attribution_verdict_name(row.attribution_verdict)
        if column == "article":
            return row.article_title
        if column == "publisher":
            return outlet_names.shown(row.publisher) or ""
        if column == "date":
            return row.published_on.isoformat() if row.published_on else ""
        return row.language
