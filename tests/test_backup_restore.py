"""Backups: online copy while another writer is mid-transaction, restore and compare, rotation, before-migration."""

import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import ROOT
from tests.factories import make_article_with_claim
from workbench.errors import IsnadError
from workbench.storage import migrate
from workbench.storage.backups import backups_dir
from workbench.storage.database import connect, open_database
from workbench.storage.restore import restore_database
from workbench.storage.rotation import daily_backups, rotate_daily_backup
from workbench.usecases.claims import get_claim, set_claim_verdict

pytestmark = pytest.mark.sqlite_only  # SQLite files' backups; PostgreSQL's are in test_postgres_storage.py


def cli(db_path, *args, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                            capture_output=True, text=True, timeout=60)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def table_rows(path) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables included), for comparing two database files."""
    with closing(sqlite3.connect(path)) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}


@pytest.fixture
def reviewed_db(db):
    claim_id = make_article_with_claim(db)
    set_claim_verdict(db, claim_id, "false", expected_version=1)
    return db, claim_id


def test_backup_while_another_connection_holds_a_write_transaction(reviewed_db, db_path, tmp_path):
    db, _claim_id = reviewed_db
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO reviewer (name, created_at) VALUES ('uncommitted', CURRENT_TIMESTAMP)")
    try:
        out = tmp_path / "copy.sqlite"
        result = cli(db_path, "backup", str(out))  # must not wait for the writer (30 s busy timeout)
        assert "backup written" in result.stdout
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with closing(sqlite3.connect(out)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM reviewer WHERE name = 'uncommitted'").fetchone()[0] == 0
    db.close()
    assert table_rows(out) == table_rows(db_path)


def test_backup_refuses_to_overwrite(reviewed_db, db_path, tmp_path):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"keep me")
    result = cli(db_path, "backup", str(existing), check=False)
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "already exists" in result.stderr
    assert existing.read_bytes() == b"keep me"


def test_restore_brings_back_every_row(reviewed_db, db_path, tmp_path):
    db, claim_id = reviewed_db
    backup = tmp_path / "monday.sqlite"
    cli(db_path, "backup", str(backup))
    set_claim_verdict(db, claim_id, "verified", expected_version=2)  # a later change, undone by the restore
    db.close()
    refused = cli(db_path, "restore", str(backup), check=False)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    again = connect(f"sqlite:///{db_path}")
    assert get_claim(again, claim_id).claim_verdict == "verified"
    again.close()

    result = cli(db_path, "restore", str(backup), "--yes")
    assert "restored" in result.stdout
    assert table_rows(db_path) == table_rows(backup)
    previous = sorted((db_path.parent / "backups").glob("*-before-restore-*.sqlite"))
    assert len(previous) == 1
    with closing(sqlite3.connect(previous[0])) as kept:
        assert kept.execute("SELECT claim_verdict FROM claim WHERE id = ?", (claim_id,)).fetchone()[0] == "verified"
    assert cli(db_path, "check").returncode == 0


def test_restore_refuses_while_the_database_is_open(reviewed_db, db_path, tmp_path):
    db, _claim_id = reviewed_db
    backup = tmp_path / "b.sqlite"
    cli(db_path, "backup", str(backup))
    with db.reading() as session:  # the app has it open
        session.execute(text("SELECT 1"))
        with pytest.raises(IsnadError, match="open in another program"):
            restore_database(backup, db_path)


@pytest.mark.parametrize(("content", "reason"), [
    (b"not a database at all\n" * 100, "not a readable database"),
    (None, "not an Isnad database"),
])
def test_restore_refuses_what_is_not_an_isnad_backup(reviewed_db, db_path, tmp_path, content, reason):
    db, _claim_id = reviewed_db
    db.close()
    before = table_rows(db_path)
    bad = tmp_path / "bad.sqlite"
    if content is None:
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE invoices (id INTEGER)")
            conn.commit()
    else:
        bad.write_bytes(content)
    with pytest.raises(IsnadError, match=reason):
        restore_database(bad, db_path)
    assert table_rows(db_path) == before
    assert not list(tmp_path.glob(".*restoring*"))


def test_rotation_keeps_one_a_day_and_the_newest_n(reviewed_db):
    db, _claim_id = reviewed_db
    start = date(2026, 3, 1)
    for day in range(6):
        assert rotate_daily_backup(db, keep=3, today=start + timedelta(days=day)) is not None
    assert rotate_daily_backup(db, keep=3, today=start + timedelta(days=5)) is None  # one a day
    kept = daily_backups(db)
    assert [p.name.rsplit("-daily-", 1)[1] for p in kept] == ["2026-03-04.sqlite", "2026-03-05.sqlite",
                                                               "2026-03-06.sqlite"]
    for path in kept:
        with closing(sqlite3.connect(path)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT count(*) FROM claim").fetchone()[0] >= 1
    assert rotate_daily_backup(db, keep=0, today=start + timedelta(days=9)) is None
    assert len(daily_backups(db)) == 3


def test_automatic_backup_before_migration(db_path):
    if migrate.head_revision() == "0001":
        pytest.skip("only one schema revision so far: nothing to migrate from")
    old = connect(f"sqlite:///{db_path}")
    migrate.upgrade(old, "0001")
    with old.writing() as session:
        session.execute(text("INSERT INTO reviewer (name, created_at) VALUES ('Huda', CURRENT_TIMESTAMP)"))
    old.close()
    before = table_rows(db_path)

    upgraded = open_database(db_path)
    assert migrate.current_revision(upgraded) == migrate.head_revision()
    copies = list(backups_dir(upgraded).glob("*before-upgrade-from-0001*.sqlite"))
    upgraded.close()
    assert len(copies) == 1
    assert table_rows(copies[0]) == before
    assert table_rows(db_path)["reviewer"] == before["reviewer"]


def test_two_processes_rotating_at_once_both_succeed(tmp_path):
    """Two app instances opening one database at once each make (or find) today's copy, never clobbering."""
    db_path = tmp_path / "shared.sqlite"
    open_database(db_path).close()
    script = ("import sys; from workbench.storage.database import open_database; "
              "from workbench.storage.rotation import rotate_daily_backup; "
              "rotate_daily_backup(open_database(sys.argv[1]), keep=3)")
    runs = [subprocess.Popen([sys.executable, "-c", script, str(db_path)], cwd=ROOT, stderr=subprocess.PIPE,
                             text=True) for _ in range(4)]
    outcomes = [(p.wait(timeout=60), p.stderr.read()) for p in runs]
    assert all(code == 0 for code, _ in outcomes), outcomes
    copies = list((tmp_path / "backups").glob("shared-daily-*.sqlite"))
    assert len(copies) == 1 and not list((tmp_path / "backups").glob("*.partial"))


def test_a_backup_killed_midway_leaves_nothing_at_its_name(reviewed_db, tmp_path, monkeypatch):
    """A child SIGKILLed while the copy is half written: the chosen name stays free, a rerun makes it whole."""
    import os
    import signal
    import time

    from workbench.storage import backups

    db, _claim_id = reviewed_db
    target = tmp_path / "out" / "backup.sqlite"
    target.parent.mkdir()

    def half_then_hang(_engine, path):
        with open(path, "wb") as handle:
            handle.write(b"SQLite format 3\x00" + bytes(8192))
        time.sleep(60)

    monkeypatch.setattr(backups, "online_backup", half_then_hang)
    db.engine.dispose()  # the child opens its own connections
    pid = os.fork()
    if pid == 0:
        try:
            backups.backup_to(db, target)
        finally:
            os._exit(1)
    deadline = time.monotonic() + 30
    while not any(p.stat().st_size for p in target.parent.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir()] == [f".backup.sqlite.{pid}.partial"]
    monkeypatch.undo()
    assert backups.backup_to(db, target) == target  # not "already exists"; the dead child's partial removed
    assert [p.name for p in target.parent.iterdir()] == ["backup.sqlite"]
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_next_start_removes_what_a_killed_restore_staged(db_path):
    import os

    open_database(db_path).close()
    dead = db_path.with_name(f".{db_path.name}.restoring-{2**22 + 12345}")  # above any pid in use here
    older = db_path.with_name(f".{db_path.name}.restoring")  # the name before per-process staging
    running = db_path.with_name(f".{db_path.name}.restoring-{os.getppid()}")  # a restore still going on
    for path in (dead, Path(f"{dead}-wal"), older, running):
        path.write_bytes(bytes(4096))
    open_database(db_path).close()
    left = sorted(p.name for p in db_path.parent.glob(".*restoring*"))
    assert left == [running.name]
