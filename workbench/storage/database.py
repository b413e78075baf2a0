"""Opening an Isnad database: engine, sessions for reading and writing, and upgrade on open."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workbench.errors import EditConflict
from workbench.storage import migrate, postgres
from workbench.storage.failures import as_storage_failure
from workbench.storage.locations import refuse_unusable, sqlite_file
from workbench.storage.paths import database_url
from workbench.storage.restore import remove_stale_staging
from workbench.storage.sqlite_tuning import BUSY_TIMEOUT_MS, tune_sqlite_engine


@dataclass
class Database:
    """A handle on one database. Open one Session per user action with `reading()` or `writing()`.

    Sessions are never shared between threads; each use case opens its own.
    """

    engine: Engine
    _readers: sessionmaker
    _writers: sessionmaker

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite files."""
        if self.is_sqlite and self.engine.url.database not in (None, "", ":memory:"):
            return Path(self.engine.url.database)
        return None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for one read-only action."""
        with self._readers() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one write action: one transaction, committed on success, rolled back on error.

        Write transactions run one at a time (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory write lock),
        so a version checked inside one cannot change before it commits.
        """
        try:
            with self._writers() as session, session.begin():
                yield session
        except StaleDataError as error:  # an UPDATE's `WHERE version = …` matched no row: see models.Claim
            raise EditConflict("a claim was changed elsewhere while this edit was being saved; nothing was "
                               "saved, reload it and apply your edit again") from error

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Database:
    """A Database on url, without migrating it."""
    refuse_unusable(url, foreign_file_ok=True)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        tune_sqlite_engine(engine)
        reader_engine = engine
    else:
        engine = create_engine(url, pool_pre_ping=True)
        postgres.tune_postgres_engine(engine)
        reader_engine = engine.execution_options(**postgres.reader_options())
    # A full disk, a read-only file or a damaged one: one line for the user instead of the driver's error.
    path = sqlite_file(url)
    folder = path.parent if path is not None else None
    event.listen(engine, "handle_error",
                 lambda context: as_storage_failure(context.original_exception, folder=folder))
    from workbench.matching.upkeep import install_index_upkeep

    install_index_upkeep()  # every claim write keeps the search index right, in the same transaction
    readers = sessionmaker(reader_engine, expire_on_commit=False)
    writers = sessionmaker(engine.execution_options(isnad_write=True), expire_on_commit=False)
    return Database(engine, readers, writers)


def open_database(location: str | Path | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at a path or URL; None means the user's default file.

    An older database is upgraded to the current schema, after a backup copy is made.
    A new one is created at the current schema and gets the bundled outlet catalog.
    """
    url = database_url(location)
    refuse_unusable(url)
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(path)
    db = connect(url)
    try:
        if not db.is_sqlite:
            postgres.check_reachable(db.engine)
        if upgrade:
            migrate.upgrade_to_head(db)
            from workbench.catalog.seed import catalog_is_empty, seed_bundled_catalog

            # Seeding is its own transaction; checking emptiness (not "just created") also covers a process
            # that died between creating the schema and seeding it.
            if catalog_is_empty(db):
                seed_bundled_catalog(db)
    except BaseException:
        db.close()  # a refused database keeps no connection (nor SQLite's -wal and -shm files) open
        raise
    return db
