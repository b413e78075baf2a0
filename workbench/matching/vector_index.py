"""Nearest stored claims by sentence vector, whatever their language: exhaustive numpy, or HNSW (usearch) at scale.

The index lives in memory, one per database and model, and keeps up with the claim_vector table by reading
the rows after the last id it saw (ids only grow; a replaced vector is a new row). Deleted claims may
linger in it: callers filter hits against the claim table, as they do for lexical hits.
"""

import threading

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from workbench.matching.vectors import unit_rows
from workbench.storage.models import ClaimVector

EXHAUSTIVE_LIMIT = 100_000  # above this many vectors a query scans an HNSW graph instead of every vector
_READ_BATCH = 50_000


class ExactVectorIndex:
    """Every vector as a float32 row; a query is one matrix-vector product (exact, ~1 ms per 10k claims)."""

    def __init__(self, dimension: int) -> None:
        self.dimension = dimension
        self.ids = np.zeros(0, dtype=np.int64)
        self.rows = np.zeros((0, dimension), dtype=np.float32)
        self.position: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.position)

    def add(self, ids: np.ndarray, quantized: np.ndarray) -> None:
        rows = unit_rows(quantized)
        fresh = []
        for k, claim_id in enumerate(ids.tolist()):
            at = self.position.get(claim_id)
            if at is None:
                fresh.append(k)
            else:
                self.rows[at] = rows[k]
        if fresh:
            start = len(self.ids)
            self.ids = np.concatenate([self.ids, ids[fresh]])
            self.rows = np.concatenate([self.rows, rows[fresh]])
            self.position.update((int(i), start + n) for n, i in enumerate(ids[fresh]))

    def nearest(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not len(self.ids):
            return []
        scores = self.rows @ query
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[i]), float(scores[i])) for i in top]

    def cosines(self, query: np.ndarray, claim_ids: list[int]) -> dict[int, float]:
        at = [(i, self.position[i]) for i in claim_ids if i in self.position]
        if not at:
            return {}
        scores = self.rows[[p for _, p in at]] @ query
        return {i: float(s) for (i, _), s in zip(at, scores, strict=True)}

    def memory_bytes(self) -> int:
        return self.rows.nbytes + self.ids.nbytes


class HnswVectorIndex:
    """int8 vectors in a usearch HNSW graph: approximate, ~1 ms per query at a million claims."""

    def __init__(self, dimension: int, *, connectivity: int = 12, expansion_search: int = 48) -> None:
        from usearch.index import Index

        self.dimension = dimension
        self.index = Index(ndim=dimension, metric="cos", dtype="i8", connectivity=connectivity,
                           expansion_add=64, expansion_search=expansion_search)

    def __len__(self) -> int:
        return len(self.index)

    def add(self, ids: np.ndarray, quantized: np.ndarray) -> None:
        present = [i for i in ids.tolist() if self.index.contains(i)]
        if present:
            self.index.remove(present)
        self.index.add(ids.astype(np.uint64), quantized, threads=1)

    def nearest(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not len(self.index):
            return []
        found = self.index.search(query.astype(np.float32), k, threads=1)
        return [(int(key), 1.0 - float(distance)) for key, distance in zip(found.keys, found.distances, strict=True)]

    def cosines(self, query: np.ndarray, claim_ids: list[int]) -> dict[int, float]:
        known = [i for i in claim_ids if self.index.contains(i)]
        if not known:
            return {}
        stored = self.index.get(np.array(known, dtype=np.uint64), dtype=np.int8)
        scores = unit_rows(np.asarray(stored).reshape(len(known), self.dimension)) @ query
        return {i: float(s) for i, s in zip(known, scores, strict=True)}

    def memory_bytes(self) -> int:
        return int(self.index.memory_usage)


class ClaimVectors:
    """The vector index of one database and model, brought up to date with the table before each use."""

    def __init__(self, model: str, dimension: int) -> None:
        self.model, self.dimension = model, dimension
        self.index: ExactVectorIndex | HnswVectorIndex = ExactVectorIndex(dimension)
        self.last_id = 0
        self.lock = threading.Lock()

    def catch_up(self, conn: Connection) -> None:
        with self.lock:
            newest = conn.execute(select(func.max(ClaimVector.id))).scalar() or 0
            if newest < self.last_id:  # the database was replaced by another file at the same place
                self.index, self.last_id = ExactVectorIndex(self.dimension), 0
            while self.last_id < newest:
                rows = conn.execute(select(ClaimVector.id, ClaimVector.claim_id, ClaimVector.vector)
                                    .where(ClaimVector.id > self.last_id, ClaimVector.model == self.model)
                                    .order_by(ClaimVector.id).limit(_READ_BATCH)).all()
                if not rows:
                    return
                self.last_id = rows[-1][0]
                ids = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
                quantized = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.int8).reshape(len(rows), -1)
                self.add(ids, quantized)

    def nearest(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k claims whose vectors are closest to query, as (claim id, cosine), closest first."""
        return self.index.nearest(query, k)

    def cosines(self, query: np.ndarray, claim_ids: list[int]) -> dict[int, float]:
        """Cosine with query of each of these claims that has a vector."""
        return self.index.cosines(query, claim_ids)

    def add(self, ids: np.ndarray, quantized: np.ndarray) -> None:
        if isinstance(self.index, ExactVectorIndex) and len(self.index) + len(ids) > EXHAUSTIVE_LIMIT:
            self.index = self._as_hnsw(self.index)
        self.index.add(ids, quantized)

    def _as_hnsw(self, exact: ExactVectorIndex) -> HnswVectorIndex:
        from workbench.matching.vectors import quantize

        graph = HnswVectorIndex(self.dimension)
        if len(exact):
            graph.add(exact.ids, quantize(exact.rows))
        return graph


_lock = threading.Lock()
_by_database: dict[tuple[str, str], ClaimVectors] = {}


def claim_vectors(conn: Connection, model: str, dimension: int) -> ClaimVectors:
    """This database's vector index for model, up to date with its claim_vector rows."""
    key = (str(conn.engine.url), model)
    with _lock:
        vectors = _by_database.get(key)
        if vectors is None:
            vectors = _by_database[key] = ClaimVectors(model, dimension)
    vectors.catch_up(conn)
    return vectors
