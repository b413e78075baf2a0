"""Shared fixtures: a fresh temporary database per test (SQLite, or PostgreSQL too), and Qt offscreen for GUI tests.

A test module that sets `BACKENDS = BOTH_BACKENDS` runs each of its tests that use `db`, `db_location` or
`backend` once on SQLite and once on a fresh PostgreSQL database (skipped, with the reason, when no server is
configured; outside CI only: CI must run them).
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


BOTH_BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: in a BACKENDS module, a test of SQLite's own machinery")


def pytest_generate_tests(metafunc):
    backends = getattr(metafunc.module, "BACKENDS", None)
    if backends and "backend" in metafunc.fixturenames:
        if metafunc.definition.get_closest_marker("sqlite_only"):
            backends = ("sqlite",)
        metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request):
    """The kind of database the test runs on: SQLite unless its module asks for BACKENDS."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_server():
    from tests.postgres_server import SKIP_REASON, PostgresServer, server_url

    url = server_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {SKIP_REASON}")
        pytest.skip(SKIP_REASON)
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def postgres_url(postgres_server):
    """A new PostgreSQL database at the current schema with the bundled catalog, dropped after the test."""
    url = postgres_server.create()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def empty_postgres_url(postgres_server):
    """A new, empty PostgreSQL database (no schema), dropped after the test."""
    url = postgres_server.create(migrated=False)
    yield url
    postgres_server.drop(url)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "isnad.sqlite"


@pytest.fixture
def db_location(backend, request, db_path):
    """What `--db` names for this test's database: the SQLite file, or a fresh PostgreSQL database's URL."""
    if backend == "sqlite":
        return db_path
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(db_location):
    from workbench.storage.database import open_database

    database = open_database(db_location)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own desk settings file, never the developer's."""
    monkeypatch.setenv("ISNAD_SETTINGS", str(tmp_path / "settings.json"))
