"""`report`: an article, outlet or session report as pdf, html, csv, json, claimreview or text."""

import sys
from collections.abc import Iterator

from cli.common import open_existing_db
from workbench.errors import InvalidValue
from workbench.reports.build import OUTLET_SORTS, article_report, outlet_report, session_report
from workbench.reports.model import ArticleReport
from workbench.reports.output import write_report_text
from workbench.reports.render import report_parts
from workbench.reports.safety import printable_name
from workbench.settings import load_settings

FORMATS = ("text", "pdf", "html", "csv", "json", "claimreview")


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="an attribution report: article, outlet(s) or review session")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--article", type=int, metavar="ID", help="one article's attribution report")
    which.add_argument("--outlet", metavar="NAME", help="every outlet, and the claims attributed to this one")
    which.add_argument("--all-outlets", action="store_true", help="every outlet across all articles")
    which.add_argument("--session", type=int, metavar="ID", help="what a reviewer did in one session")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--sort", choices=OUTLET_SORTS, default="claims", help="outlet order (default: claims)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to this file (required for pdf)")
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.format == "pdf" and not args.output:
        raise InvalidValue("a PDF is binary: name the file with -o OUT.pdf")
    db = open_existing_db(args)
    if args.article is not None:
        report = article_report(db, args.article)
    elif args.session is not None:
        report = session_report(db, args.session)
    else:
        report = outlet_report(db, outlet=args.outlet, sort_by=args.sort)
    if args.format == "pdf":
        from ui.reports.report_pdf import write_pdf  # Qt loads only for PDFs

        pages = write_pdf(report, args.output)
        print(f"wrote {printable_name(args.output)} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
        return 0
    _emit(render(report, args.format), args.output)
    return 0


def render(report, output_format: str) -> Iterator[str]:
    """The report as text in one of the non-PDF formats, in pieces."""
    settings = None
    if output_format == "claimreview":
        if not isinstance(report, ArticleReport):
            raise InvalidValue("ClaimReview is made for one article's claims: use --article ID")
        settings = load_settings()
        if not settings.organization_url.strip():
            print("note: ClaimReview entries carry no `url` until your organization's web address is set "
                  "(Settings in the app, organization_url in the settings file)", file=sys.stderr)
    return report_parts(report, output_format, settings=settings)


def _emit(content: Iterator[str], output: str | None) -> None:
    if output:
        write_report_text(output, content)
        print(f"wrote {printable_name(output)}", file=sys.stderr)
    else:
        sys.stdout.writelines(content)
