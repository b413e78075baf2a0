"""Separate processes on one database at once: imports, reviewers, same-version saves, a GUI beside an import."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest

from tests.concurrency_harness import (
    race_import_and_reviewers,
    race_new_reviewer,
    race_same_claim,
    race_same_claims_file,
    race_same_import,
)
from tests.conftest import BOTH_BACKENDS, ROOT
from tests.crash_harness import make_articles, prepare_review_db
from tests.factories import make_article_with_claim
from workbench.storage.integrity import check_database
from workbench.storage.paths import default_database_path

pytestmark = pytest.mark.slow
BACKENDS = BOTH_BACKENDS


def test_import_and_two_reviewers_at_once_all_land(tmp_path):
    figures = race_import_and_reviewers(tmp_path, files=6, reviewers=2, edits=60)
    assert figures.locked_messages == 0, figures.problems
    assert figures.failed_processes == 0, figures.problems
    assert figures.articles_imported == 6 and figures.articles_missing == 0, figures.problems
    assert figures.edits_saved == 2 * 60
    assert figures.edits_lost == 0 and figures.integrity_failures == 0, figures.problems


# The races below run on both stores (BACKENDS): every round starts both processes while the test holds the
# database's write lock, and releases it once both wait for it, so the two really meet at the database.
ROUNDS = 2


def test_two_verdicts_from_one_version_exactly_one_wins(db, db_location):
    claim_id = make_article_with_claim(db)
    figures = race_same_claim(db_location, claim_id, rounds=ROUNDS)
    assert figures.silent_overwrites == 0, figures.problems
    assert figures.one_winner == ROUNDS and figures.conflicts_shown == ROUNDS, figures.problems
    assert figures.wrong_final_state == 0, figures.problems
    assert_checks_pass(db)


@pytest.mark.parametrize("race", [race_same_import, race_same_claims_file], ids=["article", "claims-file"])
def test_the_same_new_data_imported_twice_at_once_lands_once(db, db_location, tmp_path, race):
    figures = race(db_location, tmp_path, rounds=ROUNDS)
    assert figures.tracebacks == 0 and figures.good == ROUNDS, figures.problems
    assert_checks_pass(db)


def test_one_new_reviewer_in_two_processes_at_once(db, db_location):
    claim_id = make_article_with_claim(db)
    figures = race_new_reviewer(db_location, claim_id, rounds=ROUNDS)
    assert figures.tracebacks == 0 and figures.good == ROUNDS, figures.problems
    assert_checks_pass(db)


def assert_checks_pass(db) -> None:
    report = check_database(db)
    assert report.ok, report.problems


def test_two_gui_instances_and_a_cli_import_at_once(tmp_path):
    db_path, _claim_ids = prepare_review_db(tmp_path, articles=1)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"reviewer_name": "Amal"}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISNAD_SETTINGS": str(settings),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONUNBUFFERED": "1"}
    guis = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--debug", "--db", str(db_path)], cwd=ROOT,
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    stderr_lines: dict[int, list[str]] = {gui.pid: [] for gui in guis}
    shown = {gui.pid: threading.Event() for gui in guis}

    def follow(gui):
        for line in gui.stderr:
            stderr_lines[gui.pid].append(line.rstrip())
            if line.startswith("window shown"):
                shown[gui.pid].set()

    readers = [threading.Thread(target=follow, args=(gui,), daemon=True) for gui in guis]
    for reader in readers:
        reader.start()
    try:
        for gui in guis:  # `--debug` prints this line once the main window is up with its review session
            assert shown[gui.pid].wait(timeout=90), "\n".join(stderr_lines[gui.pid])
        files = make_articles(tmp_path / "while-gui", 500, 4)
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "import", *map(str, files)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert result.stdout.count(" claims") == 4
        assert "locked" not in result.stderr.lower()
        assert all(gui.poll() is None for gui in guis), "an app instance closed while the import ran"
    finally:
        for gui in guis:
            if gui.poll() is None:
                gui.send_signal(signal.SIGTERM)
            gui.wait(timeout=30)
        for reader in readers:
            reader.join(timeout=10)
    for gui in guis:
        trouble = [line for line in stderr_lines[gui.pid] if "locked" in line.lower() or "Traceback" in line]
        assert trouble == [], "\n".join(stderr_lines[gui.pid])
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "check"], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout


def test_retry_when_locked_retries_the_whole_transaction_until_the_lock_is_released(tmp_path):
    from workbench.storage.retry import retry_when_locked

    path = tmp_path / "locked.sqlite"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE verdict (value TEXT)")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    attempts = []

    def save():
        attempts.append(1)
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO verdict VALUES ('false')")
            conn.execute("COMMIT")
        return "saved"

    release.start()
    try:
        assert retry_when_locked(save, attempts=20, first_delay=0.02, max_delay=0.1) == "saved"
    finally:
        release.join()
        holder.close()
    assert len(attempts) > 1
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT value FROM verdict").fetchall() == [("false",)]


def test_retry_gives_up_with_one_line_and_passes_other_errors_through():
    from workbench.storage.retry import DatabaseBusy, retry_when_locked

    delays = []

    def always_locked():
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(DatabaseBusy) as busy:
        retry_when_locked(always_locked, attempts=4, first_delay=0.1, sleep=delays.append)
    assert len(delays) == 3 and delays[0] < delays[-1]
    assert "\n" not in str(busy.value) and "locked by another program" in str(busy.value)

    def broken():
        raise sqlite3.OperationalError("no such table: claim")

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        retry_when_locked(broken, attempts=4, sleep=delays.append)
    assert len(delays) == 3


def test_two_processes_opening_a_new_database_at_once(tmp_path, monkeypatch):
    for round_number in range(2):
        # The default database of a fresh data folder, made on first use (`articles` never makes a --db file).
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / f"data-{round_number}"))
        db_path = default_database_path()
        command = [sys.executable, str(ROOT / "main.py"), "articles"]
        both = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
        results = [(*p.communicate(timeout=120), p.returncode) for p in both]
        for _out, err, code in results:
            assert code == 0 and "locked" not in err.lower(), err[-500:]
        with closing(sqlite3.connect(db_path)) as conn:
            assert conn.execute("SELECT count(*) FROM outlet").fetchone()[0] >= 150
