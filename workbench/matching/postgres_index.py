"""The claim index on PostgreSQL full text search (all PostgreSQL-only search code is here).

Table `claim_search` holds the index form (workbench.matching.terms) of each live claim's text and title,
as on SQLite; its key column is named `rowid` like FTS5's, so SQL that reads either index reads both.
A generated tsvector column ('simple' configuration: the terms are already folded and stemmed) with a GIN
index finds candidates; they are ranked with the same BM25 as SQLite's FTS5 `bm25()` (k1 1.2, b 0.75, the
title's occurrences weighted by TITLE_WEIGHT), so both databases propose the same claims.
"""

import math
from collections import Counter
from collections.abc import Iterable

from sqlalchemy.engine import Connection

# The SQLite index's title weight (both must rank alike) and its batching of raw DB-API writes.
from workbench.matching.fts5 import TITLE_WEIGHT
from workbench.matching.fts5 import _batches as batches
from workbench.matching.fts5 import _raw as raw_cursor
from workbench.matching.index import Candidate, IndexEntry

CREATE_STATEMENTS = (
    "CREATE TABLE IF NOT EXISTS claim_search ("
    "rowid integer PRIMARY KEY, terms text NOT NULL, title_terms text NOT NULL, size integer NOT NULL, "
    "document tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', terms) || to_tsvector('simple', title_terms)) STORED)",
    "CREATE INDEX IF NOT EXISTS ix_claim_search_document ON claim_search USING gin (document)",
)
DROP_STATEMENTS = ("DROP TABLE IF EXISTS claim_search",)
K1, B = 1.2, 0.75  # FTS5's bm25() constants
_UPSERT = (
    "INSERT INTO claim_search (rowid, terms, title_terms, size) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (rowid) DO UPDATE SET terms = EXCLUDED.terms, title_terms = EXCLUDED.title_terms, "
    "size = EXCLUDED.size"
)
_INSERT = "INSERT INTO claim_search (rowid, terms, title_terms, size) VALUES (%s, %s, %s, %s)"


def _tsquery(terms: Iterable[str]) -> str:
    """A tsquery text matching any of terms (index terms are letters and digits only, quoted all the same)."""
    return " | ".join("'" + term.replace("'", "''") + "'" for term in terms)


class _CollectionStats:
    """Claims indexed and their mean length in terms, per database, for BM25; recounted when the index
    grew or shrank by more than 1% since (like the matcher's document frequencies, slight staleness only
    shifts weights, and counting a large index on every search would cost more than the search)."""

    def __init__(self):
        self.by_database: dict[str, tuple[int, int, float]] = {}

    def get(self, conn: Connection, count_now: int) -> tuple[int, float]:
        key = str(conn.engine.url)
        counted_at, rows, mean_size = self.by_database.get(key, (-1, 0, 0.0))
        if abs(count_now - counted_at) > 0.01 * counted_at:
            rows, total = conn.exec_driver_sql("SELECT count(*), coalesce(sum(size), 0) FROM claim_search").one()
            mean_size = total / rows if rows else 0.0
            self.by_database[key] = (count_now, rows, mean_size)
        return rows, mean_size


_STATS = _CollectionStats()


def _bm25(row_terms: list[str], row_title: list[str], query: list[str], idf: dict[str, float],
          mean_size: float) -> float:
    """FTS5's bm25() of one row: occurrences summed over columns with their weights, one length per row."""
    in_terms, in_title = Counter(row_terms), Counter(row_title)
    size = len(row_terms) + len(row_title)
    norm = K1 * (1 - B + B * size / mean_size) if mean_size else K1
    score = 0.0
    for term in query:
        frequency = in_terms[term] + TITLE_WEIGHT * in_title[term]
        score += idf[term] * frequency * (K1 + 1) / (frequency + norm)
    return score


class PostgresClaimIndex:
    """ClaimIndex on PostgreSQL: a claim's row is replaced whole on every change; BM25 ranks candidates."""

    def create(self, conn: Connection) -> None:
        for statement in CREATE_STATEMENTS:
            conn.exec_driver_sql(statement)

    def add(self, conn: Connection, entries: Iterable[IndexEntry], *, fresh: bool = False) -> int:
        """Index entries; `fresh` says the claims were never indexed (new ids), so nothing is replaced."""
        cursor, count = raw_cursor(conn), 0
        for batch in batches(entries):
            cursor.executemany(_INSERT if fresh else _UPSERT, [
                (e.claim_id, e.terms, e.title_terms, len(e.terms.split()) + len(e.title_terms.split()))
                for e in batch])
            count += len(batch)
        return count

    def remove(self, conn: Connection, claim_ids: Iterable[int]) -> None:
        cursor = raw_cursor(conn)
        for batch in batches(claim_ids):
            cursor.execute("DELETE FROM claim_search WHERE rowid = ANY(%s)", (batch,))

    def search(self, conn: Connection, terms: list[list[str]], limit: int) -> list[Candidate]:
        query = [term for group in terms for term in group]
        if not query:
            return []
        cursor = raw_cursor(conn)
        cursor.execute("SELECT rowid, terms, title_terms FROM claim_search "
                       "WHERE document @@ to_tsquery('simple', %s)", (_tsquery(query),))
        hits = [(claim_id, body, title, body.split(), title.split()) for claim_id, body, title in cursor]
        if not hits:
            return []
        rows, mean_size = _STATS.get(conn, self.document_count(conn))
        # Every claim holding a query term is a hit, so the hits give each term's document frequency.
        holding = Counter(term for hit in hits for term in set(hit[3]) | set(hit[4]))
        idf = {t: max(math.log((rows - holding[t] + 0.5) / (holding[t] + 0.5)), 1e-6) for t in query}
        scored = sorted(((_bm25(body_terms, title_terms, query, idf, mean_size), claim_id, body, title)
                         for claim_id, body, title, body_terms, title_terms in hits),
                        key=lambda s: (-s[0], s[1]))
        return [Candidate(claim_id, score, body, title) for score, claim_id, body, title in scored[:limit]]

    def entries(self, conn: Connection, claim_ids: list[int]) -> dict[int, tuple[str, str]]:
        if not claim_ids:
            return {}
        cursor = raw_cursor(conn)
        cursor.execute("SELECT rowid, terms, title_terms FROM claim_search WHERE rowid = ANY(%s)", (list(claim_ids),))
        return {i: (terms, title) for i, terms, title in cursor}

    def document_frequencies(self, conn: Connection, terms: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(terms))
        found: dict[str, int] = {}
        cursor = raw_cursor(conn)
        for batch in batches(wanted, 500):
            cursor.execute(
                "SELECT term, (SELECT count(*) FROM claim_search WHERE document @@ to_tsquery('simple', query)) "
                "FROM unnest(%s::text[], %s::text[]) AS wanted(term, query)",
                (batch, [_tsquery([term]) for term in batch]))
            found.update((term, count) for term, count in cursor if count)
        return found

    def document_count(self, conn: Connection) -> int:
        return conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM claim_search").scalar()

    def rebuild(self, conn: Connection, entries: Iterable[IndexEntry]) -> int:
        conn.exec_driver_sql("DELETE FROM claim_search")
        return self.add(conn, entries, fresh=True)
