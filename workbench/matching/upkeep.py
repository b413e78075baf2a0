"""Keeping the claim index and vectors right on every ORM write: new claims, text/title edits, deletes, restores.

`install_index_upkeep()` listens to every SQLAlchemy Session's after_flush, so any use case that stores
or edits a Claim through the ORM (article import, create/split/merge/set_span, delete/restore) updates
the index at once, and the claim's sentence vector when its text is new, in one batch before the same
transaction commits (more than a few hundred claims are left to the backfill). Bulk paths (archive import)
write index rows themselves and leave vectors to the backfill.
"""

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from workbench.matching.encoder import current_encoder
from workbench.matching.index import entry_for, index_for
from workbench.matching.vectors import store_vectors
from workbench.storage.models import Claim

_WATCHED = ("text", "source_title", "deleted")
_PENDING = "isnad_claims_to_encode"
# More new or edited claims than this in one action (a long article) are left to the backfill, so that the
# write transaction does not wait for the encoder.
_INLINE_LIMIT = 256
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
    if not pending or len(pending) > _INLINE_LIMIT:
        return  # a big import is matchable by its words at once; the background backfill encodes it
    # A soft-deleted claim keeps its vector for a restore; without an encoder the backfill catches up.
    store_vectors(session.connection(), current_encoder(), sorted(pending.items()))


def install_index_upkeep() -> None:
    """Start keeping the index right on every Session flush (idempotent)."""
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
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
