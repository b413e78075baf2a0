"""Helpers every command shares: opening the database named by --db, printing JSON, and argument types that
refuse what the database cannot hold (in argparse, so a bad number is a usage line, never a traceback)."""

import argparse
import json
import math
import sys
from pathlib import Path

from workbench.errors import IsnadError
from workbench.storage.database import Database, open_database
from workbench.storage.paths import database_url


def open_db(args) -> Database:
    return open_database(args.db)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another store."""
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def refuse_missing_file(url: str) -> Path | None:
    """A SQLite URL's file, which must exist (a mistyped --db is never created); None for other stores."""
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise IsnadError(f"there is no database at {path}")
    return path


def open_existing_db(args) -> Database:
    """The --db database for a command that only reads: a missing SQLite file is refused, never created."""
    refuse_missing_file(database_url(args.db))
    return open_database(args.db)


MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL's bigint hold


def database_id(text: str) -> int:
    """An argparse type for an id or a version: a whole number from 1 to 2^63 - 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is out of range: ids go from 1 to {MAX_ID}")
    return value


def megabytes(text: str) -> float:
    """An argparse type for a size limit in MB: a finite number above 0 (not inf, nan or negative)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a size: give a number of megabytes above 0")
    return value


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def progress_printer(label: str):
    """A progress(done, total) callback that redraws one line on a terminal, and stays quiet otherwise."""
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int | None) -> None:
        shown = f"{done}/{total}" if total else f"{done}"
        sys.stderr.write(f"\r{label} {shown}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress
