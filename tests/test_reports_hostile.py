"""Hostile article text is data in every report: no markup runs, no formula evaluates, no control reorders."""

import csv
import io
import json

import pytest

from tests.test_reports_data import build_hostile
from workbench.reports.build import article_report, session_report
from workbench.reports.claimreview import claimreview_json
from workbench.reports.csv import article_csv, session_csv
from workbench.reports.html import article_html, session_html
from workbench.reports.json import report_json
from workbench.reports.safety import escape_rich_text, neutralize_cell, reveal_controls
from workbench.reports.text import article_text
from workbench.settings import DeskSettings

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff"


@pytest.fixture
def report(db):
    return article_report(db, build_hostile(db).article_id)


@pytest.fixture
def outputs(report):
    return {
        "html": article_html(report),
        "csv": article_csv(report).removeprefix("\ufeff"),
        "json": report_json(report),
        "text": article_text(report),
        "claimreview": claimreview_json(report, DeskSettings(organization_url="https://desk.example")),
    }


@pytest.mark.parametrize("fmt", ["html", "csv", "json", "text", "claimreview"])
def test_no_invisible_control_survives_and_the_override_is_shown(outputs, fmt):
    assert not any(c in outputs[fmt] for c in CONTROLS)
    assert "⟪U+202E⟫txt.exe⟪U+202C⟫" in outputs[fmt]


def test_html_escapes_markup_and_drops_script_links(outputs):
    page = outputs["html"]
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript:' not in page


def test_csv_neutralizes_every_formula_cell(outputs):
    cells = [cell for row in csv.reader(io.StringIO(outputs["csv"])) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells


def test_session_report_is_escaped_and_neutralized(db):
    report = session_report(db, build_hostile(db).session_id)
    assert "&lt;b&gt;bold&lt;/b&gt;" in session_html(report) and "<b>" not in session_html(report)
    cells = [c for row in csv.reader(io.StringIO(session_csv(report).removeprefix("\ufeff"))) for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'+1 <b>bold</b>" in cells


def test_claimreview_cannot_close_a_script_element(outputs):
    assert "</script" not in outputs["claimreview"]
    reviews = json.loads(outputs["claimreview"])
    assert reviews[0]["claimReviewed"] == "<script>alert(1)</script> said the spokesman."
    assert "url" not in reviews[0]["itemReviewed"]["appearance"]  # javascript: is not an address


def test_json_keeps_text_as_plain_strings(outputs):
    claims = json.loads(outputs["json"])["claims"]
    assert claims[1]["text"] == '=HYPERLINK("http://x","y")'


@pytest.mark.parametrize(("given", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("قال =", "قال ="), (None, ""), (3, "3"),
])
def test_neutralize_cell(given, expected):
    assert neutralize_cell(given) == expected


@pytest.mark.parametrize(("given", "expected"), [
    ("a\u202eb", "a⟪U+202E⟫b"), ("\u2067x\u2069", "⟪U+2067⟫x⟪U+2069⟫"), ("\u200f", "⟪U+200F⟫"),
    ("\u061c", "⟪U+061C⟫"), ("a\u200bb\ufeff", "a⟪U+200B⟫b⟪U+FEFF⟫"), ("\u2060", "⟪U+2060⟫"),
    ("عربي", "عربي"), (None, None),
])
def test_reveal_controls(given, expected):
    assert reveal_controls(given) == expected


def test_rich_text_escaping_for_qt_widgets():
    assert escape_rich_text("<b>x</b>\n\u202e") == "&lt;b&gt;x&lt;/b&gt;<br>⟪U+202E⟫"


@pytest.mark.parametrize("hidden", [
    "\U000e0041\U000e0042",  # tag characters: hidden text
    "\u2061", "\u2062", "\u2063", "\u2064",  # invisible operators
    "\u00ad",  # soft hyphen
    "\ufe0f", "\U000e0100",  # variation selectors
    "\u2028", "\u2029",  # line and paragraph separators
    "\u180e", "\u3164", "\u115f",  # Mongolian vowel separator, Hangul fillers
])
def test_every_invisible_character_is_revealed(hidden):
    shown = reveal_controls(f"a{hidden}b")
    assert shown == "a" + "".join(f"⟪U+{ord(c):04X}⟫" for c in hidden) + "b"


def test_visible_format_signs_and_joined_letters_stay():
    # U+0600 (Arabic number sign) and U+06DD (end of ayah) are format characters that print a sign.
    for text in ("\u0600١٢", "\u06dd٣", "قال الوزير", "e\u0301"):
        assert reveal_controls(text) == text
