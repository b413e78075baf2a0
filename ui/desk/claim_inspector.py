"""The claim inspector: the claim and its cue, its chain as a row of hops, both verdicts, a note and evidence links."""

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.bidi_text import isolate, left_to_right
from ui.catalog.display_names import source_shown
from ui.desk.hop_verification_view import HopStatePanel
from ui.i18n import (
    ATTRIBUTION_VERDICTS,
    CLAIM_VERDICT_COLOURS,
    SOURCE_KIND_COLOURS,
    attribution_verdict_name,
    claim_verdict_name,
    outlet_kind_name,
    source_kind_name,
)
from workbench.reports.safety import reveal_controls
from workbench.usecases.records import ClaimRecord, HopRecord

CLAIM_VERDICT_KEYS = {"verified": "1", "disputed": "2", "false": "3", "misleading": "4", "unverifiable": "5",
                      "unreviewed": "0"}
ATTRIBUTION_VERDICT_KEYS = {"confirmed": "Shift+1", "misattributed": "Shift+2", "not_found": "Shift+3",
                            "unchecked": ""}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimInspector", text)


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper() if text.isascii() else text, parent)
    label.setObjectName("sectionTitle")
    return label


def hop_title(hop: HopRecord) -> str:
    """A chip's first line: the source, or the outlet it proposes adding ("new outlet: Noon Post (online)")."""
    if hop.proposed is None:
        return hop_label(hop)
    return (_tr("new outlet: %1 (%2)").replace("%1", isolate(hop.proposed.name))
            .replace("%2", outlet_kind_name(hop.proposed.kind)))


def hop_status_text(hop: HopRecord) -> str:
    """A chip's second line: the source's kind and, in words, whether a reviewer confirmed the hop."""
    state = _tr("✓ confirmed") if hop.confirmed else _tr("unconfirmed")
    return _tr("%1 · %2").replace("%1", source_kind_name(hop.source.kind)).replace("%2", state)


def hop_label(hop: HopRecord) -> str:
    """The hop's source as the reviewer reads it (see source_shown)."""
    return source_shown(kind=hop.source.kind, label=hop.source.outlet_name or hop.source.label, surface=hop.surface)



def _with_key(label: str) -> str:
    """A button label "Outward  [" with its key kept left to right: in the mirrored UI a bare "[" is drawn
    as "]", so Outward and Inward would show each other's keys."""
    name, gap, key = label.rpartition("  ")
    return f"{name}{gap}{left_to_right(key)}" if gap else label

class HopChip(QPushButton):
    """One hop of the chain: its source, kind and whether a reviewer has confirmed it; checkable to select."""

    def __init__(self, hop: HopRecord, parent=None) -> None:
        super().__init__(f"{hop_title(hop)}\n{hop_status_text(hop)}", parent)
        self.position = hop.position
        self.setCheckable(True)
        self.setObjectName("hopChip")
        self.setProperty("confirmed", hop.confirmed)
        colour = SOURCE_KIND_COLOURS.get(hop.source.kind, "#0072B2")
        self.setStyleSheet(f"QPushButton#hopChip {{ border-left: 4px solid {colour}; border-right: 4px solid {colour}; }}")
        state = _tr("confirmed by a reviewer") if hop.confirmed else _tr("not confirmed yet")
        self.setToolTip(_tr("%1 — hop %2 of the chain, %3; click to select, then R to replace it")
                        .replace("%1", hop_label(hop)).replace("%2", str(hop.position + 1)).replace("%3", state))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in self.text().split("\n"))
        self.setMinimumWidth(widest + 36)  # the style sheet's padding and kind borders are not in sizeHint


class ClaimInspector(QWidget):
    """Shows one claim and asks for edits through signals; it never writes to the database itself.

    Shown values always come from the last ClaimRecord given to show_claim, except the note while the
    reviewer is typing in it.
    """

    claim_verdict_requested = Signal(str)
    attribution_verdict_requested = Signal(str)
    note_edited = Signal(str)
    evidence_edited = Signal(list)
    add_hop_requested = Signal()
    replace_hop_requested = Signal(int)
    move_hop_requested = Signal(int, int)
    remove_hop_requested = Signal(int)
    confirm_chain_requested = Signal()
    hop_actions_changed = Signal(dict)  # which chain commands can act now: {"replace": True, ...}
    claim_shown = Signal(object)  # the ClaimRecord (or None) just shown, for the verification pane

    NOTE_DEBOUNCE_MS = 1500

    def __init__(self, text_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.claim: ClaimRecord | None = None
        self.selected_hop: int | None = None
        self._storing_note = False
        self.setObjectName("claimInspector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("panelTitle")
        self.claim_text = QLabel(self)
        self.claim_text.setWordWrap(True)
        self.claim_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.claim_text.setTextFormat(Qt.TextFormat.PlainText)  # article text is data, never markup
        self.claim_text.setObjectName("claimText")
        if text_font is not None:
            self.claim_text.setFont(text_font)
        self.cue_label = QLabel(self)
        self.cue_label.setObjectName("hint")
        self.chain_line = QLabel(self)
        self.chain_line.setObjectName("chainLine")
        self.chain_line.setWordWrap(True)
        self.chain_line.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_row = QWidget(self)
        self.chain_layout = QHBoxLayout(self.chain_row)
        self.chain_layout.setContentsMargins(0, 0, 0, 0)
        self.chain_layout.setSpacing(6)
        chain_scroll = QScrollArea(self)
        chain_scroll.setWidget(self.chain_row)
        chain_scroll.setWidgetResizable(False)  # chips keep their full size; a long chain scrolls
        chain_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chain_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chain_scroll.setFixedHeight(76)
        self.hop_buttons = self._build_hop_buttons()
        self.verification = HopStatePanel(self)
        self.claim_verdicts = self._verdict_group(
            [(v, claim_verdict_name(v), CLAIM_VERDICT_KEYS[v]) for v in CLAIM_VERDICT_COLOURS if v != "unreviewed"]
            + [("unreviewed", claim_verdict_name("unreviewed"), "0")], self.claim_verdict_requested, coloured=True)
        self.attribution_verdicts = self._verdict_group(
            [(v, attribution_verdict_name(v), ATTRIBUTION_VERDICT_KEYS[v]) for v in ATTRIBUTION_VERDICTS],
            self.attribution_verdict_requested, coloured=False, columns=2)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(_tr("Your note on this claim (stored as you type; undo with Ctrl+Z)"))
        self.note.setFixedHeight(70)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(self.NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self._note_typed)
        self.evidence = QLabel(self)
        self.evidence.setOpenExternalLinks(True)  # QDesktopServices: the reviewer's browser
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        add_link = QToolButton(self)
        add_link.setText(_tr("Add link…"))
        add_link.clicked.connect(self._add_link)
        remove_link = QToolButton(self)
        remove_link.setText(_tr("Remove link…"))
        remove_link.clicked.connect(self._remove_link)
        self.placeholder = QLabel(_tr("No claim selected. Pick an article, then press J for its first claim."), self)
        self.placeholder.setObjectName("hint")
        self.placeholder.setWordWrap(True)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.claim_text)
        body.addWidget(self.cue_label)
        body.addSpacing(6)
        body.addWidget(_section(_tr("Chain of attribution"), self))
        body.addWidget(self.chain_line)
        body.addWidget(chain_scroll)
        body.addLayout(self.hop_buttons)
        body.addWidget(self.verification)
        body.addSpacing(6)
        body.addWidget(_section(_tr("Claim verdict"), self))
        body.addLayout(self.claim_verdicts[1])
        body.addWidget(_section(_tr("Attribution verdict"), self))
        body.addLayout(self.attribution_verdicts[1])
        body.addSpacing(6)
        body.addWidget(_section(_tr("Note"), self))
        body.addWidget(self.note)
        body.addWidget(_section(_tr("Evidence"), self))
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addWidget(add_link)
        evidence_row.addWidget(remove_link)
        body.addLayout(evidence_row)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.position_label)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_claim(None)

    def _build_hop_buttons(self) -> QGridLayout:
        row = QGridLayout()
        row.setSpacing(4)
        self.hop_actions = {}
        for key, text, tip in (
            ("add", _tr("Add hop  A"), _tr("Add a source at the inner end of the chain (A)")),
            ("replace", _tr("Replace  R"), _tr("Pick another source for the selected hop (R)")),
            ("confirm", _tr("Confirm chain  C"), _tr("Mark every hop as checked (C)")),
            ("outward", _tr("Outward  ["), _tr("Move the selected hop one step outward ([)")),
            ("inward", _tr("Inward  ]"), _tr("Move the selected hop one step inward (])")),
            ("remove", _tr("Remove hop"), _tr("Remove the selected hop (Shift+Delete)")),
        ):
            button = QToolButton(self)
            button.setText(_with_key(text))
            button.setToolTip(tip)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button, len(self.hop_actions) // 3, len(self.hop_actions) % 3)
            self.hop_actions[key] = button
        self.hop_actions["add"].clicked.connect(self.add_hop_requested)
        self.hop_actions["replace"].clicked.connect(self.request_replace)
        self.hop_actions["outward"].clicked.connect(lambda: self.request_move(-1))
        self.hop_actions["inward"].clicked.connect(lambda: self.request_move(1))
        self.hop_actions["remove"].clicked.connect(self.request_remove)
        self.hop_actions["confirm"].clicked.connect(self.confirm_chain_requested)
        return row

    def _verdict_group(self, choices, signal, *, coloured: bool, columns: int = 3) -> tuple[QButtonGroup, QGridLayout]:
        group = QButtonGroup(self)
        group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(4)
        buttons = {}
        for i, (value, name, key) in enumerate(choices):
            button = QPushButton(f"{name}  {left_to_right(key)}" if key else name, self)
            button.setCheckable(True)
            button.setObjectName("verdictButton")
            button.setToolTip(f"{name} ({key})" if key else name)
            if coloured:
                strong, light = CLAIM_VERDICT_COLOURS[value]
                button.setStyleSheet(f"QPushButton#verdictButton:checked {{ background: {light}; "
                                     f"border: 2px solid {strong}; padding: 4px 7px; color: #102A43; }}")
            button.clicked.connect(lambda _checked=False, v=value: signal.emit(v))
            group.addButton(button)
            buttons[value] = button
            grid.addWidget(button, i // columns, i % columns)
        group.buttons_by_value = buttons
        return group, grid

    # --- showing a claim -------------------------------------------------------------------------------

    def show_claim(self, claim: ClaimRecord | None, *, index: int = 0, total: int = 0) -> None:
        same_claim = claim is not None and self.claim is not None and claim.id == self.claim.id
        if not same_claim:
            self.flush_note()
        self.claim = claim
        self.placeholder.setVisible(claim is None)
        self.body.setVisible(claim is not None)
        if claim is None:
            self.position_label.setText(_tr("Claim"))
            self._update_hop_actions()
            self.claim_shown.emit(None)
            return
        self.position_label.setText(_tr("Claim %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total)))
        self.claim_text.setText(reveal_controls(claim.text))
        self.claim_text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if claim.language == "ar"
                                           else Qt.LayoutDirection.LeftToRight)
        self.claim_text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.cue_label.setText(_tr("Cue: %1").replace("%1", claim.cue) if claim.cue else _tr("No attribution cue"))
        if not same_claim:
            self.selected_hop = 0 if claim.chain else None
        elif self.selected_hop is not None and self.selected_hop >= len(claim.chain):
            self.selected_hop = len(claim.chain) - 1 if claim.chain else None
        self._show_chain(claim)
        self._update_hop_actions()
        self.claim_verdicts[0].buttons_by_value[claim.claim_verdict].setChecked(True)
        self.attribution_verdicts[0].buttons_by_value[claim.attribution_verdict].setChecked(True)
        if not (same_claim and self.note.hasFocus()):
            self.note.blockSignals(True)
            self.note.setPlainText(claim.note)
            self.note.blockSignals(False)
        links = "<br>".join(f'<a href="{html.escape(u, quote=True)}">{html.escape(u)}</a>' for u in claim.evidence)
        self.evidence.setText(links or f"<i>{html.escape(_tr('No evidence links yet'))}</i>")
        self.claim_shown.emit(claim)

    def _show_chain(self, claim: ClaimRecord) -> None:
        # Each name is a bidi isolate, so an Arabic name never swaps places with the arrows around it.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arrow_text = " ← " if rtl else " → "
        mark = "\u200f" if rtl else "\u200e"  # the line reads in the UI's direction, outermost source first
        self.chain_line.setText(mark + arrow_text.join(isolate(hop_label(hop)) for hop in claim.chain))
        self.chain_line.setVisible(bool(claim.chain))
        while self.chain_layout.count():
            item = self.chain_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # an old chip must not linger on screen until it is deleted
                item.widget().deleteLater()
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        self._chips: list[HopChip] = []
        for hop in claim.chain:
            if hop.position:
                label = QLabel(arrow, self.chain_row)
                label.setObjectName("chainArrow")
                self.chain_layout.addWidget(label)
            chip = HopChip(hop, self.chain_row)
            chip.setChecked(hop.position == self.selected_hop)
            chip.clicked.connect(lambda _checked=False, p=hop.position: self.select_hop(p))
            self.chain_layout.addWidget(chip)
            self._chips.append(chip)
        if not claim.chain:
            empty = QLabel(_tr("No source cited — add one with A"), self.chain_row)
            empty.setObjectName("hint")
            self.chain_layout.addWidget(empty)
        for index in range(self.chain_layout.count()):
            self.chain_layout.itemAt(index).widget().show()  # hidden widgets would not count in the size
        self.chain_layout.activate()
        self.chain_row.resize(self.chain_row.sizeHint())

    def chain_text(self) -> str:
        """The chain as read on screen, outermost first (used by tests and the status bar)."""
        if self.claim is None:
            return ""
        return " → ".join(hop_label(hop) for hop in self.claim.chain)

    def select_hop(self, position: int) -> None:
        self.selected_hop = position
        for chip in getattr(self, "_chips", []):
            chip.setChecked(chip.position == position)
        self.verification.select(position)
        self._update_hop_actions()

    def hop_actions_available(self) -> dict[str, bool]:
        """Which chain commands would change something for the shown claim and the selected hop."""
        chain = self.claim.chain if self.claim is not None else ()
        hop = self.selected_hop if chain else None
        return {"add": self.claim is not None, "replace": hop is not None, "remove": hop is not None,
                "confirm": any(not h.confirmed for h in chain), "outward": hop is not None and hop > 0,
                "inward": hop is not None and hop < len(chain) - 1, "new_outlet": self.proposed_hop() is not None}

    def proposed_hop(self) -> int | None:
        """The hop whose new outlet O adds: the selected one if it proposes one, else the first that does."""
        chain = self.claim.chain if self.claim is not None else ()
        proposing = [h.position for h in chain if h.proposed is not None]
        if self.selected_hop in proposing:
            return self.selected_hop
        return proposing[0] if proposing else None

    def _update_hop_actions(self) -> None:
        available = self.hop_actions_available()
        for key, button in self.hop_actions.items():
            button.setEnabled(available[key])
        self.hop_actions_changed.emit(available)

    # --- requests ----------------------------------------------------------------------------------------

    def request_replace(self) -> None:
        if self.claim is not None and self.selected_hop is not None:
            self.replace_hop_requested.emit(self.selected_hop)

    def request_move(self, step: int) -> None:
        if self.claim is None or self.selected_hop is None:
            return
        target = self.selected_hop + step
        if 0 <= target < len(self.claim.chain):
            position = self.selected_hop
            self.selected_hop = target
            self.move_hop_requested.emit(position, target)

    def request_remove(self) -> None:
        if self.claim is not None and self.selected_hop is not None:
            self.remove_hop_requested.emit(self.selected_hop)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def flush_note(self) -> None:
        """Store a note being typed now (on focus-out, idle, or before moving to another claim)."""
        self._note_timer.stop()
        if self._storing_note or self.claim is None or self.note.toPlainText() == self.claim.note:
            return
        self._storing_note = True  # storing refreshes this panel, which must not store the note again
        try:
            self.note_edited.emit(self.note.toPlainText())
        finally:
            self._storing_note = False

    def eventFilter(self, watched, event) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        return super().eventFilter(watched, event)

    def _add_link(self) -> None:
        if self.claim is None:
            return
        url, ok = QInputDialog.getText(self, _tr("Add evidence link"), _tr("Web address (https://…):"))
        if ok and url.strip():
            self.evidence_edited.emit([*self.claim.evidence, url.strip()])

    def _remove_link(self) -> None:
        if self.claim is None or not self.claim.evidence:
            return
        url, ok = QInputDialog.getItem(self, _tr("Remove evidence link"), _tr("Link:"), list(self.claim.evidence),
                                       0, False)
        if ok:
            self.evidence_edited.emit([u for u in self.claim.evidence if u != url])
