"""Nearest stored claims by sentence vector, whatever their language: exhaustive numpy, or an inverted file at scale.

The index lives in memory, one per database and model, and keeps up with the claim_vector table by reading
the rows after the last id it saw (ids only grow; a replaced vector is a new row). Deleted claims may
linger in it: callers filter hits against the claim table, as they do for lexical hits.
"""

import ctypes
import sys
import threading
from contextlib import suppress
from functools import lru_cache

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Connection
from threadpoolctl import ThreadpoolController

from workbench.matching.vectors import unit_rows
from workbench.storage.models import ClaimVector

EXHAUSTIVE_LIMIT = 100_000  # above this many vectors a query scans the nearest cells instead of every vector
BACKGROUND_BACKLOG = 50_000  # more new rows than this are read into the index by a background thread
_READ_BATCH = 50_000
_SCAN_ROWS = 256  # int8 rows converted to float32 at a time by a query's scan


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread: a query's products are small, and BLAS threads
    spinning for a share of 2 busy cores cost 4× the CPU time of the scan itself (170 of 220 ms at 1M)."""
    return _blas().limit(limits=1, user_api="blas")


def release_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing).

    Reading a million vectors frees ~180 MB of batch buffers and outgrown cell arrays scattered through the
    heap; glibc keeps such pages as the process's memory until asked, which put the index over 700 MB.
    """
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):  # not glibc (musl has no malloc_trim): nothing to give back
            ctypes.CDLL(None).malloc_trim(0)


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


class IvfVectorIndex:
    """An inverted file of int8 vectors: spherical k-means cells, a query scans the `probes` nearest cells.

    At a million claims that is ~16k vectors per query (a few ms) in 512 MB of int8 rows, where an exact
    float32 scan needs 2 GB and an HNSW graph (usearch) took minutes per 100k vectors to build on this
    machine and ~850 MB at a million. Cells are trained once, on the vectors present when it is built.
    """

    def __init__(self, dimension: int, *, cells: int = 1024, probes: int = 16) -> None:
        self.dimension, self.cells, self.probes = dimension, cells, probes
        self.centroids = np.zeros((0, dimension), dtype=np.float32)
        self.cell_ids: list[np.ndarray] = []
        self.cell_rows: list[np.ndarray] = []
        self.cell_scale: list[np.ndarray] = []  # 1 / length of each int8 row, so a query needs no normalizing
        self.cell_of = np.zeros(0, dtype=np.int32)  # by claim id: its cell, -1 for none
        self.row_of = np.zeros(0, dtype=np.int32)  # by claim id: its row in that cell
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def train(self, sample: np.ndarray, *, iterations: int = 6, seed: int = 0) -> None:
        """Cells from unit-length sample rows (spherical k-means, seeded by a random choice of rows)."""
        rng = np.random.default_rng(seed)
        cells = min(self.cells, len(sample))
        centroids = sample[rng.choice(len(sample), cells, replace=False)].copy()
        for _ in range(iterations):
            nearest = np.argmax(sample @ centroids.T, axis=1)
            sums = np.zeros_like(centroids)
            np.add.at(sums, nearest, sample)
            empty = ~sums.any(axis=1)
            sums[empty] = centroids[empty]
            centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        self.centroids = centroids.astype(np.float32)
        self.cell_ids = [np.zeros(0, dtype=np.int64) for _ in range(cells)]
        self.cell_rows = [np.zeros((0, self.dimension), dtype=np.int8) for _ in range(cells)]
        self.cell_scale = [np.zeros(0, dtype=np.float32) for _ in range(cells)]

    def _forget(self, ids: np.ndarray) -> None:
        known = ids[ids < len(self.cell_of)]
        known = known[self.cell_of[known] >= 0]
        for claim_id in known.tolist():
            self.cell_ids[self.cell_of[claim_id]][self.row_of[claim_id]] = -1  # a replaced vector is skipped
            self.count -= 1

    def add(self, ids: np.ndarray, quantized: np.ndarray) -> None:
        self._forget(ids)
        if not len(ids):
            return
        top = int(ids.max()) + 1
        if top > len(self.cell_of):
            grow = max(top, len(self.cell_of) * 3 // 2) - len(self.cell_of)
            self.cell_of = np.concatenate([self.cell_of, np.full(grow, -1, dtype=np.int32)])
            self.row_of = np.concatenate([self.row_of, np.zeros(grow, dtype=np.int32)])
        nearest, scale = np.empty(len(ids), dtype=np.intp), np.empty(len(ids), dtype=np.float32)
        for start in range(0, len(ids), 20_000):  # float32 a slice at a time: a whole batch would be 4× its size
            floats = quantized[start:start + 20_000].astype(np.float32)
            part = scale[start:start + 20_000] = 1.0 / np.maximum(np.linalg.norm(floats, axis=1), 1e-12)
            nearest[start:start + 20_000] = np.argmax((floats * part[:, None]) @ self.centroids.T, axis=1)
        # Each cell grows once per call, its new members in the batch's order: growing it once per slice
        # copied every cell three times per batch while a million vectors were read.
        order = np.argsort(nearest, kind="stable")
        cells, starts = np.unique(nearest[order], return_index=True)
        for cell, members in zip(cells.tolist(), np.split(order, starts[1:]), strict=True):
            offset = len(self.cell_ids[cell])
            self.cell_ids[cell] = np.concatenate([self.cell_ids[cell], ids[members]])
            self.cell_rows[cell] = np.concatenate([self.cell_rows[cell], quantized[members]])
            self.cell_scale[cell] = np.concatenate([self.cell_scale[cell], scale[members]])
            self.cell_of[ids[members]] = cell
            self.row_of[ids[members]] = offset + np.arange(len(members), dtype=np.int32)
        self.count += len(ids)

    def nearest(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not self.count:
            return []
        probed = np.argsort(-(self.centroids @ query))[: self.probes]
        ids = np.concatenate([self.cell_ids[c] for c in probed])
        query = query.astype(np.float32)
        scores, done = np.empty(len(ids), dtype=np.float32), 0
        # int8 rows become float32 a slice at a time, in one small buffer that stays in the CPU's cache:
        # converting whole cells wrote 32 MB per query, and that cost more than the products.
        buffer = np.empty((_SCAN_ROWS, self.dimension), dtype=np.float32)
        for cell in probed.tolist():
            rows = self.cell_rows[cell]
            for start in range(0, len(rows), _SCAN_ROWS):
                part = rows[start:start + _SCAN_ROWS]
                floats = buffer[:len(part)]
                np.copyto(floats, part, casting="unsafe")
                np.dot(floats, query, out=scores[done:done + len(part)])
                done += len(part)
        scores *= np.concatenate([self.cell_scale[c] for c in probed])
        live = ids >= 0
        ids, scores = ids[live], scores[live]
        if not len(ids):
            return []
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(ids[i]), float(scores[i])) for i in top]

    def cosines(self, query: np.ndarray, claim_ids: list[int]) -> dict[int, float]:
        ids = np.asarray([i for i in claim_ids if 0 <= i < len(self.cell_of)], dtype=np.int64)
        ids = ids[self.cell_of[ids] >= 0]
        if not len(ids):
            return {}
        rows = np.stack([self.cell_rows[c][r] for c, r in zip(self.cell_of[ids].tolist(), self.row_of[ids].tolist(),
                                                              strict=True)])
        return dict(zip(ids.tolist(), (unit_rows(rows) @ query).tolist(), strict=True))

    def memory_bytes(self) -> int:
        return (sum(r.nbytes for r in self.cell_rows) + sum(i.nbytes for i in self.cell_ids)
                + sum(c.nbytes for c in self.cell_scale)
                + self.cell_of.nbytes + self.row_of.nbytes + self.centroids.nbytes)


class ClaimVectors:
    """The vector index of one database and model, brought up to date with the table before each use.

    A backlog of more than BACKGROUND_BACKLOG rows (the first use at a million claims: tens of seconds) is
    read by a thread of its own; until it is done the index is not `ready` and matching stays lexical, so
    no match waits for it.
    """

    def __init__(self, model: str, dimension: int) -> None:
        self.model, self.dimension = model, dimension
        self.index: ExactVectorIndex | IvfVectorIndex = ExactVectorIndex(dimension)
        self.last_id = 0
        self.lock = threading.Lock()  # held while the index changes or answers
        self.starting = threading.Lock()  # one background catch-up at a time
        self.builder: threading.Thread | None = None
        self.progress = (0, 0)  # (rows read, rows to read) of the catch-up running or last done

    def building(self) -> bool:
        """Whether a background catch-up is running."""
        return self.builder is not None and self.builder.is_alive()

    def refresh(self, conn: Connection, *, wait: bool = False) -> bool:
        """Catch up with the table, in the background when the backlog is large (unless wait); returns
        whether the index is up to date and can answer now."""
        with self.starting:
            if self.building() and not wait:
                return False
            if not self.building() and not wait and self._newest(conn) - self.last_id > BACKGROUND_BACKLOG:
                self.builder = threading.Thread(target=self._catch_up_apart, args=(conn.engine,), daemon=True,
                                                name="isnad-vector-index")
                self.builder.start()
                return False
        self.catch_up(conn)  # waits for a background catch-up running, then reads what came after it
        return True

    def _catch_up_apart(self, engine) -> None:
        try:
            with engine.connect() as conn:
                self.catch_up(conn)
        except Exception as error:  # matching stays lexical; the next match tries again
            print(f"isnad: the vector index could not be read ({type(error).__name__}: {error}); "
                  "matching is lexical only meanwhile", file=sys.stderr)

    def _newest(self, conn: Connection) -> int:
        # Asked before every match: plain SQL (the same on every database) skips compiling a statement.
        return conn.exec_driver_sql(f"SELECT max(id) FROM {ClaimVector.__tablename__}").scalar() or 0

    def catch_up(self, conn: Connection) -> None:
        with self.lock:
            newest = self._newest(conn)
            if newest < self.last_id:  # the database was replaced by another file at the same place
                self.index, self.last_id = ExactVectorIndex(self.dimension), 0
            first = self.last_id
            self.progress = (0, newest - first)
            while self.last_id < newest:
                rows = conn.execute(select(ClaimVector.id, ClaimVector.claim_id, ClaimVector.vector)
                                    .where(ClaimVector.id > self.last_id, ClaimVector.model == self.model)
                                    .order_by(ClaimVector.id).limit(_READ_BATCH)).all()
                if not rows:
                    break
                self.last_id = rows[-1][0]
                ids = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
                quantized = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.int8).reshape(len(rows), -1)
                self.add(ids, quantized)
                self.progress = (self.last_id - first, newest - first)
            self.progress = (newest - first, newest - first)
            if newest - first > BACKGROUND_BACKLOG:
                release_freed_memory()

    def nearest(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k claims whose vectors are closest to query, as (claim id, cosine), closest first."""
        with self.lock, one_blas_thread():
            return self.index.nearest(query, k)

    def cosines(self, query: np.ndarray, claim_ids: list[int]) -> dict[int, float]:
        """Cosine with query of each of these claims that has a vector."""
        with self.lock, one_blas_thread():
            return self.index.cosines(query, claim_ids)

    def add(self, ids: np.ndarray, quantized: np.ndarray) -> None:
        if isinstance(self.index, ExactVectorIndex) and len(self.index) + len(ids) > EXHAUSTIVE_LIMIT:
            self.index = self._as_cells(self.index, ids, quantized)
        self.index.add(ids, quantized)

    def _as_cells(self, exact: ExactVectorIndex, ids: np.ndarray, quantized: np.ndarray) -> IvfVectorIndex:
        """The exact index's vectors moved into cells trained on them and on the batch arriving."""
        from workbench.matching.vectors import quantize

        cells = IvfVectorIndex(self.dimension)
        sample = np.concatenate([exact.rows, unit_rows(quantized)])
        picked = np.random.default_rng(0).choice(len(sample), min(len(sample), 50_000), replace=False)
        cells.train(sample[picked])
        if len(exact):
            cells.add(exact.ids, quantize(exact.rows))
        return cells


_lock = threading.Lock()
_by_database: dict[tuple[str, str], ClaimVectors] = {}


def claim_vectors(conn: Connection, model: str, dimension: int, *, wait: bool = False) -> ClaimVectors | None:
    """This database's vector index for model, up to date with its claim_vector rows; None while a large
    backlog is read in the background (started by this call if need be), unless wait."""
    key = (str(conn.engine.url), model)
    with _lock:
        vectors = _by_database.get(key)
        if vectors is None:
            vectors = _by_database[key] = ClaimVectors(model, dimension)
    return vectors if vectors.refresh(conn, wait=wait) else None
