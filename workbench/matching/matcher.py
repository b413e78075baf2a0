"""Matching one text against the index: pick selective query terms, fetch candidates, rescore, rank."""

import re
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from workbench.matching import calibration
from workbench.matching.features import Query, features, idf
from workbench.matching.index import ClaimIndex, index_for
from workbench.matching.settings import MatchSettings
from workbench.matching.terms import index_terms, variants

_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class ScoredClaim:
    """A candidate after rescoring: similarity in percent, and the features it came from."""

    claim_id: int
    similarity: float
    relevance: float
    stored_terms: int
    features: tuple[float, ...] = ()


class _FrequencyCache:
    """Document frequencies of recently seen terms, per database; dropped when the collection changes
    by more than 1% (frequencies only pick terms and weigh them, so that staleness is harmless)."""

    def __init__(self, limit: int = 200_000):
        self.limit = limit
        self.by_database: dict[str, tuple[int, dict[str, int]]] = {}

    def get(self, conn: Connection, index: ClaimIndex, terms: set[str]) -> dict[str, int]:
        key = str(conn.engine.url)
        count = index.document_count(conn)
        seen_count, cached = self.by_database.get(key, (count, {}))
        if abs(count - seen_count) > 0.01 * seen_count or len(cached) > self.limit:
            seen_count, cached = count, {}
        missing = [t for t in terms if t not in cached]
        if missing:
            found = index.document_frequencies(conn, missing)
            cached.update(found)  # unknown terms are not cached: a claim stored later may hold them
        self.by_database[key] = (seen_count, cached)
        return {t: cached[t] for t in terms if t in cached}


_CACHE = _FrequencyCache()


def _frequencies(conn: Connection, index: ClaimIndex, terms: set[str]) -> dict[str, int]:
    return _CACHE.get(conn, index, terms)


def _query_groups(terms: list[str], df: dict[str, int], budget: int, postings: int) -> list[list[str]]:
    """The rarest query terms the index holds (each with its indexed spelling variants), at most `budget`
    of them and, past the first few, only while their postings (the work of the search) stay in `postings`.
    """
    groups = []
    for term in dict.fromkeys(terms):
        group = [t for t in [term, *variants(term)] if df.get(t, 0) > 0] if _ARABIC.match(term) else (
            [term] if df.get(term, 0) > 0 else [])
        if group:
            groups.append((sum(df[t] for t in group), group))
    groups.sort(key=lambda g: g[0])
    chosen, work = [], 0
    for count, group in groups[:budget]:
        if len(chosen) >= 4 and work + count > postings:
            break
        chosen.append(group)
        work += count
    return chosen


def rank(conn: Connection, text: str, *, settings: MatchSettings | None = None, index: ClaimIndex | None = None,
         keep_features: bool = False, weights=calibration.WEIGHTS) -> list[ScoredClaim]:
    """Candidates for text, most similar first (deleted or missing claims are the caller's to filter)."""
    settings = settings or MatchSettings()
    index = index or index_for(conn)
    terms = index_terms(text)
    if not terms:
        return []
    wanted = set(terms)
    for term in terms:
        if _ARABIC.match(term) and len(term) >= 4:
            wanted.update(variants(term))
    df = _frequencies(conn, index, wanted)
    groups = _query_groups(terms, df, settings.query_terms, settings.postings)
    candidates = index.search(conn, groups, settings.candidates)
    if not candidates:
        return []
    n = max(index.document_count(conn), 1)
    weights_by_term = {t: idf(d, n) for t, d in df.items()}
    # Stored terms absent from the query weigh as a typical query term: looking each up costs more
    # than the whole search at scale, and only their total matters for the coverage features.
    known = sorted(weights_by_term[t] for t in set(terms) if t in weights_by_term)
    query = Query(terms, weights_by_term, known[len(known) // 2] if known else idf(1, n))
    scored = []
    for candidate, vector in zip(candidates, features(query, candidates), strict=True):
        scored.append(ScoredClaim(candidate.claim_id, calibration.similarity(vector, weights),
                                  candidate.relevance, len(candidate.terms.split()),
                                  tuple(vector) if keep_features else ()))
    scored.sort(key=lambda s: (-s.similarity, -s.relevance))
    return scored
