"""Restoring a backup: verify it, keep a copy of the current database, then swap the file in atomically."""

import glob
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
from workbench.storage.backups import atomic_file, discard, process_alive
from workbench.storage.failures import StorageFailure, failure_reason

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
    staged = _staging_name(target, os.getpid())
    remove_stale_staging(target)
    try:
        _copy_backup(backup, staged)
        revision = _verify(staged, backup)
        now = _upgrade(staged, revision)
        _sync(staged)
        previous = _swap_in(staged, target)
    finally:
        _remove_with_side_files(staged)
    return RestoreOutcome(target, previous, revision, now)


def _staging_name(target: Path, pid: int) -> Path:
    """Per process, so a start-up cleaning leftovers never removes a restore that is still running."""
    return target.with_name(f".{target.name}.restoring-{pid}")


def remove_stale_staging(target: Path) -> None:
    """Remove what a restore killed midway left beside target (a staged copy as big as the backup)."""
    for staged in target.parent.glob(f".{glob.escape(target.name)}.restoring*"):
        pid = staged.name.rsplit("-", 1)[-1]
        if staged.name.endswith(SIDE_FILES) or (pid.isdigit() and process_alive(int(pid))):
            continue
        try:
            _remove_with_side_files(staged)
        except OSError:
            return  # a folder that cannot be written now: the next start tries again


# SQLite result codes that say the destination folder, not the backup, is at fault.
_DESTINATION_CODES = {8, 10, 13, 14, 23}  # read-only, I/O error, full, cannot open, no permission


def _copy_backup(backup: Path, staged: Path) -> None:
    """Copy with SQLite's backup API from a read-only connection, so the user's backup is never touched."""
    try:
        with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as source, \
                closing(sqlite3.connect(staged)) as destination:
            source.backup(destination)
    except sqlite3.DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DESTINATION_CODES and _backup_readable(backup):
            reason = failure_reason(error, folder=staged.parent) or str(error)
            raise StorageFailure(f"cannot write the restored copy in {staged.parent}: {reason}; nothing was "
                                 f"restored ({backup.name} itself is fine)") from error
        raise IsnadError(f"{backup.name} is not a readable database ({error}); nothing was restored") from error


def _backup_readable(backup: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as source:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


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
        discard(Path(f"{target}{suffix}"))
    os.replace(staged, target)
    _sync_folder(target.parent)
    return previous


def _copy_aside(lock: sqlite3.Connection | None, target: Path) -> Path:
    folder = target.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = folder / f"{target.stem}-before-restore-{stamp}.sqlite"
    try:
        if lock is not None:
            try:
                with atomic_file(copy) as partial, closing(sqlite3.connect(partial)) as destination:
                    lock.backup(destination)
                return copy
            except sqlite3.DatabaseError as error:
                if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DESTINATION_CODES:
                    raise
        for suffix in ("", *SIDE_FILES):
            side = Path(f"{target}{suffix}")
            if side.exists():
                with atomic_file(Path(f"{copy}{suffix}")) as partial:
                    shutil.copy2(side, partial)
    except (OSError, sqlite3.Error) as error:
        reason = failure_reason(error, folder=folder) or str(error)
        raise StorageFailure(f"cannot keep a copy of the current database in {folder}: {reason}; nothing was "
                             "restored, the database is as it was") from error
    return copy


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_with_side_files(path: Path) -> None:
    discard(path)
    for suffix in SIDE_FILES:
        discard(Path(f"{path}{suffix}"))
