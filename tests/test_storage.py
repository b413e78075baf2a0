"""Opening a database: SQLite settings, migrations to head, the default location, refusing foreign files."""

import sqlite3

import pytest
from sqlalchemy import text

from tests.conftest import BOTH_BACKENDS
from workbench.errors import IsnadError
from workbench.storage.database import open_database
from workbench.storage.migrate import current_revision, head_revision
from workbench.storage.paths import database_url, default_database_path

BACKENDS = BOTH_BACKENDS


@pytest.mark.sqlite_only
def test_sqlite_settings(db):
    with db.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_new_database_is_at_head(db):
    assert current_revision(db) == head_revision()


def test_reopening_keeps_data_and_revision(db_location):
    first = open_database(db_location)
    with first.writing() as session:
        session.execute(text("INSERT INTO reviewer (name, created_at) VALUES ('Amal', CURRENT_TIMESTAMP)"))
    first.close()
    again = open_database(db_location)
    with again.reading() as session:
        assert session.execute(text("SELECT name FROM reviewer")).scalar() == "Amal"
    assert current_revision(again) == head_revision()
    again.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match=r"(?i)foreign key"), db.writing() as session:
        session.execute(text(
            "INSERT INTO claim (article_id, text, language, note, evidence, version, claim_verdict, "
            "attribution_verdict, origin, deleted, created_at, updated_at) VALUES "
            "(999, 'x', 'ar', '', '[]', 1, 'unreviewed', 'unchecked', 'reviewer', false, "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))


def test_refuses_a_database_of_another_application(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(IsnadError, match="not an Isnad database"):
        open_database(path)


@pytest.mark.parametrize(
    ("given", "expected_prefix"),
    [("postgresql://u@h/isnad", "postgresql://"), ("sqlite:///x.db", "sqlite:///x.db")],
)
def test_urls_pass_through(given, expected_prefix):
    assert database_url(given).startswith(expected_prefix)


def test_paths_become_absolute_sqlite_urls(tmp_path):
    assert database_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"


def test_default_location_is_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_database_path() == tmp_path / "Isnad" / "isnad.sqlite"
    assert database_url(None) == f"sqlite:///{tmp_path / 'Isnad' / 'isnad.sqlite'}"
