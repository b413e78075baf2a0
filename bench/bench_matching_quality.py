"""Matching quality on CheckThat! 2021 2A: MAP@5 with the official scorer, Isnad vs plain BM25 vs token_set_ratio.

usage: python -m bench.bench_matching_quality [--split dev] [--langs ar en] [--no-exhaustive]
Isnad's run goes through the `find_matches` use case; plain BM25 is FTS5 over all the query's index
terms; token_set_ratio is rapidfuzz's exhaustive scan over the folded claim texts. Prints figures.
"""

import argparse
import tempfile
import time
from pathlib import Path

from bench.checkthat import load_database, map_at_5, queries, write_run


def isnad_run(db, items, top: int = 5) -> dict[str, list[tuple[str, float]]]:
    from workbench.usecases.links import find_matches

    return {qid: [(m.external_ref or f"isnad-{m.claim_id}", m.similarity)
                  for m in find_matches(db, text, top=top, min_similarity=0.0)] for qid, text in items}


def bm25_run(db, items, top: int = 5) -> dict[str, list[tuple[str, float]]]:
    from workbench.matching.index import index_for
    from workbench.matching.terms import index_terms

    out = {}
    with db.reading() as session:
        conn = session.connection()
        refs = dict(conn.exec_driver_sql("SELECT id, external_ref FROM claim").all())
        index = index_for(conn)
        for qid, text in items:
            hits = index.search(conn, [[t] for t in dict.fromkeys(index_terms(text))], top)
            out[qid] = [(refs[h.claim_id], h.relevance) for h in hits]
    return out


def token_set_run(db, items, top: int = 5) -> dict[str, list[tuple[str, float]]]:
    from rapidfuzz import fuzz, process

    from workbench.text.normalize import fold

    with db.reading() as session:
        rows = session.connection().exec_driver_sql("SELECT external_ref, text FROM claim").all()
    refs, texts = [r[0] for r in rows], [fold(r[1]) for r in rows]
    return {qid: [(refs[i], score) for _, score, i in process.extract(fold(text), texts, scorer=fuzz.token_set_ratio,
                                                                      limit=top)] for qid, text in items}


def measure(lang: str, split: str, workdir: Path, exhaustive: bool) -> dict[str, tuple[float, float]]:
    db = load_database(lang, workdir / f"{lang}.sqlite")
    items = queries(lang, split)
    runners = {"isnad": isnad_run, "bm25": bm25_run}
    if exhaustive:
        runners["token_set_ratio"] = token_set_run
    figures = {}
    for name, runner in runners.items():
        start = time.perf_counter()
        ranked = runner(db, items)
        per_query_ms = (time.perf_counter() - start) / len(items) * 1000
        run = workdir / f"{lang}-{split}-{name}.run"
        write_run(run, ranked, name)
        figures[name] = (map_at_5(lang, split, run), per_query_ms)
    db.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--langs", nargs="+", default=["ar", "en"])
    parser.add_argument("--no-exhaustive", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs:
            figures = measure(lang, args.split, Path(tmp), not args.no_exhaustive)
            print(f"{lang} {args.split}: " + "  ".join(f"{name} MAP@5 {m:.4f} ({ms:.1f} ms/query)"
                                                     for name, (m, ms) in figures.items()), flush=True)


if __name__ == "__main__":
    main()
