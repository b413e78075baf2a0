"""Isnad on PostgreSQL end to end: the CLI answers as on SQLite, new databases, the write lock, snapshot reads,
and pg_dump backups, check on a server and a wrong URL in one line."""

import json
import subprocess
import sys
import threading

import pytest
from sqlalchemy import make_url, text

from tests.concurrency_harness import wait_for_lock_waiters
from tests.conftest import ROOT
from workbench.errors import IsnadError
from workbench.resources import SAMPLES_DIR
from workbench.storage.database import connect, open_database
from workbench.storage.migrate import current_revision, head_revision

SAMPLE = SAMPLES_DIR / "ar-mosul-corridor.txt"
QUERY = "سوف نسعى لإعطائهم الفرصة للهرب إلى سوريا"


def main_py(location, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(location), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def without_times(value):
    """A JSON answer without the moments it was made or stored at, which differ between two runs."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k not in ("at", "generated_at", "imported_at")}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def run_cli(capsys, location, *args: str) -> str:
    """One CLI command in this process (as main.py runs it, without a new interpreter each time)."""
    from cli import build_parser, run_command

    capsys.readouterr()
    code = run_command(build_parser().parse_args(["--db", str(location), *args]))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_cli_gives_the_same_answers_on_both_databases(tmp_path, empty_postgres_url, capsys):
    answers = []
    for location in (tmp_path / "isnad.sqlite", empty_postgres_url):
        run_cli(capsys, location, "import", str(SAMPLE))
        run_cli(capsys, location, "verdict", "2", "--claim", "false", "--version", "1", "--reviewer", "Amal")
        answers.append([without_times(json.loads(run_cli(capsys, location, *args))) for args in (
            ["articles", "--json"], ["articles", "--show", "1", "--json"], ["match", QUERY, "--json", "--all"],
            ["report", "--article", "1", "--format", "json"], ["report", "--all-outlets", "--format", "json"],
            ["outlets", "--json"])])
        assert "all checks passed" in run_cli(capsys, location, "check")
    on_sqlite, on_postgres = answers
    assert on_postgres[2] and on_postgres[3]["summary"]["claims"] > 5  # matches found, claims extracted
    assert on_postgres == on_sqlite


def test_two_processes_opening_a_new_database_at_once(empty_postgres_url):
    command = [sys.executable, str(ROOT / "main.py"), "--db", empty_postgres_url, "articles"]
    both = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    for _out, err, code in [(*p.communicate(timeout=180), p.returncode) for p in both]:
        assert code == 0, err[-500:]
    db = connect(empty_postgres_url)
    try:
        assert current_revision(db) == head_revision()
        with db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM outlet")).scalar() >= 150
    finally:
        db.close()


def test_refuses_a_database_of_another_application(empty_postgres_url):
    other = connect(empty_postgres_url)
    with other.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    other.close()
    with pytest.raises(IsnadError, match="not an Isnad database"):
        open_database(empty_postgres_url)


def test_writers_wait_for_each_other_and_readers_keep_one_snapshot(postgres_url):
    db = open_database(postgres_url)
    count = text("SELECT count(*) FROM reviewer")
    second_writer_done = threading.Event()

    def second_writer():
        with db.writing() as session:
            session.execute(text("INSERT INTO reviewer (name, created_at) VALUES ('Badr', now())"))
        second_writer_done.set()

    try:
        with db.reading() as snapshot:
            assert snapshot.execute(count).scalar() == 0
            with db.writing() as first:
                first.execute(text("INSERT INTO reviewer (name, created_at) VALUES ('Amal', now())"))
                writer = threading.Thread(target=second_writer)
                writer.start()
                wait_for_lock_waiters(db, [], 1)  # the second writer waits for the first to commit
                assert not second_writer_done.is_set()
                with db.reading() as reader:  # readers never wait, and see only what is committed
                    assert reader.execute(count).scalar() == 0
            writer.join(timeout=60)
            assert second_writer_done.is_set()
            assert snapshot.execute(count).scalar() == 0  # one action reads one moment of the database
        with db.reading() as after:
            assert after.execute(count).scalar() == 2
    finally:
        db.close()


def test_backup_and_restore_with_pg_dump_bring_back_every_row(postgres_url, tmp_path):
    from tests.factories import make_article_with_claim

    db = open_database(postgres_url)
    try:
        claim_id = make_article_with_claim(db)
        backup = tmp_path / "desk.dump"
        done = main_py(postgres_url, "backup", str(backup))
        assert done.returncode == 0 and backup.is_file(), done.stderr
        assert main_py(postgres_url, "verdict", str(claim_id), "--claim", "false").returncode == 0
        refused = main_py(postgres_url, "restore", str(backup))  # without --yes nothing changes
        assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1
        done = main_py(postgres_url, "restore", str(backup), "--yes")
        assert done.returncode == 0, done.stderr
        with db.reading() as session:
            assert session.execute(text("SELECT claim_verdict FROM claim WHERE id = :id"),
                                   {"id": claim_id}).scalar() == "unreviewed"
        assert main_py(postgres_url, "check").returncode == 0
        replaced = list(tmp_path.glob("*-before-restore-*.dump"))
        assert len(replaced) == 1  # what the restore replaced, the false verdict with it, is kept
    finally:
        db.close()


def test_restore_refuses_a_file_that_is_not_an_isnad_dump(postgres_url, tmp_path):
    bogus = tmp_path / "notes.dump"
    bogus.write_text("not a dump", encoding="utf-8")
    done = main_py(postgres_url, "restore", str(bogus), "--yes")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a pg_dump backup" in lines[0], done.stderr


def test_backup_without_pg_dump_names_the_tool(postgres_url, tmp_path, monkeypatch):
    from workbench.storage import pg_maintenance

    monkeypatch.setattr(pg_maintenance.shutil, "which", lambda name: None)
    db = connect(postgres_url)
    try:
        with pytest.raises(IsnadError, match=r"pg_dump is not installed.*postgresql-client"):
            pg_maintenance.dump_to(db, tmp_path / "desk.dump")
    finally:
        db.close()
    assert not (tmp_path / "desk.dump").exists()


def test_check_finds_a_broken_foreign_key_and_damaged_index_checks_run(postgres_url):
    from tests.factories import make_article_with_claim
    from workbench.storage.integrity import check_database

    db = open_database(postgres_url)
    try:
        claim_id = make_article_with_claim(db)
        results = {r.name: r for r in check_database(db).results}
        assert results["foreign keys point at existing rows"].ok
        assert "CREATE EXTENSION amcheck" in results["index pages are sound (amcheck)"].skipped
        with db.engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION amcheck"))
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # foreign keys not enforced
            conn.execute(text("UPDATE claim SET article_id = 987654 WHERE id = :id"), {"id": claim_id})
        results = {r.name: r for r in check_database(db).results}
        amcheck = results["index pages are sound (amcheck)"]
        assert amcheck.skipped is None and amcheck.ok
        assert results["foreign keys point at existing rows"].problems == (
            "claim: 1 row points at a missing article (article_id)",)
    finally:
        db.close()


def test_a_database_that_does_not_exist_is_one_line(postgres_url):
    missing = make_url(postgres_url).set(database="isnad_no_such_database").render_as_string(hide_password=False)
    done = main_py(missing, "articles")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "isnad_no_such_database" in lines[0] and "does not exist" in lines[0], done.stderr
