"""Backup copies of the database: before every migration, and on demand; each written whole or not at all."""

import sqlite3
from datetime import datetime
from pathlib import Path

# restore and pg_maintenance take these from here; they live in the neutral module that reports share.
from workbench.atomic_files import PARTIAL_SUFFIX, atomic_file, discard, process_alive  # noqa: F401
from workbench.errors import IsnadError
from workbench.storage.failures import StorageFailure, failure_reason
from workbench.storage.sqlite_tuning import online_backup


def sqlite_only_message(command: str) -> str:
    """Why `backup`/`restore` refuse a database server, and what to use there instead."""
    return (f"{command} works on SQLite database files only; on PostgreSQL use pg_dump -Fc to back up "
            "and pg_restore to restore")


def backups_dir(db) -> Path:
    """The folder beside the database file where automatic backups go."""
    if db.path is None:
        raise IsnadError("backups are made for SQLite database files only")
    return db.path.parent / "backups"


def copy_database(db, target: Path) -> None:
    """SQLite's online backup of db into target, atomically; a full disk is one line, with nothing left."""
    try:
        with atomic_file(target) as partial:
            online_backup(db.engine, str(partial))
    except (OSError, sqlite3.Error) as error:
        reason = failure_reason(error, folder=target.parent)
        if reason is None:
            raise
        raise StorageFailure(f"{reason}: the backup {target} was not written, nothing is left at that name") \
            from error


def backup_to(db, target: str | Path) -> Path:
    """Copy the live database to target (must not exist) with SQLite's online backup."""
    if not db.is_sqlite:
        raise IsnadError(sqlite_only_message("backup"))
    target = Path(target).expanduser().resolve()
    if target.exists() or target.is_symlink():
        raise IsnadError(f"{target} already exists; choose a new file name for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(db, target)
    return target


def backup_before_migration(db, from_revision: str) -> Path | None:
    """Copy an older database aside before it is upgraded; returns the copy's path."""
    if db.path is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(db, backups_dir(db) / f"{db.path.stem}-before-upgrade-from-{from_revision}-{stamp}.sqlite")
