"""What verifying a chain gives: each hop's state and evidence, and the claim's suggestion, as plain records."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class HopState(StrEnum):
    FOUND = "found"  # an article of the hop's outlet says it
    NOT_FOUND = "not_found"  # the outlet's articles are stored, none says it
    NO_SOURCE = "no_source"  # nothing of the outlet is stored, or the hop is no outlet: nothing to check


@dataclass(frozen=True)
class Evidence:
    """A claim of a stored article of the hop's outlet that says the same, and whom that article credits it to."""

    article_id: int
    claim_id: int
    similarity: float
    sentence: str
    article_title: str = ""
    published_on: date | None = None
    credits: tuple[int, ...] = ()  # the outlet ids of the matched claim's own chain, outermost first
    credit_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class HopVerification:
    """One hop: its state, how many articles of its outlet were searched, the evidence (best first), and whether
    that evidence credits the claim to someone other than the rest of the chain does."""

    hop_id: int
    position: int
    source: str
    outlet_id: int | None
    outlet: str | None
    state: HopState
    articles_searched: int = 0
    evidence: tuple[Evidence, ...] = ()
    misattributed: bool = False


@dataclass(frozen=True)
class ClaimVerification:
    """A claim's chain checked hop by hop, with the earliest appearance found and the suggested verdict."""

    claim_id: int
    hops: tuple[HopVerification, ...]
    possible_misattribution: bool
    suggested_attribution_verdict: str | None  # an AttributionVerdict value, or None when nothing could be checked
    first_appearance: Evidence | None = None
    changed: bool = False  # a re-verification after an import changed a hop's state since the reviewer looked

    @property
    def evidence_note(self) -> str:
        """The evidence in one line, for the history: which article and claim said it, and how similar."""
        parts = [f"hop {h.position} {h.outlet}: {h.state.value}"
                 + "".join(f" (article {e.article_id}, claim {e.claim_id}, {e.similarity:.1f} %)"
                           for e in h.evidence[:1])
                 for h in self.hops if h.outlet_id is not None]
        return "verification: " + "; ".join(parts) if parts else "verification: nothing to check"

    def as_json(self) -> dict:
        """The shape `verify --json` prints (issue 16), nothing more."""
        return {
            "claim_id": self.claim_id,
            "hops": [{"position": h.position, "source": h.source, "outlet": h.outlet, "state": h.state.value,
                      "evidence": [{"article_id": e.article_id, "claim_id": e.claim_id, "similarity": e.similarity,
                                    "sentence": e.sentence} for e in h.evidence]}
                     for h in self.hops],
            "possible_misattribution": self.possible_misattribution,
            "suggested_attribution_verdict": self.suggested_attribution_verdict,
        }
