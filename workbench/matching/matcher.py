"""Matching one text: selective query terms and the sentence vector fetch candidates; rescore, rank."""

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from workbench.matching import calibration
from workbench.matching.encoder import current_encoder, safe_encode
from workbench.matching.features import Query, features, idf, semantic_features
from workbench.matching.index import Candidate, ClaimIndex, index_for
from workbench.matching.settings import MatchSettings
from workbench.matching.terms import index_terms, variants
from workbench.matching.vector_index import claim_vectors

_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class ScoredClaim:
    """A candidate after rescoring: similarity in percent, and the features it came from."""

    claim_id: int
    similarity: float
    relevance: float
    stored_terms: int
    features: tuple[float, ...] = ()
    cosine: float | None = None  # of the sentence vectors; None when either side has none


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
    of them and, past the rarest, only while their postings (the work of the search) stay in `postings`;
    the first few may take twice that. A query of common words thus reads a bounded share of a million
    claims (its other words still count in rescoring), where four common words read 70,000 postings.
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
        if chosen and work + count > (2 * postings if len(chosen) < 4 else postings):
            break
        chosen.append(group)
        work += count
    return chosen


def _lexical(conn: Connection, index: ClaimIndex, terms: list[str], settings: MatchSettings
             ) -> tuple[list[Candidate], Query]:
    """Index hits for the query's most selective terms, and the query with its term weights."""
    wanted = set(terms)
    for term in terms:
        if _ARABIC.match(term) and len(term) >= 4:
            wanted.update(variants(term))
    df = _frequencies(conn, index, wanted) if wanted else {}
    groups = _query_groups(terms, df, settings.query_terms, settings.postings)
    candidates = index.search(conn, groups, settings.candidates) if groups else []
    n = max(index.document_count(conn), 1)
    weights_by_term = {t: idf(d, n) for t, d in df.items()}
    # Stored terms absent from the query weigh as a typical query term: looking each up costs more
    # than the whole search at scale, and only their total matters for the coverage features.
    known = sorted(weights_by_term[t] for t in set(terms) if t in weights_by_term)
    return candidates, Query(terms, weights_by_term, known[len(known) // 2] if known else idf(1, n))


def _semantic(conn: Connection, text: str, settings: MatchSettings):
    """(the query's vector, the database's vector index), or None when matching is lexical only (also
    while the index is read in the background, the first time at a large database: no match waits)."""
    encoder = current_encoder() if settings.semantic else None
    if encoder is None:
        return None
    index = claim_vectors(conn, encoder.model, encoder.dimension)
    vectors = safe_encode(encoder, [text]) if index is not None else None
    if vectors is None:
        return None
    return vectors[0], index


def _stored_candidates(conn: Connection, index: ClaimIndex, claim_ids: list[int]) -> list[Candidate]:
    """Candidates the vector index found and the lexical index did not, with their terms as indexed (read
    back from the index: a deleted claim, not indexed, is left out, as `among` would leave it)."""
    entries = index.entries(conn, claim_ids)
    return [Candidate(i, 0.0, *entries[i]) for i in claim_ids if i in entries]


def rank(conn: Connection, text: str, *, settings: MatchSettings | None = None, index: ClaimIndex | None = None,
         keep_features: bool = False, model: calibration.Calibration = calibration.MODEL,
         among: Callable[[list[int]], Collection[int]] | None = None) -> list[ScoredClaim]:
    """Candidates for text, most similar first (deleted or missing claims are the caller's to filter).

    Candidates come from the lexical index and, when the encoder works, from the vector index (any
    language); each is scored with the semantic weights if both it and the query have a vector, else
    with the lexical ones. Both give the same calibrated probability, so the two kinds rank together.
    `among`, given the candidate ids, returns those to keep; it runs before scoring, so the features that
    compare a candidate with the best one (BM25 share, rank, cosine gap) compare it only with those kept
    (chain verification: "which of this outlet's claims says it").
    """
    settings = settings or MatchSettings()
    index = index or index_for(conn)
    terms = index_terms(text)
    candidates, query = _lexical(conn, index, terms, settings)
    semantic = _semantic(conn, text, settings) if text.strip() else None
    cosines: dict[int, float] = {}
    if semantic is not None:
        query_vector, vectors = semantic
        seen = {c.claim_id for c in candidates}
        nearest = vectors.nearest(query_vector, settings.vector_candidates)
        candidates = candidates + _stored_candidates(conn, index, [i for i, _ in nearest if i not in seen])
        cosines = dict(nearest) | vectors.cosines(query_vector, [c.claim_id for c in candidates if c.claim_id in seen])
    if among is not None and candidates:
        kept = set(among([c.claim_id for c in candidates]))
        candidates = [c for c in candidates if c.claim_id in kept]
        cosines = {i: cosine for i, cosine in cosines.items() if i in kept}
    if not candidates:
        return []
    best_cosine = max(cosines.values(), default=0.0)
    scored = []
    for candidate, vector in zip(candidates, features(query, candidates), strict=True):
        cosine = cosines.get(candidate.claim_id)
        if cosine is not None:
            vector = [*vector, *semantic_features(cosine, best_cosine, vector, len(set(terms)))]
        scored.append(ScoredClaim(candidate.claim_id, model.similarity(vector), candidate.relevance,
                                  len(candidate.terms.split()), tuple(vector) if keep_features else (), cosine))
    scored.sort(key=lambda s: (-s.similarity, -s.relevance))
    return scored
