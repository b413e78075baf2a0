"""`match`: stored claims a text repeats (one text, or a query file as a TREC run); `reindex`: rebuild the index."""

import csv
import sys
from pathlib import Path

from cli.common import open_db, print_json, progress_printer
from workbench.errors import InputRefused
from workbench.matching.upkeep import install_index_upkeep, reindex
from workbench.usecases.links import find_matches


def register(subparsers) -> None:
    parser = subparsers.add_parser("match", help="find stored claims a text repeats")
    parser.add_argument("text", nargs="?", metavar="TEXT")
    parser.add_argument("--top", type=int, default=10, metavar="K")
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
    db = open_db(args)
    matches = find_matches(db, args.text, top=max(1, args.top), min_similarity=0.0 if args.all else None)
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


def _queries(path: Path):
    csv.field_size_limit(2**31 - 1)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputRefused(f"cannot read {path}: {error.strerror or error}") from None
    with handle:
        reader = csv.reader(handle, delimiter="," if path.suffix.lower() == ".csv" else "\t")
        try:
            header = [h.strip().lower() for h in next(reader, [])]
            if "id" not in header or "text" not in header:
                raise InputRefused(f"{path.name}: the header needs columns id and text")
            i, t = header.index("id"), header.index("text")
            for row in reader:
                if len(row) > max(i, t) and row[i].strip():
                    yield row[i].strip(), row[t]
        except UnicodeDecodeError:
            raise InputRefused(f"{path.name}: not UTF-8 text after line {reader.line_num} "
                               "(a query file is UTF-8 TSV or CSV with columns id and text)") from None


def _batch_matches(args):
    """(query id, its top matches at any similarity) for each row of the query file, in file order."""
    db = open_db(args)
    progress = progress_printer("queries")
    for count, (qid, text) in enumerate(_queries(Path(args.queries)), 1):
        yield qid, find_matches(db, text, top=max(1, args.top), min_similarity=0.0)
        if progress:
            progress(count, None)


def _run_batch(args) -> int:
    if not args.run_file:
        print_json([{"query_id": qid, "matches": [
            {"claim_id": m.claim_id, "external_ref": m.external_ref, "similarity": m.similarity,
             "level": m.level or "below"} for m in matches]} for qid, matches in _batch_matches(args)])
        return 0
    count = 0
    with open(args.run_file, "w", encoding="utf-8") as out:
        for qid, matches in _batch_matches(args):
            count += 1
            for rank, m in enumerate(matches, 1):
                out.write(f"{qid}\tQ0\t{claim_ref(m)}\t{rank}\t{m.similarity:.3f}\tisnad\n")
    print(f"run: {count} queries → {args.run_file}", file=sys.stderr)
    return 0


def run_reindex(args) -> int:
    db = open_db(args)
    count = reindex(db, progress=progress_printer("indexed"))
    print(f"index rebuilt: {count} claims")
    return 0
