"""Any report in a text format (text, HTML, CSV, JSON, ClaimReview), in pieces to write while the claims are read:
the one dispatch the CLI's `report` and File › Export share."""

from collections.abc import Iterator

from workbench.errors import InvalidValue
from workbench.reports import csv as report_csv
from workbench.reports import html as report_html
from workbench.reports import text as report_text
from workbench.reports.claimreview import claim_reviews, claimreview_parts
from workbench.reports.json import json_parts, plain
from workbench.reports.model import ArticleReport, OutletReport
from workbench.settings import DeskSettings

ARTICLE_PARTS = {"text": report_text.article_text_parts, "html": report_html.article_html_parts,
                 "csv": report_csv.article_csv_parts}
MODULES = {"text": report_text, "html": report_html, "csv": report_csv}


def _kind(report) -> str:
    return "article" if isinstance(report, ArticleReport) else "outlet" if isinstance(report, OutletReport) \
        else "session"


def report_parts(report, output_format: str, *, settings: DeskSettings | None = None) -> Iterator[str]:
    """One report as text in one of the non-PDF formats (settings: ClaimReview's organization)."""
    return reports_parts([report], output_format, settings=settings)


def reports_parts(reports: list, output_format: str, *, settings: DeskSettings | None = None) -> Iterator[str]:
    """Reports as one file: JSON an array of them (one report: the report), ClaimReview one array of every
    review, CSV the rows of each under one header. HTML and text take only the first report."""
    if output_format == "json":
        return json_parts(plain(reports[0]) if len(reports) == 1 else [plain(r) for r in reports])
    if output_format == "claimreview":
        if any(_kind(r) != "article" for r in reports):
            raise InvalidValue("ClaimReview is made for one article's claims: use --article ID")
        return claimreview_parts(review for r in reports for review in claim_reviews(r, settings or DeskSettings()))
    if output_format == "csv":
        return _joined_csv(reports)
    return _parts(reports[0], output_format)


def _parts(report, output_format: str) -> Iterator[str]:
    kind = _kind(report)
    if kind == "article":
        return ARTICLE_PARTS[output_format](report)
    return iter([getattr(MODULES[output_format], f"{kind}_{output_format}")(report)])


def _joined_csv(reports: list) -> Iterator[str]:
    yield from _parts(reports[0], "csv")
    for report in reports[1:]:
        yield from report_csv.without_header(_parts(report, "csv"))
