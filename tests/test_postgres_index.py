"""The PostgreSQL claim index holds the same terms as SQLite's and proposes the same claims for the same text.

A slice of the CheckThat! 2021 2A archive (Arabic and English) is stored in both databases and the dev
queries are matched on each: the ranked matches and their similarities must be the same.
"""

import csv
from itertools import islice

import pytest
from sqlalchemy import text

from tests.conftest import SHARED
from workbench.storage.database import open_database
from workbench.usecases.archive import import_claims_file
from workbench.usecases.links import find_matches

DATA = SHARED / "datasets" / "checkthat2021-2a"
CLAIMS_PER_LANGUAGE, QUERIES_PER_LANGUAGE = 800, 12

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="shared CheckThat! data not present")


def archive_slice(folder) -> tuple:
    """A claims file with the first claims of each language, and the first dev queries of each."""
    path = folder / "claims.tsv"
    queries = []
    with path.open("w", encoding="utf-8") as out:
        for number, lang in enumerate(["ar", "en"]):
            with (DATA / lang / "claims.tsv").open(encoding="utf-8") as source:
                lines = list(islice(source, CLAIMS_PER_LANGUAGE + 1))
            out.writelines(lines if number == 0 else lines[1:])
            with (DATA / lang / "queries-dev.tsv").open(encoding="utf-8", newline="") as source:
                rows = list(islice(csv.reader(source, delimiter="\t"), QUERIES_PER_LANGUAGE + 1))[1:]
            queries.extend(row[1] for row in rows)
    return path, queries


@pytest.fixture(scope="module")
def both(tmp_path_factory, postgres_server):
    folder = tmp_path_factory.mktemp("archive")
    path, queries = archive_slice(folder)
    url = postgres_server.create()
    databases = {"sqlite": open_database(folder / "isnad.sqlite"), "postgresql": open_database(url)}
    for db in databases.values():
        assert import_claims_file(db, path).imported == 2 * CLAIMS_PER_LANGUAGE
    yield databases, queries
    for db in databases.values():
        db.close()
    postgres_server.drop(url)


def test_the_tsvector_holds_exactly_the_index_terms(both):
    databases, _queries = both
    with databases["postgresql"].reading() as session:
        rows = session.execute(text(
            "SELECT rowid, terms, title_terms, tsvector_to_array(document) FROM claim_search")).all()
    assert len(rows) == 2 * CLAIMS_PER_LANGUAGE
    for claim_id, terms, title_terms, lexemes in rows:
        assert set(lexemes) == set(terms.split()) | set(title_terms.split()), claim_id


def test_both_databases_index_the_same_terms(both):
    databases, _queries = both
    stored = {}
    for name, db in databases.items():
        with db.reading() as session:
            stored[name] = session.execute(text("SELECT rowid, terms, title_terms FROM claim_search "
                                                "ORDER BY rowid")).all()
    assert stored["postgresql"] == stored["sqlite"]


def test_both_databases_propose_the_same_matches(both):
    databases, queries = both
    found = {name: [[(m.claim_id, round(m.similarity, 1)) for m in find_matches(db, query, min_similarity=0)[:5]]
                    for query in queries]
             for name, db in databases.items()}
    assert sum(1 for matches in found["sqlite"] if matches) >= len(queries) - 2
    assert found["postgresql"] == found["sqlite"]
