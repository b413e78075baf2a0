"""Retrying a whole write transaction when SQLite says the database is locked, so users never see it."""

import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from workbench.errors import IsnadError

T = TypeVar("T")

_LOCKED_WORDS = ("database is locked", "database table is locked", "database is busy", "sqlite_busy")


class DatabaseBusy(IsnadError):
    """Another program kept the database locked through every retry; nothing was written."""


def is_locked_error(error: BaseException) -> bool:
    """True for SQLite's "database is locked"/busy errors, raw or wrapped by SQLAlchemy."""
    if isinstance(error, OperationalError):
        error = error.orig if error.orig is not None else error
    if not isinstance(error, sqlite3.OperationalError):
        return False
    message = str(error).lower()
    return any(word in message for word in _LOCKED_WORDS)


def retry_when_locked(
    fn: Callable[[], T],
    *,
    attempts: int = 6,
    first_delay: float = 0.05,
    max_delay: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call fn (one whole transaction) again after a locked/busy error, with jittered exponential backoff.

    fn must be a complete transaction that rolls back on error (every use case is), so calling it again
    is safe. After the last attempt a one-line DatabaseBusy is raised instead of SQLite's message.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except (OperationalError, sqlite3.OperationalError) as error:
            if not is_locked_error(error):
                raise
            if attempt == attempts:
                raise DatabaseBusy(
                    "the database stayed locked by another program; nothing was saved, try again in a moment"
                ) from error
        sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, max_delay)
    raise AssertionError("unreachable")
