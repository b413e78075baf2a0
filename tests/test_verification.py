"""Hop verification end to end (issue 16): the seed story's claim 5 against our own Sun and Washington Post pages,
the Post without the quote, the Sun crediting Reuters, re-verification on import, accepting the suggestion."""

import json
import subprocess
import sys
from datetime import date

import pytest
from alembic import command
from sqlalchemy import inspect, select

from tests.conftest import BOTH_BACKENDS, ROOT, SHARED
from workbench.errors import NotFound
from workbench.intake import read_document
from workbench.storage import migrate
from workbench.storage.database import open_database
from workbench.storage.models import ClaimCheck, HopCheck, ReviewEvent
from workbench.usecases.articles import import_document, publisher_named
from workbench.usecases.claims import get_claim, list_claims
from workbench.usecases.verification import (
    accept_suggestion,
    changed_claims,
    stored_verification,
    verify_article,
    verify_claim,
)

BACKENDS = BOTH_BACKENDS
DATA = ROOT / "tests" / "data" / "verification"
SEED = SHARED / "articles" / "ar-mosul-corridor.txt"
QUOTE = "واقتبست الصحيفة"  # claim 5: The Sun → The Washington Post → the major


def _import(db, path, publisher: str | None = None) -> int:
    publisher_id = publisher_named(db, publisher) if publisher else None
    return import_document(db, read_document(path), publisher_id=publisher_id).article_id


def _seed_claim(db) -> int:
    article_id = _import(db, SEED)
    return next(c.id for c in list_claims(db, article_id) if c.text.startswith(QUOTE))


@pytest.fixture
def seed_claim(db) -> int:
    claim_id = _seed_claim(db)
    chain = [(h.source.kind, h.source.outlet_name) for h in get_claim(db, claim_id).chain]
    assert chain[:2] == [("outlet", "The Sun"), ("outlet", "The Washington Post")] and chain[2][0] == "person"
    return claim_id


def test_the_seed_story_sun_and_post_found_across_languages_suggests_confirmed(db, seed_claim):
    sun = _import(db, DATA / "sun-mosul-corridor.html", "صحيفة صن البريطانية")  # publisher by an Arabic alias
    post = _import(db, DATA / "post-mosul-corridor.html")  # publisher from the page's og:site_name
    result = verify_claim(db, seed_claim)
    sun_hop, post_hop, major = result.hops
    assert (sun_hop.outlet, sun_hop.state.value) == ("The Sun", "found")
    assert sun_hop.evidence[0].article_id == sun and "chance to escape to Syria" in sun_hop.evidence[0].sentence
    assert (post_hop.outlet, post_hop.state.value) == ("The Washington Post", "found")
    assert post_hop.evidence[0].article_id == post and post_hop.evidence[0].similarity >= 60
    assert major.state.value == "no_source" and major.outlet is None
    assert not result.possible_misattribution and result.suggested_attribution_verdict == "confirmed"
    assert result.first_appearance.article_id == post and result.first_appearance.published_on == date(2016, 10, 17)
    # The sentences of the Sun article about other things are not evidence of the major's quote.
    assert len({e.claim_id for e in sun_hop.evidence}) == len(sun_hop.evidence) == 1


def test_the_post_without_the_quote_is_not_found_and_suggests_source_not_found(db, seed_claim):
    _import(db, DATA / "sun-mosul-corridor.html", "The Sun")
    _import(db, DATA / "post-without-quote.html", "Washington Post")
    result = verify_claim(db, seed_claim)
    assert [h.state.value for h in result.hops] == ["found", "not_found", "no_source"]
    assert result.hops[1].articles_searched == 1 and result.hops[1].evidence == ()
    assert result.suggested_attribution_verdict == "not_found"


def test_the_sun_crediting_reuters_is_a_possible_misattribution(db, seed_claim):
    _import(db, DATA / "sun-crediting-reuters.html", "The Sun")
    result = verify_claim(db, seed_claim)
    sun_hop = result.hops[0]
    assert sun_hop.state.value == "found" and sun_hop.misattributed
    assert "Reuters" in sun_hop.evidence[0].credit_names
    assert result.possible_misattribution and result.suggested_attribution_verdict == "misattributed"


def test_nothing_stored_of_the_outlets_gives_no_suggestion(db, seed_claim):
    result = verify_claim(db, seed_claim)
    assert [h.state.value for h in result.hops] == ["no_source"] * 3
    assert result.suggested_attribution_verdict is None and result.first_appearance is None
    with pytest.raises(Exception, match="no suggested attribution verdict"):
        accept_suggestion(db, seed_claim)


def test_storing_an_article_of_a_cited_outlet_reverifies_and_marks_the_claim(db, seed_claim):
    verify_claim(db, seed_claim)
    assert changed_claims(db, [seed_claim]) == set()
    _import(db, DATA / "sun-mosul-corridor.html", "The Sun")
    stored = stored_verification(db, seed_claim)
    assert stored.hops[0].state.value == "found" and stored.changed
    assert changed_claims(db, [seed_claim]) == {seed_claim}
    with db.reading() as session:
        states = dict(session.execute(select(HopCheck.outlet_id, HopCheck.state)
                                      .where(HopCheck.claim_id == seed_claim, HopCheck.outlet_id.is_not(None))).all())
    assert sorted(states.values()) == ["found", "no_source"]


def test_accepting_the_suggestion_sets_the_verdict_with_its_evidence_in_the_history(db, seed_claim):
    sun = _import(db, DATA / "sun-mosul-corridor.html", "The Sun")
    _import(db, DATA / "post-mosul-corridor.html", "The Washington Post")
    result = verify_claim(db, seed_claim)
    version = get_claim(db, seed_claim).version
    record = accept_suggestion(db, seed_claim, expected_version=version)
    assert record.attribution_verdict == "confirmed" and record.version == version + 1
    with db.reading() as session:
        event = session.scalars(select(ReviewEvent).where(ReviewEvent.claim_id == seed_claim,
                                                          ReviewEvent.field == "attribution_verdict")).one()
        flag = session.scalar(select(ClaimCheck.changed).where(ClaimCheck.claim_id == seed_claim))
    assert event.new_value == "confirmed" and f"article {sun}" in event.note
    assert f"{result.hops[0].evidence[0].similarity:.1f} %" in event.note and flag is False


def test_verify_article_checks_every_claim(db, seed_claim):
    _import(db, DATA / "sun-mosul-corridor.html", "The Sun")
    article_id = get_claim(db, seed_claim).article_id
    results = verify_article(db, article_id)
    assert len(results) == len(list_claims(db, article_id))
    by_id = {r.claim_id: r for r in results}
    assert by_id[seed_claim].hops[0].state.value == "found"
    # claims crediting no outlet have nothing to check
    assert all(r.suggested_attribution_verdict is None for r in results if all(h.outlet is None for h in r.hops))


def test_an_unknown_publisher_names_close_candidates(db):
    with pytest.raises(NotFound, match="did you mean 'The Sun'"):
        publisher_named(db, "The Sunn")
    assert publisher_named(db, "صحيفة صن البريطانية") == publisher_named(db, "The Sun")


def test_migration_0008_goes_down_and_up(db, backend):
    tables = set(inspect(db.engine).get_table_names())
    assert {"hop_check", "claim_check"} <= tables
    with db.engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    assert not {"hop_check", "claim_check"} & set(inspect(db.engine).get_table_names())
    migrate.upgrade(db, "head")
    assert {"hop_check", "claim_check"} <= set(inspect(db.engine).get_table_names())


def _cli(*args, db_path, check=True):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                            capture_output=True, text=True, timeout=180)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.mark.sqlite_only
def test_cli_import_with_publisher_and_verify_json(db_path):
    _cli("import", str(SEED), db_path=db_path)
    _cli("import", "--publisher", "صحيفة صن البريطانية", str(DATA / "sun-mosul-corridor.html"), db_path=db_path)
    _cli("import", str(DATA / "post-mosul-corridor.html"), db_path=db_path)
    db = open_database(db_path)
    claims = list_claims(db, 1)
    db.close()
    claim_id = next(c.id for c in claims if c.text.startswith(QUOTE))
    shown = json.loads(_cli("verify", str(claim_id), "--json", db_path=db_path).stdout)
    assert set(shown) == {"claim_id", "hops", "possible_misattribution", "suggested_attribution_verdict"}
    assert all(set(h) == {"position", "source", "outlet", "state", "evidence"} for h in shown["hops"])
    assert set(shown["hops"][0]["evidence"][0]) == {"article_id", "claim_id", "similarity", "sentence"}
    assert [h["state"] for h in shown["hops"]] == ["found", "found", "no_source"]
    assert shown["suggested_attribution_verdict"] == "confirmed"
    listed = json.loads(_cli("verify", "--article", "1", "--json", db_path=db_path).stdout)
    assert [r["claim_id"] for r in listed] == [c.id for c in claims]
    assert next(r for r in listed if r["claim_id"] == claim_id) == shown
    text = _cli("verify", str(claim_id), db_path=db_path).stdout
    assert "The Sun: found" in text and "suggested attribution verdict: confirmed" in text


@pytest.mark.sqlite_only
def test_cli_unknown_publisher_is_one_line_and_non_zero(db_path):
    result = _cli("import", "--publisher", "The Sunn", str(DATA / "sun-mosul-corridor.html"), db_path=db_path,
                  check=False)
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "'The Sun'" in result.stderr
    assert _cli("verify", "999", db_path=db_path, check=False).returncode != 0


def test_rank_among_scores_only_the_kept_candidates_against_each_other(db, seed_claim):
    """The matcher hook verification uses: candidates outside `among` are dropped before scoring, so the best
    kept one is the reference of the relative features (it was pushed down by the claim's own copy before)."""
    from workbench.matching.features import FEATURES
    from workbench.matching.matcher import rank

    sun = _import(db, DATA / "sun-mosul-corridor.html", "The Sun")
    text = get_claim(db, seed_claim).text
    sun_claims = {c.id for c in list_claims(db, sun)}
    with db.reading() as session:
        everything = rank(session.connection(), text)
        kept = rank(session.connection(), text, among=lambda ids: [i for i in ids if i in sun_claims],
                    keep_features=True)
    assert everything[0].claim_id == seed_claim  # unfiltered, the claim finds itself first
    assert kept and {s.claim_id for s in kept} <= sun_claims
    assert kept[0].features[FEATURES.index("bm25_rank")] == 1.0
    best_sun = next(s for s in everything if s.claim_id == kept[0].claim_id)
    assert kept[0].similarity > best_sun.similarity
