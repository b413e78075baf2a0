"""SIGKILLs batch imports and review sessions at random moments (≥ 50 kills) and prints what survived."""

import argparse
import tempfile
import time
from pathlib import Path

from tests.crash_harness import KillFigures, kill_imports, kill_reviews

# Run from the project root: .venv/bin/python -m bench.bench_crash_safety --import-kills 30 --review-kills 30


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-kills", type=int, default=30)
    parser.add_argument("--review-kills", type=int, default=30)
    parser.add_argument("--files-per-round", type=int, default=6)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.monotonic()
    total = KillFigures()
    with tempfile.TemporaryDirectory(prefix="isnad-kills-") as folder:
        imports = kill_imports(Path(folder) / "imports", kills=args.import_kills,
                               files_per_round=args.files_per_round, seed=args.seed)
        reviews = kill_reviews(Path(folder) / "reviews", kills=args.review_kills, seed=args.seed + 1)
    for label, figures in (("batch import", imports), ("review session", reviews)):
        print(f"{label}: {figures.kills} kills, {figures.articles_checked} article checks, "
              f"{figures.edits_reported} edits reported")
        total.add(figures)
    total.problems = imports.problems + reviews.problems
    print(f"kills survived:                {total.kills}")
    print(f"integrity failures:            {total.integrity_failures}  (must be 0)")
    print(f"history/replay problems:       {total.history_problems}  (must be 0)")
    print(f"half-written articles:         {total.half_written_articles}  (must be 0; {total.articles_checked} checked)")
    print(f"edits lost:                    {total.edits_lost}  (must be 0; {total.edits_reported} reported)")
    print(f"edits saved but not reported:  {total.committed_unreported}  (at most one per kill)")
    print(f"errors shown to the user:      {total.user_visible_errors}  (must be 0)")
    print(f"time:                          {time.monotonic() - started:.0f} s")
    for problem in total.problems[:20]:
        print(f"  problem: {problem}")
    bad = total.integrity_failures + total.history_problems + total.half_written_articles + total.edits_lost
    return 1 if bad or total.user_visible_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
