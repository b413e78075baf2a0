"""The report as plain, immutable data: what every output format (HTML, PDF, CSV, JSON, text) renders.

Article-derived strings in these records already have their invisible controls revealed
(safety.reveal_controls), so no renderer can forget to; escaping for a format is the renderer's job.
"""

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.usecases.sessions import SessionSummary

CLAIM_VERDICTS = tuple(v.value for v in ClaimVerdict)
ATTRIBUTION_VERDICTS = tuple(v.value for v in AttributionVerdict)


def direction_of(text: str | None) -> str:
    """"rtl" or "ltr" by the first strong character, as HTML's dir="auto" decides; "ltr" if there is none."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def share(part: int, whole: int) -> float:
    """part / whole, or 0.0 for an empty whole."""
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class ReportHeader:
    article_id: int
    title: str
    publisher: str | None
    published_on: str | None
    url: str | None
    language: str
    direction: str
    reviewers: tuple[str, ...]
    generated_at: datetime


@dataclass(frozen=True)
class Summary:
    """The article at a glance; an "anonymous" claim is an attributed claim with an anonymous source in its chain.
    outlets_cited names the outlets as the report does (in its language), outlets_catalog[i] is the catalog name
    of outlets_cited[i]."""

    claims: int
    attributed: int
    sources_by_kind: dict[str, int]
    anonymous_claims: int
    outlets_cited: tuple[str, ...]
    longest_chain: tuple[str, ...]
    claim_verdicts: dict[str, int]
    attribution_verdicts: dict[str, int]
    outlets_catalog: tuple[str, ...]

    @property
    def attributed_share(self) -> float:
        return share(self.attributed, self.claims)

    @property
    def anonymous_share(self) -> float:
        """Of the attributed claims, the share resting on an anonymous source."""
        return share(self.anonymous_claims, self.attributed)


@dataclass(frozen=True)
class GraphNode:
    """A box of the who-cites-whom diagram; layer 0 is the publisher, layer n the sources n hops away."""

    key: str
    label: str
    kind: str
    layer: int
    claims: int


@dataclass(frozen=True)
class GraphEdge:
    """source cites target, in this many claims."""

    source: str
    target: str
    claims: int


@dataclass(frozen=True)
class CitationGraph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dataclass(frozen=True)
class HopEvidence:
    """A stored article of the hop's outlet that says the claim (chain verification), with its matching sentence."""

    article_id: int
    claim_id: int
    article_title: str
    url: str | None
    published_on: str | None
    publisher: str | None
    similarity: float
    sentence: str


@dataclass(frozen=True)
class ChainLink:
    """One hop, outermost first: label is what a reader calls the source (an outlet by its name in the report's
    language), outlet the outlet's catalog name; state is its verification (found / not_found / no_source, None
    when the chain was never verified) with the evidence found."""

    label: str
    kind: str
    confirmed: bool
    state: str | None = None
    evidence: tuple[HopEvidence, ...] = ()
    misattributed: bool = False
    outlet: str | None = None


@dataclass(frozen=True)
class MatchEntry:
    """A confirmed match to another stored claim, with that claim's verdicts; similarity is 0–100."""

    claim_id: int
    text: str
    article_title: str | None
    similarity: float
    claim_verdict: str
    attribution_verdict: str


@dataclass(frozen=True)
class ClaimEntry:
    number: int
    claim_id: int
    text: str
    cue: str | None
    chain: tuple[ChainLink, ...]
    claim_verdict: str
    attribution_verdict: str
    note: str
    evidence: tuple[str, ...]
    matches: tuple[MatchEntry, ...] = ()
    suggested_attribution: str | None = None  # what the chain's verification suggests
    first_appearance: HopEvidence | None = None  # the earliest dated evidence along the chain

    @property
    def innermost(self) -> ChainLink | None:
        """Who said it first: the last hop of the chain."""
        return self.chain[-1] if self.chain else None


@dataclass(frozen=True)
class HistoryLine:
    """One entry of the review history; claim_number is the claim's number in the report, if it has one."""

    at: datetime
    reviewer: str | None
    claim_id: int | None
    claim_number: int | None
    field: str
    old_value: str | None
    new_value: str | None
    note: str | None


@dataclass(frozen=True)
class ArticleReport:
    """claims and history are read from the database a chunk at a time on each pass (reports.stream): each is
    iterable any number of times and has a len(); claims[i] is one claim."""

    header: ReportHeader
    summary: Summary
    graph: CitationGraph
    claims: Sequence[ClaimEntry]
    history: Iterable[HistoryLine]


@dataclass(frozen=True)
class OutletRow:
    """One outlet across all articles: the claims whose chain names it, by verdict."""

    outlet_id: int
    name: str
    kind: str
    claims: int
    claim_verdicts: dict[str, int]
    misattributions: int
    found: int = 0  # hops crediting this outlet that verification found in its stored articles
    not_found: int = 0  # ... that its stored articles do not say
    found_misattributed: int = 0  # ... found, but its article credits someone else than the chain does

    @property
    def reviewed(self) -> int:
        return self.claims - self.claim_verdicts.get(ClaimVerdict.UNREVIEWED.value, 0)

    @property
    def disputed_or_false(self) -> int:
        return self.claim_verdicts.get(ClaimVerdict.DISPUTED.value, 0) + self.claim_verdicts.get(
            ClaimVerdict.FALSE.value, 0)

    @property
    def disputed_share(self) -> float:
        """Of the reviewed claims, the share found disputed or false (unreviewed claims say nothing yet)."""
        return share(self.disputed_or_false, self.reviewed)


@dataclass(frozen=True)
class OutletClaim:
    claim_id: int
    article_id: int | None
    article_title: str | None
    text: str
    chain: tuple[str, ...]
    claim_verdict: str
    attribution_verdict: str


@dataclass(frozen=True)
class OutletReport:
    generated_at: datetime
    sort_by: str
    rows: tuple[OutletRow, ...]
    chosen: OutletRow | None = None
    claims: tuple[OutletClaim, ...] = ()
    figures: tuple["ReportFigure", ...] = ()  # the dashboard's charts, when it asked for this report


@dataclass(frozen=True)
class ReportFigure:
    """A chart drawn elsewhere (the dashboard), as PNG, shown width CSS px wide under its caption."""

    caption: str
    png: bytes
    width: int


@dataclass(frozen=True)
class SessionEvent:
    at: datetime
    article_title: str | None
    claim_id: int | None
    claim_text: str | None
    field: str
    old_value: str | None
    new_value: str | None
    note: str | None


@dataclass(frozen=True)
class SessionReport:
    summary: SessionSummary  # the reviewer's name already made safe to show
    generated_at: datetime
    events: tuple[SessionEvent, ...] = field(default=())
