"""The chain's verification in the claim inspector: each hop's state (icon and words) on its chip and in a details
pane with the found sentence, the possible misattribution, and the suggested verdict with its key."""

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.bidi_text import isolate, left_to_right
from ui.i18n import attribution_verdict_name
from workbench.reports.model import direction_of
from workbench.verification.states import ClaimVerification, HopState, HopVerification

STATE_ICONS = {HopState.FOUND: "✓", HopState.NOT_FOUND: "✗", HopState.NO_SOURCE: "○"}
STATE_COLOURS = {HopState.FOUND: "#009E73", HopState.NOT_FOUND: "#D55E00", HopState.NO_SOURCE: "#6b6b6b"}
ACCEPT_KEY = "V"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopVerification", text)


def state_name(state: HopState) -> str:
    return {HopState.FOUND: _tr("found"), HopState.NOT_FOUND: _tr("not found"),
            HopState.NO_SOURCE: _tr("nothing to check")}[state]


def hop_state_line(hop: HopVerification) -> str:
    """One hop in words: "✓ found: article 3, 2016-10-17, 96.3 %" or "✗ not found: 2 articles stored, none says it"."""
    line = f"{STATE_ICONS[hop.state]} {state_name(hop.state)}"
    if hop.state is HopState.FOUND:
        best = hop.evidence[0]
        dated = f", {left_to_right(best.published_on.isoformat())}" if best.published_on else ""
        line += _tr(": article %1%2, %3 % similar").replace("%1", str(best.article_id)).replace("%2", dated) \
            .replace("%3", f"{best.similarity:.0f}")
    elif hop.state is HopState.NOT_FOUND:
        line += _tr(": %1 article(s) of it stored, none says it").replace("%1", str(hop.articles_searched))
    elif hop.outlet_id is not None:
        line += _tr(": none of its articles stored")
    return line


def hop_tooltip(hop: HopVerification) -> str:
    """The chip's tooltip: the state and, when found, the matching sentence and the article's title."""
    tip = f"{isolate(hop.source)} — {hop_state_line(hop)}"
    if hop.evidence:
        best = hop.evidence[0]
        tip += f"\n“{isolate(best.sentence)}”\n{isolate(best.article_title)}"
    if hop.misattributed:
        tip += "\n" + credits_line(hop)
    return tip


def credits_line(hop: HopVerification) -> str:
    names = ", ".join(isolate(n) for n in hop.evidence[0].credit_names)
    return _tr("⚠ its article credits %1: possible misattribution").replace("%1", names)


class HopStatePanel(QWidget):
    """Shows the last verification given for the shown claim; a verification of another claim is never shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("hopStatePanel")
        self.claim_id: int | None = None
        self.verification: ClaimVerification | None = None
        self.selected: int | None = 0
        self.pending = False
        self.labels: dict[int, str] = {}  # hop position → the source as the chain shows it (the UI's language)
        self.title = QLabel(_tr("Verification").upper(), self)
        self.title.setObjectName("sectionTitle")
        self.details = QLabel(self)
        self.details.setObjectName("hopStateDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.details)

    def show_claim(self, claim_id: int | None, labels: dict[int, str] | None = None) -> None:
        self.labels = labels or {}
        if claim_id != self.claim_id:
            self.claim_id, self.verification, self.pending = claim_id, None, claim_id is not None
        self._render()

    def show_verification(self, verification: ClaimVerification | None, *, pending: bool = False) -> None:
        if verification is not None and verification.claim_id != self.claim_id:
            return
        self.verification, self.pending = verification or self.verification, pending
        self._render()

    def select(self, position: int | None) -> None:
        self.selected = position
        self._render()

    def hop_at(self, position: int | None) -> HopVerification | None:
        hops = self.verification.hops if self.verification is not None else ()
        return next((h for h in hops if h.position == position), None)

    def decorate(self, chips) -> None:
        """Add each hop's state to its chip's second line and tooltip (chips of the claim being shown)."""
        for chip in chips:
            hop = self.hop_at(chip.position)
            if hop is None:
                continue
            if chip.property("plainText") is None:  # decorated once per chip, however often it is asked
                chip.setProperty("plainText", chip.text())
            chip.setText(f"{chip.property('plainText')} · {STATE_ICONS[hop.state]} {state_name(hop.state)}")
            chip.setToolTip(hop_tooltip(hop))
            chip.setProperty("hopState", hop.state.value)
            widest = max(chip.fontMetrics().horizontalAdvance(line) for line in chip.text().split("\n"))
            chip.setMinimumWidth(widest + 36)

    def plain_lines(self) -> list[str]:
        """The pane's lines as the reviewer reads them."""
        return self._lines(markup=False)

    def _lines(self, *, markup: bool) -> list[str]:
        esc = html.escape if markup else (lambda t: t)
        v = self.verification
        if v is None:
            return [esc(_tr("Checking each hop against its outlet's stored articles…") if self.pending
                        else _tr("Not verified yet."))]
        lines = []
        for hop in v.hops:
            line = f"{esc(isolate(self.labels.get(hop.position, hop.source)))} — {esc(hop_state_line(hop))}"
            if markup:
                line = f'<span style="color:{STATE_COLOURS[hop.state]}">{line}</span>'
            lines.append(line)
        shown = self.hop_at(self.selected)
        if shown is not None and shown.evidence:
            lines.append(esc(_tr("Hop %1 found in “%2”:").replace("%1", str(shown.position + 1))
                             .replace("%2", isolate(shown.evidence[0].article_title))))
            sentence = shown.evidence[0].sentence
            lines.append(f'<p dir="{direction_of(sentence)}">{esc(f"“{sentence}”")}</p>' if markup
                         else f"“{sentence}”")
        for hop in v.hops:
            if hop.misattributed:
                lines.append(esc(f"{isolate(self.labels.get(hop.position, hop.source))}: {credits_line(hop)}"))
        if v.first_appearance is not None and v.first_appearance.published_on is not None:
            lines.append(esc(_tr("Earliest appearance: article %1, %2").replace("%1", str(v.first_appearance.article_id))
                             .replace("%2", left_to_right(v.first_appearance.published_on.isoformat()))))
        if v.suggested_attribution_verdict is not None:
            lines.append(esc(_tr("Suggested attribution: %1 — press %2 to accept")
                             .replace("%1", attribution_verdict_name(v.suggested_attribution_verdict))
                             .replace("%2", ACCEPT_KEY)))
        else:
            lines.append(esc(_tr("No suggestion: no hop could be checked. Import a source's article with I.")))
        if self.pending:
            lines.append(esc(_tr("Checking again…")))
        return lines

    def _render(self) -> None:
        self.details.setText("<br>".join(self._lines(markup=True)))
