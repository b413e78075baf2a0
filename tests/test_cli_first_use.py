"""What a desk hits on its first day with the command line (issue 15): a mistyped --db is refused, never made
into an empty database; a query file named as the TEXT, or a query file that is no file, is said so before any
output is made; restore of a folder, migrate-to of a file name and impossible counts are one line; Arabic is
reordered for terminals only, so piped output keeps the stored text."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli import build_parser
from tests import test_cli_errors
from tests.conftest import ROOT
from tests.test_cli_errors import MOSUL, assert_one_line, fingerprint, run_cli
from workbench.storage.database import open_database
from workbench.storage.locations import sqlite_file
from workbench.storage.paths import default_database_path
from workbench.text.terminal import visual
from workbench.usecases.catalog.search import list_outlets
from workbench.usecases.claims import list_claims

QUERY_FILE_HEADER = "id\ttext\n"
QUERIES = QUERY_FILE_HEADER + "q1\tقال المتحدث باسم الجيش إن القوات تتقدم\n"


# test_cli_errors' fixtures: a database with the Mosul article imported, made once, and a copy of it per test
reviewed_template, db_copy = test_cli_errors.reviewed_template, test_cli_errors.db_copy


@pytest.fixture
def desk(db_copy) -> Path:
    """A copy of a database with the Mosul article imported (test_cli_errors' template)."""
    return db_copy


# --- a --db that does not exist -------------------------------------------------------------------------

# Commands that read or change what is stored: on a mistyped --db they have nothing to work on.
READS_OR_CHANGES = {
    "articles": ["articles", "--show", "1"], "articles edit": ["articles", "edit", "1", "--title", "x"],
    "articles delete": ["articles", "delete", "1", "--yes"], "articles restore": ["articles", "restore", "1"],
    "outlets": ["outlets"], "outlets alias": ["outlets", "alias", "BBC", "بي بي سي عربي"],
    "claims vectors": ["claims", "vectors"], "verify": ["verify", "--article", "1"],
    "verdict": ["verdict", "1", "--claim", "false"], "match": ["match", "--queries", "QUERIES", "--json"],
    "reindex": ["reindex"], "migrate-to": ["migrate-to", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
    "report": ["report", "--all-outlets"],
}
# Commands that add to the database (a new name makes a new one), and those that never open one as a desk.
ADDS = {"import", "claims import", "outlets add"}
OTHERS = {"extract", "check", "backup", "restore"}


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """Every command and action main.py --help lists that runs something, as 'articles edit'."""
    names = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                names += [f"{prefix}{name}"] * ("run" in sub._defaults) + _commands(sub, f"{prefix}{name} ")
    return names


@pytest.mark.parametrize("command", sorted(set(_commands(build_parser())) - ADDS - OTHERS))
def test_a_missing_db_is_refused_and_nothing_is_made(capsys, tmp_path, command):
    """Each command main.py lists, but for those that add; a new one needs its place in READS_OR_CHANGES."""
    queries = tmp_path / "queries.tsv"
    queries.write_text(QUERIES, encoding="utf-8")
    missing = tmp_path / "no" / "such" / "desk.sqlite"
    argv = [str(queries) if a == "QUERIES" else a for a in READS_OR_CHANGES[command]]
    code, _out, err = run_cli(capsys, "--db", missing, *argv)
    assert_one_line(code, err, "there is no database at", str(missing))
    assert not (tmp_path / "no").exists()


def test_without_db_the_default_file_is_made_but_a_named_one_is_not(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = default_database_path()
    assert default.is_relative_to(tmp_path) and not default.exists()
    code, out, err = run_cli(capsys, "articles")
    assert code == 0 and "no articles yet" in out and default.is_file(), err
    named = tmp_path / "typo.sqlite"
    code, _out, err = run_cli(capsys, "--db", named, "articles")
    assert_one_line(code, err, "there is no database at")
    assert not named.exists()


@pytest.mark.parametrize("command", [["import", str(MOSUL)], ["outlets", "add", "Al-Nabaa Weekly", "--kind",
                                                                "newspaper"]])
def test_commands_that_add_make_a_new_database_and_a_read_only_uri_is_read(capsys, tmp_path, monkeypatch, command):
    new = tmp_path / "new.sqlite"
    code, _out, err = run_cli(capsys, "--db", new, *command)
    assert code == 0 and new.is_file(), err
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    code, out, err = run_cli(capsys, "--db", f"sqlite:///file:{new}?mode=ro&uri=true", "articles")
    assert code == 0 and out.strip(), err
    assert list(Path.cwd().iterdir()) == []  # the URI is read as the file it names, no "file:" folder made here


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:////srv/desk/isnad.sqlite", Path("/srv/desk/isnad.sqlite")),
    ("sqlite:///file:/srv/desk/isnad.sqlite?mode=ro&uri=true", Path("/srv/desk/isnad.sqlite")),
    ("sqlite:///file:///srv/desk/isnad.sqlite?uri=true", Path("/srv/desk/isnad.sqlite")),
    ("sqlite:////srv/my%20desk/isnad.sqlite", Path("/srv/my desk/isnad.sqlite")),  # as SQLAlchemy opens it
    ("sqlite:///:memory:", None),
    ("sqlite:///file::memory:?uri=true", None),
    ("sqlite:///file:desk?mode=memory&uri=true", None),
    ("postgresql+psycopg://amal@db.example/isnad", None),
])
def test_the_file_a_sqlite_url_names(url, expected):
    assert sqlite_file(url) == expected


# --- match: a file name as the TEXT, a query file that is no file -------------------------------------------

@pytest.mark.parametrize(("text", "is_file_name"), [
    ("claims.tsv", True),
    ("queries-dev.csv", True),
    ("tests/data/real/train5/queries.tsv", True),
    ("/tmp/queries", True),
    ("./queries", True),
    ("~/Desktop/claims.txt", True),
    ("9/11", False),
    ("U.S.", False),
    ("3.5", False),
    ("لافروف", False),
    ("Vaccines cause autism", False),
    ("قال المتحدث باسم الجيش إن القوات تتقدم", False),
    ("see claims.tsv for the list", False),
])
def test_which_texts_are_file_names(text, is_file_name):
    from cli.cmd_match import looks_like_a_file_name

    assert looks_like_a_file_name(text) is is_file_name


def test_match_given_a_file_name_says_to_use_queries(capsys, desk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "--db", desk, "match", "claims.tsv")
    assert_one_line(code, err, "no such file: claims.tsv (use --queries FILE)")
    assert out == ""
    (tmp_path / "claims.tsv").write_text(QUERIES, encoding="utf-8")
    code, out, err = run_cli(capsys, "--db", desk, "match", "claims.tsv")
    assert_one_line(code, err, "claims.tsv is a file", "--queries claims.tsv")
    code, out, err = run_cli(capsys, "--db", desk, "match", "/dev/null")
    assert_one_line(code, err, "/dev/null: not a regular file: a device")
    assert out == ""


def _folder(path: Path) -> None:
    path.mkdir()


def _no_header(path: Path) -> None:
    path.write_text("q1\tقال المتحدث\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_text("", encoding="utf-8")


@pytest.mark.parametrize(("make", "words"), [
    (_folder, "not a regular file: a folder"),
    (_no_header, "the header needs columns id and text"),
    (_empty, "the header needs columns id and text"),
    (None, "queries.tsv: cannot read the file"),
])
def test_a_query_file_that_cannot_be_read_makes_no_run_file(capsys, desk, tmp_path, make, words):
    queries, run_file = tmp_path / "queries.tsv", tmp_path / "run.txt"
    if make is not None:
        make(queries)
    code, _out, err = run_cli(capsys, "--db", desk, "match", "--queries", queries, "--run", run_file)
    assert_one_line(code, err, words)
    assert not run_file.exists()


def test_a_query_fifo_is_refused_at_once_and_makes_no_run_file(desk, tmp_path):
    fifo, run_file = tmp_path / "queries.tsv", tmp_path / "run.txt"
    os.mkfifo(fifo)
    # Waiting on the pipe would never end (no writer ever opens it): the time-out fails the test.
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(desk), "match", "--queries",
                           str(fifo), "--run", str(run_file)], capture_output=True, text=True, timeout=90)
    assert_one_line(done.returncode, done.stderr, "named pipe (FIFO)")
    assert not run_file.exists()


def test_a_query_file_and_a_missing_db_are_refused_before_the_run_file(capsys, tmp_path):
    queries, run_file = tmp_path / "queries.tsv", tmp_path / "run.txt"
    queries.write_text(QUERIES, encoding="utf-8")
    code, _out, err = run_cli(capsys, "--db", tmp_path / "typo.sqlite", "match", "--queries", queries,
                              "--run", run_file)
    assert_one_line(code, err, "there is no database at")
    assert not run_file.exists()


# --- restore of a folder, migrate-to of a file name, impossible counts ------------------------------------

def test_restore_from_a_folder_says_it_is_a_folder(capsys, desk, tmp_path):
    before = fingerprint(desk)
    (tmp_path / "backups").mkdir()
    code, _out, err = run_cli(capsys, "--db", desk, "restore", tmp_path / "backups", "--yes")
    assert_one_line(code, err, "backups: not a regular file: a folder")
    assert "does not exist" not in err
    assert fingerprint(desk) == before


def test_migrate_to_a_file_name_is_refused_and_writes_no_copy(capsys, desk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "--db", desk, "migrate-to", "notaurl")
    assert_one_line(code, err, "needs a database URL", "'notaurl'")
    assert out == "" and not (tmp_path / "notaurl").exists()


@pytest.mark.parametrize("argv", [
    ["match", "--top", "-5", "قال المتحدث"],
    ["match", "--top", "0", "قال المتحدث"],
    ["match", "--top", str(2**63), "قال المتحدث"],
    ["match", "--top", "-1", "--json", "--queries", "QUERIES"],
    ["import", "--matches", "-1", "--json", str(MOSUL)],
    ["claims", "import", "--batch-size", "0", "QUERIES"],
    ["claims", "import", "--inline-vectors", "-1", "QUERIES"],
])
def test_impossible_counts_are_refused_by_the_arguments(capsys, desk, tmp_path, argv):
    queries = tmp_path / "queries.tsv"
    queries.write_text(QUERIES, encoding="utf-8")
    before = fingerprint(desk)
    code, out, err = run_cli(capsys, "--db", desk, *[str(queries) if a == "QUERIES" else a for a in argv])
    assert code == 2 and "Traceback" not in err and out == ""
    assert err.strip().splitlines()[-1].startswith("python main.py ") and "error: argument" in err
    assert fingerprint(desk) == before


# --- Arabic for a terminal, the stored text for a pipe -----------------------------------------------------

def _shown_claims(db) -> list[str]:
    return [c.text for c in list_claims(db, 1)]


def _shown_aliases(db) -> list[str]:
    return [" | ".join(a for a in o.aliases if a != o.name) for o in list_outlets(db, search="الجزيرة")]


@pytest.mark.parametrize(("argv", "shown"), [
    (["articles", "--show", "1"], _shown_claims),
    (["outlets", "--search", "الجزيرة"], _shown_aliases),
])
@pytest.mark.parametrize("terminal", [True, False])
def test_arabic_is_in_visual_order_only_on_a_terminal(capsys, desk, monkeypatch, argv, shown, terminal):
    db = open_database(desk)
    try:
        pieces = [p for p in shown(db) if visual(p) != p]  # the Arabic ones: their two orders differ
    finally:
        db.close()
    assert pieces
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)
    code, out, err = run_cli(capsys, "--db", desk, *argv)
    assert code == 0, err
    for piece in pieces:
        assert (visual(piece) if terminal else piece) in out
        assert (piece if terminal else visual(piece)) not in out
