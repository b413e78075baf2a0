"""Restoring a backup: verify it, keep a copy of the current database, then swap the file in atomically."""

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError

from workbench.errors import IsnadError
from workbench.storage import migrate

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did: where the replaced database was copied, and the backup's schema revisions."""

    target: Path
    previous_copy: Path | None
    revision_in_backup: str
    revision_now: str


def restore_database(backup_file: str | Path, target_path: str | Path) -> RestoreOutcome:
    """Replace the database at target_path with a verified copy of backup_file.

    The backup is copied to a staging file first and checked there (it opens, passes integrity_check,
    is an Isnad database of a known revision), and upgraded if older. Only then is the current database
    copied aside into its backups folder and the staged file renamed over it, so the target is always
    either the old database or the whole restored one. Refused while another program has it open.
    """
    backup = Path(backup_file).expanduser().resolve()
    target = Path(target_path).expanduser().resolve()
    if not backup.is_file():
        raise IsnadError(f"{backup} does not exist")
    if backup == target:
        raise IsnadError("the backup is the database itself; name another file to restore from")
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.restoring")
    _remove_with_side_files(staged)
    try:
        _copy_backup(backup, staged)
        revision = _verify(staged, backup)
        now = _upgrade(staged, revision)
        _sync(staged)
        previous = _swap_in(staged, target)
    finally:
        _remove_with_side_files(staged)
    return RestoreOutcome(target, previous, revision, now)


def _copy_backup(backup: Path, staged: Path) -> None:
    """Copy with SQLite's backup API from a read-only connection, so the user's backup is never touched."""
    try:
        with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as source, \
                closing(sqlite3.connect(staged)) as destination:
            source.backup(destination)
    except sqlite3.DatabaseError as error:
        raise IsnadError(f"{backup.name} is not a readable database ({error}); nothing was restored") from error


def _verify(staged: Path, backup: Path) -> str:
    with closing(sqlite3.connect(staged)) as conn:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise IsnadError(f"{backup.name} fails integrity_check ({verdict[0]}); nothing was restored")
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    if row is None:
        raise IsnadError(f"{backup.name} is not an Isnad database; nothing was restored")
    try:
        ScriptDirectory.from_config(migrate.alembic_config()).get_revision(row[0])
    except CommandError as error:
        raise IsnadError(f"{backup.name} was made by a newer Isnad (schema {row[0]}); update Isnad first") \
            from error
    return row[0]


def _upgrade(staged: Path, revision: str) -> str:
    head = migrate.head_revision()
    if revision != head:
        from workbench.storage.database import connect

        db = connect(f"sqlite:///{staged}")
        try:
            migrate.upgrade(db)
        finally:
            db.close()
    with closing(sqlite3.connect(staged)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return head


def _sync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _swap_in(staged: Path, target: Path) -> Path | None:
    """Copy the current database aside while holding it exclusively, then rename the staged file over it."""
    previous = None
    if target.exists():
        with closing(sqlite3.connect(target, timeout=0, isolation_level=None)) as lock:
            try:
                # In exclusive locking mode the lock taken here is kept after COMMIT, until close.
                lock.execute("PRAGMA locking_mode = EXCLUSIVE")
                lock.execute("BEGIN EXCLUSIVE")
                lock.execute("COMMIT")
                held = lock
            except sqlite3.OperationalError as error:
                raise IsnadError("the database is open in another program (Isnad?); close it, then restore "
                                 "again") from error
            except sqlite3.DatabaseError:
                held = None  # a damaged database: copy its files as they are
            previous = _copy_aside(held, target)
    for suffix in SIDE_FILES:  # a stale log beside the new file would be replayed into it
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)
    _sync_folder(target.parent)
    return previous


def _copy_aside(lock: sqlite3.Connection | None, target: Path) -> Path:
    folder = target.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = folder / f"{target.stem}-before-restore-{stamp}.sqlite"
    if lock is not None:
        try:
            with closing(sqlite3.connect(copy)) as destination:
                lock.backup(destination)
            return copy
        except sqlite3.DatabaseError:
            copy.unlink(missing_ok=True)
    shutil.copy2(target, copy)
    for suffix in SIDE_FILES:
        side = Path(f"{target}{suffix}")
        if side.exists():
            shutil.copy2(side, Path(f"{copy}{suffix}"))
    return copy


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
