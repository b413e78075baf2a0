"""Claim matching at scale: import + indexing time, database size, peak memory, query latency, recall@10.

For 10k, 100k and 1M synthetic claims (bench/synthetic_claims.py), each size in its own process:
Isnad's matcher (the find_matches use case) beside plain FTS5 BM25 over all query words and an
exhaustive rapidfuzz token_set_ratio scan (on a sample of queries: it is slow).
usage: python -m bench.bench_matching_scale [--sizes 10000 100000 1000000] [--queries 200] [--exhaustive 20]
Prints figures; asserts nothing about time.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.checkthat import ROOT


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _latency(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[int(0.95 * (len(samples) - 1))] * 1000


def measure(size: int, queries: int, exhaustive: int) -> dict:
    from bench.synthetic_claims import write_corpus
    from workbench.matching.index import index_for
    from workbench.matching.terms import index_terms
    from workbench.storage.database import open_database
    from workbench.usecases.archive import import_claims_file
    from workbench.usecases.links import find_matches

    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        corpus, db_path = Path(tmp) / "claims.tsv", Path(tmp) / "isnad.sqlite"
        planted = write_corpus(size, corpus, planted=queries)
        db = open_database(db_path)
        start = time.perf_counter()
        result = import_claims_file(db, corpus)
        import_s = time.perf_counter() - start
        peak = _peak_mb()
        raw = db.engine.raw_connection()
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("isnad.sqlite*")) / 1e6
        figures = {"size": size, "imported": result.imported, "import_s": import_s, "db_mb": size_mb, "peak_mb": peak}

        ours, hits = [], 0
        for _, text, expected in planted:
            t = time.perf_counter()
            found = find_matches(db, text, top=10, min_similarity=0)
            ours.append(time.perf_counter() - t)
            hits += expected in [m.external_ref for m in found]
        figures["isnad"] = (*_latency(ours), hits / len(planted))

        plain, hits = [], 0
        with db.reading() as session:
            conn = session.connection()
            refs = dict(conn.exec_driver_sql("SELECT id, external_ref FROM claim").all()) if size <= 100_000 else None
            for _, text, expected in planted:
                terms = sorted(set(index_terms(text)))
                t = time.perf_counter()
                rows = index_for(conn).search(conn, [[w] for w in terms], 10)
                plain.append(time.perf_counter() - t)
                ids = [r.claim_id for r in rows]
                got = [refs[i] for i in ids] if refs else [f"syn-{i - 1}" for i in ids]
                hits += expected in got
        figures["bm25"] = (*_latency(plain), hits / len(planted))

        from rapidfuzz import fuzz, process

        from workbench.text.normalize import fold

        with db.reading() as session:
            texts = [fold(t) for (t,) in session.connection().exec_driver_sql("SELECT text FROM claim ORDER BY id")]
        scan, hits = [], 0
        sample = planted[:exhaustive]
        for _, text, expected in sample:
            t = time.perf_counter()
            best = process.extract(fold(text), texts, scorer=fuzz.token_set_ratio, limit=10)
            scan.append(time.perf_counter() - t)
            hits += expected in [f"syn-{i}" for _, _, i in best]
        figures["token_set"] = (*_latency(scan), hits / len(sample))
        db.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--exhaustive", type=int, default=20)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.queries, args.exhaustive)))
        return
    print(f"{'claims':>9} {'import+index s':>14} {'db MB':>7} {'peak MB':>8} | "
          f"{'isnad p50/p95 ms':>17} {'rec@10':>6} | {'BM25 all words p50/p95':>22} {'rec@10':>6} | "
          f"{'token_set scan p50/p95':>22} {'rec@10':>6}")
    for size in args.sizes:
        out = subprocess.run([sys.executable, "-m", "bench.bench_matching_scale", "--one", str(size),
                              "--queries", str(args.queries), "--exhaustive", str(args.exhaustive)],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        f = json.loads(out.splitlines()[-1])
        cols = [f"{f['size']:>9} {f['import_s']:>14.1f} {f['db_mb']:>7.0f} {f['peak_mb']:>8.0f}"]
        for key in ("isnad", "bm25", "token_set"):
            p50, p95, recall = f[key]
            cols.append(f"{p50:>10.1f}/{p95:<11.1f} {recall:>6.1%}")
        print(" | ".join(cols), flush=True)


if __name__ == "__main__":
    main()
