"""Claim vectors in the database: int8 storage, encoding claims in batches, and the backfill of missing ones.

A claim is matchable lexically from the moment it is stored; its vector arrives just after the action that
stored it or changed its text commits (workbench.matching.upkeep), or with the backfill (for databases older than the vectors, or a model change).
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from workbench.matching.encoder import SentenceEncoder, current_encoder, safe_encode
from workbench.storage.models import Claim, ClaimVector

BATCH = 256  # claims encoded per call: the encoder's throughput is flat from here, and a batch takes ~0.5 s


def quantize(vectors: np.ndarray) -> np.ndarray:
    """int8 rows, each scaled so its largest component is ±127 (cosine needs no scale back)."""
    peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    return np.round(vectors * (127.0 / peak)).astype(np.int8)


def unit_rows(quantized: np.ndarray) -> np.ndarray:
    """float32 rows of length 1 from stored int8 rows."""
    rows = quantized.astype(np.float32)
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


def missing_count(conn: Connection, model: str) -> int:
    """Live claims with no vector from this model."""
    return conn.execute(select(func.count()).select_from(_missing_query(model).subquery())).scalar_one()


def _missing_query(model: str):
    has_vector = select(ClaimVector.id).where(ClaimVector.claim_id == Claim.id, ClaimVector.model == model).exists()
    return select(Claim.id, Claim.text).where(Claim.deleted.is_(False), ~has_vector)


def write_vectors(conn: Connection, model: str, claims: list[tuple[int, str]], vectors: np.ndarray) -> int:
    """Store the vectors encoded from (claim id, text) pairs, replacing older ones, for the claims whose text
    is still the one encoded (one edited meanwhile got a fresh vector from that write); returns how many."""
    current = dict(conn.execute(select(Claim.id, Claim.text).where(Claim.id.in_([i for i, _ in claims]))).all())
    fresh = [(i, v) for (i, text), v in zip(claims, quantize(vectors), strict=True) if current.get(i) == text]
    if fresh:
        conn.execute(delete(ClaimVector).where(ClaimVector.claim_id.in_([i for i, _ in fresh])))
        conn.execute(insert(ClaimVector), [{"claim_id": i, "model": model, "vector": v.tobytes()} for i, v in fresh])
    return len(fresh)


@dataclass(frozen=True)
class BackfillResult:
    """What a backfill did: vectors stored, claims still without one, and whether it could run at all."""

    encoded: int
    remaining: int
    available: bool = True
    cancelled: bool = False


def backfill(db, *, progress: Callable[[int, int | None], None] | None = None,
             cancelled: Callable[[], bool] | None = None, encoder: SentenceEncoder | None = None,
             batch: int = BATCH) -> BackfillResult:
    """Give every live claim lacking one a vector, a batch per transaction; safe to stop and run again.

    Encoding happens outside the write transaction, so other writers wait only for the insert.
    """
    encoder = encoder or current_encoder()
    if encoder is None:
        return BackfillResult(0, 0, available=False)
    with db.reading() as session:
        total = missing_count(session.connection(), encoder.model)
    done, after = 0, 0
    while True:
        if cancelled and cancelled():
            return BackfillResult(done, total - done, cancelled=True)
        with db.reading() as session:
            rows = session.execute(_missing_query(encoder.model).where(Claim.id > after)
                                   .order_by(Claim.id).limit(batch)).all()
        if not rows:
            break
        after = rows[-1][0]
        vectors = safe_encode(encoder, [text for _, text in rows])
        if vectors is None:
            return BackfillResult(done, total - done, available=False)
        with db.writing() as session:
            write_vectors(session.connection(), encoder.model, [tuple(r) for r in rows], vectors)
        done += len(rows)
        if progress:
            progress(min(done, total), total)
    return BackfillResult(done, 0)
