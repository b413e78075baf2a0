"""Keeping the claim index and vectors right on every ORM write: new claims, text/title edits, deletes, restores.

`install_index_upkeep()` listens to every SQLAlchemy Session's after_flush, so any use case that stores
or edits a Claim through the ORM (article import, create/split/merge/set_span, delete/restore) updates
the index in the same transaction. The claim's sentence vector, when its text is new, is encoded in one
batch once that transaction has committed and written in a short transaction of its own: the encoder (its
first load takes seconds) never runs while the write lock is held. More than a few hundred claims, a
failed vector write, or a crash in between leave the claims to the backfill; they are matchable by their
words meanwhile. Bulk paths (archive import) write index rows themselves and leave vectors to the backfill.
"""

import sys
from collections.abc import Collection

from sqlalchemy import event, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from workbench.matching.encoder import current_encoder, safe_encode
from workbench.matching.index import entry_for, index_for
from workbench.matching.vectors import write_vectors
from workbench.storage.models import Claim

_WATCHED = ("text", "source_title", "deleted")
_PENDING = "isnad_claims_to_encode"
_COMMITTED = "isnad_claims_committed"
# More new or edited claims than this in one action (a long article), or more characters of their text (encoding
# takes about 10 CPU seconds a MB: a 280 KB sentence cut into claims took 2.7 s), are left to the backfill.
INLINE_VECTOR_LIMIT = 256
INLINE_VECTOR_CHARS = 50_000


def encodes_inline(texts: Collection[str]) -> bool:
    """Whether an action's new or edited claims get their vectors when it commits, else from the backfill."""
    return len(texts) <= INLINE_VECTOR_LIMIT and sum(map(len, texts)) <= INLINE_VECTOR_CHARS
_installed = False


def _changed(claim: Claim) -> bool:
    state = inspect(claim)
    return any(state.attrs[name].history.has_changes() for name in _WATCHED)


def _after_flush(session: Session, _context) -> None:
    to_index: dict[int, Claim] = {}
    to_remove: set[int] = set()
    to_encode: dict[int, str] = {}
    for claim in session.new:
        if isinstance(claim, Claim):
            (to_remove.add(claim.id) if claim.deleted else to_index.__setitem__(claim.id, claim))
            to_encode[claim.id] = claim.text
    for claim in session.dirty:
        if isinstance(claim, Claim) and _changed(claim):
            (to_remove.add(claim.id) if claim.deleted else to_index.__setitem__(claim.id, claim))
            if inspect(claim).attrs["text"].history.has_changes():
                to_encode[claim.id] = claim.text
    for claim in session.deleted:
        if isinstance(claim, Claim):
            to_remove.add(claim.id)
    if not to_index and not to_remove:
        return
    conn = session.connection()
    index = index_for(conn)
    if to_remove:
        index.remove(conn, sorted(to_remove))
    if to_index:
        index.add(conn, [entry_for(i, c.text, c.source_title) for i, c in sorted(to_index.items())])
    if to_encode:
        # Encoded once, in one batch, when the action commits (an import flushes claim by claim).
        session.info.setdefault(_PENDING, {}).update(to_encode)


def _before_commit(session: Session) -> None:
    session.flush()  # the commit's own flush comes after this hook: take its claims too
    pending = session.info.pop(_PENDING, None)
    if pending and encodes_inline(pending.values()):  # a big import is left to the background backfill
        session.info[_COMMITTED] = (session.get_bind(), pending)


def _after_commit(session: Session) -> None:
    committed = session.info.pop(_COMMITTED, None)
    if committed:
        encode_committed(*committed)


def _after_rollback(session: Session) -> None:
    session.info.pop(_COMMITTED, None)
    session.info.pop(_PENDING, None)


def encode_committed(bind, claims: dict[int, str]) -> int:
    """Vectors for claims a committed action wrote: encoded with no transaction open, then stored in one
    short write transaction, for the claims whose text is still the one encoded; returns how many."""
    encoder = current_encoder()
    vectors = safe_encode(encoder, list(claims.values()))
    if vectors is None:
        return 0  # no working encoder: the backfill catches up when there is one
    try:
        with bind.begin() as conn:  # a soft-deleted claim keeps its vector, for a restore
            return write_vectors(conn, encoder.model, list(claims.items()), vectors)
    except SQLAlchemyError as error:  # the action itself has committed; its claims stay lexical until the backfill
        print(f"isnad: claim vectors left to the backfill ({type(error).__name__}: {error})", file=sys.stderr)
        return 0


def install_index_upkeep() -> None:
    """Start keeping the index right on every Session flush (idempotent)."""
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _after_rollback)
        _installed = True


def reindex(db, *, progress=None) -> int:
    """Rebuild the index from the claim table (every live claim); returns how many claims are indexed."""
    with db.writing() as session:
        conn = session.connection()
        rows = conn.exec_driver_sql("SELECT id, text, source_title FROM claim WHERE NOT deleted ORDER BY id")

        def entries():
            for done, (claim_id, text, title) in enumerate(rows, 1):
                if progress and done % 10_000 == 0:
                    progress(done, None)
                yield entry_for(claim_id, text, title)

        index = index_for(conn)
        if hasattr(index, "create"):
            index.create(conn)
        return index.rebuild(conn, entries())
