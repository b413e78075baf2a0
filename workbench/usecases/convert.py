"""Turning ORM rows into the plain records of records.py, inside the session that loaded them."""

from workbench.enums import OutletKind, SourceKind
from workbench.extraction.sources.proposals import OutletProposal, propose_outlet
from workbench.storage.models import Article, AttributionHop, Claim, Outlet, Source
from workbench.usecases.records import ArticleRecord, ClaimRecord, HopRecord, OutletRecord, SourceRecord


def source_record(source: Source) -> SourceRecord:
    return SourceRecord(
        id=source.id,
        kind=source.kind,
        name=source.name,
        role=source.role,
        affiliation=source.affiliation,
        outlet_id=source.outlet_id,
        outlet_name=source.outlet.name if source.outlet is not None else None,
    )


def hop_record(hop: AttributionHop) -> HopRecord:
    return HopRecord(
        id=hop.id,
        position=hop.position,
        source=source_record(hop.source),
        cue=hop.cue,
        start=hop.start,
        end=hop.end,
        surface=hop.surface,
        confidence=hop.confidence,
        confirmed=hop.confirmed,
        proposed=proposal_of(hop.source, hop.surface),
    )


def proposal_of(source: Source, surface: str | None) -> OutletProposal | None:
    """The new outlet a hop's unlisted outlet source proposes, read again from the words the article used."""
    if source.kind != SourceKind.OUTLET.value or source.outlet_id is not None:
        return None
    found = propose_outlet(surface or "") or propose_outlet(source.name or "")
    if found is None and source.name:
        return OutletProposal(source.name, OutletKind.ONLINE.value, None)
    return found


def claim_record(claim: Claim, *, with_chain: bool = True) -> ClaimRecord:
    return ClaimRecord(
        id=claim.id,
        article_id=claim.article_id,
        external_ref=claim.external_ref,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        language=claim.language,
        cue=claim.cue,
        note=claim.note,
        evidence=tuple(claim.evidence or ()),
        version=claim.version,
        claim_verdict=claim.claim_verdict,
        attribution_verdict=claim.attribution_verdict,
        origin=claim.origin,
        deleted=claim.deleted,
        chain=tuple(hop_record(h) for h in claim.hops) if with_chain else (),
        source_url=claim.source_url,
        source_title=claim.source_title,
    )


def outlet_record(outlet: Outlet, source_id: int | None = None) -> OutletRecord:
    return OutletRecord(
        id=outlet.id,
        name=outlet.name,
        kind=outlet.kind,
        country=outlet.country,
        language=outlet.language,
        domain=outlet.domain,
        notes=outlet.notes,
        aliases=tuple(a.text for a in outlet.aliases),
        source_id=source_id,
    )


def article_record(article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        title=article.title,
        publisher_id=article.publisher_id,
        publisher=article.publisher.name if article.publisher is not None else None,
        url=article.url,
        published_on=article.published_on,
        language=article.language,
        text=article.text,
        sha256=article.sha256,
        source_name=article.source_name,
        source_format=article.source_format,
        boilerplate=tuple((int(s), int(e)) for s, e in (article.boilerplate or [])),
        imported_at=article.imported_at,
    )
