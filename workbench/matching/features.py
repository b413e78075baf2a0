"""What the rescorer knows about a candidate: lexical overlap weighted by rarity, fuzzy and root overlap, BM25,
and (when both sides have sentence vectors) their cosine.

Every feature lies in 0..1, so fixed weights (workbench.matching.calibration) apply at any collection size.
"""

import math
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz, process

from workbench.matching.index import Candidate
from workbench.matching.terms import root, skeleton

FEATURES = ("bm25_rel", "bm25_abs", "stored_cover", "query_cover", "title_cover", "token_set", "fuzzy_cover",
            "long_stored", "pair_cover", "bm25_rank", "both_cover", "root_cover")
SEMANTIC_FEATURES = ("cosine", "cosine_gap", "cosine_squared", "cosine_x_query_cover", "cosine_x_stored_cover",
                     "query_length", "query_short", "cosine_above_0.6", "cosine_gap_capped")
FUZZY_CUTOFF = 80.0


@dataclass
class Query:
    """A query's terms with their rarity (idf), ready for feature computation."""

    terms: list[str]
    idf: dict[str, float]
    default_idf: float

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.default_idf)


def idf(df: int, n: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def _cover(part: set[str], whole: list[str], weight) -> float:
    total = sum(weight(t) for t in whole)
    return sum(weight(t) for t in whole if t in part) / total if total else 0.0


def features(query: Query, candidates: list[Candidate]) -> list[list[float]]:
    """One feature vector (in FEATURES order) per candidate."""
    q_set = set(query.terms)
    q_unique = list(dict.fromkeys(query.terms))
    q_skeletons = [skeleton(t) for t in q_unique]
    q_string = " ".join(q_skeletons)
    q_mass = sum(query.weight(t) for t in q_unique) or 1.0
    best = max((c.relevance for c in candidates), default=1.0) or 1.0
    q_pairs = set(pairwise(query.terms))
    q_roots = {root(t) for t in q_unique}
    # Candidates share many terms: what the features need of a stored term is worked out once per query.
    seen: dict[str, tuple[float, float, float, str]] = {}

    def about(term: str) -> tuple[float, float, float, str]:
        """(its weight, its weight if in the query else 0, its fuzzy credit, its skeleton)"""
        found = seen.get(term)
        if found is None:
            weight, folded = query.weight(term), skeleton(term)
            if term in q_set:
                fuzzy = weight
            elif len(term) > 3 and process.extractOne(folded, q_skeletons, scorer=fuzz.ratio,
                                                      score_cutoff=FUZZY_CUTOFF):
                fuzzy = 0.8 * weight
            else:
                fuzzy = 0.0
            found = seen[term] = (weight, weight if term in q_set else 0.0, fuzzy, folded)
        return found

    rows = []
    for position, c in enumerate(candidates):
        words = c.terms.split()
        stored = list(dict.fromkeys(words))
        title = list(dict.fromkeys(c.title_terms.split()))
        shared = q_set & (set(stored) | set(title))
        facts = [about(t) for t in stored]
        stored_mass = sum(f[0] for f in facts)
        stored_cover = sum(f[1] for f in facts) / stored_mass if stored_mass else 0.0
        query_cover = sum(query.weight(t) for t in shared) / q_mass
        pairs = list(pairwise(words))
        rows.append([
            c.relevance / best,
            min(1.0, c.relevance / q_mass),
            stored_cover,
            query_cover,
            _cover(q_set, title, query.weight),
            fuzz.token_set_ratio(q_string, " ".join(f[3] for f in facts)) / 100.0,
            sum(f[2] for f in facts) / stored_mass if stored_mass else 0.0,
            min(1.0, len(stored) / 12.0),
            sum(1 for p in pairs if p in q_pairs) / len(pairs) if pairs else 0.0,
            1.0 / (1 + position),
            stored_cover * query_cover,
            sum(f[0] for t, f in zip(stored, facts, strict=True) if root(t) in q_roots) / stored_mass
            if stored_mass else 0.0,
        ])
    return rows


def semantic_features(cosine: float, best_cosine: float, lexical: list[float], query_terms: int) -> list[float]:
    """The sentence vectors' cosine, how far it falls short of the query's best candidate, and how it combines
    with word overlap and the query's length (a short generic query is similar to many claims in topic only)."""
    gap = best_cosine - cosine
    query_cover, stored_cover = lexical[FEATURES.index("query_cover")], lexical[FEATURES.index("stored_cover")]
    return [cosine, gap, cosine * cosine, cosine * query_cover, cosine * stored_cover, min(1.0, query_terms / 20),
            1.0 if query_terms < 5 else 0.0, max(0.0, cosine - 0.6), min(gap, 0.3)]
