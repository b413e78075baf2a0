"""Verifying attribution chains hop by hop: verify a claim or an article, store the states and evidence,
re-verify when an article of a cited outlet is stored, and accept the suggested verdict (with its evidence)."""

from collections.abc import Callable, Iterable
from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from workbench.errors import InvalidValue, NotFound
from workbench.matching.settings import MatchSettings
from workbench.matching.upkeep import install_index_upkeep
from workbench.settings import load_settings
from workbench.storage.models import Article, AttributionHop, Claim, ClaimCheck, HopCheck, Source, utcnow
from workbench.usecases.claims import claim_for_edit, finish_edit
from workbench.usecases.history import record_event
from workbench.usecases.id_chunks import id_chunks
from workbench.usecases.records import Actor, ClaimRecord
from workbench.verification.chain_check import source_label, verify_chain
from workbench.verification.evidence import OutletClaims
from workbench.verification.states import ClaimVerification, Evidence, HopState, HopVerification
from workbench.verification.suggestion import first_appearance, suggested_verdict

install_index_upkeep()
_CHAIN = selectinload(Claim.hops).selectinload(AttributionHop.source).selectinload(Source.outlet)


def _settings(settings: MatchSettings | None) -> MatchSettings:
    """The desk's "suggested" threshold decides what counts as found, as it does for matches."""
    return settings or MatchSettings.from_desk(load_settings())


def _live_claims(session: Session, claim_ids: list[int]) -> list[Claim]:
    return list(session.scalars(select(Claim).where(Claim.id.in_(claim_ids), Claim.deleted.is_(False))
                                .options(_CHAIN).order_by(Claim.start, Claim.id)))


def verify_claims(db, claim_ids: Iterable[int], *, settings: MatchSettings | None = None, mark_changes: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[ClaimVerification]:
    """Verify each claim's chain and store the result; searching reads only, storing is one transaction.

    `mark_changes` (a re-verification the reviewer did not ask for) flags claims whose hop states changed,
    so the claims browser can mark them until the reviewer decides.
    """
    settings = _settings(settings)
    ids = list(dict.fromkeys(claim_ids))
    results = []
    with db.reading() as session:
        claims = _live_claims(session, ids)
        outlet_claims = OutletClaims(session)
        for done, claim in enumerate(claims, start=1):
            if cancelled is not None and cancelled():
                return []
            results.append(verify_chain(session, claim, settings=settings, outlet_claims=outlet_claims))
            if progress is not None:
                progress(done, len(claims))
    with db.writing() as session:
        return [_store(session, result, mark_changes=mark_changes) for result in results]


def verify_claim(db, claim_id: int, *, settings: MatchSettings | None = None) -> ClaimVerification:
    found = verify_claims(db, [claim_id], settings=settings)
    if not found:
        raise NotFound(f"no claim {claim_id}")
    return found[0]


def verify_article(db, article_id: int, *, settings: MatchSettings | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> list[ClaimVerification]:
    """Verify every live claim of an article, in reading order."""
    with db.reading() as session:
        if session.get(Article, article_id) is None:
            raise NotFound(f"no article {article_id}")
        ids = list(session.scalars(select(Claim.id).where(Claim.article_id == article_id, Claim.deleted.is_(False))))
    return verify_claims(db, ids, settings=settings, progress=progress, cancelled=cancelled)


def _evidence_json(evidence: Evidence) -> dict:
    row = asdict(evidence)
    row["published_on"] = evidence.published_on.isoformat() if evidence.published_on else None
    row["credits"], row["credit_names"] = list(evidence.credits), list(evidence.credit_names)
    return row


def _evidence_from(row: dict) -> Evidence:
    published = row.get("published_on")
    return Evidence(**{**row, "published_on": date.fromisoformat(published) if published else None,
                       "credits": tuple(row.get("credits", ())), "credit_names": tuple(row.get("credit_names", ()))})


def _store(session: Session, result: ClaimVerification, *, mark_changes: bool) -> ClaimVerification:
    before = {hop_id: state for hop_id, state in session.execute(
        select(HopCheck.hop_id, HopCheck.state).where(HopCheck.claim_id == result.claim_id))}
    check = session.scalar(select(ClaimCheck).where(ClaimCheck.claim_id == result.claim_id))
    session.execute(delete(HopCheck).where(HopCheck.claim_id == result.claim_id))
    now = utcnow()
    for hop in result.hops:
        session.add(HopCheck(hop_id=hop.hop_id, claim_id=result.claim_id, outlet_id=hop.outlet_id,
                             state=hop.state.value, articles_searched=hop.articles_searched,
                             misattributed=hop.misattributed, evidence=[_evidence_json(e) for e in hop.evidence],
                             checked_at=now))
    differs = check is not None and before != {h.hop_id: h.state.value for h in result.hops}
    if check is None:
        check = ClaimCheck(claim_id=result.claim_id, changed=False)
        session.add(check)
    check.suggestion = result.suggested_attribution_verdict
    check.possible_misattribution = result.possible_misattribution
    first = result.first_appearance
    check.first_article_id = first.article_id if first else None
    check.first_published_on = first.published_on if first else None
    check.changed = bool(check.changed or (mark_changes and differs))
    check.checked_at = now
    session.flush()
    return replace(result, changed=check.changed)


def stored_verifications(db, claim_ids: Iterable[int]) -> dict[int, ClaimVerification]:
    """The last stored verification of each claim that has one (no searching), for the desk and reports."""
    ids = list(claim_ids)
    with db.reading() as session:
        return _stored(session, ids)


def stored_verification(db, claim_id: int) -> ClaimVerification | None:
    return stored_verifications(db, [claim_id]).get(claim_id)


def _stored(session: Session, claim_ids: list[int]) -> dict[int, ClaimVerification]:
    if not claim_ids:
        return {}
    checks = {c.claim_id: c for chunk in id_chunks(claim_ids)
              for c in session.scalars(select(ClaimCheck).where(ClaimCheck.claim_id.in_(chunk)))}
    if not checks:
        return {}
    hop_checks = {h.hop_id: h for chunk in id_chunks(checks)
                  for h in session.scalars(select(HopCheck).where(HopCheck.claim_id.in_(chunk)))}
    out = {}
    for claim in (c for chunk in id_chunks(checks) for c in _live_claims(session, chunk)):
        hops = []
        for hop in claim.hops:
            row = hop_checks.get(hop.id)
            if row is None:
                break  # the chain was edited since: the stored check no longer describes it
            evidence = tuple(_evidence_from(e) for e in row.evidence)
            hops.append(HopVerification(
                hop_id=hop.id, position=hop.position,
                source=source_label(hop),
                outlet_id=hop.source.outlet_id, outlet=hop.source.outlet.name if hop.source.outlet else None,
                state=HopState(row.state), articles_searched=row.articles_searched, evidence=evidence,
                misattributed=row.misattributed))
        else:
            check = checks[claim.id]
            out[claim.id] = ClaimVerification(
                claim_id=claim.id, hops=tuple(hops), possible_misattribution=check.possible_misattribution,
                suggested_attribution_verdict=suggested_verdict(hops), first_appearance=first_appearance(hops),
                changed=check.changed)
    return out


def evidence_note(db, claim_id: int) -> str | None:
    """The stored verification's evidence in one line, for the history of a verdict set by hand (None if the
    chain was never verified)."""
    verification = stored_verification(db, claim_id)
    return verification.evidence_note if verification is not None else None


def changed_claims(db, claim_ids: Iterable[int]) -> set[int]:
    """Which of these claims a re-verification changed since the reviewer last decided on them."""
    ids = list(claim_ids)
    if not ids:
        return set()
    with db.reading() as session:
        return set(session.scalars(select(ClaimCheck.claim_id).where(ClaimCheck.claim_id.in_(ids),
                                                                     ClaimCheck.changed.is_(True))))


def reverify_for_article(db, article_id: int, *, settings: MatchSettings | None = None) -> list[int]:
    """After an article is stored: re-verify the checked claims that cite its publisher and it could change
    (hops of that outlet not found, or with nothing stored before); returns their ids."""
    with db.reading() as session:
        publisher_id = session.scalar(select(Article.publisher_id).where(Article.id == article_id))
        if publisher_id is None:
            return []
        ids = list(session.scalars(select(HopCheck.claim_id).distinct().where(
            HopCheck.outlet_id == publisher_id, HopCheck.state != HopState.FOUND.value)))
    if ids:
        verify_claims(db, ids, settings=settings, mark_changes=True)
    return ids


def accept_suggestion(db, claim_id: int, *, expected_version: int | None = None,
                      actor: Actor | None = None) -> ClaimRecord:
    """Set the attribution verdict the verification suggests, in one transaction; the history event carries
    the evidence (article and claim ids, similarity), and the claim is no longer marked as changed."""
    verification = stored_verification(db, claim_id) or verify_claim(db, claim_id)
    verdict = verification.suggested_attribution_verdict
    if verdict is None:
        raise InvalidValue(f"claim {claim_id} has no suggested attribution verdict: no hop could be checked")
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        record_event(session, entity="claim", field="attribution_verdict", old=claim.attribution_verdict,
                     new=verdict, claim=claim, actor=actor, note=verification.evidence_note)
        claim.attribution_verdict = verdict
        check = session.scalar(select(ClaimCheck).where(ClaimCheck.claim_id == claim_id))
        if check is not None:
            check.changed = False
        return finish_edit(claim)
