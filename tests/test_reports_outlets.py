"""The outlet report: claims per outlet across articles, by verdict, sortable, and one outlet's claims."""

import pytest

from tests.test_reports_data import add_article, build_mosul, outlet_source_id
from workbench.errors import InvalidValue, NotFound
from workbench.reports.build import outlet_report
from workbench.usecases.chains import insert_hop
from workbench.usecases.claims import set_attribution_verdict, set_claim_verdict, set_deleted


@pytest.fixture
def desk(db):
    build_mosul(db)  # The Sun → The Washington Post → major: false, misattributed
    _, ids = add_article(db, ["The Sun said one.", "The Sun said two.", "The Sun said three.", "RT said four."],
                         title="second", language="en")
    sun, post, rt = (outlet_source_id(db, n) for n in ("The Sun", "The Washington Post", "RT"))
    for claim_id in ids[:3]:
        insert_hop(db, claim_id, sun)
    insert_hop(db, ids[1], sun)  # named twice in one chain: still one claim
    insert_hop(db, ids[3], rt)
    set_claim_verdict(db, ids[0], "disputed")
    set_claim_verdict(db, ids[1], "verified")
    set_attribution_verdict(db, ids[1], "misattributed")
    set_deleted(db, ids[2], True)
    return {"sun": sun, "post": post, "rt": rt}


def test_counts_per_outlet(db, desk):
    rows = {r.name: r for r in outlet_report(db).rows}
    sun = rows["The Sun"]
    assert sun.claims == 3  # mosul claim 1, two live claims of "second"; the deleted one is left out
    assert (sun.claim_verdicts["false"], sun.claim_verdicts["disputed"], sun.claim_verdicts["verified"]) == (1, 1, 1)
    assert sun.reviewed == 3 and sun.disputed_or_false == 2
    assert sun.disputed_share == pytest.approx(2 / 3)
    assert sun.misattributions == 2
    assert rows["The Washington Post"].claims == 1 and rows["RT"].claim_verdicts["unreviewed"] == 1


@pytest.mark.parametrize(("sort_by", "first"), [("claims", "The Sun"), ("disputed", "The Washington Post"),
                                                 ("misattributions", "The Sun"), ("name", "RT")])
def test_sortable(db, desk, sort_by, first):
    assert outlet_report(db, sort_by=sort_by).rows[0].name == first


def test_chosen_outlet_lists_its_claims_with_chains(db, desk):
    report = outlet_report(db, outlet="the washington post")
    assert report.chosen.name == "The Washington Post"
    assert len(report.claims) == 1
    assert report.claims[0].chain[:2] == ("The Sun", "The Washington Post")


def test_unknown_outlet_and_sort_are_refused(db, desk):
    with pytest.raises(NotFound):
        outlet_report(db, outlet="No Such Gazette")
    with pytest.raises(InvalidValue):
        outlet_report(db, sort_by="colour")
