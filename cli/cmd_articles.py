"""`articles`: list stored articles, show one with its claims and chains, correct its details, delete or restore it."""

import sys
from dataclasses import replace
from datetime import date

from cli.common import for_terminal, open_existing_db, print_json
from workbench.errors import InvalidValue
from workbench.usecases.articles import (
    article_details,
    delete_article,
    edit_article,
    get_article,
    last_removal,
    list_articles,
    publisher_named,
    restore_article,
)
from workbench.usecases.claims import list_claims


def register(subparsers) -> None:
    parser = subparsers.add_parser("articles", help="list stored articles (or --show ID)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--search", default="", help="keep titles or publishers containing this")
    parser.add_argument("--show", type=int, metavar="ID", help="one article's claims and chains")
    parser.set_defaults(run=run)
    actions = parser.add_subparsers(dest="article_action", metavar="ACTION")
    edit = actions.add_parser("edit", help="correct an article's title, publisher, address or date")
    edit.add_argument("id", type=int)
    edit.add_argument("--title")
    edit.add_argument("--publisher", metavar="OUTLET", help='a catalog outlet, by name or alias; "" for none')
    edit.add_argument("--url", help='the address; "" for none')
    edit.add_argument("--date", metavar="YYYY-MM-DD", help='the publication date; "" for none')
    edit.set_defaults(run=run_edit)
    delete = actions.add_parser("delete", help="delete an article and its claims (recorded; `restore` undoes it)")
    delete.add_argument("id", type=int)
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(run=run_delete)
    restore = actions.add_parser("restore", help="bring a deleted article back with exactly the claims it had")
    restore.add_argument("id", type=int)
    restore.set_defaults(run=run_restore)


def run_edit(args) -> int:
    db = open_existing_db(args)
    article = get_article(db, args.id)
    seen = article_details(article)
    changes = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.publisher is not None:
        changes["publisher_id"] = publisher_named(db, args.publisher) if args.publisher.strip() else None
    if args.url is not None:
        changes["url"] = args.url
    if args.date is not None:
        changes["published_on"] = _date(args.date) if args.date.strip() else None
    if not changes:
        raise InvalidValue("nothing to change: give --title, --publisher, --url or --date")
    record = edit_article(db, args.id, replace(seen, **changes), expected=seen)
    print(f"article {record.id}: {record.title}" + (f" — {record.publisher}" if record.publisher else "")
          + (f" · {record.published_on.isoformat()}" if record.published_on else "")
          + (f" · {record.url}" if record.url else ""))
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def run_delete(args) -> int:
    db = open_existing_db(args)
    article = get_article(db, args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidValue("deleting needs confirmation: add --yes")
        answer = input(f"delete article {article.id} “{article.title}” and its claims? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted", file=sys.stderr)
            return 1
    removal = delete_article(db, args.id)
    print(f"deleted article {removal.article_id} with {len(removal.claim_ids)} claims "
          f"(python main.py articles restore {removal.article_id} brings it back)")
    return 0


def run_restore(args) -> int:
    db = open_existing_db(args)
    removal = last_removal(db, args.id)
    record = restore_article(db, removal)
    print(f"restored article {record.id} with {len(removal.claim_ids)} claims")
    return 0


def run(args) -> int:
    db = open_existing_db(args)
    if args.show is not None:
        return _show(db, args.show, args.json)
    rows = list_articles(db, search=args.search)
    if args.json:
        print_json([
            {"id": r.id, "title": r.title, "sha256": r.sha256, "claims": r.claims, "reviewed": r.reviewed,
             "publisher": r.publisher, "language": r.language,
             "published_on": r.published_on.isoformat() if r.published_on else None}
            for r in rows
        ])
        return 0
    for r in rows:
        print(f"{r.id:>6}  {r.reviewed}/{r.claims} reviewed  [{r.language}]  {r.title}"
              + (f"  — {r.publisher}" if r.publisher else ""))
    if not rows:
        print("no articles yet: python main.py import FILE")
    return 0


def _show(db, article_id: int, as_json: bool) -> int:
    article = get_article(db, article_id)
    claims = list_claims(db, article_id)
    if as_json:
        print_json({
            "id": article.id, "title": article.title, "language": article.language, "sha256": article.sha256,
            "claims": [{"id": c.id, "start": c.start, "end": c.end, "text": c.text, "cue": c.cue,
                        "claim_verdict": c.claim_verdict, "attribution_verdict": c.attribution_verdict,
                        "version": c.version,
                        "chain": [{"position": h.position, "kind": h.source.kind, "label": h.source.label,
                                   "source_id": h.source.id, "confirmed": h.confirmed} for h in c.chain]}
                       for c in claims],
        })
        return 0
    print(for_terminal(f"{article.title}  [{article.language}]"))
    for c in claims:
        chain = " → ".join(h.source.label for h in c.chain) or "(unattributed)"
        print(f"  #{c.id} [{c.claim_verdict}/{c.attribution_verdict}] {for_terminal(chain)}")
        print(f"      {for_terminal(c.text)}")
    return 0
