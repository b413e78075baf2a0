"""File › Export: which report to build (article, outlet, session, or a selection of claims) and writing it out.

PDF needs Qt's text layout, so the caller passes the PDF writer in; every other format is rendered here.
A selection spanning several articles becomes one report per article: CSV, JSON and ClaimReview join them
in one file, HTML and PDF write one file per article beside the chosen name.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from workbench.errors import InvalidValue
from workbench.reports.build import article_report, outlet_report, session_report
from workbench.reports.model import ArticleReport, ClaimEntry, ReportFigure
from workbench.reports.output import write_report_text
from workbench.reports.render import reports_parts
from workbench.settings import DeskSettings
from workbench.storage.models import Claim

KINDS = ("article", "outlet", "session", "selection")
FORMATS = ("pdf", "html", "csv", "json", "claimreview")
PROGRESS_EVERY = 200  # claims between two progress reports (and cancel checks) while a file is written
SUFFIXES = {"pdf": ".pdf", "html": ".html", "csv": ".csv", "json": ".json", "claimreview": ".json"}


@dataclass(frozen=True)
class ExportRequest:
    """One export: `kind` names the report; its subject is article_id, outlet (a name, or None for every
    outlet), session_id, or claim_ids (the selection)."""

    kind: str
    output_format: str
    path: Path
    article_id: int | None = None
    outlet: str | None = None
    session_id: int | None = None
    claim_ids: tuple[int, ...] = ()
    figures: tuple[ReportFigure, ...] = ()  # charts for the outlet report's HTML or PDF (the dashboard's)


def check_request(request: ExportRequest) -> None:
    if request.kind not in KINDS:
        raise InvalidValue(f"cannot export {request.kind!r}; use one of: {', '.join(KINDS)}")
    if request.output_format not in FORMATS:
        raise InvalidValue(f"cannot export as {request.output_format!r}; use one of: {', '.join(FORMATS)}")
    if request.output_format == "claimreview" and request.kind not in ("article", "selection"):
        raise InvalidValue("ClaimReview is made of reviewed claims: export an article or a selection of claims")
    needed = {"article": request.article_id, "session": request.session_id,
              "selection": request.claim_ids or None}.get(request.kind, True)
    if needed is None:
        raise InvalidValue({"article": "open an article to export its report",
                            "session": "there is no review session to export",
                            "selection": "select the claims to export"}[request.kind])
    if not str(request.path).strip() or Path(request.path).is_dir():
        raise InvalidValue("name the file to write")


def build_reports(db, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list:
    """The report models the request names: one, or one per article of a selection (in the selection's order)."""
    check_request(request)
    if request.kind == "article":
        return [article_report(db, request.article_id)]
    if request.kind == "outlet":
        report = outlet_report(db, outlet=request.outlet)
        if request.output_format in ("html", "pdf"):  # the formats that show pictures
            report = replace(report, figures=request.figures)
        return [report]
    if request.kind == "session":
        return [session_report(db, request.session_id)]
    articles = _articles_of(db, request.claim_ids)
    reports = []
    for done, (article_id, claim_ids) in enumerate(articles.items(), start=1):
        if cancelled is not None and cancelled():
            return []
        reports.append(article_report(db, article_id, claim_ids=claim_ids))
        if progress is not None:
            progress(done, len(articles))
    return reports


def _articles_of(db, claim_ids: tuple[int, ...]) -> dict[int, set[int]]:
    """The selected claims grouped by article, articles in the order their first claim was selected."""
    with db.reading() as session:
        owners = dict(session.execute(select(Claim.id, Claim.article_id).where(Claim.id.in_(claim_ids),
                                                                             Claim.article_id.is_not(None))).all())
    grouped: dict[int, set[int]] = {}
    for claim_id in claim_ids:
        if claim_id in owners:
            grouped.setdefault(owners[claim_id], set()).add(claim_id)
    return grouped


def output_paths(request: ExportRequest, reports: list) -> list[Path]:
    """Where each file goes: the chosen path, or for HTML/PDF of several articles, one file per article beside it."""
    path = Path(request.path)
    if not path.suffix:
        path = path.with_suffix(SUFFIXES[request.output_format])
    if len(reports) == 1 or request.output_format not in ("html", "pdf"):
        return [path]
    return [path.with_name(f"{path.stem}-article-{r.header.article_id}{path.suffix}") for r in reports]


def export_reports(db, request: ExportRequest, *, settings: DeskSettings,
                   write_pdf: Callable[[object, Path], int] | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Build and write the export; returns the files written. A file is written whole or not at all."""
    reports = build_reports(db, request, progress=progress, cancelled=cancelled)
    if not reports:
        if cancelled is not None and cancelled():
            return []
        raise InvalidValue("none of the selected claims belongs to an article")
    paths = output_paths(request, reports)
    if request.output_format == "pdf" and write_pdf is None:
        raise InvalidValue("PDF export needs the desk's PDF writer")
    # HTML and PDF: a file per report; the other formats join the reports in one file.
    groups = [[r] for r in reports] if request.output_format in ("html", "pdf") else [reports]
    written = []
    for group, path in zip(groups, paths, strict=True):
        if cancelled is not None and cancelled():
            break
        counter = ClaimCounter(progress, cancelled, total=sum(len(r.claims) for r in group if _is_article(r)))
        counted = [replace(r, claims=CountedClaims(r.claims, counter)) if _is_article(r) else r for r in group]
        try:
            if request.output_format == "pdf":
                write_pdf(counted[0], path)  # the desk's writer goes through write_report_file too
            else:  # written as the claims are read
                write_report_text(path, reports_parts(counted, request.output_format, settings=settings))
        except ExportCancelled:
            break  # that file left as it was
        written.append(path)
    return written


def _is_article(report) -> bool:
    return isinstance(report, ArticleReport)


class ExportCancelled(Exception):
    """Cancel was pressed while a file was being written."""


@dataclass
class ClaimCounter:
    """Claims written so far of a file's `total`, told to progress() and checked against cancelled() every
    PROGRESS_EVERY claims: cancelling raises ExportCancelled inside the write, so the file is not written."""

    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    total: int
    done: int = 0

    def step(self) -> None:
        self.done = min(self.done + 1, self.total)
        if self.done % PROGRESS_EVERY and self.done != self.total:
            return
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        if self.progress is not None:
            self.progress(self.done, self.total)


class CountedClaims(Sequence):
    """A report's claims that count themselves on a ClaimCounter as a renderer goes through them."""

    def __init__(self, claims: Sequence[ClaimEntry], counter: ClaimCounter) -> None:
        self._claims, self._counter = claims, counter

    def __len__(self) -> int:
        return len(self._claims)

    def __getitem__(self, index):
        return self._claims[index]

    def __iter__(self) -> Iterator[ClaimEntry]:
        for claim in self._claims:
            yield claim
            self._counter.step()
