"""Rescoring features on hand-built candidates: word overlap weighted by rarity, respelled names, roots."""

import pytest

from workbench.matching.features import FEATURES, Query, features
from workbench.matching.index import Candidate


def _feature(name: str, query: Query, stored: str, title: str = "") -> float:
    return features(query, [Candidate(1, 2.0, stored, title)])[0][FEATURES.index(name)]


QUERY = Query(["lavrov", "said", "sanctions"], {"lavrov": 6.0, "said": 1.0, "sanctions": 3.0}, 2.0)


@pytest.mark.parametrize(("name", "stored", "expected"), [
    ("stored_cover", "lavrov said", 7.0 / 7.0),
    ("stored_cover", "lavrov warned", 6.0 / 8.0),  # "warned" is not in the query: the typical weight, 2.0
    ("query_cover", "lavrov warned", 6.0 / 10.0),
    ("fuzzy_cover", "lavrof said", (0.8 * 2.0 + 1.0) / 3.0),  # a respelled name earns 0.8 of its weight
    ("fuzzy_cover", "moscow said", 1.0 / 3.0),  # an unrelated word earns nothing
    ("long_stored", "lavrov said", 2.0 / 12.0),
    ("pair_cover", "lavrov said moscow", 1.0 / 2.0),  # "lavrov said" is a query pair, "said moscow" is not
])
def test_word_overlap_features(name, stored, expected):
    assert _feature(name, QUERY, stored) == pytest.approx(expected)


def test_a_stored_term_repeated_in_many_candidates_counts_the_same_in_each():
    rows = features(QUERY, [Candidate(i, 1.0, "lavrof warned", "") for i in range(1, 4)])
    fuzzy = FEATURES.index("fuzzy_cover")
    assert [r[fuzzy] for r in rows] == [pytest.approx(0.8 * 2.0 / 4.0)] * 3


def test_arabic_terms_sharing_a_root_are_credited():
    query = Query(["تظاهر", "بغداد"], {"تظاهر": 4.0, "بغداد": 4.0}, 4.0)
    assert _feature("root_cover", query, "متظاهر بغداد") == pytest.approx(1.0)
    assert _feature("root_cover", query, "مطار بغداد") == pytest.approx(0.5)
