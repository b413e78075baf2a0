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


# The product owner's forgery: an event replaced in place, with another reviewer's note and an older time.
FORGERY = {
    "sqlite": ("INSERT OR REPLACE INTO review_event (id, claim_id, article_id, entity, entity_id, field, "
               "old_value, new_value, note, reviewer_id, session_id, created_at, prev_hash, event_hash) "
               "SELECT id, claim_id, article_id, entity, entity_id, field, old_value, new_value, 'forged', "
               "reviewer_id, session_id, '2020-01-01 00:00:00', prev_hash, event_hash FROM review_event "
               "WHERE id = :id"),
    "postgresql": ("INSERT INTO review_event (id, claim_id, article_id, entity, entity_id, field, old_value, "
                   "new_value, note, reviewer_id, session_id, created_at, prev_hash, event_hash) "
                   "SELECT id, claim_id, article_id, entity, entity_id, field, old_value, new_value, 'forged', "
                   "reviewer_id, session_id, '2020-01-01 00:00:00', prev_hash, event_hash FROM review_event "
                   "WHERE id = :id ON CONFLICT (id) DO UPDATE SET note = EXCLUDED.note, "
                   "created_at = EXCLUDED.created_at"),
}
# Every trigger guarding the history, and how an attacker with the file or the server removes them.
DROP_ALL_TRIGGERS = {
    "sqlite": ["DROP TRIGGER review_event_no_update", "DROP TRIGGER review_event_no_delete",
               "DROP TRIGGER review_event_no_replace"],
    "postgresql": ["ALTER TABLE review_event DISABLE TRIGGER USER"],
}


def first_verdict_event(db) -> int:
    with db.reading() as session:
        return session.execute(text("SELECT min(id) FROM review_event WHERE field = 'claim_verdict'")).scalar()


def events_as_stored(db) -> list[tuple]:
    with db.reading() as session:
        return session.execute(text("SELECT id, note, created_at, event_hash FROM review_event ORDER BY id")).all()


def test_the_replace_forgery_is_refused(db, backend, reviewed):
    before = events_as_stored(db)
    with pytest.raises(IntegrityError, match="append-only"), db.writing() as session:
        session.execute(text(FORGERY[backend]), {"id": first_verdict_event(db)})
    assert events_as_stored(db) == before
    assert check_database(db).ok


def test_check_names_the_forged_event_when_the_triggers_are_gone(db, db_location, backend, reviewed):
    forged = first_verdict_event(db)
    with db.writing() as session:
        for statement in DROP_ALL_TRIGGERS[backend]:
            session.execute(text(statement))
        session.execute(text(FORGERY[backend]), {"id": forged})
    db.close()
    result = run_check(db_location)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    chain = [line for line in result.stdout.splitlines() if line.startswith("FAIL  history chain")]
    assert chain and f"event {forged} was changed after it was written" in chain[0], result.stdout


def test_check_catches_a_verdict_history_rewritten_with_its_claim_row(db, db_location, backend, reviewed):
    """The replay agrees (event and claim rewritten alike); the chain does not, and names the event."""
    with db.writing() as session:
        for statement in DROP_ALL_TRIGGERS[backend]:
            session.execute(text(statement))
        last = session.execute(text("SELECT max(id) FROM review_event WHERE field = 'claim_verdict'")).scalar()
        session.execute(text("UPDATE review_event SET new_value = 'verified' WHERE id = :id"), {"id": last})
        session.execute(text("UPDATE claim SET claim_verdict = 'verified' WHERE id = :id"), {"id": reviewed})
    report = check_database(db)
    failed = {r.name: r.problems for r in report.results if not r.ok}
    assert "verdicts equal the replay of the history" not in failed
    assert failed["history chain is unbroken"][0].startswith(f"history event {last} was changed")


def test_check_catches_an_event_removed_from_the_middle(db, backend, reviewed):
    removed = first_verdict_event(db)
    with db.writing() as session:
        for statement in DROP_ALL_TRIGGERS[backend]:
            session.execute(text(statement))
        following = session.execute(text("SELECT min(id) FROM review_event WHERE id > :id"), {"id": removed}).scalar()
        # the replay is kept consistent by hand, so only the chain can see the gap
        session.execute(text("UPDATE review_event SET old_value = 'unreviewed' WHERE id = :id"), {"id": following})
        session.execute(text("DELETE FROM review_event WHERE id = :id"), {"id": removed})
    chain = next(r for r in check_database(db).results if r.name == "history chain is unbroken")
    assert chain.problems and chain.problems[0].startswith(f"history event {following} ")


def test_edits_from_two_sessions_keep_one_chain(db, reviewed):
    """Every action reads the newest event's hash afresh: the chain continues across actions and sessions."""
    for verdict in ("verified", "misleading", "false"):
        set_claim_verdict(db, reviewed, verdict)
    with db.reading() as session:
        rows = session.execute(text("SELECT prev_hash, event_hash FROM review_event ORDER BY id")).all()
    assert all(prev == rows[i - 1][1] for i, (prev, _own) in enumerate(rows) if i)
    assert len({own for _prev, own in rows}) == len(rows)
    assert check_database(db).ok


ORPHAN_INDEX_ROW = {
    "sqlite": "INSERT INTO claim_search (rowid, terms, title_terms) VALUES (999999, 'x', '')",
    "postgresql": "INSERT INTO claim_search (rowid, terms, title_terms, size) VALUES (999999, 'x', '', 1)",
}


@pytest.mark.parametrize("damage", ["DELETE FROM claim_search", "DROP TABLE claim_search", "orphan"])
def test_check_catches_a_damaged_search_index_and_reindex_repairs_it(db, db_location, backend, reviewed, damage):
    with db.writing() as session:
        session.execute(text(ORPHAN_INDEX_ROW[backend] if damage == "orphan" else damage))
    db.close()
    result = run_check(db_location)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    index_lines = [line for line in result.stdout.splitlines() if line.startswith("FAIL  search index")]
    assert len(index_lines) == 1 and "reindex" in index_lines[0], result.stdout
    assert ("999999" in index_lines[0]) == (damage == "orphan")
    main = [sys.executable, str(ROOT / "main.py"), "--db", str(db_location)]
    subprocess.run([*main, "reindex"], capture_output=True, text=True, timeout=120, check=True)
    assert run_check(db_location).returncode == 0


def test_events_written_in_bulk_by_claims_import_join_the_chain(db, tmp_path, reviewed):
    """`claims import` inserts its verdict events in one statement: they are chained like every other."""
    from workbench.usecases.archive import import_claims_file

    path = tmp_path / "archive.tsv"
    path.write_text("id\ttext\tverdict\nct-1\tThe corridor was opened to let fighters flee.\tFalse\n"
                    "ct-2\tThe moon landing was filmed in a studio.\tMisleading\n", encoding="utf-8")
    assert import_claims_file(db, path).imported == 2
    set_claim_verdict(db, reviewed, "verified")  # a single event after the bulk ones
    report = check_database(db)
    assert report.ok, report.problems
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM review_event WHERE event_hash IS NULL")).scalar() == 0


def test_check_notices_an_index_built_by_an_isnad_that_read_words_otherwise(db, reviewed, monkeypatch):
    """After an upgrade changes how words are indexed, the old index still matches old words: check says reindex."""
    from workbench.matching import index as claim_index
    from workbench.matching.upkeep import reindex

    assert check_database(db).ok
    read_before = claim_index.index_terms
    monkeypatch.setattr(claim_index, "index_terms", lambda text: [f"{term}x" for term in read_before(text)])
    report = check_database(db)
    stale = [r for r in report.results if r.name == "search index reads words as this Isnad does"]
    assert len(stale) == 1 and stale[0].problems and "reindex" in stale[0].problems[0], report.problems
    assert str(reviewed) in stale[0].problems[0]
    reindex(db)
    assert check_database(db).ok
