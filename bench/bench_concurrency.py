"""Longer concurrent-use run: an import racing several reviewers, and many same-claim save races, with figures."""

import argparse
import tempfile
import time
from pathlib import Path

from tests.concurrency_harness import race_import_and_reviewers, race_same_claim
from tests.crash_harness import prepare_review_db

# Run from the project root: .venv/bin/python -m bench.bench_concurrency --files 60 --reviewers 3 --edits 400


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--reviewers", type=int, default=3)
    parser.add_argument("--edits", type=int, default=400, help="edits per reviewer")
    parser.add_argument("--conflict-rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="isnad-race-") as folder:
        race = race_import_and_reviewers(Path(folder) / "race", files=args.files, reviewers=args.reviewers,
                                         edits=args.edits)
        started = time.monotonic()
        db_path, claim_ids = prepare_review_db(Path(folder) / "conflicts", articles=1)
        conflicts = race_same_claim(db_path, claim_ids[0], rounds=args.conflict_rounds)
        conflict_seconds = time.monotonic() - started
    print(f"import racing {args.reviewers} reviewers: {race.seconds:.1f} s")
    print(f"  articles landed:               {race.articles_imported}/{args.files}  (missing {race.articles_missing})")
    print(f"  edits saved and present:       {race.edits_saved - race.edits_lost}/{args.reviewers * args.edits}")
    print(f"  edits lost:                    {race.edits_lost}  (must be 0)")
    print(f"  'database is locked' shown:    {race.locked_messages}  (must be 0)")
    print(f"  processes that failed:         {race.failed_processes}  (must be 0)")
    print(f"  integrity/history failures:    {race.integrity_failures}  (must be 0)")
    print(f"same claim, same version, two saves at once: {conflicts.rounds} rounds in {conflict_seconds:.1f} s")
    print(f"  exactly one save won:          {conflicts.one_winner}/{conflicts.rounds}")
    print(f"  conflict shown to the other:   {conflicts.conflicts_shown}/{conflicts.rounds}")
    print(f"  silent overwrites:             {conflicts.silent_overwrites}  (must be 0)")
    print(f"  wrong final state:             {conflicts.wrong_final_state}  (must be 0)")
    for problem in (race.problems + conflicts.problems)[:20]:
        print(f"  problem: {problem}")
    bad = (race.articles_missing + race.edits_lost + race.locked_messages + race.failed_processes
           + race.integrity_failures + conflicts.silent_overwrites + conflicts.wrong_final_state
           + (conflicts.rounds - conflicts.conflicts_shown))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
