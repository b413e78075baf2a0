"""The article reader: the original text, each paragraph in its own direction, claims in verdict colours."""

import re
from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from ui.desk.article_claims import ArticleClaims
from ui.i18n import SOURCE_KIND_COLOURS, verdict_colour
from workbench.reports.safety import reveal_controls
from workbench.usecases.records import ArticleRecord, ClaimRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleReader", text)


class TextOffsets:
    """Converts between Python string offsets (code points, as stored) and positions in the shown document.

    The document differs from the stored text in two ways: characters outside the BMP (emoji, rare CJK)
    take two UTF-16 units, and each hidden direction control (U+202E…) is shown as a visible marker
    ⟪U+202E⟫, as in the reports, so it cannot reorder what the reviewer reads.
    """

    def __init__(self, text: str) -> None:
        self.shown = reveal_controls(text) or ""
        controls = "" if self.shown == text else "".join(ch for ch in set(text) if reveal_controls(ch) != ch)
        special = re.compile("[" + re.escape(controls) + "\U00010000-\U0010FFFF]")
        # (offset, extra document units that character takes), found by one regex scan; most articles have none.
        self._extra = [(m.start(), len(reveal_controls(m.group())) - 1 if m.group() in controls else 1)
                       for m in special.finditer(text)]
        self._starts = [i for i, _ in self._extra]
        self._before = list(accumulate((extra for _, extra in self._extra), initial=0))

    def to_qt(self, offset: int) -> int:
        return offset + self._before[bisect_right(self._starts, offset - 1)] if self._extra else offset

    def from_qt(self, position: int) -> int:
        if not self._extra:
            return position
        low, high = max(0, position - self._before[-1]), position
        while low < high:  # the smallest offset whose position is past `position`, less one
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low


class ArticleReader(QTextEdit):
    """Shows one article read-only, exactly as stored; highlights never change the text or its offsets.

    Emits claim_clicked(claim_id) when the reviewer clicks inside a claim.
    """

    claim_clicked = Signal(int)

    def __init__(self, text_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(_tr("Pick an article in the list, or import one (Ctrl+O)."))
        if text_font is not None:
            self.setFont(text_font)
            self.document().setDefaultFont(text_font)
        self.document().setDocumentMargin(20)
        self.document().setUndoRedoEnabled(False)  # read-only: an undo record of a 2 MB insert is waste
        self.setObjectName("articleReader")
        self._article: ArticleRecord | None = None
        self._claims = ArticleClaims()
        self._offsets = TextOffsets("")
        self._current: int | None = None
        self._loading = False
        # The claim the desk scrolled to, kept in view while the reader is laid out again (the window's
        # first layout, a splitter drag) until the reviewer scrolls or clicks for themselves.
        self._keep_in_view: int | None = None
        self.verticalScrollBar().actionTriggered.connect(self._reviewer_scrolled)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._paint())

    # --- content ---------------------------------------------------------------------------------------

    def set_article(self, article: ArticleRecord | None, claims: ArticleClaims | list[ClaimRecord]) -> None:
        self._article = article
        self._offsets = TextOffsets(article.text if article else "")
        # The old highlights go first, while their text is still laid out: left on the new text, they span
        # it all and setting the next ones lays the whole document out (5 s for 2 MB).
        self.setExtraSelections([])
        self._loading = True  # the scroll bar moves while the text is replaced: no highlights on a half document
        self.setPlainText(self._offsets.shown)
        self._loading = False
        if article is not None:
            self._format_paragraphs(article)
        self.set_claims(claims)

    def set_claims(self, claims: ArticleClaims | list[ClaimRecord], current: int | None = None) -> None:
        """The claims to highlight: the desk's own ArticleClaims (shared, not copied) or a plain list."""
        self._claims = claims if isinstance(claims, ArticleClaims) else ArticleClaims(
            sorted(claims, key=lambda c: (-1 if c.start is None else c.start, c.id)))
        self._current = current
        self._paint()

    def set_current_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        self._current = claim_id
        claim = self._claim(claim_id)
        if scroll and claim is not None:
            self._keep_in_view = claim.id
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(claim.end))
            self.setTextCursor(cursor)
            cursor.setPosition(self._offsets.to_qt(claim.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        elif scroll:
            self._keep_in_view = None
        self._paint()  # after scrolling: only what is on screen is highlighted

    def claim_rect(self, claim_id: int | None) -> QRect:
        """Where a claim's first line is in the viewport (empty when the claim is not shown)."""
        claim = self._claim(claim_id)
        if claim is None:
            return QRect()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(claim.start))
        start = self.cursorRect(cursor)
        cursor.setPosition(self._offsets.to_qt(claim.end))
        end = self.cursorRect(cursor)
        return start.united(end) if end.top() - start.top() < self.viewport().height() else start

    def claim_in_view(self, claim_id: int | None) -> bool:
        rect = self.claim_rect(claim_id)
        return not rect.isNull() and self.viewport().rect().contains(rect.topLeft()) \
            and self.viewport().rect().contains(rect.bottomLeft())

    def _reviewer_scrolled(self, _action: int) -> None:
        self._keep_in_view = None

    def _restore_view(self) -> None:
        """Scroll the kept claim back into view after a new layout moved it, leaving the text cursor alone."""
        if self._keep_in_view is None or self.claim_in_view(self._keep_in_view):
            return
        rect = self.claim_rect(self._keep_in_view)
        if rect.isNull():
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paint()
        if self._keep_in_view is not None:
            QTimer.singleShot(0, self._restore_view)  # once the document is laid out for the new width

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._keep_in_view is not None:
            QTimer.singleShot(0, self._restore_view)

    def article_id(self) -> int | None:
        return self._article.id if self._article else None

    def _format_paragraphs(self, article: ArticleRecord) -> None:
        """Paragraph format and dimmed boilerplate in one edit block: the document is laid out once, after
        it (without the block, a 2 MB article is laid out again for every change, 5 s instead of 0.4 s)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        # Each paragraph takes its direction from its own first strong character, whatever the UI language.
        block.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(10)
        cursor.mergeBlockFormat(block)
        dimmed = QTextCharFormat()
        dimmed.setForeground(QColor("#8A8F98"))
        dimmed.setFontItalic(True)
        for start, end in article.boilerplate:
            cursor.setPosition(self._offsets.to_qt(start))
            cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(dimmed)
        cursor.endEditBlock()

    def visible_claims(self) -> list[ClaimRecord]:
        """The claims on screen (or partly), found by bisection: a 20,000-claim article costs what a short one does."""
        if not len(self._claims):
            return []
        viewport = self.viewport().rect()
        # Hit tests inside the text: in the document's margin they answer with a far-away position.
        margin = int(self.document().documentMargin())
        top = max(1, margin + 1 - self.verticalScrollBar().value())
        middle = viewport.width() // 2
        first = self.cursorForPosition(QPoint(middle, min(top, viewport.height() - 1))).block()
        # The blocks from the first down to the viewport's bottom, walked (a hit test at the bottom answers the
        # article's end while the text is not laid out yet, or in the margin below the last line).
        bottom = self.verticalScrollBar().value() + viewport.height()
        layout, block, last = self.document().documentLayout(), first, first
        while block.isValid() and layout.blockBoundingRect(block).top() <= bottom:
            last, block = block, block.next()
        return self._claims.overlapping(self._offsets.from_qt(first.position()),
                                        self._offsets.from_qt(last.position() + last.length()))

    def _paint(self) -> None:
        """Highlight the claims on screen; called again whenever the view scrolls or is resized."""
        if self._loading:
            return
        selections = []
        shown = self.visible_claims()
        for claim in shown:
            current = claim.id == self._current
            fmt = QTextCharFormat()
            colour = verdict_colour(claim.claim_verdict, background=not current)
            if current:
                colour.setAlpha(110)
            fmt.setBackground(colour)
            fmt.setProperty(QTextFormat.Property.UserProperty, claim.id)
            selections.append(self._selection(claim.start, claim.end, fmt))
        for claim in shown:
            for hop in claim.chain:
                if hop.start is None or hop.end is None:
                    continue
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(SOURCE_KIND_COLOURS.get(hop.source.kind, "#0072B2")))
                fmt.setFontUnderline(True)
                selections.append(self._selection(hop.start, hop.end, fmt))
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _claim(self, claim_id: int | None) -> ClaimRecord | None:
        claim = self._claims.get(claim_id)
        return claim if claim is not None and claim.start is not None else None

    # --- what the reviewer points at --------------------------------------------------------------------

    def claim_at(self, offset: int) -> ClaimRecord | None:
        """The claim under an article offset (the shortest one, when claims nest)."""
        hits = self._claims.overlapping(offset, offset + 1)
        return min(hits, key=lambda c: c.end - c.start) if hits else None

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as article offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.from_qt(cursor.selectionStart()), self._offsets.from_qt(cursor.selectionEnd())

    def cursor_offset(self) -> int:
        return self._offsets.from_qt(self.textCursor().position())

    def mousePressEvent(self, event) -> None:
        self._keep_in_view = None  # the reviewer takes over where the view is
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        claim = self.claim_at(self._offsets.from_qt(position))
        if claim is not None:
            self.claim_clicked.emit(claim.id)
