"""`claims import FILE`: bulk-load a desk's archive of checked claims (streamed); `claims vectors`: the backfill."""

import argparse
import sys

from cli.common import (
    count_from,
    open_db,
    open_existing_db,
    print_json,
    progress_printer,
    refuse_irregular_file,
)
from workbench.matching.upkeep import install_index_upkeep
from workbench.matching.vectors import backfill
from workbench.usecases.archive import import_claims_file

# Up to this many imported claims get their vectors before the command returns (a few minutes of encoding);
# a larger archive is left to `claims vectors` or the desk's background backfill (a million take hours).
INLINE_VECTORS = 50_000


def register(subparsers) -> None:
    parser = subparsers.add_parser("claims", help="work with stored claims (claims import FILE, claims vectors)")
    actions = parser.add_subparsers(dest="claims_action", metavar="ACTION", required=True)
    load = actions.add_parser("import", help="import checked claims from CSV/TSV: id, text[, verdict, url, date, title]")
    load.add_argument("file", metavar="FILE")
    load.add_argument("--json", action="store_true", help="print the summary as JSON")
    load.add_argument("--no-vectors", action="store_true",
                      help="store and index the claims only; `claims vectors` encodes them later")
    load.add_argument("--batch-size", type=count_from(1), default=10_000, help=argparse.SUPPRESS)
    load.add_argument("--inline-vectors", type=count_from(0), default=INLINE_VECTORS, help=argparse.SUPPRESS)
    load.set_defaults(run=run_import)
    vectors = actions.add_parser("vectors", help="encode the stored claims that have no sentence vector yet")
    vectors.set_defaults(run=run_vectors)


def _encode_missing(db) -> tuple[int, bool]:
    """Run the backfill with a progress line; (vectors stored, whether the encoder worked)."""
    result = backfill(db, progress=progress_printer("vectors"))
    return result.encoded, result.available


def run_import(args) -> int:
    refuse_irregular_file(args.file)  # a FIFO or a folder is refused before the database is opened
    install_index_upkeep()
    db = open_db(args)
    result = import_claims_file(db, args.file, progress=progress_printer("claims"), batch_size=args.batch_size)
    # The claims are stored and matchable lexically now; their vectors come after, in batches.
    inline = result.imported and not args.no_vectors and result.imported <= args.inline_vectors
    encoded = _encode_missing(db)[0] if inline else 0
    if result.imported > args.inline_vectors and not args.no_vectors:
        print(f"vectors: {result.imported:,} claims left to `claims vectors` (or the desk's background backfill); "
              "they match by their words meanwhile", file=sys.stderr)
    if args.json:
        print_json({"imported": result.imported, "skipped_existing": result.skipped_existing,
                    "errors": list(result.errors), "error_count": result.error_count, "notes": list(result.notes),
                    "stopped": result.stopped, "vectors": encoded})
    else:
        line = f"claims: {result.imported} imported, {result.skipped_existing} already there"
        print(line + (f", {result.error_count} rows refused" if result.error_count else ""))
        for message in (*result.errors, *result.notes):
            print(f"  {message}", file=sys.stderr)
        if result.error_count > len(result.errors):
            print(f"  … and {result.error_count - len(result.errors)} more", file=sys.stderr)
    if result.stopped:
        print(f"stopped: {result.stopped}", file=sys.stderr)
        return 1
    return 1 if result.error_count and not result.imported else 0


def run_vectors(args) -> int:
    db = open_existing_db(args)
    encoded, available = _encode_missing(db)
    if not available:
        return 1  # the encoder printed its one warning line
    print(f"vectors: {encoded} claims encoded")
    return 0
