"""The review history is append-only in the database itself, and `check` catches verdicts changed behind it."""

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import BOTH_BACKENDS, ROOT
from tests.factories import make_article_with_claim
from workbench.storage.integrity import check_database
from workbench.usecases.claims import set_attribution_verdict, set_claim_verdict

BACKENDS = BOTH_BACKENDS
# One of the triggers that keep the history append-only, and how to remove it behind the app's back.
DROP_A_TRIGGER = {
    "sqlite": ("review_event_no_update", "DROP TRIGGER review_event_no_update"),
    "postgresql": ("review_event_no_change", "DROP TRIGGER review_event_no_change ON review_event"),
}

def run_check(db_location) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_location), "check"],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def reviewed(db):
    claim_id = make_article_with_claim(db)
    record = set_claim_verdict(db, claim_id, "disputed", expected_version=1)
    record = set_claim_verdict(db, claim_id, "false", expected_version=record.version)
    set_attribution_verdict(db, claim_id, "misattributed", expected_version=record.version)
    return claim_id


@pytest.mark.parametrize("statement", [
    "UPDATE review_event SET new_value = 'verified' WHERE field = 'claim_verdict'",
    "DELETE FROM review_event WHERE field = 'claim_verdict'",
])
def test_database_refuses_to_change_history(db, reviewed, statement):
    with pytest.raises(IntegrityError, match="append-only"), db.writing() as session:
        session.execute(text(statement))
    with db.reading() as session:
        values = session.execute(text("SELECT new_value FROM review_event WHERE field = 'claim_verdict' "
                                      "ORDER BY id")).scalars().all()
    assert values == ["disputed", "false"]


def test_history_replays_to_current_verdicts(db, backend, reviewed):
    report = check_database(db)
    assert report.ok, report.problems
    sqlite_file_checks = {"integrity_check", "foreign_key_check"}
    names = {r.name for r in report.results}
    assert "verdicts equal the replay of the history" in names and "history is append-only" in names
    assert (names >= sqlite_file_checks) == (backend == "sqlite")


def test_check_passes_on_a_healthy_database(db, db_location, reviewed):
    db.close()
    result = run_check(db_location)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout and "all checks passed" in result.stdout


def test_check_fails_when_a_verdict_changes_behind_the_history(db, db_location, reviewed):
    with db.writing() as session:
        session.execute(text("UPDATE claim SET claim_verdict = 'verified' WHERE id = :id"), {"id": reviewed})
    db.close()
    result = run_check(db_location)
    assert result.returncode != 0
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failures) == 1, result.stdout
    assert f"claim {reviewed}" in failures[0] and "'verified'" in failures[0] and "'false'" in failures[0]
    assert "Traceback" not in result.stderr


def test_check_fails_on_a_missing_trigger_and_a_broken_history_chain(db, backend, reviewed):
    trigger, drop = DROP_A_TRIGGER[backend]
    with db.writing() as session:
        session.execute(text(drop))
        # an edit whose "old" value is not what the history said before it
        session.execute(text("UPDATE review_event SET old_value = 'verified' WHERE field = 'attribution_verdict'"))
    problems = check_database(db).problems
    assert any(f"{trigger} is missing" in p for p in problems)
    assert any("says attribution_verdict was 'verified'" in p for p in problems)


def test_check_fails_on_a_half_written_article(db):
    with db.writing() as session:
        session.execute(text(
            "INSERT INTO article (title, language, text, sha256, source_format, boilerplate, imported_at) "
            "VALUES ('t', 'en', 'x', :sha, 'txt', '[]', CURRENT_TIMESTAMP)"), {"sha": "ab" * 32})
    problems = check_database(db).problems
    assert len(problems) == 1 and "no import record" in problems[0]


@pytest.mark.sqlite_only
def test_check_fails_on_a_corrupted_file(db, db_path, reviewed):
    db.close()  # last connection: the WAL is checkpointed into the file
    with sqlite3.connect(db_path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 4
    with open(db_path, "r+b") as handle:  # scribble over every page but the header page
        handle.seek(page_size)
        handle.write(bytes(range(256)) * ((pages - 1) * page_size // 256))
    result = run_check(db_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert failures and all(len(line) < 400 for line in failures)


def test_check_on_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    result = run_check(path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "FAIL  integrity_check" in result.stdout
