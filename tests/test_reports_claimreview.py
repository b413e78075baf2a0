"""ClaimReview JSON-LD: one test per field a fact-check publisher needs."""

import json

import pytest

from tests.test_reports_data import MAJOR, SENTENCES, build_mosul
from workbench.reports.build import article_report
from workbench.reports.claimreview import BEST, WORST, claimreview_json
from workbench.settings import DeskSettings

DESK = DeskSettings(organization_name="Misbar Desk", organization_url="https://factcheck.example/reviews")


@pytest.fixture
def reviews(db):
    built = build_mosul(db)
    report = article_report(db, built.article_id)
    return {r["claimReviewed"]: r for r in json.loads(claimreview_json(report, DESK))}


def test_every_claim_with_a_verdict_and_only_those(reviews):
    assert set(reviews) == set(SENTENCES[:3])


def test_claim_reviewed_is_the_claim_text(reviews):
    assert reviews[SENTENCES[0]]["@type"] == "ClaimReview"
    assert reviews[SENTENCES[0]]["@context"] == "https://schema.org"


@pytest.mark.parametrize(("sentence", "value", "name"), [(0, 1, "False"), (2, 4, "Verified")])
def test_review_rating_on_the_documented_scale(reviews, sentence, value, name):
    rating = reviews[SENTENCES[sentence]]["reviewRating"]
    assert rating == {"@type": "Rating", "ratingValue": value, "bestRating": BEST, "worstRating": WORST,
                      "alternateName": name, **({"ratingExplanation": rating["ratingExplanation"]}
                                                if "ratingExplanation" in rating else {})}


def test_unverifiable_has_alternate_name_and_no_number(reviews):
    rating = reviews[SENTENCES[1]]["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "Unverifiable"}


def test_reviewer_note_is_the_rating_explanation(reviews):
    assert reviews[SENTENCES[0]]["reviewRating"]["ratingExplanation"].startswith("The Post quoted the major")


def test_item_reviewed_author_is_the_innermost_source(reviews):
    item = reviews[SENTENCES[0]]["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": MAJOR}
    assert reviews[SENTENCES[2]]["itemReviewed"]["author"] == {"@type": "Organization",
                                                                "name": "وزارة الدفاع العراقية"}
    assert reviews[SENTENCES[1]]["itemReviewed"]["author"]["description"] == "anonymous source"


def test_item_reviewed_appearance_is_the_article(reviews):
    appearance = reviews[SENTENCES[0]]["itemReviewed"]["appearance"]
    assert appearance["@type"] == "CreativeWork"
    assert appearance["url"] == "https://example.com/mosul"
    assert appearance["publisher"] == {"@type": "Organization", "name": "Youm7 Example"}
    assert reviews[SENTENCES[0]]["itemReviewed"]["datePublished"] == "2016-10-18"


def test_author_is_the_reviewing_organization_from_settings(reviews):
    assert reviews[SENTENCES[0]]["author"] == {"@type": "Organization", "name": "Misbar Desk",
                                               "url": "https://factcheck.example/reviews"}


def test_date_published_is_the_day_of_the_verdict(reviews, db):
    report = article_report(db, 1)
    verdict_day = next(h.at for h in report.history if h.field == "claim_verdict").date().isoformat()
    assert reviews[SENTENCES[0]]["datePublished"] == verdict_day


def test_url_points_into_the_desks_review_page(reviews):
    assert reviews[SENTENCES[0]]["url"] == "https://factcheck.example/reviews#claim-1"


def test_no_organization_url_means_no_review_url(db):
    report = article_report(db, build_mosul(db).article_id)
    review = json.loads(claimreview_json(report, DeskSettings()))[0]
    assert "url" not in review and review["author"] == {"@type": "Organization", "name": "Isnad fact-checking desk"}
