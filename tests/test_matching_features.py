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


def _one_at_a_time(query: Query, candidates: list[Candidate]) -> list[list[float]]:
    """The features as defined, one candidate and one term at a time: what the batched numpy version must equal."""
    from itertools import pairwise

    from rapidfuzz import fuzz, process

    from workbench.matching.features import FUZZY_CUTOFF
    from workbench.matching.terms import root, skeleton

    q_set, q_unique = set(query.terms), list(dict.fromkeys(query.terms))
    q_skeletons = [skeleton(t) for t in q_unique]
    q_mass = sum(query.weight(t) for t in q_unique) or 1.0
    best = max((c.relevance for c in candidates), default=1.0) or 1.0
    q_pairs, q_roots = set(pairwise(query.terms)), {root(t) for t in q_unique}

    def fuzzy(term):
        if term in q_set:
            return query.weight(term)
        close = len(term) > 3 and process.extractOne(skeleton(term), q_skeletons, scorer=fuzz.ratio,
                                                     score_cutoff=FUZZY_CUTOFF)
        return 0.8 * query.weight(term) if close else 0.0

    def cover(part, whole):
        total = sum(query.weight(t) for t in whole)
        return sum(query.weight(t) for t in whole if t in part) / total if total else 0.0

    rows = []
    for position, c in enumerate(candidates):
        words = c.terms.split()
        stored, title = list(dict.fromkeys(words)), list(dict.fromkeys(c.title_terms.split()))
        mass = sum(query.weight(t) for t in stored)
        stored_cover = cover(q_set, stored)
        query_cover = sum(query.weight(t) for t in q_set & (set(stored) | set(title))) / q_mass
        pairs = list(pairwise(words))
        rows.append([
            c.relevance / best, min(1.0, c.relevance / q_mass), stored_cover, query_cover, cover(q_set, title),
            fuzz.token_set_ratio(" ".join(q_skeletons), " ".join(skeleton(t) for t in stored)) / 100.0,
            sum(fuzzy(t) for t in stored) / mass if mass else 0.0, min(1.0, len(stored) / 12.0),
            sum(1 for p in pairs if p in q_pairs) / len(pairs) if pairs else 0.0, 1.0 / (1 + position),
            stored_cover * query_cover,
            sum(query.weight(t) for t in stored if root(t) in q_roots) / mass if mass else 0.0,
        ])
    return rows


@pytest.mark.parametrize(("query_text", "stored_texts"), [
    ("Lavrov said the sanctions on Russia will fail", [
        "Sergei Lavrov says sanctions against Russia failed", "Lavrof warned the sanctions would fail",
        "The weather in Moscow was cold", "", "sanctions sanctions sanctions Lavrov said"]),
    ("وزير الخارجية الروسي سيرغي لافروف قال إن العقوبات ستفشل", [
        "سيرجي لافروف: العقوبات على روسيا فشلت", "وزيـر الخارجيه الروسى قال ان العقوبات ستفشل",
        "الطقس في موسكو بارد", "فى موسكو قال لافروف إنّ العقوباتِ ستفشل", "المتظاهرون في بغداد"]),
    ("", ["anything at all"]),
])
def test_features_of_all_candidates_at_once_equal_those_one_at_a_time(query_text, stored_texts):
    from workbench.matching.terms import index_terms

    terms = index_terms(query_text)
    query = Query(terms, {t: 1.0 + len(t) / 3 for t in terms[::2]}, 2.5)  # some query terms unknown: default
    candidates = [Candidate(i, 10.0 - i, " ".join(index_terms(text)), " ".join(index_terms(text[:12])))
                  for i, text in enumerate(stored_texts)]
    assert features(query, candidates) == _one_at_a_time(query, candidates)


def test_no_candidates_no_features():
    assert features(QUERY, []) == []
