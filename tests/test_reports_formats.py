"""The article report's figures and its HTML, CSV, JSON and text renderings, on a hand-built article."""

import csv
import io
import json

import pytest

from cli import build_parser, run_command
from tests.test_reports_data import MAJOR, SENTENCES, build_mosul
from workbench.reports.build import article_report, session_report
from workbench.reports.csv import ARTICLE_COLUMNS, article_csv, session_csv
from workbench.reports.html import article_html, session_html
from workbench.reports.json import report_json
from workbench.reports.text import article_text
from workbench.text.terminal import visual

SUN, POST = "صن", "واشنطن بوست"  # the catalog's Arabic display names of The Sun and The Washington Post


@pytest.fixture
def report(db):
    return article_report(db, build_mosul(db).article_id)


def test_summary_figures(report):
    s = report.summary
    assert (s.claims, s.attributed, s.anonymous_claims) == (4, 3, 1)
    assert s.attributed_share == pytest.approx(0.75)
    assert s.anonymous_share == pytest.approx(1 / 3)
    # An Arabic article's report names outlets by their Arabic catalog names, and keeps the catalog names too.
    assert s.longest_chain == (SUN, POST, MAJOR)
    assert s.sources_by_kind == {"outlet": 2, "person": 1, "organization": 1, "anonymous": 1}
    assert s.outlets_cited == (SUN, POST)
    assert s.outlets_catalog == ("The Sun", "The Washington Post")
    assert s.claim_verdicts["false"] == s.claim_verdicts["verified"] == s.claim_verdicts["unverifiable"] == 1
    assert s.attribution_verdicts["misattributed"] == 1


def test_header_claims_and_history(report):
    assert report.header.direction == "rtl"
    assert report.header.reviewers == ("Mona",)
    assert [c.text for c in report.claims] == list(SENTENCES)
    first = report.claims[0]
    assert first.matches[0].similarity == 91.5 and first.matches[0].claim_verdict == "false"
    assert first.evidence == ("https://example.org/original",)
    assert any(h.field == "claim_verdict" and h.claim_number == 1 and h.new_value == "false" for h in report.history)


def test_graph_runs_publisher_outlets_people(report):
    nodes = {n.label: n for n in report.graph.nodes}
    assert nodes["Youm7 Example"].layer == 0
    assert (nodes[SUN].layer, nodes[POST].layer, nodes[MAJOR].layer) == (1, 2, 3)
    edges = {(e.source, e.target) for e in report.graph.edges}
    assert (nodes[SUN].key, nodes[POST].key) in edges
    assert (nodes[POST].key, nodes[MAJOR].key) in edges


def test_html_is_right_to_left_with_the_diagram_inline(report):
    page = article_html(report)
    assert '<html lang="ar" dir="rtl">' in page
    assert "<svg" in page and 'direction="rtl"' in page
    assert "@font-face" in page and "data:font/ttf;base64," in page
    assert f'<p class="claimtext ar" dir="rtl">{SENTENCES[1]}</p>' in page


def test_html_chain_cells_run_outermost_first_in_reading_order(report):
    page = article_html(report)
    chain = page[page.index('class="claimtext'):]  # the first claim
    # Right-to-left: the row is written so that The Sun is the rightmost cell, the major the leftmost.
    hops = [chain.index(f'<bdi class="hop ar">{label}</bdi>') for label in (MAJOR, POST, SUN)]
    assert hops == sorted(hops)


def test_csv_has_a_bom_and_one_row_per_claim_hop(report):
    content = article_csv(report)
    assert content.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(content.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == ARTICLE_COLUMNS
    assert len(rows) == 3 + 1 + 1 + 1  # three hops, one, one, and an unattributed claim
    first = [r for r in rows if r["claim_number"] == "1"]
    assert [r["source"] for r in first] == [SUN, POST, MAJOR]
    assert [r["source_outlet"] for r in first] == ["The Sun", "The Washington Post", ""]
    assert [r["hop_position"] for r in first] == ["0", "1", "2"]


def test_json_carries_the_full_structure(report):
    data = json.loads(report_json(report))
    assert data["type"] == "ArticleReport"
    assert data["summary"]["anonymous_share"] == pytest.approx(0.3333)
    assert data["claims"][0]["chain"][2]["label"] == MAJOR
    assert data["claims"][0]["matches"][0]["similarity"] == 91.5
    assert data["history"]


def test_text_puts_arabic_in_visual_order(report):
    out = article_text(report)
    assert f"{visual(SUN)} → {visual(POST)} → {visual(MAJOR)}" in out
    assert f"outlets cited: {visual(SUN)} (The Sun), {visual(POST)} (The Washington Post)" in out
    assert "1 of 3 attributed claims (33%) rest on an anonymous source" in out


def test_session_report(db):
    built = build_mosul(db)
    report = session_report(db, built.session_id)
    assert report.summary.reviewer == "Mona" and report.summary.claims_reviewed == 3
    assert any(e.field == "claim_verdict" and e.claim_text == SENTENCES[0] for e in report.events)
    assert "Mona" in session_html(report) and session_csv(report).startswith("\ufeff")


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "json", "claimreview"])
def test_cli_writes_each_format(db_location, db, tmp_path, fmt):
    article_id = build_mosul(db).article_id
    out = tmp_path / f"report.{fmt}"
    args = build_parser().parse_args(["--db", str(db_location), "report", "--article", str(article_id), "--format", fmt,
                                      "-o", str(out)])
    assert run_command(args) == 0
    expected = "ClaimReview" if fmt == "claimreview" else "The Washington Post"
    assert expected in out.read_text(encoding="utf-8")


def test_cli_refuses_pdf_without_output(db_location, db, capsys):
    args = build_parser().parse_args(["--db", str(db_location), "report", "--article", "1", "--format", "pdf"])
    assert run_command(args) == 2
    assert "-o" in capsys.readouterr().err


def test_diagram_keeps_a_column_readable():
    from workbench.reports.diagram import MAX_PER_LAYER, condense, render_svg
    from workbench.reports.model import CitationGraph, GraphEdge, GraphNode

    people = [GraphNode(f"s{i}", f"person {i}", "person", 1, 1 + (i == 0)) for i in range(25)]
    graph = CitationGraph((GraphNode("publisher", "Daily", "publisher", 0, 25), *people),
                          tuple(GraphEdge("publisher", p.key, p.claims) for p in people))
    small = condense(graph)
    assert len([n for n in small.nodes if n.layer == 1]) == MAX_PER_LAYER
    assert any(n.label == "16 more sources" and n.claims == 16 for n in small.nodes)
    assert "person 0" in render_svg(graph, rtl=False) and "16 more sources" in render_svg(graph, rtl=False)
