"""Verifying one claim's chain in a session: each hop's state from its outlet's stored articles, then the
suggestion. Reads only; the use case stores what it gives."""

from sqlalchemy.orm import Session

from workbench.matching.settings import MatchSettings
from workbench.storage.models import Claim
from workbench.verification.evidence import OutletClaims, articles_of, search_outlet
from workbench.verification.states import ClaimVerification, HopState, HopVerification
from workbench.verification.suggestion import credits_someone_else, first_appearance, suggested_verdict


def source_label(hop) -> str:
    """The hop's source as a reader calls it: the outlet's name, or name and role."""
    source = hop.source
    if source.outlet is not None:
        return source.outlet.name
    parts = [p for p in (source.name, source.role) if p]
    return " — ".join(parts) if parts else "(unnamed)"


def verify_chain(session: Session, claim: Claim, *, settings: MatchSettings,
                 outlet_claims: OutletClaims | None = None) -> ClaimVerification:
    """Each hop of the claim (chain loaded) checked against the stored articles of its outlet; pass one
    OutletClaims for a batch of claims in the same session."""
    outlets = [hop.source.outlet_id for hop in claim.hops]
    hops = []
    for at, hop in enumerate(claim.hops):
        outlet_id = hop.source.outlet_id
        base = dict(hop_id=hop.id, position=hop.position, source=source_label(hop), outlet_id=outlet_id,
                    outlet=hop.source.outlet.name if hop.source.outlet else None)
        if outlet_id is None:
            hops.append(HopVerification(**base, state=HopState.NO_SOURCE))
            continue
        stored = articles_of(session, outlet_id, excluding_article_id=claim.article_id)
        if not stored:
            hops.append(HopVerification(**base, state=HopState.NO_SOURCE))
            continue
        evidence = search_outlet(session, claim.text, outlet_id=outlet_id, excluding_article_id=claim.article_id,
                                 settings=settings, outlet_claims=outlet_claims)
        misattributed = bool(evidence) and credits_someone_else(evidence[0], outlet_id=outlet_id,
                                                                rest_of_chain=outlets[at + 1:])
        hops.append(HopVerification(**base, state=HopState.FOUND if evidence else HopState.NOT_FOUND,
                                    articles_searched=stored, evidence=tuple(evidence), misattributed=misattributed))
    return ClaimVerification(claim_id=claim.id, hops=tuple(hops),
                             possible_misattribution=any(h.misattributed for h in hops),
                             suggested_attribution_verdict=suggested_verdict(hops),
                             first_appearance=first_appearance(hops))
