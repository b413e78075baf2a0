"""Helpers every command shares: opening the database named by --db, printing JSON and terminal text, and
argument types that refuse what the database cannot hold (in argparse, so a bad number is a usage line, never
a traceback)."""

import argparse
import json
import math
import sys
from pathlib import Path

from workbench.errors import InputRefused, IsnadError
from workbench.intake.files import regular_file_size
from workbench.reports.safety import printable_name
from workbench.storage.database import Database, open_database
from workbench.storage.locations import sqlite_file
from workbench.storage.paths import database_url
from workbench.text.terminal import visual


def open_db(args) -> Database:
    """The --db database for a command that adds to it: a new name makes a new database."""
    return open_database(args.db)


def refuse_missing_file(url: str) -> Path | None:
    """A SQLite URL's file, which must exist (a mistyped --db is never created); None for other stores."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise IsnadError(f"there is no database at {path}")
    return path


def open_existing_db(args) -> Database:
    """The --db database for a command that only reads or changes what is stored: a --db file that does not
    exist is refused, never created (the default file in the data folder is made on first use all the same)."""
    if args.db is not None:
        refuse_missing_file(database_url(args.db))
    return open_database(args.db)


def refuse_irregular_file(name: str) -> None:
    """Refuse an input that is missing or no regular file (a folder, a FIFO), saying which file, before any
    output is made or the database is opened."""
    try:
        regular_file_size(name)
    except InputRefused as refusal:
        raise InputRefused(f"{printable_name(name)}: {refusal}") from None


MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL's bigint hold


def database_id(text: str) -> int:
    """An argparse type for an id or a version: a whole number from 1 to 2^63 - 1."""
    value = _whole_number(text)
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is out of range: ids go from 1 to {MAX_ID}")
    return value


def count_from(minimum: int):
    """An argparse type for a count such as --top: a whole number from minimum to 2^63 - 1."""

    def count(text: str) -> int:
        value = _whole_number(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text} is too small: give a whole number of {minimum} or more")
        if value > MAX_ID:
            raise argparse.ArgumentTypeError(f"{text} is too large: counts go up to {MAX_ID}")
        return value

    return count


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def megabytes(text: str) -> float:
    """An argparse type for a size limit in MB: a finite number above 0 (not inf, nan or negative)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a size: give a number of megabytes above 0")
    return value


def for_terminal(text: str) -> str:
    """text as stdout shows it: in visual order on a terminal (which lays out no right-to-left script), in
    logical order when piped, so a file or another program gets the text as stored."""
    return visual(text) if sys.stdout.isatty() else text


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
