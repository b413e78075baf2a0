"""Every way the command line can fail is one line on stderr and a non-zero exit, never a traceback.

A --db that is no database, a newer Isnad's database (refused untouched, with no copy made), a full disk,
a read-only database, numbers too large for the database, impossible sizes; and a property test over the
whole argument space. Most run main.main() in-process (an exception escaping it is what a user would see
as a traceback); the tmpfs tests fill or freeze a real disk and are skipped where mounting is not allowed.
"""

import argparse
import errno
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

import main as entry
from cli import build_parser
from tests.conftest import ROOT, SHARED
from workbench.storage import migrate
from workbench.storage.database import open_database

MOSUL = SHARED / "articles" / "ar-mosul-corridor.txt"
NEWER_REVISION = "0999"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """main.main(argv) as the user runs it; argparse's own refusals count as their exit status."""
    try:
        code = entry.main([str(a) for a in argv])
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(code: int, err: str, *fragments: str) -> str:
    assert code != 0, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    last = lines[-1]
    assert last.startswith(("error:", "refused", "python main.py")) and len(last) < 400, err
    for fragment in fragments:
        assert fragment in err, err
    return last


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and what lies beside it (a copy or a log file made next to it shows here)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.rglob("*"))


@pytest.fixture(scope="module")
def reviewed_template(tmp_path_factory) -> Path:
    """A database with one imported article, made once; tests work on copies."""
    path = tmp_path_factory.mktemp("template") / "isnad.sqlite"
    db = open_database(path)
    from workbench.usecases.articles import import_files

    list(import_files(db, [MOSUL]))
    db.close()
    return path


@pytest.fixture
def db_copy(reviewed_template, tmp_path) -> Path:
    target = tmp_path / "db" / "isnad.sqlite"
    target.parent.mkdir()
    shutil.copy2(reviewed_template, target)
    return target


def claim_row(path: Path, claim_id: int = 1) -> tuple:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT claim_verdict, attribution_verdict, note, version FROM claim WHERE id = ?",
                            (claim_id,)).fetchone()


# --- a --db that cannot be an Isnad database -------------------------------------------------------------

def test_a_text_file_a_folder_and_unknown_urls_as_db(capsys, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 50, encoding="utf-8")
    before = fingerprint(notes)
    for db, words in [(notes, "not a SQLite file"), (tmp_path, "is a folder"),
                      ("foo://host/x", "not 'foo' URLs"), ("not a url://x", "neither a file path")]:
        for command in (["articles"], ["verdict", "1", "--claim", "false"], ["backup", str(tmp_path / "b.sqlite")]):
            code, _out, err = run_cli(capsys, "--db", db, *command)
            assert_one_line(code, err, words)
    assert fingerprint(notes) == before and not (tmp_path / "b.sqlite").exists()


def test_an_empty_file_is_no_database_to_check_or_back_up(capsys, tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for command in (["check"], ["backup", str(tmp_path / "b.sqlite")]):
        code, _out, err = run_cli(capsys, "--db", empty, *command)
        assert_one_line(code, err, "the file is empty")
    assert empty.stat().st_size == 0


# --- a database from a newer Isnad ----------------------------------------------------------------------

@pytest.fixture
def newer_db(db_copy) -> Path:
    with closing(sqlite3.connect(db_copy)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER_REVISION,))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_copy


def test_a_newer_schema_is_refused_in_one_line_and_left_untouched(capsys, newer_db):
    before = fingerprint(newer_db)
    for command in (["articles"], ["verdict", "1", "--claim", "false"], ["import", str(MOSUL)]):
        code, _out, err = run_cli(capsys, "--db", newer_db, *command)
        line = assert_one_line(code, err)
        assert (f"made by a newer Isnad, revision {NEWER_REVISION}; this one knows up to "
                f"{migrate.head_revision()}") in line
    assert fingerprint(newer_db) == before  # no before-upgrade copy, no backups folder, same bytes


def test_check_fails_on_a_newer_schema(capsys, newer_db):
    code, out, err = run_cli(capsys, "--db", newer_db, "check")
    assert code == 1 and "Traceback" not in err
    assert any(line.startswith("FAIL  schema") and NEWER_REVISION in line for line in out.splitlines()), out


# --- full disk, read-only database ----------------------------------------------------------------------

@pytest.fixture
def database_cannot_grow(monkeypatch):
    """Every connection may use only the pages the file has now: SQLite's own 'database or disk is full'."""
    from workbench.storage import database

    real_connect = database.connect

    def connect(url):
        db = real_connect(url)

        @event.listens_for(db.engine, "connect")
        def _cap(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        return db

    monkeypatch.setattr(database, "connect", connect)


def test_a_full_disk_during_a_verdict_saves_nothing(capsys, db_copy, database_cannot_grow):
    before = claim_row(db_copy)
    code, _out, err = run_cli(capsys, "--db", db_copy, "verdict", "1", "--claim", "false",
                              "--attribution", "misattributed", "--note", "x" * 400_000)
    assert_one_line(code, err, "the disk is full", "nothing was saved")
    assert claim_row(db_copy) == before


def test_a_read_only_database_refuses_a_write_in_one_line(capsys, db_copy):
    before = claim_row(db_copy)
    read_only = f"sqlite:///file:{db_copy}?mode=ro&uri=true"
    code, _out, err = run_cli(capsys, "--db", read_only, "verdict", "1", "--claim", "false")
    assert_one_line(code, err, "read-only", "nothing was saved")
    assert claim_row(db_copy) == before
    code, out, _err = run_cli(capsys, "--db", read_only, "articles")  # reading still works
    assert code == 0 and "1 " in out


@pytest.mark.parametrize("failure", [
    sqlite3.OperationalError("database or disk is full"),
    OSError(errno.ENOSPC, "No space left on device"),
])
def test_a_backup_that_fills_the_disk_leaves_nothing_at_its_name(capsys, db_copy, tmp_path, monkeypatch, failure):
    from workbench.storage import backups

    failure.sqlite_errorcode = 13  # SQLITE_FULL, as the driver sets it (ignored for the OSError)

    def half_then_full(_engine, partial):
        Path(partial).write_bytes(b"SQLite format 3\x00" + bytes(40_000))  # torn: a header and no more
        raise failure

    monkeypatch.setattr(backups, "online_backup", half_then_full)
    target = tmp_path / "out" / "backup.sqlite"
    code, _out, err = run_cli(capsys, "--db", db_copy, "backup", target)
    assert_one_line(code, err, "the disk is full", "was not written")
    assert not target.exists() and list(target.parent.iterdir()) == []
    monkeypatch.undo()
    code, _out, err = run_cli(capsys, "--db", db_copy, "backup", target)  # a rerun is not "already exists"
    assert code == 0, err
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- numbers the database cannot hold, sizes that are none ----------------------------------------------

@pytest.mark.parametrize("argv", [
    ["verdict", str(2**63), "--claim", "false"],
    ["verdict", "1", "--version", str(2**64), "--claim", "false"],
    ["verdict", "-3", "--claim", "false"],
    ["import", "--max-mb", "inf", str(MOSUL)],
    ["import", "--max-mb", "nan", str(MOSUL)],
    ["import", "--max-mb", "-1", str(MOSUL)],
])
def test_impossible_numbers_are_refused_by_the_arguments(capsys, db_copy, argv):
    before = fingerprint(db_copy)
    code, _out, err = run_cli(capsys, "--db", db_copy, *argv)
    assert code == 2 and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("python main.py ") and "error: argument" in err
    assert fingerprint(db_copy) == before


def test_an_id_above_two_to_the_63_anywhere_is_one_line(capsys, db_copy):
    code, _out, err = run_cli(capsys, "--db", db_copy, "articles", "--show", str(2**63 + 5))
    assert_one_line(code, err, "too large")


# --- restore onto a folder it cannot write --------------------------------------------------------------

@contextmanager
def tmpfs(folder: Path, *options: str):
    """A real small disk at folder (root only): skipped where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    mount = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(folder)],
                           capture_output=True, text=True)
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mount.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_restore_onto_a_read_only_folder_blames_the_folder_not_the_backup(capsys, db_copy, tmp_path):
    backup = tmp_path / "good-backup.sqlite"
    shutil.copy2(db_copy, backup)
    with tmpfs(tmp_path / "ro", "size=4m") as folder:
        shutil.copy2(db_copy, folder / "isnad.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        code, _out, err = run_cli(capsys, "--db", folder / "isnad.sqlite", "restore", backup, "--yes")
        line = assert_one_line(code, err)
        assert str(folder) in line and "is fine" in line and "not a readable database" not in line


def test_a_real_full_disk_gives_one_line_for_verdict_and_backup(capsys, reviewed_template, tmp_path):
    with tmpfs(tmp_path / "full", "size=3m") as folder:
        db = folder / "isnad.sqlite"
        shutil.copy2(reviewed_template, db)
        before = claim_row(db)
        filler = folder / "filler"
        # fill the disk to the last byte, unbuffered: a buffered file would try the bytes it could not write again
        # when closed, and fail there
        with open(filler, "wb", buffering=0) as handle:
            chunk = 64 * 1024
            while chunk:
                try:
                    handle.write(bytes(chunk))
                except OSError:
                    chunk //= 2
        code, _out, err = run_cli(capsys, "--db", db, "verdict", "1", "--claim", "false", "--note", "n" * 200_000)
        assert_one_line(code, err, "the disk is full")
        code, _out, err = run_cli(capsys, "--db", db, "backup", folder / "b.sqlite")
        assert_one_line(code, err, "the disk is full")
        assert not (folder / "b.sqlite").exists()
        filler.unlink()
        assert claim_row(db) == before


# --- the whole argument space ---------------------------------------------------------------------------

def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


PARSER = build_parser()
# Values users and scripts really pass by mistake; no FIFO or /dev/zero (reads of those are bounded elsewhere).
TRICKY = ["0", "-1", "1", "2", str(2**63), str(2**64), "1e308", "inf", "nan", "", " ", "abc", "١٢", "--",
          "x" * 300, "/dev/full", "/dev/null", "missing.txt", "folder", "notes.txt", "isnad.sqlite",
          "sqlite:///folder", "foo://bar", "postgresql+psycopg://nobody@127.0.0.1:1/none", "قال المتحدث"]


@st.composite
def command_lines(draw) -> list[str]:
    argv: list[str] = []
    parser = PARSER
    while True:
        choices = _subcommands(parser)
        if not choices:
            break
        name = draw(st.sampled_from(sorted(choices)))
        argv.append(name)
        parser = choices[name]
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        values = st.sampled_from(list(action.choices)) if action.choices else st.sampled_from(TRICKY)
        if not action.option_strings:
            count = 0 if action.nargs in ("?", "*") and draw(st.booleans()) else 1
            argv.extend(draw(values) for _ in range(count))
        elif draw(st.booleans()):
            argv.append(action.option_strings[-1])
            if action.nargs != 0:
                argv.append(draw(values | st.sampled_from(TRICKY)))
    return argv


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines())
def test_no_command_line_ends_in_a_traceback(capsys, monkeypatch, reviewed_template, tmp_path_factory, argv):
    work = tmp_path_factory.mktemp("argv")
    (work / "folder").mkdir()
    (work / "notes.txt").write_text("notes\n", encoding="utf-8")
    shutil.copy2(reviewed_template, work / "isnad.sqlite")
    monkeypatch.chdir(work)  # relative names land in this example's folder
    code, _out, err = run_cli(capsys, "--db", work / "isnad.sqlite", *argv)
    assert "Traceback" not in err, (argv, err)
    assert code != 70, (argv, err)  # an unexpected exception: a bug, even if said in one line
    if code != 0:
        assert err.strip(), argv


def test_debug_still_shows_the_traceback(tmp_path):
    """--debug is how a developer sees a failure whole; without it the same failure is one line."""
    folder = tmp_path / "folder"
    folder.mkdir()
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "notes.txt"), "articles"]
    (tmp_path / "notes.txt").write_text("notes\n" * 100, encoding="utf-8")
    plain = subprocess.run(command, capture_output=True, text=True, timeout=120)
    debug = subprocess.run([*command[:2], "--debug", *command[2:]], capture_output=True, text=True, timeout=120)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr and len(plain.stderr.splitlines()) == 1
    assert "Traceback" in debug.stderr


def test_a_query_file_that_is_not_utf8_is_one_line_not_a_bug(capsys, tmp_path, reviewed_template):
    """Found by the property test above (seed 10): `match --queries` on a binary file (the database itself)."""
    work = tmp_path / "w"
    work.mkdir()
    shutil.copy2(reviewed_template, work / "isnad.sqlite")
    (work / "queries.tsv").write_bytes("id\ttext\nq1\tقال المتحدث\n".encode() + b"q2\t\xf1\xff broken\n")
    for queries in (work / "isnad.sqlite", work / "queries.tsv"):
        code, _out, err = run_cli(capsys, "--db", work / "isnad.sqlite", "match", "--json", "--queries", queries)
        assert code not in (0, 70) and "not UTF-8" in err and len(err.strip().splitlines()) == 1, err


def test_report_on_a_missing_database_is_refused_and_creates_nothing(capsys, tmp_path):
    missing = tmp_path / "no" / "such" / "desk.sqlite"
    code, _out, err = run_cli(capsys, "--db", missing, "report", "--all-outlets")
    assert_one_line(code, err, "there is no database at", str(missing))
    assert not (tmp_path / "no").exists()
