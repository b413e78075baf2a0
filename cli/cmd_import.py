"""`import FILE...`: store articles with their extracted claims; one line per file, refused files on stderr."""

import sys
from pathlib import Path

from cli.common import count_from, megabytes, open_db, print_json, progress_printer
from workbench.errors import InputRefused
from workbench.intake import IntakeLimits, document_from_stream
from workbench.intake.limits import RAISE_THE_LIMIT
from workbench.reports.safety import printable_name
from workbench.usecases.articles import import_document, import_files, publisher_named
from workbench.usecases.links import top_matches_for_claims


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import article files (.txt .html .md .docx) or '-' for stdin")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of lines")
    parser.add_argument("--matches", type=count_from(0), default=3, metavar="K",
                        help="with --json, each new claim's top K stored matches (default 3, 0 for none)")
    parser.add_argument("--max-mb", type=megabytes, default=IntakeLimits().max_bytes / 2**20,
                        help="refuse files larger than this many MiB (default %(default)s)")
    parser.add_argument("--publisher", metavar="OUTLET",
                        help="the catalog outlet that published these articles (any of its names, any script)")
    parser.set_defaults(run=run)


def run(args) -> int:
    db = open_db(args)
    publisher_id = publisher_named(db, args.publisher) if args.publisher else None
    limits = IntakeLimits(max_bytes=int(args.max_mb * 2**20))
    rows, refused = [], 0
    paths = [Path(f) for f in args.files if f != "-"]
    if "-" in args.files:
        try:
            document = document_from_stream(sys.stdin.buffer, name="<stdin>", limits=limits)
        except InputRefused as refusal:
            raise InputRefused(for_command_line(str(refusal))) from None
        result = import_document(db, document, publisher_id=publisher_id)
        rows.append(_report("<stdin>", result, None, args.json))
    for outcome in import_files(db, paths, limits=limits, progress=progress_printer("importing"),
                                publisher_id=publisher_id):
        refused += outcome.error is not None
        error = None if outcome.error is None else for_command_line(outcome.error)
        rows.append(_report(printable_name(str(outcome.path)), outcome.result, error, args.json))
    if args.json:
        if args.matches > 0:
            _attach_matches(db, rows, args.matches)
        print_json(rows)
    return 1 if refused else 0


def for_command_line(reason: str) -> str:
    """A refusal as the command line says it: the size limit is raised with --max-mb."""
    return reason.replace(RAISE_THE_LIMIT, "(raise it with --max-mb)")


def _report(name: str, result, error: str | None, as_json: bool) -> dict:
    if error is not None:
        print(f"refused {name}: {error}", file=sys.stderr)
        return {"file": name, "status": "refused", "error": error}
    if not as_json:
        if result.status == "duplicate":
            print(f"article {result.article_id}: already there ({result.claims} claims), {name}")
        else:
            print(f"article {result.article_id}: {result.claims} claims")
    return {"file": name, "article_id": result.article_id, "sha256": result.sha256, "claims": result.claims,
            "status": result.status, "claim_ids": list(result.claim_ids)}


def _attach_matches(db, rows: list[dict], top: int) -> None:
    """Each newly imported claim's best stored matches, with similarity and verdicts."""
    ids = [cid for row in rows if row.get("status") == "imported" for cid in row["claim_ids"]]
    found = top_matches_for_claims(db, ids, top=top)
    for row in rows:
        if row.get("status") == "imported":
            row["matches"] = {
                str(cid): [
                    {"claim_id": m.claim_id, "ref": m.external_ref, "similarity": round(m.similarity, 1),
                     "level": m.level, "claim_verdict": m.claim_verdict,
                     "attribution_verdict": m.attribution_verdict, "text": m.text}
                    for m in found.get(cid, [])
                ]
                for cid in row["claim_ids"]
            }
