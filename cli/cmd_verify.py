"""`verify CLAIM_ID` / `verify --article ID`: check each hop of a chain against its outlet's stored articles."""

import argparse

from cli.common import for_terminal, open_existing_db, print_json, progress_printer
from workbench.usecases.verification import verify_article, verify_claim
from workbench.verification.states import ClaimVerification, HopState

_STATE_WORDS = {HopState.FOUND: "found", HopState.NOT_FOUND: "not found", HopState.NO_SOURCE: "nothing to check"}


def register(subparsers) -> None:
    parser = subparsers.add_parser("verify", help="check each hop of a claim's chain against what its outlet "
                                                  "published (stored articles)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("claim_id", type=int, nargs="?", metavar="CLAIM_ID")
    target.add_argument("--article", type=int, metavar="ID", help="verify every claim of this article")
    parser.add_argument("--json", action="store_true", help="print JSON (a list with --article)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing_db(args)
    if args.article is not None:
        results = verify_article(db, args.article, progress=progress_printer("verifying"))
        if args.json:
            print_json([r.as_json() for r in results])
        else:
            for result in results:
                _print(result)
        return 0
    result = verify_claim(db, args.claim_id)
    if args.json:
        print_json(result.as_json())
    else:
        _print(result)
    return 0


def _hop_line(hop) -> str:
    line = f"  hop {hop.position}  {hop.source}: {_STATE_WORDS[hop.state]}"
    if hop.state is HopState.NOT_FOUND:
        line += f" ({hop.articles_searched} of its articles stored, none says it)"
    elif hop.state is HopState.NO_SOURCE and hop.outlet_id is not None:
        line += " (none of its articles stored)"
    for evidence in hop.evidence[:1]:
        dated = f", {evidence.published_on.isoformat()}" if evidence.published_on else ""
        line += f"\n      article {evidence.article_id}{dated}, claim {evidence.claim_id}, {evidence.similarity:.1f} %: "
        line += evidence.sentence
        if hop.misattributed:
            line += f"\n      it credits {', '.join(evidence.credit_names)}: possible misattribution"
    return line


def _print(result: ClaimVerification) -> None:
    lines = [f"claim {result.claim_id}"] + [_hop_line(h) for h in result.hops]
    first = result.first_appearance
    if first is not None:
        lines.append(f"  earliest appearance: article {first.article_id}, {first.published_on.isoformat()}")
    if result.possible_misattribution:
        lines.append("  possible misattribution")
    lines.append(f"  suggested attribution verdict: {result.suggested_attribution_verdict or 'none'}")
    text = "\n".join(lines)
    print(for_terminal(text))
