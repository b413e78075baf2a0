"""Writing the append-only review history, and reading it back."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.storage.history_chain import chain_event
from workbench.storage.models import Claim, Reviewer, ReviewEvent, utcnow
from workbench.usecases.records import Actor


def record_event(
    session: Session,
    *,
    entity: str,
    field: str,
    old: object = None,
    new: object = None,
    actor: Actor | None = None,
    claim: Claim | None = None,
    article_id: int | None = None,
    entity_id: int | None = None,
    note: str | None = None,
) -> None:
    """Append one change to the history, in the caller's transaction."""
    actor = actor or Actor()
    event = ReviewEvent(
        claim_id=claim.id if claim is not None else None,
        article_id=article_id if article_id is not None else (claim.article_id if claim is not None else None),
        entity=entity,
        entity_id=entity_id if entity_id is not None else (claim.id if claim is not None else None),
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
        note=note,
        reviewer_id=actor.reviewer_id,
        session_id=actor.session_id,
        created_at=utcnow(),  # set here, not at flush: the event's hash covers it
    )
    chain_event(session, event)
    session.add(event)


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    claim_id: int | None
    article_id: int | None
    entity: str
    entity_id: int | None
    field: str
    old_value: str | None
    new_value: str | None
    note: str | None
    reviewer: str | None
    session_id: int | None
    created_at: datetime


def _entries(session: Session, query) -> list[HistoryEntry]:
    rows = session.execute(
        query.add_columns(Reviewer.name).outerjoin(Reviewer, Reviewer.id == ReviewEvent.reviewer_id)
        .order_by(ReviewEvent.id)
    )
    return [
        HistoryEntry(e.id, e.claim_id, e.article_id, e.entity, e.entity_id, e.field, e.old_value, e.new_value,
                     e.note, name, e.session_id, e.created_at)
        for e, name in rows
    ]


def claim_history(db, claim_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        return _entries(session, select(ReviewEvent).where(ReviewEvent.claim_id == claim_id))


def article_history(db, article_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        return _entries(session, select(ReviewEvent).where(ReviewEvent.article_id == article_id))


def session_history(db, session_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        return _entries(session, select(ReviewEvent).where(ReviewEvent.session_id == session_id))
