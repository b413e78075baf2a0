"""Outlet names follow the report's language in every format: an Arabic article's report names outlets by their
Arabic catalog names (and gives the catalog name beside them where a reader looks an outlet up), an English
article's report by the catalog names, as the desk does in each UI language."""

import csv
import io
import json

import pytest

from tests.test_reports_data import MAJOR, add_article, outlet_source_id
from workbench.reports.build import article_report
from workbench.reports.render import report_parts
from workbench.settings import DeskSettings
from workbench.text.terminal import visual
from workbench.usecases.chains import insert_hop, new_source
from workbench.usecases.claims import set_claim_verdict

SUN, POST, REUTERS = "صن", "واشنطن بوست", "رويترز"  # the catalog's Arabic display names


def _article(db, *, language: str) -> int:
    """Claim 1: The Sun → The Washington Post (false); claim 2: The Sun → the major. Published by Reuters."""
    sentences = (["ذكرت صحيفة صن أن الممرات آمنة.", "وقال رائد إن الهجوم بدأ."] if language == "ar"
                 else ["The Sun said the corridors were safe.", "A major said the attack began."])
    article_id, ids = add_article(db, sentences, title="الممرات" if language == "ar" else "Corridors",
                                  language=language, publisher="Reuters")
    sun, post = outlet_source_id(db, "The Sun"), outlet_source_id(db, "The Washington Post")
    for source in (sun, post):
        insert_hop(db, ids[0], source)
    for source in (sun, new_source(db, kind="person", role=MAJOR)):
        insert_hop(db, ids[1], source)
    set_claim_verdict(db, ids[0], "false")
    return article_id


def _render(db, fmt: str, *, language: str) -> str:
    return "".join(report_parts(article_report(db, _article(db, language=language)), fmt, settings=DeskSettings()))


def _csv_rows(content: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.removeprefix("\ufeff"))))


def test_an_arabic_report_in_text(db):
    out = _render(db, "text", language="ar")
    assert f"Publisher:   {visual(REUTERS)}" in out
    assert f"via: {visual(SUN)} → {visual(POST)}" in out
    assert f"outlets cited: {visual(SUN)} (The Sun), {visual(POST)} (The Washington Post)" in out


def test_an_arabic_report_in_html(db):
    out = _render(db, "html", language="ar")
    assert '<html lang="ar" dir="rtl">' in out
    assert f'<bdi class="hop ar">{SUN}</bdi>' in out and f'<bdi class="hop ar">{POST}</bdi>' in out
    assert f'<bdi class="ar">{SUN} (The Sun)</bdi>' in out  # outlets cited: both names
    assert f"<bdi class=\"ar\">{REUTERS}</bdi>" in out  # the publisher
    assert ">The Sun<" not in out  # never the English name alone


def test_an_arabic_report_in_csv(db):
    rows = _csv_rows(_render(db, "csv", language="ar"))
    first = [r for r in rows if r["claim_number"] == "1"]
    assert [(r["source"], r["source_outlet"]) for r in first] == [(SUN, "The Sun"), (POST, "The Washington Post")]
    second = [r for r in rows if r["claim_number"] == "2"]
    assert [(r["source"], r["source_outlet"]) for r in second] == [(SUN, "The Sun"), (MAJOR, "")]


def test_an_arabic_report_in_json(db):
    data = json.loads(_render(db, "json", language="ar"))
    assert data["header"]["publisher"] == REUTERS
    assert data["summary"]["outlets_cited"] == [SUN, POST]
    assert data["summary"]["outlets_catalog"] == ["The Sun", "The Washington Post"]
    assert [(h["label"], h["outlet"]) for h in data["claims"][0]["chain"]] == [(SUN, "The Sun"),
                                                                              (POST, "The Washington Post")]
    assert {n["label"] for n in data["graph"]["nodes"]} >= {REUTERS, SUN, POST}


def test_an_arabic_report_in_claimreview(db):
    review = json.loads(_render(db, "claimreview", language="ar"))[0]
    # The claim's author is who said it first, The Washington Post: named in Arabic, its catalog name beside.
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": POST,
                                                "alternateName": "The Washington Post"}
    assert review["itemReviewed"]["appearance"]["publisher"]["name"] == REUTERS


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "json", "claimreview"])
def test_an_english_report_names_outlets_by_their_catalog_names(db, fmt):
    out = _render(db, fmt, language="en")
    assert SUN not in out and POST not in out and REUTERS not in out
    assert "The Washington Post" in out
    if fmt == "csv":
        assert [r["source"] for r in _csv_rows(out) if r["claim_number"] == "1"] == ["The Sun", "The Washington Post"]
    if fmt == "text":
        assert "via: The Sun → The Washington Post" in out and "outlets cited: The Sun, The Washington Post" in out



PMF = "الحشد الشعبي"  # the first Arabic alias of the bundled Popular Mobilization Forces


@pytest.mark.parametrize(("fmt", "expected"), [
    ("text", f"via: {visual(PMF)}"),
    ("html", f'<bdi class="hop ar">{PMF}</bdi>'),
    ("json", f'"label": "{PMF}"'),
])
def test_an_arabic_report_names_a_catalog_organization_in_arabic(db, fmt, expected):
    article_id, ids = add_article(db, ["وقالت الهيئة في بيان إن الطريق مفتوح."], title="الطريق", language="ar",
                                  publisher="Reuters")
    insert_hop(db, ids[0], new_source(db, kind="organization", name="Popular Mobilization Forces"))
    out = "".join(report_parts(article_report(db, article_id), fmt, settings=DeskSettings()))
    assert expected in out  # the chain names it as the Arabic UI does (the history keeps the catalog name)
