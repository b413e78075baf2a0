"""PostgreSQL below the write lock: the database itself refuses a stale claim version, and lost races are retried.

The process races (same verdict, same import, same new reviewer, same claims file) run on both stores in
tests/test_concurrency.py; these tests bypass the advisory write lock on purpose, as a foreign writer would.
"""

import pytest
from sqlalchemy import text

from tests.factories import make_article_with_claim
from workbench.errors import EditConflict
from workbench.storage.database import open_database
from workbench.storage.integrity import check_database
from workbench.storage.retry import retry_when_locked
from workbench.usecases.claims import claim_for_edit, finish_edit, get_claim


@pytest.fixture
def pg_db(postgres_url):
    db = open_database(postgres_url)
    yield db
    db.close()


def test_a_stale_version_is_refused_by_the_database_itself(pg_db):
    claim_id = make_article_with_claim(pg_db)
    with pytest.raises(EditConflict, match="changed elsewhere"), pg_db.writing() as session:
        claim = claim_for_edit(session, claim_id, 1)  # the Python check passes: version 1 was read
        with pg_db.engine.begin() as foreign:  # a writer that skips the advisory lock commits version 2
            foreign.execute(text("UPDATE claim SET version = 2, note = 'theirs' WHERE id = :id"), {"id": claim_id})
        claim.note = "mine"
        finish_edit(claim)
    after = get_claim(pg_db, claim_id)
    assert (after.version, after.note) == (2, "theirs")


def test_a_serialization_failure_is_retried_as_a_whole_transaction(pg_db):
    claim_id = make_article_with_claim(pg_db)
    attempts = []

    def save_under_repeatable_read():
        attempts.append(1)
        with pg_db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            version = conn.execute(text("SELECT version FROM claim WHERE id = :id"), {"id": claim_id}).scalar()
            if len(attempts) == 1:  # another transaction commits a change to the row after our snapshot
                with pg_db.engine.begin() as other:
                    other.execute(text("UPDATE claim SET note = 'other' WHERE id = :id"), {"id": claim_id})
            conn.execute(text("UPDATE claim SET version = :v WHERE id = :id"), {"v": version + 1, "id": claim_id})
        return version + 1

    assert retry_when_locked(save_under_repeatable_read, first_delay=0.01) == 2
    assert len(attempts) == 2  # the first attempt got SQLSTATE 40001 and rolled back whole
    after = get_claim(pg_db, claim_id)
    assert (after.version, after.note) == (2, "other")
    report = check_database(pg_db)
    assert report.ok, report.problems
