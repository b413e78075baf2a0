"""Outlets proposed by extraction: adding one to the catalog from a hop, and taking that back."""

from dataclasses import dataclass

from sqlalchemy import func, select

from workbench.catalog.keys import source_key
from workbench.errors import InvalidValue
from workbench.storage.models import Article, AttributionHop, Claim, Outlet
from workbench.usecases.catalog.rows import attach_alias, find_source
from workbench.usecases.claims import claim_for_edit
from workbench.usecases.convert import claim_record, proposal_of
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, ClaimRecord


@dataclass(frozen=True)
class AcceptedOutlet:
    """What accepting a proposal changed, so that withdraw_outlet can put exactly that back."""

    outlet_id: int
    source_id: int
    source_name: str | None
    source_key: str
    claims: tuple[ClaimRecord, ...]  # every claim whose chain now names the new outlet


def accept_proposed_outlet(db, claim_id: int, position: int, *, actor: Actor | None = None) -> AcceptedOutlet:
    """Add the outlet that a hop proposes to the catalog; every hop citing that source now names it."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, None)
        hop = next((h for h in claim.hops if h.position == position), None)
        if hop is None:
            raise InvalidValue(f"claim {claim_id} has no hop {position + 1}")
        source = hop.source
        proposal = proposal_of(source, hop.surface)
        if proposal is None:
            raise InvalidValue(f"hop {position + 1} names no new outlet")
        if session.scalar(select(Outlet.id).where(Outlet.name == proposal.name)) is not None:
            raise InvalidValue(f"“{proposal.name}” is already in the catalog: use Replace (R) to pick it")
        outlet = Outlet(name=proposal.name, kind=proposal.kind, country=proposal.country, notes="")
        session.add(outlet)
        session.flush()
        for text in (proposal.name, hop.surface or ""):
            if text.strip():
                attach_alias(session, text, outlet=outlet, quiet=True)
        accepted = (outlet.id, source.id, source.name, source.key)
        source.outlet_id, source.name, source.key = outlet.id, outlet.name, source_key(outlet.name, None)
        record_event(session, entity="outlet", field="created", new=outlet.name, entity_id=outlet.id, actor=actor)
        session.flush()
        return AcceptedOutlet(*accepted, _claims_citing(session, source.id))


def withdraw_outlet(db, accepted: AcceptedOutlet, *, actor: Actor | None = None) -> tuple[ClaimRecord, ...]:
    """Undo accept_proposed_outlet while nothing else has come to rely on the new outlet."""
    with db.writing() as session:
        outlet = session.get(Outlet, accepted.outlet_id)
        if outlet is None:
            raise InvalidValue("the added outlet is no longer in the catalog")
        publishers = session.scalar(select(func.count()).where(Article.publisher_id == outlet.id))
        if publishers:
            raise InvalidValue(f"“{outlet.name}” can no longer be taken back: {publishers} article(s) name it "
                               "as their publisher now")
        source = find_source(session, accepted.source_id)
        source.outlet_id, source.name, source.key = None, accepted.source_name, accepted.source_key
        record_event(session, entity="outlet", field="deleted", old=outlet.name, entity_id=outlet.id, actor=actor)
        session.flush()
        session.delete(outlet)
        session.flush()
        return _claims_citing(session, source.id)


def _claims_citing(session, source_id: int) -> tuple[ClaimRecord, ...]:
    # IN, not DISTINCT over the claim's columns: PostgreSQL cannot compare its JSON columns.
    citing = select(AttributionHop.claim_id).where(AttributionHop.source_id == source_id)
    claims = session.scalars(select(Claim).where(Claim.id.in_(citing)).order_by(Claim.id))
    return tuple(claim_record(c) for c in claims)
