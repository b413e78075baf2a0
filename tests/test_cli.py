"""The command line through main.py, as a user types it: output lines, JSON, exit codes, one-line errors."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED
from workbench.storage.database import open_database

MOSUL = SHARED / "articles" / "ar-mosul-corridor.txt"


def run(*args, db=None, check=True, env=None, stdin=None):
    command = [sys.executable, str(ROOT / "main.py")] + (["--db", str(db)] if db else []) + list(args)
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, input=stdin)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def made_db(db_path, sqlite_template):
    """A new database with only the bundled catalog: commands that read refuse a --db file that does not exist.
    A copy of the session's new database (conftest's sqlite_template), opened and closed by open_database."""
    shutil.copyfile(sqlite_template, db_path)
    open_database(db_path).close()
    return db_path


def test_import_then_again_says_already_there(db_path):
    first = run("import", str(MOSUL), db=db_path)
    assert first.stdout.startswith("article 1: ") and first.stdout.rstrip().endswith("claims")
    again = run("import", str(MOSUL), db=db_path)
    assert "already there" in again.stdout
    listed = json.loads(run("articles", "--json", db=db_path).stdout)
    assert len(listed) == 1
    assert set(listed[0]) >= {"id", "title", "sha256", "claims", "reviewed"}


def test_import_json(db_path):
    rows = json.loads(run("import", "--json", "--matches", "0", str(MOSUL), db=db_path).stdout)
    assert rows[0]["status"] == "imported" and len(rows[0]["sha256"]) == 64
    assert set(rows[0]) >= {"article_id", "sha256", "claims", "status"}


def test_refused_file_is_one_line_and_non_zero(db_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run("import", str(empty), str(MOSUL), db=db_path, check=False)
    assert result.returncode != 0
    refusals = [line for line in result.stderr.splitlines() if line.startswith("refused")]
    assert len(refusals) == 1 and "empty.txt" in refusals[0]
    assert "Traceback" not in result.stderr
    assert "article 1" in result.stdout  # the good file still went in


def test_outlets_json_lists_the_catalog_with_arabic_spellings(made_db):
    outlets = {o["name"]: o for o in json.loads(run("outlets", "--json", db=made_db).stdout)}
    assert len(outlets) >= 150
    assert {"صن", "الصن", "ذا صن"} <= set(outlets["The Sun"]["aliases"])
    assert "واشنطن بوست" in outlets["The Washington Post"]["aliases"]
    assert {"روسيا اليوم", "آر تي"} <= set(outlets["RT"]["aliases"])


def test_outlets_add_and_alias(db_path):
    run("outlets", "add", "Al-Nabaa Weekly", "--kind", "newspaper", "--country", "EG", "--alias", "النبأ",
        db=db_path)
    run("outlets", "alias", "Al-Nabaa Weekly", "جريدة النبأ", db=db_path)
    found = json.loads(run("outlets", "--json", "--search", "Nabaa Weekly", db=db_path).stdout)
    assert [o["name"] for o in found] == ["Al-Nabaa Weekly"]  # the catalog's own Al-Nabaa TV is another outlet
    assert {"النبأ", "جريدة النبأ"} <= set(found[0]["aliases"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["outlets", "alias", "No Such Gazette", "x"], "no outlet"),
        (["verdict", "999", "--claim", "false"], "no claim 999"),
        (["import", "/nonexistent/file.txt"], "refused"),
    ],
)
def test_errors_are_one_line_without_traceback(made_db, args, message):
    result = run(*args, db=made_db, check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_verdict_from_the_cli_is_recorded(db_path):
    run("import", str(MOSUL), db=db_path)
    shown = json.loads(run("articles", "--show", "1", "--json", db=db_path).stdout)
    claim = shown["claims"][0]
    out = json.loads(run("verdict", str(claim["id"]), "--claim", "false", "--version", str(claim["version"]),
                         "--json", db=db_path).stdout)
    assert out["claim_verdict"] == "false" and out["version"] == claim["version"] + 1
    stale = run("verdict", str(claim["id"]), "--claim", "verified", "--version", str(claim["version"]),
                db=db_path, check=False)
    assert stale.returncode != 0 and "changed elsewhere" in stale.stderr


def test_no_display_says_so_in_one_line(db_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = run(db=db_path, check=False, env=env)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "no display" in result.stderr
