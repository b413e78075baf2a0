"""Backup copies of the database: before every migration, and on demand."""

from datetime import datetime
from pathlib import Path

from workbench.errors import IsnadError
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


def backup_to(db, target: str | Path) -> Path:
    """Copy the live database to target (must not exist) with SQLite's online backup."""
    if not db.is_sqlite:
        raise IsnadError(sqlite_only_message("backup"))
    target = Path(target).expanduser().resolve()
    if target.exists():
        raise IsnadError(f"{target} already exists; choose a new file name for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    online_backup(db.engine, str(target))
    return target


def backup_before_migration(db, from_revision: str) -> Path | None:
    """Copy an older database aside before it is upgraded; returns the copy's path."""
    if db.path is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(db, backups_dir(db) / f"{db.path.stem}-before-upgrade-from-{from_revision}-{stamp}.sqlite")
