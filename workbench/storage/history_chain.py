"""The review history's hash chain: each event stores the previous event's hash and a hash over both.

An event's hash covers its own content and its predecessor's hash, so changing, removing or slipping in an
event anywhere breaks the chain at that event, which `check` names. The core computes the hash when it
writes the event (the same on SQLite and PostgreSQL); migration 0006 computed it for older events.
"""

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from hashlib import sha256

from sqlalchemy import select
from sqlalchemy.orm import Session

# The hash before the first event.
GENESIS = "0" * 64
# Every stored column of an event but its id and its two hashes (the chain's order is the id order).
CHAINED_FIELDS = ("claim_id", "article_id", "entity", "entity_id", "field", "old_value", "new_value", "note",
                  "reviewer_id", "session_id", "created_at")
_HEAD = "isnad_history_head"


def _plain(value: object) -> object:
    # One spelling of a time on every database (SQLite returns what SQLAlchemy wrote, PostgreSQL its own type).
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value


def event_hash(prev_hash: str, values: Mapping[str, object]) -> str:
    """The hash of one event: its predecessor's hash and its content, in a fixed canonical form."""
    canonical = json.dumps([prev_hash, *(_plain(values[name]) for name in CHAINED_FIELDS)],
                           ensure_ascii=False, separators=(",", ":"))
    return sha256(canonical.encode("utf-8")).hexdigest()


def _head(session: Session) -> str:
    """The newest event's hash, read once per transaction (writers run one at a time, so it cannot change
    under this transaction; the events it adds move it on)."""
    from workbench.storage.models import ReviewEvent

    transaction = session.get_transaction()
    head = session.info.get(_HEAD)
    if head is None or head[0] is not transaction:
        last = session.scalar(select(ReviewEvent.event_hash).order_by(ReviewEvent.id.desc()).limit(1))
        head = (transaction, last or GENESIS)
        session.info[_HEAD] = head
    return head[1]


def _move_head(session: Session, new_hash: str) -> None:
    session.info[_HEAD] = (session.get_transaction(), new_hash)


def chain_event(session: Session, event) -> None:
    """Give a new ReviewEvent (created_at set) its place in the chain, in the caller's write transaction."""
    event.prev_hash = _head(session)
    event.event_hash = event_hash(event.prev_hash, {name: getattr(event, name) for name in CHAINED_FIELDS})
    _move_head(session, event.event_hash)


def chain_rows(session: Session, rows: list[dict]) -> None:
    """The same for event rows about to be inserted in bulk, in this order (ids grow in insertion order)."""
    previous = _head(session)
    for row in rows:
        row["prev_hash"], row["event_hash"] = previous, event_hash(previous, row)
        previous = row["event_hash"]
    _move_head(session, previous)


def chain_problems(events: Iterable[Mapping[str, object]]) -> Iterator[str]:
    """One line per event that breaks the chain, given every event (id, hashes, content) in id order."""
    previous_id, previous_hash = None, GENESIS
    for event in events:
        event_id, stored = event["id"], event["event_hash"]
        after = f"event {previous_id}" if previous_id is not None else "the start of the history"
        if stored is None or event["prev_hash"] is None:
            yield f"history event {event_id} has no hash: it was written outside Isnad"
        elif event["prev_hash"] != previous_hash:
            yield (f"history event {event_id} does not follow {after}: that one was rewritten, or events "
                   "between them were removed")
        elif event_hash(event["prev_hash"], event) != stored:
            yield f"history event {event_id} was changed after it was written: its content does not match its hash"
        previous_id, previous_hash = event_id, stored
