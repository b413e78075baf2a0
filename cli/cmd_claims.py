"""`claims import FILE`: bulk-load a desk's archive of checked claims from CSV/TSV (streamed)."""

import argparse
import sys

from cli.common import open_db, print_json, progress_printer
from workbench.matching.upkeep import install_index_upkeep
from workbench.usecases.archive import import_claims_file


def register(subparsers) -> None:
    parser = subparsers.add_parser("claims", help="work with stored claims (claims import FILE)")
    actions = parser.add_subparsers(dest="claims_action", metavar="ACTION", required=True)
    load = actions.add_parser("import", help="import checked claims from CSV/TSV: id, text[, verdict, url, date, title]")
    load.add_argument("file", metavar="FILE")
    load.add_argument("--json", action="store_true", help="print the summary as JSON")
    load.add_argument("--batch-size", type=int, default=10_000, help=argparse.SUPPRESS)
    load.set_defaults(run=run_import)


def run_import(args) -> int:
    install_index_upkeep()
    db = open_db(args)
    result = import_claims_file(db, args.file, progress=progress_printer("claims"), batch_size=max(1, args.batch_size))
    if args.json:
        print_json({"imported": result.imported, "skipped_existing": result.skipped_existing,
                    "errors": list(result.errors), "error_count": result.error_count})
    else:
        line = f"claims: {result.imported} imported, {result.skipped_existing} already there"
        print(line + (f", {result.error_count} rows refused" if result.error_count else ""))
    if not args.json:

        for message in result.errors:
            print(f"  {message}", file=sys.stderr)
        if result.error_count > len(result.errors):
            print(f"  … and {result.error_count - len(result.errors)} more", file=sys.stderr)
    return 1 if result.error_count and not result.imported else 0
