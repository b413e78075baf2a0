"""The browser's queries and the dashboard's figures, on claims with known verdicts, chains and dates."""

from datetime import date

import pytest

from tests.conftest import BOTH_BACKENDS
from workbench.errors import InvalidValue
from workbench.intake import document_from_text
from workbench.usecases import articles, chains, claims
from workbench.usecases.articles import delete_article
from workbench.usecases.browse import (
    ClaimFilter,
    browse_choices,
    claim_page,
    claim_rows,
    count_claims,
    find_claims,
    prepare_search,
)
from workbench.usecases.catalog.search import search_sources
from workbench.usecases.dashboard import DashboardFilter, dashboard
from workbench.usecases.records import ArticleDetails
from workbench.usecases.sessions import start_session

BACKENDS = BOTH_BACKENDS

ARABIC = ("قالت صحيفة ذا صن إن الممرات الآمنة فتحت أمام العائلات في الموصل.\n"
          "وذكرت مصادر محلية أن القوات تقدمت نحو الحدود السورية.\n")
ENGLISH = "The Guardian reported that the ceasefire held in Aleppo overnight.\nOfficials said the talks stalled.\n"


@pytest.fixture
def desk(db, monkeypatch):
    """Two articles with hand-made claims: Arabic (Reuters publishes; The Sun, anonymous) in 2024-03,
    English (The Guardian; one unattributed) in 2024-05."""
    from workbench.extraction.extractor import Extraction

    monkeypatch.setattr(articles, "extract", lambda _text, catalog=None, progress=None: Extraction("und", (), ()))
    sun = search_sources(db, "The Sun", limit=1)[0].source.id
    guardian = search_sources(db, "The Guardian", limit=1)[0].source.id
    anonymous = chains.new_source(db, kind="anonymous", role="مصادر محلية")
    made = {}
    reuters = articles.publisher_named(db, "Reuters")
    for name, text, when, sources, publisher in (("ar", ARABIC, date(2024, 3, 2), (sun, anonymous), reuters),
                                                 ("en", ENGLISH, date(2024, 5, 9), (guardian, None), None)):
        article_id = articles.import_document(db, document_from_text(text, title=name)).article_id
        record = articles.get_article(db, article_id)
        articles.edit_article(db, article_id, ArticleDetails(record.title, publisher, None, when))
        ids = []
        for line, source in zip(text.splitlines(), sources, strict=True):
            start = text.index(line)
            claim = claims.create_claim(db, article_id, start, start + len(line))
            if source is not None:
                chains.insert_hop(db, claim.id, source)
            ids.append(claim.id)
        made[name] = (article_id, ids)
    actor = start_session(db, "Mona")
    claims.set_claim_verdict(db, made["ar"][1][0], "false", actor=actor)
    claims.set_attribution_verdict(db, made["ar"][1][0], "misattributed", actor=actor)
    claims.set_claim_verdict(db, made["en"][1][0], "verified")
    return made


def test_each_filter_keeps_exactly_its_claims(db, desk):
    (ar, (sun_claim, anon_claim)), (en, (guardian_claim, plain)) = desk["ar"], desk["en"]
    choices = browse_choices(db)
    sun_outlet = next(o.id for o in choices.outlets if o.label == "The Sun")
    mona = next(r.id for r in choices.reviewers if r.label == "Mona")
    cases = [
        (ClaimFilter(), [guardian_claim, plain, sun_claim, anon_claim]),  # newest article first, reading order
        (ClaimFilter(claim_verdicts=("false",)), [sun_claim]),
        (ClaimFilter(attribution_verdicts=("misattributed",)), [sun_claim]),
        (ClaimFilter(outlet_id=sun_outlet), [sun_claim]),
        (ClaimFilter(source_kind="anonymous"), [anon_claim]),
        (ClaimFilter(source_kind="unattributed"), [plain]),
        (ClaimFilter(reviewer_id=mona), [sun_claim]),
        (ClaimFilter(published_from=date(2024, 4, 1)), [guardian_claim, plain]),
        (ClaimFilter(published_to=date(2024, 3, 31)), [sun_claim, anon_claim]),
        (ClaimFilter(article_id=ar), [sun_claim, anon_claim]),
        (ClaimFilter(text="الممرات الآمنة"), [sun_claim]),
        (ClaimFilter(text="ceasefire Aleppo"), [guardian_claim]),
        (ClaimFilter(text="ceasefire Mosul"), []),
        (ClaimFilter(text="الحدود", source_kind="anonymous"), [anon_claim]),
    ]
    for claim_filter, expected in cases:
        assert find_claims(db, claim_filter) == expected, claim_filter
        assert count_claims(db, prepare_search(db, claim_filter)) == len(expected)
    search = prepare_search(db, ClaimFilter())
    assert claim_page(db, search, offset=1, limit=2) == [plain, sun_claim]
    row = claim_rows(db, [sun_claim])[0]
    assert row.chain == ("The Sun",) and row.claim_verdict == "false" and row.article_id == ar
    delete_article(db, en)
    assert find_claims(db, ClaimFilter()) == [sun_claim, anon_claim]


def test_a_bad_filter_is_refused(db, desk):
    for bad in (ClaimFilter(claim_verdicts=("wrong",)), ClaimFilter(source_kind="alien"),
                ClaimFilter(published_from=date(2024, 5, 1), published_to=date(2024, 4, 1))):
        with pytest.raises(InvalidValue):
            find_claims(db, bad)


def test_dashboard_figures_per_outlet_month_and_graph(db, desk):
    board = dashboard(db)
    by_name = {o.name: o.figures for o in board.outlets}
    assert set(by_name) == {"The Sun", "The Guardian"}
    sun = by_name["The Sun"]
    assert (sun.claims, sun.reviewed, sun.disputed_or_false, sun.checked, sun.misattributed) == (1, 1, 1, 1, 1)
    assert sun.disputed_share == 1.0 and sun.misattribution_rate == 1.0 and sun.anonymous_share == 0.0
    assert by_name["The Guardian"].disputed_share == 0.0
    months = {m.month: m.figures for m in board.months}
    assert set(months) == {"2024-03", "2024-05"}
    assert months["2024-03"].claims == 2 and months["2024-03"].anonymous == 1
    # Reuters published the Arabic article, which cites The Sun and an anonymous source; the English one has
    # no publisher, so its Guardian claim has no link to draw.
    assert {(n.label, n.kind, n.layer) for n in board.graph.nodes} == {
        ("Reuters", "publisher", 0), ("The Sun", "outlet", 1), ("مصادر محلية", "anonymous", 1)}
    assert sorted(e.claims for e in board.graph.edges) == [1, 1]
    march = dashboard(db, DashboardFilter(published_to=date(2024, 3, 31)))
    assert [o.name for o in march.outlets] == ["The Sun"]
    only_en = dashboard(db, DashboardFilter(article_ids=(desk["en"][0],)))
    assert [o.name for o in only_en.outlets] == ["The Guardian"]
    guardian_id = only_en.outlets[0].outlet_id
    assert [m.month for m in dashboard(db, outlet_id=guardian_id).months] == ["2024-05"]
