"""`verdict CLAIM`: set a claim's verdicts, note or evidence from scripts, with the same conflict checks as the GUI."""

from cli.common import open_db, print_json
from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.usecases import claims
from workbench.usecases.sessions import end_session, start_session


def register(subparsers) -> None:
    parser = subparsers.add_parser("verdict", help="set a claim's verdicts or note")
    parser.add_argument("claim_id", type=int)
    parser.add_argument("--claim", choices=[v.value for v in ClaimVerdict], help="the claim verdict")
    parser.add_argument("--attribution", choices=[v.value for v in AttributionVerdict],
                        help="the attribution verdict")
    parser.add_argument("--note", help="replace the reviewer note")
    parser.add_argument("--version", type=int, help="the claim version you saw; a newer one is a conflict")
    parser.add_argument("--reviewer", default="cli", help="reviewer name recorded in the history")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args) -> int:
    db = open_db(args)
    record = claims.get_claim(db, args.claim_id)
    actor = start_session(db, args.reviewer)
    version = args.version
    try:
        if args.claim:
            record = claims.set_claim_verdict(db, args.claim_id, args.claim, expected_version=version, actor=actor)
            version = record.version if version is not None else None
        if args.attribution:
            record = claims.set_attribution_verdict(db, args.claim_id, args.attribution, expected_version=version,
                                                    actor=actor)
            version = record.version if version is not None else None
        if args.note is not None:
            record = claims.set_note(db, args.claim_id, args.note, expected_version=version, actor=actor)
    finally:
        end_session(db, actor.session_id)
    if args.json:
        print_json({"id": record.id, "version": record.version, "claim_verdict": record.claim_verdict,
                    "attribution_verdict": record.attribution_verdict, "note": record.note})
    else:
        print(f"claim {record.id}: {record.claim_verdict} / {record.attribution_verdict} (version {record.version})")
    return 0
