"""Fresh PostgreSQL databases for tests, on the server named by ISNAD_TEST_POSTGRES_URL (see .ci/postgres-up).

A template database is migrated and seeded once per test run; each test gets a copy of it (CREATE DATABASE
… TEMPLATE, much faster than migrating) or an empty database, dropped when the test ends.
"""

import itertools
import os

from sqlalchemy import create_engine, make_url, text

URL_VARIABLE = "ISNAD_TEST_POSTGRES_URL"
SKIP_REASON = (f"PostgreSQL tests need a server: export {URL_VARIABLE}=\"$(bash .ci/postgres-up)\" "
               "(.ci/run does this)")


def server_url() -> str | None:
    return os.environ.get(URL_VARIABLE) or None


class PostgresServer:
    """Creates and drops test databases; names carry the process id, so two test runs never collide."""

    def __init__(self, url: str):
        self.base = make_url(url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT", pool_size=1)
        self.prefix = f"isnad_t{os.getpid()}"
        self.numbers = itertools.count(1)
        self.template: str | None = None

    def url_of(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(statement))

    def create(self, *, migrated: bool = True) -> str:
        """A new database's URL: at the current schema with the bundled catalog, or empty."""
        name = f"{self.prefix}_{next(self.numbers)}"
        template = self._migrated_template() if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def _migrated_template(self) -> str:
        if self.template is None:
            from workbench.storage.database import open_database

            name = f"{self.prefix}_template"
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            open_database(self.url_of(name)).close()  # migrations and catalog seed, once
            self.template = name
        return self.template

    def close(self) -> None:
        if self.template is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()
