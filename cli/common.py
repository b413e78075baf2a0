"""Helpers every command shares: opening the database named by --db, and printing JSON."""

import json
import sys

from workbench.storage.database import Database, open_database


def open_db(args) -> Database:
    return open_database(args.db)


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
