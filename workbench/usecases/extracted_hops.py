"""Storing an extracted chain: one attribution hop per extracted source phrase, its source found or created."""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from workbench.enums import SourceKind
from workbench.extraction.extractor import ExtractedClaim, ExtractedHop
from workbench.storage.models import AttributionHop, Source
from workbench.usecases.sources import SourceWanted, resolve_sources_at_once


def resolve_sources(session: Session, claims: Iterable[ExtractedClaim]) -> dict[tuple, Source]:
    """Every source the claims cite, found or created once each, for extracted_hops(sources=...).

    Done before any claim is added, in a few queries for all of them (workbench.usecases.sources), and the
    claims go in one batch after.
    """
    first: dict[tuple, ExtractedHop] = {}
    for claim in claims:
        for hop in claim.chain:
            first.setdefault(_identity(hop), hop)
    wanted = [SourceWanted(SourceKind(h.kind), h.outlet, h.name, h.role, h.affiliation, h.surface) for h in first.values()]
    return dict(zip(first, resolve_sources_at_once(session, wanted), strict=True))


def extracted_hops(session: Session, extracted: ExtractedClaim, *, shift: int = 0,
                   sources: dict[tuple, Source] | None = None) -> list[AttributionHop]:
    """The hops of an extracted claim, unconfirmed; `shift` moves offsets found in a slice of the article
    (extraction run on one part of it) back to article offsets. `sources` is resolve_sources' answer for a
    batch of claims holding this one."""
    sources = sources if sources is not None else resolve_sources(session, [extracted])
    return [AttributionHop(**dict(zip(HOP_COLUMNS, row, strict=True)))
            for row in hop_rows(extracted, sources=sources, shift=shift)]


HOP_COLUMNS = ("position", "source_id", "cue", "start", "end", "surface", "confidence", "confirmed")


def hop_rows(extracted: ExtractedClaim, *, sources: dict[tuple, Source], shift: int = 0) -> list[tuple]:
    """The values of HOP_COLUMNS of each hop of an extracted claim but its claim_id, in chain order (for a bulk
    insert: tuples, since an import of short lines stores a hop per line)."""
    return [(position, sources[_identity(hop)].id, extracted.cue if position == 0 else None, hop.start + shift,
             hop.end + shift, hop.surface, hop.confidence, False)
            for position, hop in enumerate(extracted.chain)]


def _identity(hop: ExtractedHop) -> tuple:
    return hop.kind, hop.outlet, hop.name, hop.role, hop.affiliation, hop.surface
