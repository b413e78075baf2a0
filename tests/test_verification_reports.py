"""Chain verification in the reports: the article report's hop states and evidence links, the outlet report's
found / not found / misattributed counts, and ClaimReview's appearance and firstAppearance."""

import csv
import io
import json

import pytest

from tests.test_verification import DATA, _import, _seed_claim
from workbench.reports.build import article_report, outlet_report
from workbench.reports.claimreview import claim_reviews
from workbench.reports.csv import article_csv
from workbench.reports.html import article_html, outlet_html
from workbench.reports.json import report_json
from workbench.reports.text import article_text
from workbench.settings import DeskSettings
from workbench.text.terminal import visual
from workbench.usecases.claims import get_claim, set_claim_verdict
from workbench.usecases.verification import verify_article

SUN_URL = "https://www.thesun.co.uk/news/mosul-isis-escape-route-syria-example/"


@pytest.fixture
def verified(db):
    claim_id = _seed_claim(db)
    sun = _import(db, DATA / "sun-mosul-corridor.html")
    post = _import(db, DATA / "post-mosul-corridor.html")
    article_id = get_claim(db, claim_id).article_id
    verify_article(db, article_id)
    return article_id, claim_id, sun, post


def test_the_article_report_shows_each_hops_state_and_evidence(db, verified):
    article_id, claim_id, sun, post = verified
    report = article_report(db, article_id)
    entry = next(c for c in report.claims if c.claim_id == claim_id)
    assert [h.state for h in entry.chain] == ["found", "found", "no_source"]
    assert entry.chain[0].evidence[0].article_id == sun and entry.chain[0].evidence[0].url == SUN_URL
    assert entry.suggested_attribution == "confirmed"
    assert entry.first_appearance.article_id == post and entry.first_appearance.published_on == "2016-10-17"
    html = article_html(report)
    assert "Chain verification" in html and f'href="{SUN_URL}"' in html and "nothing to check" in html
    assert "chance to escape to Syria" in html
    assert f"hop 1: {visual('صن')}: found (article" in article_text(report)  # The Sun, in an Arabic report
    shown = json.loads(report_json(report))
    assert next(c for c in shown["claims"] if c["claim_id"] == claim_id)["chain"][1]["state"] == "found"


def test_a_claim_never_verified_reports_no_states(db):
    claim_id = _seed_claim(db)
    report = article_report(db, get_claim(db, claim_id).article_id)
    assert all(link.state is None for c in report.claims for link in c.chain)
    assert "Chain verification" not in article_html(report)


def test_the_outlet_report_counts_found_not_found_and_misattributed(db):
    claim_id = _seed_claim(db)
    _import(db, DATA / "sun-crediting-reuters.html", "The Sun")
    _import(db, DATA / "post-without-quote.html", "The Washington Post")
    verify_article(db, get_claim(db, claim_id).article_id)
    rows = {r.name: r for r in outlet_report(db).rows}
    assert rows["The Sun"].found >= 1 and rows["The Sun"].found_misattributed >= 1
    assert rows["The Washington Post"].not_found >= 1 and rows["The Washington Post"].found == 0
    assert rows["RT"].found == rows["RT"].not_found == 0  # nothing of RT stored: nothing to check
    html = outlet_html(outlet_report(db))
    assert "Hops found" in html and "Found, credits another" in html


def test_claimreview_fills_appearance_and_first_appearance_from_the_evidence(db, verified):
    article_id, claim_id, _sun, _post = verified
    set_claim_verdict(db, claim_id, "verified")
    review = next(r for r in claim_reviews(article_report(db, article_id), DeskSettings())
                  if r["claimReviewed"] == get_claim(db, claim_id).text)
    item = review["itemReviewed"]
    urls = [w.get("url") for w in item["appearance"]]
    assert len(item["appearance"]) == 3 and SUN_URL in urls
    first = item["firstAppearance"]
    assert first["datePublished"] == "2016-10-17" and first["publisher"]["name"] == "The Washington Post"


def test_the_csv_carries_each_hops_state_and_evidence(db, verified):
    article_id, claim_id, sun, post = verified
    report = article_report(db, article_id)
    entry = next(c for c in report.claims if c.claim_id == claim_id)
    rows = list(csv.DictReader(io.StringIO(article_csv(report).removeprefix("\ufeff"))))
    hops = [r for r in rows if r["claim_id"] == str(claim_id)]
    assert [r["hop_verification"] for r in hops] == ["found", "found", "no_source"]
    assert [r["verification_article_id"] for r in hops] == [str(sun), str(post), ""]
    assert hops[0]["verification_url"] == SUN_URL
    assert [r["verification_claim_id"] for r in hops[:2]] == [str(h.evidence[0].claim_id) for h in entry.chain[:2]]
    assert float(hops[0]["verification_similarity"]) == pytest.approx(entry.chain[0].evidence[0].similarity, abs=0.05)
    assert {r["possible_misattribution"] for r in hops} == {"no"}
    assert {r["suggested_attribution_verdict"] for r in hops} == {"confirmed"}
    assert [hops[2][k] for k in ("verification_similarity", "verification_claim_id", "verification_url")] == [""] * 3
    unattributed = [r for r in rows if not r["hop_position"]]
    assert unattributed and all(r["hop_verification"] == r["source_outlet"] == "" for r in unattributed)
    chain = next(c for c in json.loads(report_json(report))["claims"] if c["claim_id"] == claim_id)["chain"]
    assert chain[0]["evidence"][0]["article_id"] == sun and chain[0]["evidence"][0]["similarity"] > 0
