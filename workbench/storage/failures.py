"""What a storage failure means for the user, in one line: a full disk, a read-only file, a file that is no database.

The database drivers' own errors (SQLite result codes, PostgreSQL SQLSTATEs, OSError's errno) are matched by
their codes, never by a traceback's wording, and said again as what happened and what to do.
"""

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from workbench.errors import IsnadError

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_IOERR, SQLITE_FULL = 10, 13
_SQLITE_MESSAGES = {
    8: "the database is read-only (its file, folder or disk cannot be written)",  # SQLITE_READONLY
    10: "the disk failed to read or write the database",  # SQLITE_IOERR
    11: "the database file is damaged; run `python main.py check`, then restore a backup",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "the database file cannot be opened (a missing folder, a folder in its place, or no permission)",
    23: "the database file cannot be read or written: no permission",  # SQLITE_AUTH
    26: "the file is not a database (not SQLite); choose another --db",  # SQLITE_NOTADB
}
# PostgreSQL's SQLSTATEs for the same conditions.
_POSTGRES_MESSAGES = {
    "53100": "the database server's disk is full",
    "53200": "the database server is out of memory",
    "25006": "the database server only allows reading (a read-only transaction or a standby)",
    "42501": "the database user lacks the permission for this",
}
_OS_MESSAGES = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "no permission",
    errno.EPERM: "no permission",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a part of its path is a file, not a folder",
    errno.EIO: "the disk failed",
}
NOTHING_SAVED = "nothing was saved"


class StorageFailure(IsnadError):
    """The database or a file could not be read or written; the action's transaction was rolled back."""


def disk_full(folder: Path | None) -> bool:
    """Whether the disk holding folder has no space left for an ordinary user."""
    try:
        return folder is not None and os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # a vanished folder; no statvfs on Windows
        return False


def storage_failure_message(error: BaseException, *, folder: Path | None = None) -> str | None:
    """The user's line for a database failure of a known kind, or None (a bug, shown as one).

    folder is where the database lives: an I/O error there on a disk with no space left is a full disk
    (SQLite says "disk I/O error" when it cannot even create its shared-memory file).
    """
    if isinstance(error, DBAPIError):
        error = error.orig if error.orig is not None else error
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is None:
            return None
        if code & 0xFF == SQLITE_IOERR and disk_full(folder):
            return _SQLITE_MESSAGES[SQLITE_FULL]
        return _SQLITE_MESSAGES.get(code & 0xFF)
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate is not None:
        return _POSTGRES_MESSAGES.get(sqlstate)
    return None


def os_error_message(error: OSError) -> str:
    """One line for a file that could not be read or written, naming the file and the reason."""
    reason = _OS_MESSAGES.get(error.errno, error.strerror or str(error))
    return f"cannot use {error.filename}: {reason}" if error.filename else reason


def failure_reason(error: BaseException, *, folder: Path | None = None) -> str | None:
    """The reason for a failed file or database write, OSError or driver error alike (None: not one we know)."""
    if isinstance(error, OSError):
        return os_error_message(error)
    return storage_failure_message(error, folder=folder)


def as_storage_failure(error: BaseException, *, folder: Path | None = None) -> StorageFailure | None:
    """The StorageFailure to raise instead of error, when it is a known storage condition."""
    reason = failure_reason(error, folder=folder)
    return None if reason is None else StorageFailure(f"{reason}; {NOTHING_SAVED}")
