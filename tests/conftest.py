"""Shared fixtures: a fresh temporary database per test (SQLite, or PostgreSQL too), and Qt offscreen for GUI tests.

A test module that sets `BACKENDS = BOTH_BACKENDS` runs each of its tests that use `db`, `db_location` or
`backend` once on SQLite and once on a fresh PostgreSQL database (skipped, with the reason, when no server is
configured; outside CI only: CI must run them). ISNAD_TEST_STORE=postgres puts every such test on PostgreSQL.
"""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


BOTH_BACKENDS = ("sqlite", "postgresql")
# ISNAD_TEST_STORE=postgres runs every test that takes `db`, `db_location` or `backend` on a fresh PostgreSQL
# database instead; `-m store` picks those not already run on both (CI's second pass). Tests of SQLite's own
# machinery (sqlite_only) are skipped there.
STORE_VARIABLE = "ISNAD_TEST_STORE"
STORE_FIXTURES = {"db", "db_location", "backend"}


def postgres_pass() -> bool:
    return os.environ.get(STORE_VARIABLE, "").lower() in ("postgres", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite's own machinery (skipped with "
                                       f"{STORE_VARIABLE}=postgres; in a BACKENDS module, run on SQLite only)")
    config.addinivalue_line("markers", "store: takes the test database (db, db_location or backend) and is not in "
                                       "a BACKENDS module; set by conftest, for the PostgreSQL pass: -m store")


def pytest_generate_tests(metafunc):
    backends = getattr(metafunc.module, "BACKENDS", None)
    if "backend" not in metafunc.fixturenames:
        return
    if postgres_pass():  # the SQLite runs were the first pass
        backends = ("postgresql",)
    elif backends and metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ("sqlite",)
    if backends:
        metafunc.parametrize("backend", backends, indirect=True)


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason=f"SQLite's own machinery: not run with {STORE_VARIABLE}=postgres")
    for item in items:
        # BACKENDS modules already run on PostgreSQL in the plain pass: `store` marks the tests that do not.
        on_both = getattr(item.module, "BACKENDS", None) if hasattr(item, "module") else None
        if STORE_FIXTURES & set(getattr(item, "fixturenames", ())) and not on_both:
            item.add_marker("store")
        if postgres_pass() and item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture
def backend(request):
    """The kind of database the test runs on: SQLite unless its module asks for BACKENDS (or the PostgreSQL
    pass is on)."""
    return getattr(request, "param", "postgresql" if postgres_pass() else "sqlite")


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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A new SQLite database made once per test process (per xdist worker) by open_database itself: the current
    schema and the bundled catalog, closed. Seeding the catalog is most of the cost of a new database (over a
    second each), and the PostgreSQL tests already copy a template database the same way."""
    from workbench.storage.database import open_database

    path = tmp_path_factory.mktemp("sqlite-template") / "isnad.sqlite"
    open_database(path).close()
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert not leftovers, f"a closed database should be one file; the template folder also holds {leftovers}"
    return path


@pytest.fixture
def db(db_location, request):
    """The test's database, opened with open_database. On SQLite the file is first a copy of the session's new
    database (sqlite_template), which open_database finds at the current schema with the catalog, as the
    PostgreSQL tests' databases are copies of a template; tests of creating a database call open_database on a
    path of their own."""
    from workbench.storage.database import open_database

    if isinstance(db_location, Path) and not db_location.exists():
        shutil.copyfile(request.getfixturevalue("sqlite_template"), db_location)
    database = open_database(db_location)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own desk settings file, never the developer's."""
    monkeypatch.setenv("ISNAD_SETTINGS", str(tmp_path / "settings.json"))
