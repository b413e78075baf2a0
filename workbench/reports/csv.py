"""Reports as CSV for spreadsheets: UTF-8 with a BOM, every cell neutralized against formula injection."""

import csv
import io
from collections.abc import Iterable, Iterator

from workbench.reports.model import ArticleReport, ChainLink, OutletReport, SessionReport
from workbench.reports.safety import neutralize_cell

BOM = "\ufeff"  # without it Excel reads UTF-8 as the local code page and Arabic turns to mojibake

ARTICLE_COLUMNS = ("article_id", "article_title", "claim_number", "claim_id", "claim_text", "cue", "claim_verdict",
                   "attribution_verdict", "hop_position", "chain_length", "source", "source_kind", "hop_confirmed",
                   "note", "evidence",
                   # source is the name in the report's language; source_outlet the outlet's catalog name
                   "source_outlet",
                   # the hop's chain verification (as the HTML report shows it), its best evidence, and the
                   # attribution verdict the claim's verification suggests; empty where never verified
                   "hop_verification", "verification_similarity", "verification_claim_id", "verification_article_id",
                   "verification_url", "possible_misattribution", "suggested_attribution_verdict")
NO_HOP = ("", "", "", "", "", "", "")


ROWS_PER_PIECE = 500


def _pieces(header: tuple[str, ...], rows: Iterable[tuple]) -> Iterator[str]:
    """The file in pieces: the BOM and the header line alone first (see without_header), then the rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    yield BOM + out.getvalue()
    out.seek(0)
    out.truncate()
    for number, values in enumerate(rows, start=1):
        writer.writerow([neutralize_cell(v) for v in values])
        if number % ROWS_PER_PIECE == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    if out.tell():
        yield out.getvalue()


def without_header(pieces: Iterator[str]) -> Iterator[str]:
    """A CSV's pieces after its BOM and header line, to append it to another CSV of the same columns."""
    next(pieces)
    return pieces


def _write(header: tuple[str, ...], rows: Iterable[tuple]) -> str:
    return "".join(_pieces(header, rows))


def article_csv(report: ArticleReport) -> str:
    return "".join(article_csv_parts(report))


def article_csv_parts(report: ArticleReport) -> Iterator[str]:
    """One row per claim-hop (hop_position 0 is the source the article cites); an unattributed claim has one row."""
    h = report.header

    def rows():
        for c in report.claims:
            common = (h.article_id, h.title, c.number, c.claim_id, c.text, c.cue or "", c.claim_verdict,
                      c.attribution_verdict)
            tail = (c.note, " | ".join(c.evidence))
            suggested = c.suggested_attribution or ""
            if not c.chain:
                yield (*common, "", 0, "", "", "", *tail, *NO_HOP, suggested)
            for position, link in enumerate(c.chain):
                yield (*common, position, len(c.chain), link.label, link.kind, "yes" if link.confirmed else "no", *tail,
                       link.outlet or "", *_verification(link), suggested)

    return _pieces(ARTICLE_COLUMNS, rows())


def _verification(link: ChainLink) -> tuple:
    """hop_verification … possible_misattribution of one hop (see ARTICLE_COLUMNS)."""
    if link.state is None:
        return NO_HOP[1:]
    best = link.evidence[0] if link.evidence else None
    evidence = (f"{best.similarity:.1f}", best.claim_id, best.article_id, best.url or "") if best else ("", "", "", "")
    return (link.state, *evidence, "yes" if link.misattributed else "no")


def outlet_csv(report: OutletReport) -> str:
    """One row per outlet; with a chosen outlet, one row per claim of it instead."""
    if report.chosen is not None:
        return _write(("claim_id", "article_id", "article_title", "claim_text", "chain", "claim_verdict",
                       "attribution_verdict"),
                      ((c.claim_id, c.article_id, c.article_title, c.text, " → ".join(c.chain), c.claim_verdict,
                        c.attribution_verdict) for c in report.claims))
    verdicts = tuple(report.rows[0].claim_verdicts) if report.rows else ()
    return _write(("outlet", "kind", "claims", *verdicts, "reviewed", "disputed_or_false",
                   "disputed_share_of_reviewed", "misattributions"),
                  ((r.name, r.kind, r.claims, *(r.claim_verdicts.get(v, 0) for v in verdicts), r.reviewed,
                    r.disputed_or_false, f"{r.disputed_share:.3f}", r.misattributions) for r in report.rows))


def session_csv(report: SessionReport) -> str:
    return _write(("session_id", "reviewer", "at", "article_title", "claim_id", "claim_text", "field", "old_value",
                   "new_value", "note"),
                  ((report.summary.session_id, report.summary.reviewer, e.at.isoformat(sep=" "), e.article_title, e.claim_id,
                    e.claim_text, e.field, e.old_value, e.new_value, e.note) for e in report.events))
