"""The vector indexes agree with an exact scan: nearest claims, cosines, replaced vectors, the switch to cells, and a
large backlog read in the background while matching stays lexical."""

import threading

import numpy as np
import pytest

from workbench.matching import vector_index
from workbench.matching.calibration import MODEL
from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.matching.vector_index import ClaimVectors, ExactVectorIndex, IvfVectorIndex
from workbench.matching.vectors import quantize, unit_rows


def _vectors(n: int, seed: int = 3) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((n, 64)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.mark.parametrize("cells", [8, 1])  # one cell of 500 rows: the scan converts it in several slices
def test_cells_probing_every_cell_find_what_an_exact_scan_finds(cells):
    vectors = quantize(_vectors(500))
    ids = np.arange(1, 501, dtype=np.int64)
    exact, cells = ExactVectorIndex(64), IvfVectorIndex(64, cells=cells, probes=cells)
    exact.add(ids, vectors)
    cells.train(unit_rows(vectors))
    cells.add(ids, vectors)
    query = _vectors(1, seed=9)[0]
    assert [i for i, _ in cells.nearest(query, 10)] == [i for i, _ in exact.nearest(query, 10)]
    assert np.allclose(list(cells.cosines(query, [5, 77]).values()), list(exact.cosines(query, [5, 77]).values()))
    assert list(cells.cosines(query, [77, 9_999, 5])) == [77, 5]  # a claim with no vector has no cosine


def test_a_replaced_vector_is_found_by_its_new_value_only():
    vectors = quantize(_vectors(200))
    ids = np.arange(1, 201, dtype=np.int64)
    cells = IvfVectorIndex(64, cells=4, probes=4)
    cells.train(unit_rows(vectors))
    cells.add(ids, vectors)
    target = _vectors(1, seed=21)[0]
    cells.add(np.array([7]), quantize(target[None, :]))
    found = cells.nearest(target, 3)
    assert found[0][0] == 7 and found[0][1] > 0.99 and [i for i, _ in found].count(7) == 1
    assert len(cells) == 200


def test_claim_vectors_move_into_cells_past_the_exhaustive_limit(monkeypatch):
    monkeypatch.setattr(vector_index, "EXHAUSTIVE_LIMIT", 300)
    vectors = quantize(_vectors(600))
    index = ClaimVectors("test", 64)
    index.add(np.arange(1, 251, dtype=np.int64), vectors[:250])
    assert isinstance(index.index, ExactVectorIndex)
    index.add(np.arange(251, 601, dtype=np.int64), vectors[250:])
    assert isinstance(index.index, IvfVectorIndex) and len(index.index) == 600
    probe = unit_rows(vectors[[42]])[0]
    assert index.nearest(probe, 1)[0][0] == 43


def test_cells_filled_in_several_additions_hold_every_vector_once_at_its_place():
    vectors = quantize(_vectors(900, seed=5))
    ids = np.arange(1, 901, dtype=np.int64)
    exact, cells = ExactVectorIndex(64), IvfVectorIndex(64, cells=16, probes=16)
    exact.add(ids, vectors)
    cells.train(unit_rows(vectors[:300]))
    for part in (slice(0, 250), slice(250, 700), slice(700, 900)):
        cells.add(ids[part], vectors[part])
    assert len(cells) == 900 and sorted(np.concatenate(cells.cell_ids).tolist()) == ids.tolist()
    for claim_id in (1, 251, 899):
        assert cells.cell_ids[cells.cell_of[claim_id]][cells.row_of[claim_id]] == claim_id
    query = _vectors(1, seed=13)[0]
    assert [i for i, _ in cells.nearest(query, 25)] == [i for i, _ in exact.nearest(query, 25)]



def _store_vectors(db, folder, count: int, model: str = "test") -> np.ndarray:
    """count archive claims, each with a vector of model (ids 1..count)."""
    from sqlalchemy import insert

    from workbench.storage.models import ClaimVector
    from workbench.usecases.archive import import_claims_file

    archive = folder / "claims.tsv"
    archive.write_text("id\ttext\n" + "".join(f"c{i}\tclaim number {i}\n" for i in range(count)), encoding="utf-8")
    assert import_claims_file(db, archive).imported == count
    vectors = quantize(_vectors(count, seed=17))
    with db.writing() as session:
        ids = [i for (i,) in session.connection().exec_driver_sql("SELECT id FROM claim ORDER BY id")]
        session.execute(insert(ClaimVector), [{"claim_id": i, "model": model, "vector": v.tobytes()}
                                              for i, v in zip(ids, vectors, strict=True)])
    return ids, vectors


class _TestEncoder:
    model, dimension = "test", 64

    def encode(self, texts):
        return _vectors(len(texts), seed=len(texts[0]))


@pytest.fixture
def test_encoder():
    from workbench.matching import encoder

    saved = dict(encoder._state)
    encoder.use_encoder(_TestEncoder())
    yield
    encoder._state.clear()
    encoder._state.update(saved)


def test_a_large_backlog_is_read_in_the_background_and_answers_once_read(db, tmp_path, monkeypatch, test_encoder):
    monkeypatch.setattr(vector_index, "BACKGROUND_BACKLOG", 100)
    monkeypatch.setattr(vector_index, "_READ_BATCH", 50)
    ids, vectors = _store_vectors(db, tmp_path, 400)
    index = ClaimVectors("test", 64)
    monkeypatch.setattr(vector_index, "_by_database", {(str(db.engine.url), "test"): index})
    seen = {}

    def match_meanwhile():
        with db.reading() as session:
            seen["index"] = vector_index.claim_vectors(session.connection(), "test", 64)
            seen["building"] = index.building()
            seen["ranked"] = rank(session.connection(), "claim number 7", settings=MatchSettings(), model=MODEL)

    with index.lock:  # the background reader is held up: a match meanwhile must not wait for it
        worker = threading.Thread(target=match_meanwhile)
        worker.start()
        worker.join(timeout=30)
        assert not worker.is_alive(), "a match waited for the vector index"
    assert seen["index"] is None and seen["building"]
    assert seen["ranked"] and all(s.cosine is None for s in seen["ranked"])  # lexical only, at once
    index.builder.join(timeout=60)
    assert not index.building() and index.progress[0] == index.progress[1] >= 400
    with db.reading() as session:
        ready = vector_index.claim_vectors(session.connection(), "test", 64)
    assert ready is index and len(ready.index) == 400
    assert ready.nearest(unit_rows(vectors[[9]])[0], 1)[0][0] == ids[9]
    with db.reading() as session:
        ranked = rank(session.connection(), "claim number 7", settings=MatchSettings(), model=MODEL)
    assert all(s.cosine is not None for s in ranked)  # semantic once the index is read
