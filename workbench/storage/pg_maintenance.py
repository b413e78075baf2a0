"""PostgreSQL's side of `check`, `backup` and `restore`: foreign keys and index pages checked, pg_dump/pg_restore."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from workbench.errors import IsnadError
from workbench.storage.backups import atomic_file

CLIENT_PACKAGE = "postgresql-client"
TOOL_TIMEOUT_S = 3600


class CheckSkipped(Exception):
    """A check that cannot run on this database; its message says why and what would let it run."""


def server_checks() -> list[tuple[str, object]]:
    """The checks that stand in for SQLite's integrity_check and foreign_key_check on a server."""
    return [("foreign keys point at existing rows", foreign_key_problems),
            ("index pages are sound (amcheck)", amcheck_problems)]


def foreign_key_problems(db) -> Iterator[str]:
    """Every foreign key of every table, checked row by row (a restore or a disabled trigger can break one)."""
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            for key in inspector.get_foreign_keys(table):
                pairs = list(zip(key["constrained_columns"], key["referred_columns"], strict=True))
                present = " AND ".join(f'c."{col}" IS NOT NULL' for col, _ref in pairs)
                joined = " AND ".join(f'p."{ref}" = c."{col}"' for col, ref in pairs)
                parent = key["referred_table"]
                missing = conn.execute(text(
                    f'SELECT count(*) FROM "{table}" c WHERE {present} '
                    f'AND NOT EXISTS (SELECT 1 FROM "{parent}" p WHERE {joined})')).scalar()
                if missing:
                    columns = ", ".join(col for col, _ref in pairs)
                    rows = f"{missing} rows point" if missing != 1 else "1 row points"
                    yield f"{table}: {rows} at a missing {parent} ({columns})"


def amcheck_problems(db) -> Iterator[str]:
    """Each B-tree index checked by the server's amcheck, with every heap row looked up in it."""
    with db.engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first() is None:
            available = conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'amcheck'")).first()
            raise CheckSkipped("amcheck is not installed in this database; a superuser can run "
                               "CREATE EXTENSION amcheck" if available else "this server has no amcheck")
        indexes = conn.execute(text(
            "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE am.amname = 'btree' AND n.nspname = current_schema() ORDER BY 1")).scalars().all()
        for index in indexes:
            savepoint = conn.begin_nested()
            try:
                conn.execute(text("SELECT bt_index_check(CAST(:index AS regclass), true)"), {"index": index})
                savepoint.commit()
            except DBAPIError as error:
                savepoint.rollback()
                yield f"index {index}: {str(error.orig or error).splitlines()[0]}"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise IsnadError(f"{name} is not installed; install it (Debian: apt-get install {CLIENT_PACKAGE}) "
                         "to back up or restore a PostgreSQL database")
    return path


def _environment(url) -> dict[str, str]:
    """libpq's variables for the database at url, so no password is ever on a command line."""
    url = make_url(url)
    given = {"PGHOST": url.host, "PGPORT": url.port, "PGUSER": url.username, "PGPASSWORD": url.password,
             "PGDATABASE": url.database}
    return {**os.environ, **{name: str(value) for name, value in given.items() if value is not None}}


def _run(command: list[str], url) -> None:
    done = subprocess.run(command, env=_environment(url), capture_output=True, text=True, timeout=TOOL_TIMEOUT_S,
                          check=False)
    if done.returncode != 0:
        reason = next((line for line in done.stderr.splitlines() if line.strip()), "no reason given")
        raise IsnadError(f"{Path(command[0]).name} failed: {reason.removeprefix(Path(command[0]).name + ': ')}")


def dump_to(db, target: str | Path) -> Path:
    """Write a pg_dump custom-format backup of db to target (must not exist), whole or not at all."""
    pg_dump = _tool("pg_dump")
    target = Path(target).expanduser().resolve()
    if target.exists():
        raise IsnadError(f"{target} already exists; choose a new file name for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(target) as partial:  # renamed only once pg_dump succeeded
        _run([pg_dump, "--format=custom", "--no-owner", "--file", str(partial)], db.engine.url)
    return target


def restore_dump(url: str, backup_file: str | Path) -> Path:
    """Replace the database at url with a pg_dump backup, in one transaction; returns a dump of what it replaced.

    The file is read by pg_restore --list first, so a file that is not a custom-format dump changes nothing.
    The current contents are dumped beside the backup first, as the SQLite restore keeps the file it replaces.
    """
    pg_restore = _tool("pg_restore")
    backup = Path(backup_file).expanduser().resolve()
    if not backup.is_file():
        raise IsnadError(f"{backup} does not exist")
    listing = subprocess.run([pg_restore, "--list", str(backup)], capture_output=True, text=True, check=False)
    if listing.returncode != 0 or "TABLE DATA public alembic_version" not in listing.stdout:
        raise IsnadError(f"{backup.name} is not a pg_dump backup of an Isnad database")
    from workbench.storage.database import connect

    db = connect(url)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        previous = dump_to(db, backup.with_name(f"{make_url(url).database}-before-restore-{stamp}.dump"))
    finally:
        db.close()
    _run([pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
          "--dbname", make_url(url).database, str(backup)], url)
    return previous
