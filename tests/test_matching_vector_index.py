"""The vector indexes agree with an exact scan: nearest claims, cosines, replaced vectors, and the switch to cells."""

import numpy as np

from workbench.matching import vector_index
from workbench.matching.vector_index import ClaimVectors, ExactVectorIndex, IvfVectorIndex
from workbench.matching.vectors import quantize, unit_rows


def _vectors(n: int, seed: int = 3) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((n, 64)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_cells_probing_every_cell_find_what_an_exact_scan_finds():
    vectors = quantize(_vectors(500))
    ids = np.arange(1, 501, dtype=np.int64)
    exact, cells = ExactVectorIndex(64), IvfVectorIndex(64, cells=8, probes=8)
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

