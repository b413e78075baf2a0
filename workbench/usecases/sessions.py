"""Reviewers and review sessions: who is working, since when, and what they did."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from workbench.errors import InvalidValue, NotFound
from workbench.storage.models import Reviewer, ReviewEvent, ReviewSession, utcnow
from workbench.storage.upsert import insert_for
from workbench.usecases.records import Actor


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    reviewer: str
    started_at: datetime
    ended_at: datetime | None
    claims_reviewed: int
    verdicts_set: int
    edits: int


def start_session(db, reviewer_name: str) -> Actor:
    """Begin a review session for the named reviewer (created on first use)."""
    name = reviewer_name.strip()
    if not name:
        raise InvalidValue("a reviewer needs a name")
    with db.writing() as session:
        # Create-if-missing in one statement: a second desk naming the same new reviewer at once gets that row.
        session.execute(insert_for(session)(Reviewer).values(name=name, created_at=utcnow())
                        .on_conflict_do_nothing(index_elements=[Reviewer.name]))
        reviewer = session.scalar(select(Reviewer).where(Reviewer.name == name))
        review_session = ReviewSession(reviewer_id=reviewer.id)
        session.add(review_session)
        session.flush()
        return Actor(reviewer_id=reviewer.id, session_id=review_session.id)


def end_session(db, session_id: int) -> SessionSummary:
    with db.writing() as session:
        review_session = session.get(ReviewSession, session_id)
        if review_session is None:
            raise NotFound(f"no review session {session_id}")
        if review_session.ended_at is None:
            review_session.ended_at = utcnow()
    return session_summary(db, session_id)


def session_summary(db, session_id: int) -> SessionSummary:
    """What a session did: distinct claims given a verdict, verdicts set, and all edits."""
    verdict_fields = ("claim_verdict", "attribution_verdict")
    with db.reading() as session:
        review_session = session.get(ReviewSession, session_id)
        if review_session is None:
            raise NotFound(f"no review session {session_id}")
        in_session = ReviewEvent.session_id == session_id
        verdicts = session.scalar(select(func.count()).where(in_session, ReviewEvent.field.in_(verdict_fields)))
        claims = session.scalar(select(func.count(func.distinct(ReviewEvent.claim_id)))
                                .where(in_session, ReviewEvent.field == "claim_verdict"))
        edits = session.scalar(select(func.count()).where(in_session))
        return SessionSummary(session_id, review_session.reviewer.name, review_session.started_at,
                              review_session.ended_at, claims or 0, verdicts or 0, edits or 0)

