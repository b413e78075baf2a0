"""`check`, `backup OUT`, `restore FILE`: verify the database, copy it while in use, and put a copy back."""

from pathlib import Path

from sqlalchemy.engine import make_url

from cli.common import refuse_irregular_file, refuse_missing_file
from workbench.errors import IsnadError
from workbench.storage import pg_maintenance
from workbench.storage.backups import backup_to
from workbench.storage.database import Database, connect
from workbench.storage.integrity import check_database
from workbench.storage.locations import refuse_unusable, sqlite_file
from workbench.storage.migrate import upgrade_to_head
from workbench.storage.paths import database_url
from workbench.storage.restore import restore_database


def register(subparsers) -> None:
    check = subparsers.add_parser("check", help="verify the database file, the history and the verdicts")
    check.set_defaults(run=run_check)
    backup = subparsers.add_parser("backup", help="copy the database to OUT (safe while the app runs)")
    backup.add_argument("out", metavar="OUT", help="the new backup file (must not exist)")
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("file", metavar="FILE", help="a backup made by `backup` or an automatic one")
    restore.add_argument("--yes", action="store_true", help="confirm: replace the --db database with FILE")
    restore.set_defaults(run=run_restore)


def _existing(args, *, foreign_file_ok: bool = False) -> Database:
    """The --db database as it is: never created, never migrated (these commands inspect or copy it)."""
    url = database_url(args.db)
    refuse_unusable(url, foreign_file_ok=foreign_file_ok)
    path = refuse_missing_file(url)
    if path is not None and path.stat().st_size == 0:
        raise IsnadError(f"there is no Isnad database at {path}: the file is empty")
    return connect(url)


def run_check(args) -> int:
    db = _existing(args, foreign_file_ok=True)  # check examines any file, and says what is wrong with it
    try:
        report = check_database(db)
    finally:
        db.close()
    for result in report.results:
        if result.skipped:
            print(f"SKIP  {result.name}: {result.skipped}")
        elif result.ok:
            print(f"OK    {result.name}")
        for problem in result.problems:
            print(f"FAIL  {result.name}: {problem}")
    count = len(report.problems)
    print("all checks passed" if report.ok else f"{count} problem{'s' if count != 1 else ''} found")
    return 0 if report.ok else 1


def run_backup(args) -> int:
    db = _existing(args)
    try:
        target = backup_to(db, args.out) if db.is_sqlite else pg_maintenance.dump_to(db, args.out)
    finally:
        db.close()
    print(f"backup written to {target} ({target.stat().st_size:,} bytes)")
    return 0


def run_restore(args) -> int:
    refuse_irregular_file(args.file)  # a folder or a pipe is named as such, whichever store it would replace
    url = database_url(args.db)
    target = sqlite_file(url)
    if target is None:
        return _restore_server(url, args)
    if not args.yes:
        raise IsnadError(f"restore replaces {target} with {args.file}; run again with --yes to confirm")
    outcome = restore_database(args.file, target)
    kept = f"; the previous database was copied to {outcome.previous_copy}" if outcome.previous_copy else ""
    upgraded = (f", upgraded from schema {outcome.revision_in_backup}"
                if outcome.revision_in_backup != outcome.revision_now else "")
    print(f"restored {target} from {Path(args.file).name}{upgraded}{kept}")
    return 0


def _restore_server(url: str, args) -> int:
    shown = make_url(url).render_as_string(hide_password=True)
    if not args.yes:
        raise IsnadError(f"restore replaces every table of {shown} with {args.file}; run again with --yes to confirm")
    previous = pg_maintenance.restore_dump(url, args.file)
    db = connect(url)
    try:
        upgrade_to_head(db)  # a backup from an older Isnad is brought to this one's schema
    finally:
        db.close()
    print(f"restored {shown} from {Path(args.file).name}; its previous contents were dumped to {previous}")
    return 0
