"""`match`: stored claims a text repeats (one text, or a query file as a TREC run); `reindex`: rebuild the index."""

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from cli.common import count_from, open_existing_db, print_json, progress_printer, refuse_irregular_file
from workbench.errors import InputRefused
from workbench.matching.upkeep import install_index_upkeep, reindex
from workbench.reports.safety import printable_name
from workbench.usecases.links import find_matches


def register(subparsers) -> None:
    parser = subparsers.add_parser("match", help="find stored claims a text repeats")
    parser.add_argument("text", nargs="?", metavar="TEXT")
    parser.add_argument("--top", type=count_from(1), default=10, metavar="K")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--all", action="store_true", help="also show matches under the suggested threshold")
    parser.add_argument("--queries", metavar="FILE.tsv",
                        help="id<TAB>text rows with a header; with --run (TREC run file) or --json (printed)")
    parser.add_argument("--run", dest="run_file", metavar="OUT", help="write a TREC run: query_id Q0 claim_ref rank score isnad")
    parser.set_defaults(run=run_match)
    rebuild = subparsers.add_parser("reindex", help="rebuild the claim search index from the stored claims")
    rebuild.set_defaults(run=run_reindex)


def _match_dict(m) -> dict:
    return {"claim_id": m.claim_id, "external_ref": m.external_ref, "text": m.text, "similarity": m.similarity,
            "level": m.level, "claim_verdict": m.claim_verdict, "attribution_verdict": m.attribution_verdict,
            "article_id": m.article_id, "article_title": m.article_title, "outlet": m.outlet, "link_id": m.link_id,
            "link_status": m.link_status, "cluster_verdicts": list(m.cluster_verdicts), "cluster_size": m.cluster_size}


def claim_ref(m) -> str:
    return m.external_ref or f"isnad-{m.claim_id}"


def run_match(args) -> int:
    install_index_upkeep()
    if args.queries:
        if not args.run_file and not args.json:
            raise InputRefused("--queries needs --run OUT (the TREC run file to write) or --json")
        return _run_batch(args)
    if not args.text:
        raise InputRefused('give a TEXT to match, or --queries FILE.tsv --run OUT')
    if looks_like_a_file_name(args.text):
        _refuse_file_name(args.text)
    db = open_existing_db(args)
    matches = find_matches(db, args.text, top=args.top, min_similarity=0.0 if args.all else None)
    if args.json:
        print_json([_match_dict(m) for m in matches])
        return 0
    for m in matches:
        level = {"likely_same": "likely same", "suggested": "suggested"}.get(m.level or "", "weak")
        where = m.article_title or (f"archive {m.external_ref}" if m.external_ref else "")
        print(f"{m.similarity:5.1f}%  {level:<11}  {m.claim_verdict:<12}  [{claim_ref(m)}] {m.text}"
              + (f"  — {where}" if where and not m.external_ref else ""))
    if not matches:
        print("no stored claim matches this text")
    return 0


# One word ending in a file extension (claims.tsv, data/q.csv) or starting like a path (/tmp/q, ./q, ~/q):
# a query file given as the TEXT, not a claim (a claim is words; "9/11" or "U.S." stay texts).
_FILE_NAME = re.compile(r"\S+\.[A-Za-z][A-Za-z0-9]{0,4}|(?:/|\./|\.\./|~/)\S*")


def looks_like_a_file_name(text: str) -> bool:
    """Whether a TEXT is one path-shaped word, which the user meant as a query file."""
    return _FILE_NAME.fullmatch(text.strip()) is not None


def _refuse_file_name(text: str) -> None:
    """Refuse a TEXT that names a file, saying what is there and how a query file is given."""
    name, path = printable_name(text.strip()), Path(text.strip()).expanduser()
    if not path.exists():
        raise InputRefused(f"no such file: {name} (use --queries FILE)")
    refuse_irregular_file(str(path))  # a folder or a device is said as such
    raise InputRefused(f"{name} is a file, not a text to match: use --queries {name} --run OUT (or --json)")


def _queries(path: Path) -> Iterator[tuple[str, str]]:
    """A query file's (id, text) rows, read as they are used; a file that is missing, no regular file (a folder,
    a FIFO) or without the id and text header is refused now, before any output is made."""
    refuse_irregular_file(str(path))
    csv.field_size_limit(2**31 - 1)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputRefused(f"cannot read {path}: {error.strerror or error}") from None
    reader = csv.reader(handle, delimiter="," if path.suffix.lower() == ".csv" else "\t")
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "id" not in header or "text" not in header:
            raise InputRefused(f"{path.name}: the header needs columns id and text")
    except UnicodeDecodeError:
        handle.close()
        raise _not_utf8(path, reader.line_num) from None
    except InputRefused:
        handle.close()
        raise
    return _rows(handle, reader, header.index("id"), header.index("text"), path)


def _rows(handle, reader, i: int, t: int, path: Path) -> Iterator[tuple[str, str]]:
    with handle:
        try:
            for row in reader:
                if len(row) > max(i, t) and row[i].strip():
                    yield row[i].strip(), row[t]
        except UnicodeDecodeError:
            raise _not_utf8(path, reader.line_num) from None


def _not_utf8(path: Path, line: int) -> InputRefused:
    return InputRefused(f"{path.name}: not UTF-8 text after line {line} "
                        "(a query file is UTF-8 TSV or CSV with columns id and text)")


def _batch_matches(db, queries, top: int):
    """(query id, its top matches at any similarity) for each query row, in file order."""
    progress = progress_printer("queries")
    for count, (qid, text) in enumerate(queries, 1):
        yield qid, find_matches(db, text, top=top, min_similarity=0.0)
        if progress:
            progress(count, None)


def _run_batch(args) -> int:
    db = open_existing_db(args)
    queries = _queries(Path(args.queries))  # like a missing database, refused before the run file is made
    batch = _batch_matches(db, queries, args.top)
    if not args.run_file:
        print_json([{"query_id": qid, "matches": [
            {"claim_id": m.claim_id, "external_ref": m.external_ref, "similarity": m.similarity,
             "level": m.level or "below"} for m in matches]} for qid, matches in batch])
        return 0
    count = 0
    with open(args.run_file, "w", encoding="utf-8") as out:
        for qid, matches in batch:
            count += 1
            for rank, m in enumerate(matches, 1):
                out.write(f"{qid}\tQ0\t{claim_ref(m)}\t{rank}\t{m.similarity:.3f}\tisnad\n")
    print(f"run: {count} queries → {args.run_file}", file=sys.stderr)
    return 0


def run_reindex(args) -> int:
    db = open_existing_db(args)
    count = reindex(db, progress=progress_printer("indexed"))
    print(f"index rebuilt: {count} claims")
    return 0
