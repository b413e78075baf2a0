"""Plain, immutable records the use cases hand to the GUI and the CLI (never live ORM objects)."""

from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.extraction.sources.proposals import OutletProposal


@dataclass(frozen=True)
class Actor:
    """Who makes an edit, and in which review session; both optional for scripts."""

    reviewer_id: int | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class OutletRecord:
    id: int
    name: str
    kind: str
    country: str | None
    language: str | None
    domain: str | None
    notes: str
    aliases: tuple[str, ...]
    source_id: int | None = None


@dataclass(frozen=True)
class SourceRecord:
    id: int
    kind: str
    name: str | None
    role: str | None
    affiliation: str | None
    outlet_id: int | None
    outlet_name: str | None

    @property
    def label(self) -> str:
        """How a reviewer reads this source: the outlet's name, or name and role."""
        if self.outlet_name:
            return self.outlet_name
        parts = [p for p in (self.name, self.role) if p]
        return " — ".join(parts) if parts else "(unnamed)"


@dataclass(frozen=True)
class RemovedSource:
    """A source taken out of the catalog, with its aliases, so it can be put back as it was."""

    source: SourceRecord
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutletMerge:
    """What merge_outlets moved from the dropped outlet to the kept one, so unmerge_outlets can move it back."""

    kept: OutletRecord
    dropped: OutletRecord
    hop_ids: tuple[int, ...]
    article_ids: tuple[int, ...]


@dataclass(frozen=True)
class SourceMerge:
    """What merge_sources moved from the dropped source to the kept one, so unmerge_sources can move it back."""

    kept: SourceRecord
    dropped: RemovedSource
    hop_ids: tuple[int, ...]


@dataclass(frozen=True)
class HopRecord:
    id: int
    position: int
    source: SourceRecord
    cue: str | None
    start: int | None
    end: int | None
    surface: str | None
    confidence: float
    confirmed: bool
    proposed: OutletProposal | None = None  # the new outlet an unlisted outlet source proposes


@dataclass(frozen=True)
class ClaimRecord:
    id: int
    article_id: int | None
    external_ref: str | None
    start: int | None
    end: int | None
    text: str
    language: str
    cue: str | None
    note: str
    evidence: tuple[str, ...]
    version: int
    claim_verdict: str
    attribution_verdict: str
    origin: str
    deleted: bool
    chain: tuple[HopRecord, ...] = ()
    source_url: str | None = None
    source_title: str | None = None

    @property
    def is_reviewed(self) -> bool:
        return self.claim_verdict != "unreviewed"


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list."""

    id: int
    title: str
    publisher: str | None
    published_on: date | None
    language: str
    claims: int
    reviewed: int
    imported_at: datetime
    sha256: str


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    publisher_id: int | None
    publisher: str | None
    url: str | None
    published_on: date | None
    language: str
    text: str
    sha256: str
    source_name: str | None
    source_format: str
    boilerplate: tuple[tuple[int, int], ...]
    imported_at: datetime


@dataclass(frozen=True)
class ImportResult:
    """What importing one document did: `status` is "imported" or "duplicate"."""

    article_id: int
    sha256: str
    claims: int
    status: str
    title: str = ""
    claim_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class ArticleDetails:
    """What a reviewer may correct about an article: everything but its text."""

    title: str
    publisher_id: int | None
    url: str | None
    published_on: date | None


@dataclass(frozen=True)
class ArticleRemoval:
    """What deleting an article hid: the article and exactly the claims that were live, so undo restores those."""

    article_id: int
    claim_ids: tuple[int, ...]
