"""Claims and hops as extraction returns them, and the hops carried into them from source phrases."""

from dataclasses import dataclass

from workbench.enums import SourceKind
from workbench.extraction.sources.phrases import SourcePhrase
from workbench.extraction.sources.proposals import OutletProposal


@dataclass(frozen=True)
class ExtractedHop:
    """One source in a chain; a suggestion with a confidence until a reviewer confirms it."""

    surface: str
    start: int
    end: int
    kind: SourceKind
    outlet: str | None
    name: str | None
    role: str | None
    affiliation: str | None
    confidence: float
    proposed: OutletProposal | None = None  # an outlet to add to the catalog, when outlet is None


@dataclass(frozen=True)
class ExtractedClaim:
    """A claim span of the original text and its chain, outermost source first; empty if unattributed."""

    start: int
    end: int
    text: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    chain: tuple[ExtractedHop, ...]


@dataclass(frozen=True)
class Extraction:
    language: str
    claims: tuple[ExtractedClaim, ...]
    boilerplate: tuple[tuple[int, int], ...]


def extracted_hop(hop: SourcePhrase) -> ExtractedHop:
    return ExtractedHop(hop.surface, hop.start, hop.end, hop.kind, hop.outlet, hop.name, hop.role, hop.affiliation,
                        hop.confidence, hop.proposed if hop.outlet is None else None)


def lowered(hop: SourcePhrase) -> SourcePhrase:
    """A hop carried over from an earlier claim: the same source, a little less certain."""
    return copied(hop, confidence=round(hop.confidence * 0.8, 2))


def copied(value, **changes):
    """dataclasses.replace(value, **changes) for extraction's frozen dataclasses, whose fields are all set by
    __init__ and which have no __post_init__: a copy of the fields without running __init__ again, several times
    cheaper (extraction copies a hop or a claim or more for every claim)."""
    if not changes.keys() <= value.__dict__.keys():
        raise TypeError(f"{type(value).__name__} has no field {sorted(changes.keys() - value.__dict__.keys())}")
    copy = object.__new__(type(value))
    copy.__dict__.update(value.__dict__, **changes)
    return copy
