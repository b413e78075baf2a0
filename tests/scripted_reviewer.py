"""A scripted reviewer for crash and concurrency tests: sets verdicts one by one, printing each that returned.

Run from the project root: python -m tests.scripted_reviewer --db DB --edits N CLAIM_ID...
After each edit returns it prints and flushes `done <claim_id> <field>=<value> <version>`, so a parent
that kills this process knows exactly which edits the reviewer was told were saved.
"""

import argparse
import random
import sys

from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.errors import IsnadError
from workbench.storage.database import open_database
from workbench.usecases.claims import get_claim, set_attribution_verdict, set_claim_verdict
from workbench.usecases.sessions import start_session

EDITS = {
    "claim_verdict": (set_claim_verdict, [v.value for v in ClaimVerdict if v != ClaimVerdict.UNREVIEWED]),
    "attribution_verdict": (set_attribution_verdict,
                            [v.value for v in AttributionVerdict if v != AttributionVerdict.UNCHECKED]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reviewer", default="scripted")
    parser.add_argument("claim_ids", nargs="+", type=int)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    db = open_database(args.db)
    actor = start_session(db, args.reviewer)
    print("ready", flush=True)
    try:
        for _ in range(args.edits):
            claim_id = rng.choice(args.claim_ids)
            field = rng.choice(sorted(EDITS))
            edit, values = EDITS[field]
            current = get_claim(db, claim_id)
            value = rng.choice([v for v in values if v != getattr(current, field)])
            record = edit(db, claim_id, value, expected_version=current.version, actor=actor)
            print(f"done {claim_id} {field}={value} {record.version}", flush=True)
    except IsnadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
