"""SIGKILLs multi-field reviews (`verdict --claim --attribution --note`), backups and restores at random moments,
and prints how many left a torn file or a half-applied review (both must be 0).

Run from the project root: .venv/bin/python -m bench.bench_kills --kills 1000
The kills are split evenly between the three; each child is forked with the modules already loaded.
"""

import argparse
import tempfile
import time
from pathlib import Path

from tests.crash_harness import KillFigures, kill_backups, kill_multi_field_reviews, kill_restores

KINDS = (("multi-field review", kill_multi_field_reviews), ("backup", kill_backups), ("restore", kill_restores))
CHUNK = 50  # kills per run of one kind, so progress shows while a long run goes on


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.monotonic()
    per_kind = {name: KillFigures() for name, _ in KINDS}
    with tempfile.TemporaryDirectory(prefix="isnad-kills-") as folder:
        for index, (name, run) in enumerate(KINDS):
            share = args.kills // len(KINDS) + (index < args.kills % len(KINDS))
            for chunk, start in enumerate(range(0, share, CHUNK)):
                work = Path(folder) / f"{index}-{chunk}"
                work.mkdir()
                figures = run(work, kills=min(CHUNK, share - start), seed=args.seed + 100 * index + chunk)
                per_kind[name].add(figures)
                done = per_kind[name]
                print(f"  {name}: {done.kills}/{share} kills, torn {done.torn_files}, "
                      f"half-applied {done.half_applied}, {time.monotonic() - started:.0f} s", flush=True)
    total = KillFigures()
    for name, figures in per_kind.items():
        midway = f", {figures.caught_midway} found it half done" if name != "multi-field review" else ""
        print(f"{name}: {figures.kills} kills{midway}")
        total.add(figures)
    print(f"kills:                        {total.kills}")
    print(f"torn files:                   {total.torn_files}  (must be 0: a backup or restored database not whole)")
    print(f"half-applied reviews:         {total.half_applied}  (must be 0)")
    print(f"integrity failures:           {total.integrity_failures}  (must be 0)")
    print(f"history/replay/index problems: {total.history_problems}  (must be 0)")
    print(f"edits lost:                   {total.edits_lost}  (must be 0; {total.edits_reported} reviews reported)")
    print(f"staging files after restart:  {total.leftovers}  (must be 0)")
    print(f"children failing by themselves: {total.user_visible_errors}  (must be 0)")
    print(f"time:                         {time.monotonic() - started:.0f} s")
    for problem in total.problems[:20]:
        print(f"  problem: {problem}")
    bad = (total.torn_files + total.half_applied + total.integrity_failures + total.history_problems
           + total.edits_lost + total.leftovers + total.user_visible_errors)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
