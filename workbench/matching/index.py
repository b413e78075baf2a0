"""The claim search index as an interface: what candidate generation needs, whatever the database.

A stored claim is indexed by the index form (workbench.matching.terms) of its text and of its title.
Implementations: `fts5.Fts5ClaimIndex` (SQLite), `postgres_index.PostgresClaimIndex` (PostgreSQL, tsvector).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.engine import Connection

from workbench.matching.terms import index_terms


@dataclass(frozen=True)
class IndexEntry:
    """One claim as the index holds it: space-separated terms of its text and of its title."""

    claim_id: int
    terms: str
    title_terms: str = ""


@dataclass(frozen=True)
class Candidate:
    """An index hit: the claim, its relevance (higher is better), and its indexed terms."""

    claim_id: int
    relevance: float
    terms: str
    title_terms: str


def entry_for(claim_id: int, text: str | None, title: str | None = None) -> IndexEntry:
    return IndexEntry(claim_id, " ".join(index_terms(text)), " ".join(index_terms(title)))


class ClaimIndex(Protocol):
    """Candidate generation over stored claims; every call runs in the caller's transaction."""

    def add(self, conn: Connection, entries: Iterable[IndexEntry]) -> int:
        """Index these claims (replacing what was indexed for them); returns how many."""

    def remove(self, conn: Connection, claim_ids: Iterable[int]) -> None:
        """Forget these claims."""

    def search(self, conn: Connection, terms: list[list[str]], limit: int) -> list[Candidate]:
        """Claims holding any of the term groups (a group is a term and its spelling variants), best first."""

    def entries(self, conn: Connection, claim_ids: list[int]) -> dict[int, tuple[str, str]]:
        """(terms, title terms) as indexed, of those of these claims the index holds (live ones)."""

    def document_frequencies(self, conn: Connection, terms: Iterable[str]) -> dict[str, int]:
        """How many indexed claims hold each term (missing terms are absent)."""

    def document_count(self, conn: Connection) -> int:
        """About how many claims are indexed (an upper bound is fine)."""

    def rebuild(self, conn: Connection, entries: Iterable[IndexEntry]) -> int:
        """Empty the index and index entries; returns how many."""


class NoIndex:
    """For databases with no index implementation yet: nothing is found, nothing fails."""

    def add(self, conn, entries):
        return sum(1 for _ in entries)

    def remove(self, conn, claim_ids):
        return None

    def search(self, conn, terms, limit):
        return []

    def entries(self, conn, claim_ids):
        return {}

    def document_frequencies(self, conn, terms):
        return {}

    def document_count(self, conn):
        return 0

    def rebuild(self, conn, entries):
        return self.add(conn, entries)


def index_for(conn: Connection) -> ClaimIndex:
    """The index implementation for this connection's database."""
    if conn.dialect.name == "sqlite":
        from workbench.matching.fts5 import Fts5ClaimIndex

        return Fts5ClaimIndex()
    if conn.dialect.name == "postgresql":
        from workbench.matching.postgres_index import PostgresClaimIndex

        return PostgresClaimIndex()
    return NoIndex()
