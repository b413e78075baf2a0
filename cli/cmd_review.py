"""`verdict CLAIM`: set a claim's verdicts, note or evidence from scripts, with the same conflict checks as the GUI."""

from cli.common import database_id, open_existing_db, print_json
from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.usecases import claims
from workbench.usecases.review import review_claim
from workbench.usecases.sessions import end_session, start_session


def register(subparsers) -> None:
    parser = subparsers.add_parser("verdict", help="set a claim's verdicts or note (all given fields at once)")
    parser.add_argument("claim_id", type=database_id)
    parser.add_argument("--claim", choices=[v.value for v in ClaimVerdict], help="the claim verdict")
    parser.add_argument("--attribution", choices=[v.value for v in AttributionVerdict],
                        help="the attribution verdict")
    parser.add_argument("--note", help="replace the reviewer note")
    parser.add_argument("--version", type=database_id, help="the claim version you saw; a newer one is a conflict")
    parser.add_argument("--reviewer", default="cli", help="reviewer name recorded in the history")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args) -> int:
    db = open_existing_db(args)
    record = claims.get_claim(db, args.claim_id)
    if args.claim or args.attribution or args.note is not None:
        actor = start_session(db, args.reviewer)
        try:
            # One transaction for every field given: a kill or a full disk stores all of them or none.
            record = review_claim(db, args.claim_id, claim_verdict=args.claim, attribution_verdict=args.attribution,
                                  note=args.note, expected_version=args.version, actor=actor)
        finally:
            end_session(db, actor.session_id)
    if args.json:
        print_json({"id": record.id, "version": record.version, "claim_verdict": record.claim_verdict,
                    "attribution_verdict": record.attribution_verdict, "note": record.note})
    else:
        print(f"claim {record.id}: {record.claim_verdict} / {record.attribution_verdict} (version {record.version})")
    return 0
