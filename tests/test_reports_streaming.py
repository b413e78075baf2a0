"""Article reports stream: every format is written while the claims are read, a chunk at a time, and the chunk
sizes never change a byte of the output."""

from datetime import datetime

import pytest

from tests.test_reports_data import SENTENCES, add_article, build_mosul, outlet_source_id
from workbench.reports import build, claimreview, stream
from workbench.reports import csv as report_csv
from workbench.reports.build import article_report
from workbench.reports.render import report_parts
from workbench.settings import DeskSettings
from workbench.usecases.chains import insert_hop
from workbench.usecases.claims import set_claim_verdict

FORMATS = ["text", "html", "csv", "json", "claimreview"]
SETTINGS = DeskSettings(organization_name="Desk", organization_url="https://desk.example")


def _chunks(monkeypatch, claims: int, events: int) -> None:
    monkeypatch.setattr(stream, "CLAIMS_PER_CHUNK", claims)
    monkeypatch.setattr(claimreview, "CLAIMS_PER_CHUNK", claims)
    monkeypatch.setattr(stream, "EVENTS_PER_CHUNK", events)
    monkeypatch.setattr(report_csv, "ROWS_PER_PIECE", claims)  # CSV rows go out in pieces of this many


def _everything(db, article_id: int, claim_ids=None) -> dict[str, str]:
    report = article_report(db, article_id, claim_ids=claim_ids)
    return {fmt: "".join(report_parts(report, fmt, settings=SETTINGS)) for fmt in FORMATS}


@pytest.mark.parametrize(("claims", "events"), [(1, 2), (3, 5)])
def test_chunk_sizes_change_no_byte_of_any_format(db, monkeypatch, claims, events):
    monkeypatch.setattr(build, "_now", lambda: datetime(2026, 1, 2, 3, 4))
    built = build_mosul(db)
    selection = built.claim_ids[1:]  # numbering and history of a selection too
    whole = (_everything(db, built.article_id), _everything(db, built.article_id, selection))
    _chunks(monkeypatch, claims, events)
    assert (_everything(db, built.article_id), _everything(db, built.article_id, selection)) == whole
    assert whole[0]["text"].count("\n#") == len(SENTENCES)  # every claim, once
    assert whole[1]["csv"].count("\r\n") == 1 + 1 + 1 + 1  # header, claims 2 to 4 with one row each


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_is_written_while_its_claims_are_read(db, monkeypatch, fmt):
    _chunks(monkeypatch, 2, 3)
    sentences = [f"The Sun said thing number {n} happened." for n in range(10)]
    article_id, ids = add_article(db, sentences, title="Ten claims", language="en")
    sun = outlet_source_id(db, "The Sun")
    for claim_id in ids:
        insert_hop(db, claim_id, sun)
        set_claim_verdict(db, claim_id, "false")
    report = article_report(db, article_id)
    reads = []
    real = stream.claim_records
    monkeypatch.setattr(stream, "claim_records", lambda db, chunk: reads.append(chunk) or real(db, chunk))
    written = ""
    for piece in report_parts(report, fmt, settings=SETTINGS):
        written += piece
        if "thing number 0" in written:
            break
    assert len(reads) == 1  # the first claim went out with only its own chunk read
    rest = "".join(report_parts(report, fmt, settings=SETTINGS))
    assert "thing number 9" in rest and len(reads) == 1 + 5
