"""Reviewer edits of claims: verdicts, note, evidence, and the claim's span (create, split, merge, delete).

Every edit names the claim version it was based on; if the claim changed since, EditConflict is raised
and nothing is written. Every edit bumps the version and appends to the review history.
"""

import json

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.enums import AttributionVerdict, ClaimOrigin, ClaimVerdict, parse_enum
from workbench.errors import EditConflict, InvalidValue, NotFound
from workbench.extraction.extractor import ExtractedClaim, extract
from workbench.storage.models import Article, AttributionHop, Claim, Source
from workbench.usecases.catalog.index import catalog_index
from workbench.usecases.convert import claim_record
from workbench.usecases.extracted_hops import extracted_hops
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, ClaimRecord

_CHAIN = selectinload(Claim.hops).selectinload(AttributionHop.source).selectinload(Source.outlet)


def list_claims(db, article_id: int, *, include_deleted: bool = False) -> list[ClaimRecord]:
    """An article's claims in reading order, with their chains."""
    query = select(Claim).where(Claim.article_id == article_id).options(_CHAIN).order_by(Claim.start, Claim.id)
    if not include_deleted:
        query = query.where(Claim.deleted.is_(False))
    with db.reading() as session:
        return [claim_record(c) for c in session.scalars(query)]


def get_claim(db, claim_id: int) -> ClaimRecord:
    with db.reading() as session:
        return claim_record(_load(session, claim_id, allow_deleted=True))


def _load(session: Session, claim_id: int, *, allow_deleted: bool = False) -> Claim:
    claim = session.get(Claim, claim_id, options=[_CHAIN])
    if claim is None or (claim.deleted and not allow_deleted):
        raise NotFound(f"no claim {claim_id}")
    return claim


def claim_for_edit(session: Session, claim_id: int, expected_version: int | None, *,
                   allow_deleted: bool = False) -> Claim:
    """The claim, checked against the version the reviewer saw (None skips the check, for scripts)."""
    claim = _load(session, claim_id, allow_deleted=allow_deleted)
    if expected_version is not None and claim.version != expected_version:
        raise EditConflict(
            f"claim {claim_id} was changed elsewhere (now version {claim.version}, you had {expected_version}); "
            "reload it and apply your edit again",
            current_version=claim.version,
        )
    return claim


def finish_edit(claim: Claim) -> ClaimRecord:
    claim.version += 1
    return claim_record(claim)


def set_claim_verdict(db, claim_id: int, verdict: str, *, expected_version: int | None = None,
                      actor: Actor | None = None, note: str | None = None) -> ClaimRecord:
    value = parse_enum(ClaimVerdict, verdict).value
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        record_event(session, entity="claim", field="claim_verdict", old=claim.claim_verdict, new=value,
                     claim=claim, actor=actor, note=note)
        claim.claim_verdict = value
        return finish_edit(claim)


def set_attribution_verdict(db, claim_id: int, verdict: str, *, expected_version: int | None = None,
                            actor: Actor | None = None, note: str | None = None) -> ClaimRecord:
    value = parse_enum(AttributionVerdict, verdict).value
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        record_event(session, entity="claim", field="attribution_verdict", old=claim.attribution_verdict,
                     new=value, claim=claim, actor=actor, note=note)
        claim.attribution_verdict = value
        return finish_edit(claim)


def set_note(db, claim_id: int, note: str, *, expected_version: int | None = None,
             actor: Actor | None = None) -> ClaimRecord:
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        record_event(session, entity="claim", field="note", old=claim.note, new=note, claim=claim, actor=actor)
        claim.note = note
        return finish_edit(claim)


def set_evidence(db, claim_id: int, links: list[str], *, expected_version: int | None = None,
                 actor: Actor | None = None) -> ClaimRecord:
    cleaned = [link.strip() for link in links if link.strip()]
    for link in cleaned:
        if not link.lower().startswith(("http://", "https://")):
            raise InvalidValue(f"evidence link {link!r} is not a web address (http:// or https://)")
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        record_event(session, entity="claim", field="evidence", old=json.dumps(claim.evidence, ensure_ascii=False),
                     new=json.dumps(cleaned, ensure_ascii=False), claim=claim, actor=actor)
        claim.evidence = cleaned
        return finish_edit(claim)


def _article_text_span(session: Session, article_id: int, start: int, end: int) -> str:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article {article_id}")
    if not (0 <= start < end <= len(article.text)):
        raise InvalidValue(f"span {start}-{end} is outside the article (0-{len(article.text)})")
    return article.text[start:end]


def create_claim(db, article_id: int, start: int, end: int, *, actor: Actor | None = None) -> ClaimRecord:
    """A reviewer marks a span of the article as a claim (unattributed until a chain is added)."""
    with db.writing() as session:
        text = _article_text_span(session, article_id, start, end).strip()
        if not text:
            raise InvalidValue("the selected text is empty")
        article = session.get(Article, article_id)
        claim = Claim(article_id=article_id, start=start, end=end, text=article.text[start:end],
                      language=article.language, origin=ClaimOrigin.REVIEWER.value)
        session.add(claim)
        session.flush()
        record_event(session, entity="claim", field="created", new=f"{start}-{end}", claim=claim, actor=actor)
        return claim_record(claim)


def set_span(db, claim_id: int, start: int, end: int, *, expected_version: int | None = None,
             actor: Actor | None = None) -> ClaimRecord:
    """Move a claim's boundaries (extend or shrink it); its text follows the article."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        if claim.article_id is None:
            raise InvalidValue("archived claims have no span in an article")
        text = _article_text_span(session, claim.article_id, start, end)
        record_event(session, entity="claim", field="span", old=f"{claim.start}-{claim.end}", new=f"{start}-{end}",
                     claim=claim, actor=actor)
        claim.start, claim.end, claim.text = start, end, text
        return finish_edit(claim)


def set_deleted(db, claim_id: int, deleted: bool, *, expected_version: int | None = None,
                actor: Actor | None = None) -> ClaimRecord:
    """Delete (or restore) a claim. Claims are kept for the history; a deleted one is hidden everywhere."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version, allow_deleted=True)
        if claim.deleted == deleted:
            return claim_record(claim)
        record_event(session, entity="claim", field="deleted", old=claim.deleted, new=deleted, claim=claim,
                     actor=actor)
        claim.deleted = deleted
        return finish_edit(claim)


def word_start_near(text: str, start: int, end: int, at: int) -> int:
    """The start of the word nearest to `at` inside the span (start, end), so a split never cuts a word."""
    starts = [p for p in range(start + 1, end) if text[p - 1].isspace() and not text[p].isspace()]
    if not starts:
        raise InvalidValue("a claim of one word cannot be split")
    return min(starts, key=lambda p: (abs(p - at), p))


def _chain_of_part(db, text: str, start: int, end: int) -> ExtractedClaim | None:
    """The first extracted claim with a chain in text[start:end], its offsets those of the slice."""
    extraction = extract(text[start:end], catalog=catalog_index(db))
    return next((c for c in extraction.claims if c.chain), None)


def split_claim(db, claim_id: int, at: int, *, expected_version: int | None = None,
                actor: Actor | None = None) -> tuple[ClaimRecord, ClaimRecord]:
    """Split a claim at the word boundary nearest to an article offset.

    The first part keeps its chain and verdicts (the reviewer's work). The second part is new; its chain
    is extracted again from its own words ("… قال فيه …"), or copied from the claim when none is found.
    """
    with db.reading() as session:
        claim = _load(session, claim_id)
        if claim.start is None or not (claim.start < at < claim.end):
            raise InvalidValue("split inside the claim's text")
        text, span = session.get(Article, claim.article_id).text, (claim.start, claim.end)
    cut = word_start_near(text, *span, at)
    first_end = len(text[:cut].rstrip())
    extracted = _chain_of_part(db, text, cut, span[1])  # before the write lock, as an import does
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        if (claim.start, claim.end) != span:
            raise EditConflict(f"claim {claim_id} changed while it was being split")
        record_event(session, entity="claim", field="span", old=f"{span[0]}-{span[1]}", new=f"{span[0]}-{first_end}",
                     claim=claim, actor=actor, note="split")
        claim.end, claim.text = first_end, text[span[0]:first_end]
        second = Claim(article_id=claim.article_id, start=cut, end=span[1], text=text[cut:span[1]],
                       language=claim.language, origin=ClaimOrigin.REVIEWER.value,
                       cue=extracted.cue if extracted else claim.cue)
        if extracted is not None:
            second.hops.extend(extracted_hops(session, extracted, shift=cut))
        else:
            second.hops.extend(AttributionHop(position=h.position, source_id=h.source_id, cue=h.cue, start=h.start,
                                              end=h.end, surface=h.surface, confidence=h.confidence,
                                              confirmed=h.confirmed) for h in claim.hops)
        session.add(second)
        session.flush()
        record_event(session, entity="claim", field="created", new=f"{cut}-{span[1]}", claim=second, actor=actor,
                     note=f"split from claim {claim.id}")
        return finish_edit(claim), claim_record(second)


def merge_claims(db, first_id: int, second_id: int, *, expected_versions: tuple[int | None, int | None] = (None, None),
                 actor: Actor | None = None) -> ClaimRecord:
    """Merge the second claim into the first: the first covers both spans, the second is deleted."""
    with db.writing() as session:
        first = claim_for_edit(session, first_id, expected_versions[0])
        second = claim_for_edit(session, second_id, expected_versions[1])
        if first.article_id is None or first.article_id != second.article_id:
            raise InvalidValue("only claims of the same article can be merged")
        start, end = min(first.start, second.start), max(first.end, second.end)
        article = session.get(Article, first.article_id)
        record_event(session, entity="claim", field="span", old=f"{first.start}-{first.end}", new=f"{start}-{end}",
                     claim=first, actor=actor, note=f"merged with claim {second.id}")
        record_event(session, entity="claim", field="deleted", old=False, new=True, claim=second, actor=actor,
                     note=f"merged into claim {first.id}")
        first.start, first.end, first.text = start, end, article.text[start:end]
        second.deleted = True
        second.version += 1
        return finish_edit(first)
