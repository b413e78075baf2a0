"""Working as a team on one database: what colleagues changed since a marker, who last changed a claim, and who
has it open now (advisory presence; nothing is ever locked)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, select

from workbench.storage.models import Reviewer, ReviewerPresence, ReviewEvent, utcnow
from workbench.storage.upsert import insert_for
from workbench.usecases.records import Actor

PRESENCE_WINDOW = timedelta(minutes=5)
NOTIFY_CHANNEL = "isnad_changes"  # sent by migration 0007's trigger on every insert into the history


@dataclass(frozen=True)
class TeamChanges:
    """Claims other desks changed after a marker, and articles they imported, edited, deleted or restored;
    `marker` is where the next look starts."""

    marker: int
    claim_ids: frozenset[int]
    article_ids: frozenset[int]

    def __bool__(self) -> bool:
        return bool(self.claim_ids or self.article_ids)


@dataclass(frozen=True)
class ClaimTeamState:
    """Who last changed a claim (and when), and which other reviewers have it open now."""

    last_changed_by: str | None
    last_changed_at: datetime | None
    reviewing_now: tuple[str, ...]


def change_marker(db) -> int:
    """The newest change so far: a desk remembers it when it loads, and asks for what came after."""
    with db.reading() as session:
        return session.scalar(select(func.coalesce(func.max(ReviewEvent.id), 0)))


def changes_since(db, marker: int, *, own_session_id: int | None = None) -> TeamChanges:
    """What other review sessions changed after marker (a desk's own edits are already on its screen)."""
    query = select(ReviewEvent.id, ReviewEvent.claim_id, ReviewEvent.article_id, ReviewEvent.entity).where(
        ReviewEvent.id > marker)
    if own_session_id is not None:
        query = query.where(ReviewEvent.session_id.is_(None) | (ReviewEvent.session_id != own_session_id))
    newest = marker
    claim_ids, article_ids = set(), set()
    with db.reading() as session:
        for event_id, claim_id, article_id, entity in session.execute(query):
            newest = max(newest, event_id)
            if claim_id is not None:
                claim_ids.add(claim_id)
            if entity == "article" and article_id is not None:
                article_ids.add(article_id)
        newest = max(newest, session.scalar(select(func.coalesce(func.max(ReviewEvent.id), 0))))
    return TeamChanges(newest, frozenset(claim_ids), frozenset(article_ids))


def note_presence(db, actor: Actor, claim_id: int) -> None:
    """Record that actor's desk has claim_id open now (one row per reviewer, replaced as they move)."""
    now = utcnow()
    with db.writing() as session:
        statement = insert_for(session)(ReviewerPresence).values(reviewer_id=actor.reviewer_id, claim_id=claim_id,
                                                                 seen_at=now)
        session.execute(statement.on_conflict_do_update(index_elements=[ReviewerPresence.reviewer_id],
                                                        set_={"claim_id": claim_id, "seen_at": now}))


def claim_team_state(db, claim_id: int, *, reviewer_id: int | None = None,
                     window: timedelta = PRESENCE_WINDOW) -> ClaimTeamState:
    """The claim's last change (by anyone) and the other reviewers who had it open within `window`."""
    with db.reading() as session:
        last = session.execute(
            select(Reviewer.name, ReviewEvent.created_at)
            .select_from(ReviewEvent).outerjoin(Reviewer, Reviewer.id == ReviewEvent.reviewer_id)
            .where(ReviewEvent.claim_id == claim_id).order_by(ReviewEvent.id.desc()).limit(1)).first()
        others = session.scalars(
            select(Reviewer.name).join(ReviewerPresence, ReviewerPresence.reviewer_id == Reviewer.id)
            .where(and_(ReviewerPresence.claim_id == claim_id, ReviewerPresence.seen_at >= utcnow() - window,
                        ReviewerPresence.reviewer_id != (reviewer_id if reviewer_id is not None else -1)))
            .order_by(Reviewer.name)).all()
    return ClaimTeamState(last[0] if last else None, last[1] if last else None, tuple(others))


class CommitSignal:
    """Says cheaply whether any other connection committed since the last call, without reading any table.

    SQLite: `PRAGMA data_version` on one connection kept for this purpose (it changes when another connection
    commits). PostgreSQL: LISTEN on the channel migration 0007's trigger notifies on every history insert.
    Not thread-safe: one signal per desk, polled from one thread.
    """

    def __init__(self, db):
        self._db = db
        if db.is_sqlite:
            self._conn = db.engine.raw_connection()
            self._version = self._data_version()
        else:
            import psycopg

            url = db.engine.url
            self._conn = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                         dbname=url.database, autocommit=True)
            self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def _data_version(self) -> int:
        cursor = self._conn.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return cursor.fetchone()[0]
        finally:
            cursor.close()

    def changed(self) -> bool:
        """True once after other connections committed (a false alarm only costs one changes_since call)."""
        if self._db.is_sqlite:
            version, self._version = self._version, self._data_version()
            return version != self._version
        return bool(list(self._conn.notifies(timeout=0)))

    def close(self) -> None:
        self._conn.close()

