"""What the rescorer knows about a candidate: lexical overlap weighted by rarity, fuzzy and root overlap, BM25,
and (when both sides have sentence vectors) their cosine.

Every feature lies in 0..1, so fixed weights (workbench.matching.calibration) apply at any collection size.
"""

import math
from dataclasses import dataclass
from itertools import chain, pairwise, repeat

import numpy as np
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
    """One feature vector (in FEATURES order) per candidate.

    Computed for all candidates at once: what a stored term contributes is worked out once per distinct term
    (candidates share many), and the per-candidate sums are numpy bincounts, which add in the same order as
    a loop over each candidate's terms would.
    """
    if not candidates:
        return []
    q_set = set(query.terms)
    q_unique = list(dict.fromkeys(query.terms))
    q_skeletons = [skeleton(t) for t in q_unique]
    q_string = " ".join(q_skeletons)
    q_mass = sum(query.weight(t) for t in q_unique) or 1.0
    best = max((c.relevance for c in candidates), default=1.0) or 1.0
    q_pairs = set(pairwise(query.terms))
    q_roots = {root(t) for t in q_unique}

    # Each candidate's distinct stored terms, as positions in one vocabulary of the candidates' terms.
    words = [c.terms.split() for c in candidates]
    stored = [list(dict.fromkeys(w)) for w in words]
    terms = list(dict.fromkeys(chain.from_iterable(stored)))
    vocabulary = {t: k for k, t in enumerate(terms)}
    flat = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(stored)), dtype=np.intp)
    owner = np.repeat(np.arange(len(candidates)), [len(s) for s in stored])
    weight = np.fromiter(map(query.idf.get, terms, repeat(query.default_idf)), dtype=np.float64, count=len(terms))
    in_query = np.fromiter(map(q_set.__contains__, terms), dtype=bool, count=len(terms))
    folded = list(map(skeleton, terms))
    folded_of = dict(zip(terms, folded, strict=True))
    fuzzy = np.where(in_query, weight, 0.0)
    # A term not in the query earns 0.8 of its weight if its skeleton is close to a query term's.
    loose = [k for k, t in enumerate(terms) if not in_query[k] and len(t) > 3]
    if loose and q_skeletons:
        close = process.cdist([folded[k] for k in loose], q_skeletons, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                              dtype=np.float64).max(axis=1) >= FUZZY_CUTOFF
        fuzzy[np.asarray(loose)[close]] = 0.8 * weight[np.asarray(loose)[close]]
    rooted = np.fromiter(map(q_roots.__contains__, map(root, terms)), dtype=bool, count=len(terms))

    def per_candidate(values: np.ndarray, keep: np.ndarray | None = None) -> np.ndarray:
        chosen = slice(None) if keep is None else keep[flat]
        return np.bincount(owner[chosen], weights=values[flat][chosen], minlength=len(candidates))

    stored_mass = per_candidate(weight)
    has_mass = stored_mass != 0
    mass = np.where(has_mass, stored_mass, 1.0)
    stored_cover = np.where(has_mass, per_candidate(np.where(in_query, weight, 0.0)) / mass, 0.0)
    fuzzy_cover = np.where(has_mass, per_candidate(fuzzy) / mass, 0.0)
    root_cover = np.where(has_mass, per_candidate(weight, rooted) / mass, 0.0)

    rows = []
    for position, c in enumerate(candidates):
        title = list(dict.fromkeys(c.title_terms.split()))
        shared = q_set & (set(stored[position]) | set(title))
        query_cover = sum(query.weight(t) for t in shared) / q_mass
        pairs = list(pairwise(words[position]))
        skeletons = " ".join(map(folded_of.__getitem__, stored[position]))
        rows.append([
            c.relevance / best,
            min(1.0, c.relevance / q_mass),
            float(stored_cover[position]),
            query_cover,
            _cover(q_set, title, query.weight),
            fuzz.token_set_ratio(q_string, skeletons) / 100.0,
            float(fuzzy_cover[position]),
            min(1.0, len(stored[position]) / 12.0),
            sum(1 for p in pairs if p in q_pairs) / len(pairs) if pairs else 0.0,
            1.0 / (1 + position),
            float(stored_cover[position]) * query_cover,
            float(root_cover[position]),
        ])
    return rows


def semantic_features(cosine: float, best_cosine: float, lexical: list[float], query_terms: int) -> list[float]:
    """The sentence vectors' cosine, how far it falls short of the query's best candidate, and how it combines
    with word overlap and the query's length (a short generic query is similar to many claims in topic only)."""
    gap = best_cosine - cosine
    query_cover, stored_cover = lexical[FEATURES.index("query_cover")], lexical[FEATURES.index("stored_cover")]
    return [cosine, gap, cosine * cosine, cosine * query_cover, cosine * stored_cover, min(1.0, query_terms / 20),
            1.0 if query_terms < 5 else 0.0, max(0.0, cosine - 0.6), min(gap, 0.3)]
