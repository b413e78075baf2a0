"""The claim index on SQLite FTS5, in the same file as the claims (all SQLite-only search code is here).

Table `claim_search` (rowid = claim id) holds the index form of each live claim's text and title;
`claim_search_vocab` (fts5vocab) gives document frequencies for picking selective query terms.
"""

from collections.abc import Iterable
from itertools import islice

from sqlalchemy.engine import Connection

from workbench.matching.index import Candidate, IndexEntry

CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5("
    "terms, title_terms, tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS claim_search_vocab USING fts5vocab(claim_search, row)",
)
DROP_STATEMENTS = ("DROP TABLE IF EXISTS claim_search_vocab", "DROP TABLE IF EXISTS claim_search")
TITLE_WEIGHT = 0.5  # a fact-check's title restates the claim, but less exactly than its text
_BATCH = 5000
# Page cache of a connection that searches: bm25() reads each hit's size and positions, scattered over a
# million-claim index; with SQLite's default 2 MB cache half a search's time went to re-reading pages.
# At 1M claims, side by side, 32 MB matched as fast as 64 MB (CPU p50 25.9 / 25.8 ms) and 24 MB as fast as
# 16 MB (23.2 / 23.5 ms); with 24 MB the process, vector index included, is +656 MB after 200 matches (+768
# with 64 MB: over the 700 MB the vector index may take).
SEARCH_CACHE_KIB = 24_576


def _batches(items: Iterable, size: int = _BATCH):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _raw(conn: Connection):
    """The DB-API cursor of conn: executemany through it skips SQLAlchemy's per-row overhead."""
    return conn.connection.driver_connection.cursor()


def _search_cursor(conn: Connection):
    """A raw cursor on a connection whose page cache is sized for searching (set once per connection)."""
    pooled = conn.connection
    if not pooled.info.get("isnad_search_cache"):
        pooled.driver_connection.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        pooled.info["isnad_search_cache"] = True
    return pooled.driver_connection.cursor()


class Fts5ClaimIndex:
    """ClaimIndex on FTS5: a claim's row is replaced whole on every change; BM25 ranks candidates."""

    def create(self, conn: Connection) -> None:
        for statement in CREATE_STATEMENTS:
            conn.exec_driver_sql(statement)

    def add(self, conn: Connection, entries: Iterable[IndexEntry], *, fresh: bool = False) -> int:
        """Index entries; `fresh` says the claims were never indexed (new ids), so nothing is replaced."""
        cursor, count = _raw(conn), 0
        for batch in _batches(entries):
            if not fresh:
                cursor.executemany("DELETE FROM claim_search WHERE rowid = ?", [(e.claim_id,) for e in batch])
            cursor.executemany(
                "INSERT INTO claim_search(rowid, terms, title_terms) VALUES (?, ?, ?)",
                [(e.claim_id, e.terms, e.title_terms) for e in batch],
            )
            count += len(batch)
        return count

    def remove(self, conn: Connection, claim_ids: Iterable[int]) -> None:
        cursor = _raw(conn)
        for batch in _batches(claim_ids):
            cursor.executemany("DELETE FROM claim_search WHERE rowid = ?", [(i,) for i in batch])

    def search(self, conn: Connection, terms: list[list[str]], limit: int) -> list[Candidate]:
        if not terms:
            return []
        query = " OR ".join("(" + " OR ".join(f'"{t}"' for t in group) + ")" for group in terms)
        # Rank on rowid and score alone: selecting the texts here would copy every match into the sorter.
        ranked = _search_cursor(conn).execute(
            "SELECT rowid, bm25(claim_search, 1.0, ?) AS score FROM claim_search WHERE claim_search MATCH ? "
            "ORDER BY score LIMIT ?", (TITLE_WEIGHT, query, limit)).fetchall()
        texts = self.entries(conn, [i for i, _ in ranked])
        return [Candidate(i, -score, *texts[i]) for i, score in ranked]

    def entries(self, conn: Connection, claim_ids: list[int]) -> dict[int, tuple[str, str]]:
        if not claim_ids:
            return {}
        marks = ",".join("?" * len(claim_ids))
        return {i: (terms, title) for i, terms, title in _raw(conn).execute(
            f"SELECT rowid, terms, title_terms FROM claim_search WHERE rowid IN ({marks})", claim_ids)}

    def document_frequencies(self, conn: Connection, terms: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(terms))
        found: dict[str, int] = {}
        for batch in _batches(wanted, 500):
            marks = ",".join("?" * len(batch))
            cursor = _raw(conn)
            cursor.execute(f"SELECT term, doc FROM claim_search_vocab WHERE term IN ({marks})", batch)
            found.update(cursor.fetchall())
        return found

    def document_count(self, conn: Connection) -> int:
        row = conn.exec_driver_sql("SELECT rowid FROM claim_search ORDER BY rowid DESC LIMIT 1").first()
        return row[0] if row else 0

    def rebuild(self, conn: Connection, entries: Iterable[IndexEntry]) -> int:
        conn.exec_driver_sql("DELETE FROM claim_search")
        count = self.add(conn, entries, fresh=True)
        conn.exec_driver_sql("INSERT INTO claim_search(claim_search) VALUES ('optimize')")
        return count
