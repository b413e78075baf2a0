"""What a query may cost at scale: which of its terms reach the index, and one BLAS thread for the vector scan."""

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from workbench.matching.matcher import _query_groups
from workbench.matching.vector_index import ClaimVectors
from workbench.matching.vectors import quantize


@pytest.mark.parametrize(("df", "expected"), [
    # rare words: all of them, up to the budget of terms
    ({"qatar": 3, "stadium": 40, "workers": 900, "died": 1_200}, [["qatar"], ["stadium"], ["workers"], ["died"]]),
    # common words past a rare one: the first few may read twice the postings, later ones only the budget
    ({"taitz": 20, "white": 2_500, "video": 3_000, "year": 3_500}, [["taitz"], ["white"], ["video"]]),
    # only common words: the rarest is always searched, whatever it costs
    ({"the": 90_000, "year": 60_000}, [["year"]]),
    ({"rare": 5, "absent": 0}, [["rare"]]),  # a term the index lacks is never searched
])
def test_the_rarest_terms_are_searched_within_the_postings_budget(df, expected):
    assert _query_groups(list(df), df, 40, 3_000) == expected


def test_arabic_spelling_variants_search_together_and_count_together():
    df = {"جوجل": 30, "غوغل": 50, "قوقل": 0, "شركة": 5_000}
    assert _query_groups(["غوغل", "شركة"], df, 40, 3_000)[0] in (["غوغل", "جوجل"], ["جوجل", "غوغل"])


def test_the_vector_scan_runs_on_one_blas_thread(monkeypatch):
    if all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas"):
        pytest.skip("BLAS already runs one thread here: nothing to tell apart")
    rows = np.random.default_rng(1).standard_normal((50, 16)).astype(np.float32)
    vectors = ClaimVectors("test", 16)
    vectors.add(np.arange(1, 51, dtype=np.int64), quantize(rows))
    seen = []
    scan = vectors.index.nearest

    def spy(query, k):
        seen.append({lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"})
        return scan(query, k)

    monkeypatch.setattr(vectors.index, "nearest", spy)
    assert vectors.nearest(rows[3] / np.linalg.norm(rows[3]), 1)[0][0] == 4
    assert seen == [{1}]
