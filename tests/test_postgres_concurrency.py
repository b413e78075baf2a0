"""Separate processes on one PostgreSQL database: two saves of one claim from one version, two imports at once.

Each race is made certain, not left to timing: the test holds a write transaction (with the claim's row
locked) until both processes are blocked by the database, then lets them go together.
"""

import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from tests.conftest import ROOT
from tests.crash_harness import article_shapes, make_articles, reference_shapes
from tests.factories import make_article_with_claim
from workbench.storage.database import open_database
from workbench.storage.integrity import check_database
from workbench.usecases.claims import get_claim

pytestmark = pytest.mark.slow
TIMEOUT = 120


def main_py(url: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", url, *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_blocked(db, procs: list[subprocess.Popen], count: int) -> None:
    """Wait until `count` other sessions on this database wait for a lock (or a process ended early)."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                 "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            if conn.execute(query).scalar() >= count:
                return
        ended = [p for p in procs if p.poll() is not None]
        assert not ended, f"a process ended before the race: {ended[0].communicate()}"
        time.sleep(0.05)
    raise AssertionError(f"{count} processes never waited for the database's lock")


def finish(procs: list[subprocess.Popen]) -> list[tuple[str, str, int]]:
    return [(*p.communicate(timeout=TIMEOUT), p.returncode) for p in procs]


@pytest.fixture
def pg_db(postgres_url):
    db = open_database(postgres_url)
    yield db
    db.close()


def test_two_processes_saving_one_claim_from_one_version_one_gets_the_conflict(pg_db, postgres_url):
    claim_id = make_article_with_claim(pg_db)
    for wanted in [("false", "verified"), ("misleading", "disputed")]:
        version = get_claim(pg_db, claim_id).version
        with pg_db.writing() as holder:
            holder.execute(text("SELECT id FROM claim WHERE id = :id FOR UPDATE"), {"id": claim_id})
            procs = [main_py(postgres_url, "verdict", str(claim_id), "--claim", verdict, "--version", str(version),
                             "--reviewer", f"desk-{side}") for side, verdict in enumerate(wanted)]
            wait_until_blocked(pg_db, procs, 2)
        results = finish(procs)
        winners = [side for side, (_out, _err, code) in enumerate(results) if code == 0]
        assert len(winners) == 1, results
        _out, err, code = results[1 - winners[0]]
        assert code != 0 and len(err.strip().splitlines()) == 1 and "changed elsewhere" in err, err
        after = get_claim(pg_db, claim_id)
        assert (after.version, after.claim_verdict) == (version + 1, wanted[winners[0]])
    assert check_database(pg_db).ok


def test_two_imports_at_once_both_land(pg_db, postgres_url, tmp_path):
    paths = make_articles(tmp_path / "articles", 0, 6)
    expected = reference_shapes(paths, tmp_path)  # the same files imported alone, on SQLite
    with pg_db.writing() as holder:
        holder.execute(text("SELECT 1"))  # the write lock is taken: both imports must wait for it
        procs = [main_py(postgres_url, "import", *map(str, half)) for half in (paths[:3], paths[3:])]
        wait_until_blocked(pg_db, procs, 2)
    for out, err, code in finish(procs):
        assert code == 0 and out.count(" claims") == 3, err
        assert "Traceback" not in err
    assert article_shapes(pg_db) == expected
    report = check_database(pg_db)
    assert report.ok, report.problems
