"""File › Export without Qt: which reports a request builds, and every text format written whole."""

import json
from pathlib import Path

import pytest

from tests.conftest import BOTH_BACKENDS
from tests.test_reports_data import add_article
from workbench.errors import InvalidValue
from workbench.intake import document_from_text
from workbench.settings import DeskSettings
from workbench.usecases import articles, claims, exports
from workbench.usecases.exports import ExportRequest, build_reports, export_reports, output_paths

BACKENDS = BOTH_BACKENDS

TEXTS = ("قالت وزارة الصحة إن عدد الإصابات ارتفع إلى 20 حالة.\nوأضافت أن الوضع تحت السيطرة.\n",
         "The ministry said the bridge reopened on Monday.\nOfficials said repairs were finished.\n")


@pytest.fixture
def two_articles(db, monkeypatch):
    from workbench.extraction.extractor import Extraction

    monkeypatch.setattr(articles, "extract", lambda _text, catalog=None, progress=None: Extraction("und", (), ()))
    made = []
    for n, text in enumerate(TEXTS):
        article_id = articles.import_document(db, document_from_text(text, title=f"article {n}")).article_id
        ids = []
        for line in text.splitlines():
            start = text.index(line)
            ids.append(claims.create_claim(db, article_id, start, start + len(line)).id)
        claims.set_claim_verdict(db, ids[0], "false")
        made.append((article_id, ids))
    return made


def test_a_selection_reports_only_its_claims_article_by_article(db, two_articles):
    (first, (a1, a2)), (second, (b1, _b2)) = two_articles
    request = ExportRequest("selection", "json", Path("x.json"), claim_ids=(b1, a1, a2))
    reports = build_reports(db, request)
    assert [r.header.article_id for r in reports] == [second, first]  # the selection's order
    assert [[c.claim_id for c in r.claims] for r in reports] == [[b1], [a1, a2]]
    assert reports[0].summary.claims == 1


def test_each_format_of_a_selection(db, two_articles, tmp_path):
    (first, (a1, a2)), (second, (b1, _b2)) = two_articles
    selection = (a1, a2, b1)
    settings = DeskSettings()

    def export(fmt: str, name: str) -> list[Path]:
        return export_reports(db, ExportRequest("selection", fmt, tmp_path / name, claim_ids=selection),
                              settings=settings)

    [csv_path] = export("csv", "sel.csv")
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert sum(line.startswith("article_id,") for line in lines) == 1
    assert sorted(int(line.split(",")[3]) for line in lines[1:]) == sorted(selection)
    [json_path] = export("json", "sel.json")
    assert [r["header"]["article_id"] for r in json.loads(json_path.read_text(encoding="utf-8"))] == [first, second]
    [review_path] = export("claimreview", "sel.jsonld")
    reviewed = json.loads(review_path.read_text(encoding="utf-8"))
    assert {r["claimReviewed"] for r in reviewed} == {TEXTS[0].splitlines()[0], TEXTS[1].splitlines()[0]}
    html_paths = export("html", "sel.html")
    assert html_paths == [tmp_path / f"sel-article-{first}.html", tmp_path / f"sel-article-{second}.html"]
    assert "<!DOCTYPE html>" in html_paths[0].read_text(encoding="utf-8")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_refusals(db, two_articles, tmp_path):
    first = two_articles[0][0]
    for request in (ExportRequest("outlet", "claimreview", tmp_path / "x"),
                    ExportRequest("article", "pdf", tmp_path / "x"),  # no article given
                    ExportRequest("selection", "csv", tmp_path / "x"),
                    ExportRequest("article", "docx", tmp_path / "x", article_id=first),
                    ExportRequest("article", "html", tmp_path, article_id=first)):  # a folder, not a file
        with pytest.raises(InvalidValue):
            export_reports(db, request, settings=DeskSettings())
    with pytest.raises(InvalidValue):  # PDF needs the desk's writer
        export_reports(db, ExportRequest("article", "pdf", tmp_path / "a.pdf", article_id=first),
                       settings=DeskSettings())
    assert output_paths(ExportRequest("article", "csv", tmp_path / "report", article_id=first), [object()]) == [
        tmp_path / "report.csv"]


def test_a_file_that_cannot_be_written_leaves_nothing(db, two_articles, tmp_path):
    first = two_articles[0][0]
    target = tmp_path / "missing-folder" / "a.html"
    with pytest.raises(InvalidValue, match="could not write"):
        export_reports(db, ExportRequest("article", "html", target, article_id=first), settings=DeskSettings())
    assert not target.parent.exists()


def test_writing_counts_the_claims_out_and_cancel_stops_the_file(db, monkeypatch, tmp_path):
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 2)
    article_id, _ids = add_article(db, [f"Claim number {n} was said." for n in range(5)], title="Five", language="en")
    seen = []
    for fmt in ("csv", "json", "html", "claimreview"):
        seen.clear()
        export_reports(db, ExportRequest("article", fmt, tmp_path / f"all.{fmt}", article_id=article_id),
                       settings=DeskSettings(), progress=lambda done, total: seen.append((done, total)))
        assert seen == [(2, 5), (4, 5), (5, 5)], fmt
    seen.clear()
    target = tmp_path / "cancelled.csv"
    written = export_reports(db, ExportRequest("article", "csv", target, article_id=article_id),
                             settings=DeskSettings(), progress=lambda done, total: seen.append((done, total)),
                             cancelled=lambda: bool(seen))  # Cancel pressed once the bar first moved
    assert written == [] and seen == [(2, 5)]
    assert not target.exists() and not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
