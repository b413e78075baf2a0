"""`migrate-to URL`: copy the --db database into an empty PostgreSQL database, with a count check per table."""

from cli.common import open_existing_db, progress_printer
from workbench.errors import InvalidValue
from workbench.reports.safety import printable_name
from workbench.usecases.migrate_to import migrate_to


def register(subparsers) -> None:
    parser = subparsers.add_parser("migrate-to", help="copy this database into an empty (shared) database at URL")
    parser.add_argument("url", metavar="URL", help="e.g. postgresql+psycopg://USER@HOST/DBNAME (made by createdb)")
    parser.set_defaults(run=run)


def run(args) -> int:
    if "://" not in args.url:  # a file name would become a new SQLite copy, which is not what migrate-to is for
        raise InvalidValue(f"migrate-to needs a database URL such as postgresql+psycopg://USER@HOST/DBNAME, "
                           f"not {printable_name(args.url)!r}; nothing was copied")
    source = open_existing_db(args)
    try:
        outcome = migrate_to(source, args.url, progress=progress_printer("copied rows"))
    finally:
        source.close()
    for count in outcome.counts:
        mark = "OK  " if count.source == count.target else "FAIL"
        print(f"{mark}  {count.table:<16} {count.source:>9,} here  {count.target:>9,} there")
    print(f"{'OK  ' if outcome.replay_equal else 'FAIL'}  the history replays to the same verdicts on both")
    for problem in outcome.problems:
        print(f"FAIL  check: {problem}")
    print("migrated: every count and the history replay are equal" if outcome.ok else "migration check failed")
    return 0 if outcome.ok else 1
