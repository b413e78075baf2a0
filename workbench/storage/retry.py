"""Retrying a whole write transaction when the database says "try again" (SQLite locked, PostgreSQL
serialization failure or deadlock), so users never see it."""

import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from workbench.errors import IsnadError

T = TypeVar("T")

_LOCKED_WORDS = ("database is locked", "database table is locked", "database is busy", "sqlite_busy")
# PostgreSQL's SQLSTATEs for "your transaction lost a race; run it again": serialization_failure,
# deadlock_detected, lock_not_available (a lock_timeout ran out).
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


class DatabaseBusy(IsnadError):
    """Another program kept the database locked through every retry; nothing was written."""


def is_locked_error(error: BaseException) -> bool:
    """True when the whole transaction may simply be run again: SQLite's "database is locked"/busy, or
    PostgreSQL's serialization failure, deadlock or lock timeout; raw or wrapped by SQLAlchemy."""
    if isinstance(error, DBAPIError):
        error = error.orig if error.orig is not None else error
    if isinstance(error, sqlite3.OperationalError):
        message = str(error).lower()
        return any(word in message for word in _LOCKED_WORDS)
    return getattr(error, "sqlstate", None) in RETRYABLE_SQLSTATES


def retry_when_locked(
    fn: Callable[[], T],
    *,
    attempts: int = 6,
    first_delay: float = 0.05,
    max_delay: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call fn (one whole transaction) again after a locked/busy/serialization error, with jittered
    exponential backoff.

    fn must be a complete transaction that rolls back on error (every use case is), so calling it again
    is safe. After the last attempt a one-line DatabaseBusy is raised instead of the database's message.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except Exception as error:
            if not is_locked_error(error):
                raise
            if attempt == attempts:
                raise DatabaseBusy(
                    "the database stayed locked by another program; nothing was saved, try again in a moment"
                ) from error
        sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, max_delay)
    raise AssertionError("unreachable")
