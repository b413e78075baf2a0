"""`articles`: list stored articles, or show one with its claims and chains."""

from cli.common import open_db, print_json
from workbench.usecases.articles import get_article, list_articles
from workbench.usecases.claims import list_claims


def register(subparsers) -> None:
    parser = subparsers.add_parser("articles", help="list stored articles (or --show ID)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--search", default="", help="keep titles or publishers containing this")
    parser.add_argument("--show", type=int, metavar="ID", help="one article's claims and chains")
    parser.set_defaults(run=run)


def run(args) -> int:
    db = open_db(args)
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
    from workbench.text.terminal import visual

    print(visual(f"{article.title}  [{article.language}]"))
    for c in claims:
        chain = " → ".join(h.source.label for h in c.chain) or "(unattributed)"
        print(f"  #{c.id} [{c.claim_verdict}/{c.attribution_verdict}] {visual(chain)}")
        print(f"      {visual(c.text)}")
    return 0
