"""SQLite-only connection settings: WAL, foreign keys, busy timeout, and write transactions that lock early.

Everything SQLite-specific about connections lives here so the rest of the core stays portable.
"""

import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine

from workbench.storage.retry import retry_when_locked

BUSY_TIMEOUT_MS = 30_000


def _use_wal(cursor) -> None:
    """Put the file in WAL mode (it stays so); in-memory databases keep their own journal."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() not in ("memory", "wal"):
        cursor.execute("PRAGMA journal_mode = WAL")


def tune_sqlite_engine(engine: Engine) -> None:
    """Install the pragmas and BEGIN handling on every connection of a SQLite engine."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own BEGIN is deferred and late).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Switching to WAL needs the file to itself, and SQLite answers "locked" at once, without waiting
        # the busy timeout, while another process opens it (two app windows starting on a new database).
        retry_when_locked(lambda: _use_wal(cursor), attempts=8)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A write transaction takes the write lock at BEGIN: a deferred one that upgrades later can fail
        # with "database is locked" at once (SQLITE_BUSY_SNAPSHOT), which the busy timeout cannot cure.
        if connection.get_execution_options().get("isnad_write", False):
            # Taking the write lock is the only step that waits on other processes; retrying it alone
            # covers every writer without re-running any use case.
            retry_when_locked(lambda: connection.exec_driver_sql("BEGIN IMMEDIATE"), attempts=4)
        else:
            connection.exec_driver_sql("BEGIN")


def online_backup(engine: Engine, target_path: str) -> None:
    """Copy the live database to target_path with SQLite's online backup API (safe while others write)."""
    with engine.connect() as conn:
        source = conn.connection.driver_connection
        destination = sqlite3.connect(target_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
