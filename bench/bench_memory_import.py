"""Imports 10,000 generated articles through import_files (streamed) and prints RSS every 1,000: it must stay flat."""

import argparse
import gc
import random
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from tests.crash_harness import base_texts
from workbench.errors import IsnadError
from workbench.storage.database import open_database
from workbench.usecases.articles import BatchOutcome, import_files

# Run from the project root: .venv/bin/python -m bench.bench_memory_import --articles 10000


def write_articles(folder: Path, count: int, seed: int) -> Iterator[Path]:
    """Short articles (three paragraphs of the real ones, numbers shifted), written one at a time."""
    rng = random.Random(seed)
    paragraphs = [p for text in base_texts() for p in text.split("\n") if len(p.strip()) > 40]
    for number in range(count):
        picked = rng.sample(paragraphs, 3)
        body = "\n".join(re.sub(r"[0-9]+", lambda m, n=number: str(int(m.group()) + n), p) for p in picked)
        path = folder / f"a{number:05d}.txt"
        path.write_text(f"{body}\n({number})\n", encoding="utf-8")
        yield path


def outcomes(db, paths: list[Path], failures: list[str]) -> Iterator[BatchOutcome]:
    """import_files over paths; an article that fails inside the core is noted and the batch goes on."""
    position = 0
    while position < len(paths):
        try:
            for outcome in import_files(db, paths[position:]):
                position += 1
                yield outcome
        except IsnadError as error:
            failures.append(f"{paths[position].name}: {error}")
            position += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    process = psutil.Process()
    with tempfile.TemporaryDirectory(prefix="isnad-memory-") as folder:
        root = Path(folder)
        (root / "articles").mkdir()
        paths = list(write_articles(root / "articles", args.articles, args.seed))
        db = open_database(root / "memory.sqlite")
        gc.collect()
        baseline = process.memory_info().rss
        print(f"{'files':>9} {'claims':>8} {'refused':>8} {'RSS MiB':>8} {'s/lap':>7}")
        print(f"{0:>9} {0:>8} {0:>8} {baseline / 2**20:>8.1f} {'':>7}")
        claims = refused = 0
        samples, failures = [], []
        lap = time.monotonic()
        for done, outcome in enumerate(outcomes(db, paths, failures), start=1):
            if outcome.error is not None:
                refused += 1
            else:
                claims += outcome.result.claims
            if done % args.every == 0:
                rss = process.memory_info().rss
                samples.append(rss)
                now = time.monotonic()
                print(f"{done:>9} {claims:>8} {refused:>8} {rss / 2**20:>8.1f} {now - lap:>7.1f}", flush=True)
                lap = now
        db.close()
    print(f"articles that failed inside the core (a bug, batch resumed after them): {len(failures)}")
    for failure in failures[:5]:
        print(f"  {failure}")
    if len(samples) >= 2:
        growth = (samples[-1] - samples[0]) / 2**20
        print(f"RSS growth from the first {args.every} to the last: {growth:+.1f} MiB "
              f"({growth / max(1, (len(samples) - 1) * args.every) * 1000:+.2f} MiB per 1,000 articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
