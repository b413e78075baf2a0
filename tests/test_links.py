"""Links between claims: suggested on matching, confirmed or rejected by a reviewer, clusters and their verdicts."""

import pytest

from tests.conftest import ROOT, SHARED
from tests.test_matching_index import store_article
from workbench.errors import InvalidValue, NotFound
from workbench.intake import read_document
from workbench.matching.settings import MatchSettings
from workbench.matching.upkeep import install_index_upkeep
from workbench.usecases.articles import import_document
from workbench.usecases.claims import create_claim, list_claims, set_claim_verdict
from workbench.usecases.history import claim_history
from workbench.usecases.links import cluster_of, decide_link, matches_for_claim, top_matches_for_claims

install_index_upkeep()

A = "The health ministry said that the number of coronavirus cases in the capital rose to twenty this week."
B = "Health ministry: coronavirus cases in the capital rose to twenty this week, the ministry said on Monday."
C = "The number of coronavirus cases in the capital rose to twenty this week, according to the health ministry."
OTHER = "The football team won the national championship after a dramatic penalty shootout in the final."


def claim(db, text: str) -> int:
    return create_claim(db, store_article(db, text), 0, len(text)).id


@pytest.fixture
def claims(db):
    return claim(db, A), claim(db, B), claim(db, C), claim(db, OTHER)


def test_matches_store_suggested_links(db, claims):
    a, b, c, _ = claims
    found = matches_for_claim(db, a)
    assert {m.claim_id for m in found} == {b, c}
    assert all(m.link_status == "suggested" and m.link_id for m in found)
    assert all(m.level in ("suggested", "likely_same") for m in found)
    again = matches_for_claim(db, a)
    assert [m.link_id for m in again] == [m.link_id for m in found]  # refreshed, not duplicated


def test_a_decision_is_never_downgraded(db, claims):
    a, b, _, _ = claims
    link = next(m for m in matches_for_claim(db, a) if m.claim_id == b)
    decide_link(db, link.link_id, "rejected")
    assert next(m for m in matches_for_claim(db, a) if m.claim_id == b).link_status == "rejected"
    # the same pair seen from the other claim keeps the decision too
    lax = MatchSettings(suggested_threshold=1)
    assert next(m for m in matches_for_claim(db, b, settings=lax) if m.claim_id == a).link_status == "rejected"


def test_decisions_are_in_the_history(db, claims):
    a, b, _, _ = claims
    link = next(m for m in matches_for_claim(db, a) if m.claim_id == b)
    record = decide_link(db, link.link_id, "confirmed")
    assert record.status == "confirmed" and record.decided_at is not None
    decide_link(db, link.link_id, "suggested")
    events = [e for e in claim_history(db, a) if e.entity == "link"]
    assert [(e.old_value, e.new_value) for e in events] == [("suggested", "confirmed"), ("confirmed", "suggested")]
    with pytest.raises(InvalidValue):
        decide_link(db, link.link_id, "maybe")
    with pytest.raises(NotFound):
        decide_link(db, 999, "confirmed")


def test_confirmed_links_form_clusters_with_shared_verdicts(db, claims):
    a, b, c, other = claims
    by_id = {m.claim_id: m for m in matches_for_claim(db, a)}
    decide_link(db, by_id[b].link_id, "confirmed")
    decide_link(db, by_id[c].link_id, "confirmed")  # b and c are one cluster through a
    set_claim_verdict(db, c, "false")
    for member in (a, b, c):
        cluster = cluster_of(db, member)
        assert {m.claim_id for m in cluster.members} == {a, b, c}
        assert cluster.verdicts == ("false",)
    assert {m.claim_id for m in cluster_of(db, other).members} == {other}
    seen_from_a = {m.claim_id: m for m in matches_for_claim(db, a)}
    assert seen_from_a[b].cluster_verdicts == ("false",) and seen_from_a[b].cluster_size == 3


def test_top_matches_for_claims(db, claims):
    a, b, c, other = claims
    top = top_matches_for_claims(db, [a, other], top=1)
    assert [m.claim_id for m in top[a]] in ([b], [c])
    assert top[a][0].similarity > 50
    assert top[other] == []


def test_own_article_is_excluded(db):
    text = A + "\n" + B
    article = store_article(db, text)
    first = create_claim(db, article, 0, len(A)).id
    create_claim(db, article, len(A) + 1, len(text))
    assert matches_for_claim(db, first) == []


def test_an_arabic_claim_is_offered_the_english_original_it_repeats(db):
    """The claim itself and its own article's claims are left out before scoring, not after: ranked first, they
    made the real match look second best, and the seed quote's English original was never offered."""
    sun = import_document(db, read_document(ROOT / "tests/data/verification/sun-mosul-corridor.html")).article_id
    seed = import_document(db, read_document(SHARED / "articles" / "ar-mosul-corridor.txt")).article_id
    quote = next(c.id for c in list_claims(db, seed) if c.text.startswith("واقتبست الصحيفة"))
    offered = matches_for_claim(db, quote)
    assert offered and offered[0].article_id == sun and "Washington Post" in offered[0].text
    assert all(m.article_id != seed for m in offered)


@pytest.mark.parametrize(("language", "expected"), [
    (None, {"en-1", "ar-1", "und-1"}), ("en", {"en-1", "und-1"}), ("ar", {"ar-1", "und-1"})])
def test_find_matches_keeps_only_the_asked_language_and_undetermined(db, tmp_path, language, expected):
    from workbench.usecases.archive import import_claims_file
    from workbench.usecases.links import find_matches

    rows = ["id\ttext", "en-1\tThe ministry of health said Aden port closed", "ar-1\tوزارة الصحة: إغلاق ميناء عدن Aden",
            "und-1\tAden port 2024"]
    (tmp_path / "a.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_claims_file(db, tmp_path / "a.tsv")
    found = find_matches(db, "Aden port", language=language, min_similarity=0, top=10)
    assert {m.external_ref for m in found} == expected
