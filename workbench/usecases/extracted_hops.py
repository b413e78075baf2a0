"""Storing an extracted chain: one attribution hop per extracted source phrase, its source found or created."""

from sqlalchemy.orm import Session

from workbench.extraction.extractor import ExtractedClaim
from workbench.storage.models import AttributionHop
from workbench.usecases.sources import resolve_source


def extracted_hops(session: Session, extracted: ExtractedClaim, *, shift: int = 0) -> list[AttributionHop]:
    """The hops of an extracted claim, unconfirmed; `shift` moves offsets found in a slice of the article
    (extraction run on one part of it) back to article offsets."""
    hops = []
    for position, hop in enumerate(extracted.chain):
        source = resolve_source(session, kind=hop.kind, outlet_name=hop.outlet, name=hop.name,
                                role=hop.role, affiliation=hop.affiliation, surface=hop.surface)
        hops.append(AttributionHop(position=position, source=source, cue=extracted.cue if position == 0 else None,
                                   start=hop.start + shift, end=hop.end + shift, surface=hop.surface,
                                   confidence=hop.confidence, confirmed=False))
    return hops
