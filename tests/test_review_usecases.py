"""Reviewer edits through the use cases: verdicts, notes, evidence, chains, spans, conflicts and history."""

import pytest

from tests.conftest import BOTH_BACKENDS
from tests.factories import make_article_with_claim
from workbench.errors import EditConflict, InvalidValue, NotFound
from workbench.usecases import chains, claims
from workbench.usecases.catalog import search as catalog
from workbench.usecases.history import claim_history
from workbench.usecases.sessions import end_session, start_session

BACKENDS = BOTH_BACKENDS


@pytest.fixture
def claim_id(db):
    return make_article_with_claim(db)


@pytest.fixture
def actor(db):
    return start_session(db, "Amal")


def _source_id(db, label):
    return next(h.source.id for h in catalog.search_sources(db, label, limit=3) if h.source.label == label)


def test_set_both_verdicts_bumps_version_and_records_history(db, claim_id, actor):
    first = claims.get_claim(db, claim_id)
    after = claims.set_claim_verdict(db, claim_id, "false", expected_version=first.version, actor=actor)
    after = claims.set_attribution_verdict(db, claim_id, "misattributed", expected_version=after.version,
                                           actor=actor)
    assert (after.claim_verdict, after.attribution_verdict) == ("false", "misattributed")
    assert after.version == first.version + 2
    events = [(e.field, e.old_value, e.new_value, e.reviewer) for e in claim_history(db, claim_id)]
    assert ("claim_verdict", "unreviewed", "false", "Amal") in events
    assert ("attribution_verdict", "unchecked", "misattributed", "Amal") in events


def test_stale_version_is_a_conflict_and_changes_nothing(db, claim_id):
    seen = claims.get_claim(db, claim_id).version
    claims.set_claim_verdict(db, claim_id, "verified", expected_version=seen)
    with pytest.raises(EditConflict, match="changed elsewhere") as error:
        claims.set_claim_verdict(db, claim_id, "false", expected_version=seen)
    assert error.value.current_version == seen + 1
    assert claims.get_claim(db, claim_id).claim_verdict == "verified"


@pytest.mark.parametrize("verdict", ["true", "fake", ""])
def test_unknown_verdicts_are_refused(db, claim_id, verdict):
    with pytest.raises(InvalidValue):
        claims.set_claim_verdict(db, claim_id, verdict)


def test_note_and_evidence(db, claim_id):
    claims.set_note(db, claim_id, "الرقم غير موجود في بيان الوزارة")
    record = claims.set_evidence(db, claim_id, ["https://example.org/statement", " "])
    assert record.note == "الرقم غير موجود في بيان الوزارة"
    assert record.evidence == ("https://example.org/statement",)
    with pytest.raises(InvalidValue, match="not a web address"):
        claims.set_evidence(db, claim_id, ["javascript:alert(1)"])


def test_chain_edits_in_order(db, claim_id):
    sun, wapo = _source_id(db, "The Sun"), _source_id(db, "The Washington Post")
    major = chains.new_source(db, kind="person", role="رائد بالقوات العراقية الخاصة")
    chains.insert_hop(db, claim_id, wapo)
    chains.insert_hop(db, claim_id, major)
    record = chains.insert_hop(db, claim_id, sun, position=0)
    assert [h.source.label for h in record.chain] == ["The Sun", "The Washington Post", "رائد بالقوات العراقية الخاصة"]
    record = chains.move_hop(db, claim_id, 2, 0)
    assert record.chain[0].source.label == "رائد بالقوات العراقية الخاصة"
    record = chains.move_hop(db, claim_id, 0, 2)
    record = chains.remove_hop(db, claim_id, 1)
    assert [h.position for h in record.chain] == [0, 1]
    record = chains.set_hop_confirmed(db, claim_id, None, True)
    assert all(h.confirmed for h in record.chain)
    record = chains.replace_hop_source(db, claim_id, 0, _source_id(db, "RT"))
    assert record.chain[0].source.label == "RT"
    with pytest.raises(NotFound):
        chains.remove_hop(db, claim_id, 7)


def test_the_same_person_is_one_source(db):
    first = chains.new_source(db, kind="person", name="يحيى رسول", role="المتحدث باسم وزارة الدفاع")
    second = chains.new_source(db, kind="person", name="يحيي رسول", role="المتحدث باسم وزاره الدفاع")
    assert first == second


def test_spans_split_merge_delete(db, claim_id):
    record = claims.get_claim(db, claim_id)
    first, second = claims.split_claim(db, claim_id, record.start + 9)  # inside "وزارة": snaps to the next word
    assert (first.text, second.text) == ("قالت وزارة", record.text[11:]) and second.start == first.end + 1
    with pytest.raises(InvalidValue, match="one word"):
        claims.split_claim(db, claims.create_claim(db, record.article_id, 0, 4).id, 2)  # "قالت" alone
    merged = claims.merge_claims(db, first.id, second.id)
    assert merged.text == record.text
    assert claims.get_claim(db, second.id).deleted
    claims.set_deleted(db, claim_id, True)
    assert claim_id not in {c.id for c in claims.list_claims(db, record.article_id)}
    claims.set_deleted(db, claim_id, False)
    assert claim_id in {c.id for c in claims.list_claims(db, record.article_id)}
    with pytest.raises(InvalidValue, match="outside the article"):
        claims.create_claim(db, record.article_id, 5, 10_000)


def test_session_summary_counts_what_the_reviewer_did(db, claim_id, actor):
    claims.set_claim_verdict(db, claim_id, "disputed", actor=actor)
    claims.set_claim_verdict(db, claim_id, "false", actor=actor)
    claims.set_attribution_verdict(db, claim_id, "confirmed", actor=actor)
    summary = end_session(db, actor.session_id)
    assert (summary.claims_reviewed, summary.verdicts_set, summary.reviewer) == (1, 3, "Amal")
    assert summary.ended_at is not None


def test_an_outlet_missing_from_the_catalog_is_kept_unlinked(db):
    from workbench.usecases.sources import resolve_source

    with db.writing() as session:
        source = resolve_source(session, kind="outlet", outlet_name=None, surface="صحيفة النهار الجديد")
        assert (source.kind, source.outlet_id, source.name) == ("outlet", None, "صحيفة النهار الجديد")
        anonymous = resolve_source(session, kind="anonymous", surface="مصادر مطلعة")
        assert anonymous.name == "مصادر مطلعة"
