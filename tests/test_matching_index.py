"""Index upkeep: every stored claim is matchable at once, and edits, deletes, restores and reindex keep it right."""

import sqlite3

import pytest

from tests.conftest import BOTH_BACKENDS
from workbench.matching.settings import MatchSettings
from workbench.matching.upkeep import install_index_upkeep, reindex
from workbench.storage import migrate
from workbench.storage.database import connect
from workbench.storage.models import Article
from workbench.usecases.claims import create_claim, merge_claims, set_deleted, set_span, split_claim
from workbench.usecases.links import find_matches

install_index_upkeep()
BACKENDS = BOTH_BACKENDS

TEXT = ("قالت وزارة الصحة إن عدد الإصابات بفيروس كورونا ارتفع إلى عشرين حالة في العاصمة.\n"
        "وأضاف سيرجي لافروف أن روسيا لن تسحب قواتها من الحدود الشمالية قبل نهاية العام الجاري.\n")


def store_article(db, text: str, title: str = "t") -> int:
    """An article stored directly (no extraction), so these tests only exercise matching."""
    import hashlib

    with db.writing() as session:
        article = Article(title=title, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), language="ar")
        session.add(article)
        session.flush()
        return article.id


def indexed(db) -> dict[int, str]:
    with db.reading() as session:
        return dict(session.connection().exec_driver_sql("SELECT rowid, terms FROM claim_search").all())


def refs(matches) -> list[int]:
    return [m.claim_id for m in matches]


@pytest.fixture
def article(db):
    article_id = store_article(db, TEXT)
    first = create_claim(db, article_id, 0, TEXT.index("\n")).id
    second = create_claim(db, article_id, TEXT.index("\n") + 1, len(TEXT) - 1).id
    return article_id, first, second


def test_new_claims_are_matchable_at_once(db, article):
    _, first, second = article
    assert {first, second} <= set(indexed(db))
    found = find_matches(db, "سيرغي لافروف: روسيا لن تسحب قواتها من الحدود الشمالية قبل نهاية العام", min_similarity=0)
    assert refs(found)[0] == second


def test_span_edit_reindexes_the_claim(db, article):
    _, first, _ = article
    set_span(db, first, 0, TEXT.index(" إن"))
    assert indexed(db)[first] == "زار صح"  # وزارة: light10 takes و as the conjunction, on both sides


def test_delete_and_restore(db, article):
    _, first, _ = article
    set_deleted(db, first, True)
    assert first not in indexed(db)
    assert first not in refs(find_matches(db, "وزارة الصحة عدد الإصابات بفيروس كورونا عشرين حالة", min_similarity=0))
    set_deleted(db, first, False)
    assert first in indexed(db)
    assert refs(find_matches(db, "وزارة الصحة عدد الإصابات بفيروس كورونا عشرين حالة", min_similarity=0))[0] == first


def test_split_and_merge_keep_the_index_right(db, article):
    _, first, second = article
    split_claim(db, first, TEXT.index(" ارتفع"))
    rows = indexed(db)
    assert "ارتفع" not in rows[first] and any("ارتفع" in t for i, t in rows.items() if i not in (first, second))
    merge_claims(db, first, max(rows))
    rows = indexed(db)
    assert "ارتفع" in rows[first] and len(rows) == 2


def test_reindex_rebuilds_from_the_tables(db, article):
    _, first, second = article
    with db.writing() as session:
        session.connection().exec_driver_sql("DELETE FROM claim_search")
    assert indexed(db) == {}
    assert reindex(db) == 2
    assert set(indexed(db)) == {first, second}


def test_migration_fills_the_index_of_an_older_database(tmp_path):
    path = tmp_path / "old.sqlite"
    old = connect(f"sqlite:///{path}")
    migrate.upgrade(old, "0001")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO claim (text, language, note, evidence, version, claim_verdict, "
                             "attribution_verdict, origin, deleted, created_at, updated_at) VALUES "
                             "('Vaccines cause autism in children', 'en', '', '[]', 1, 'false', 'unchecked', "
                             "'archive', 0, '2020-01-01', '2020-01-01')")
    old.close()
    db = connect(f"sqlite:///{path}")
    migrate.upgrade_to_head(db)
    assert indexed(db) == {1: "vaccin caus autism children"}
    db.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM claim_search_vocab").fetchone()[0] == 4


@pytest.mark.parametrize("similarity, short, level", [
    (90.0, False, "likely_same"), (90.0, True, "suggested"), (60.0, False, "suggested"), (40.0, False, None),
])
def test_levels_and_the_short_claim_cap(similarity, short, level):
    assert MatchSettings(suggested_threshold=55, likely_same_threshold=80).level(similarity, short=short) == level


def test_short_claim_never_above_suggested(db):
    text = "الصحة: الإصابات ارتفعت إلى 20 حالة"
    create_claim(db, store_article(db, text), 0, len(text))
    lax = MatchSettings(suggested_threshold=1, likely_same_threshold=2)
    found = find_matches(db, "وزارة الصحة قالت إن عدد الإصابات ارتفع إلى 20 حالة في العاصمة", settings=lax)
    assert found and found[0].level == "suggested"


def test_thresholds_are_configurable(db, article):
    query = "سيرجي لافروف قال إن روسيا لن تسحب قواتها من الحدود الشمالية قبل نهاية العام الجاري"
    strict = MatchSettings(suggested_threshold=100.0, likely_same_threshold=100.0)
    assert find_matches(db, query, settings=strict) == []
    lax = MatchSettings(suggested_threshold=1, likely_same_threshold=2)
    assert find_matches(db, query, settings=lax)[0].level == "likely_same"


def test_the_index_gives_back_each_live_claims_terms_as_indexed(db, article):
    from workbench.matching.index import entry_for, index_for

    _, first, second = article
    set_deleted(db, first, True)
    with db.reading() as session:
        conn = session.connection()
        stored = dict(conn.exec_driver_sql("SELECT id, text FROM claim").all())
        entries = index_for(conn).entries(conn, [first, second, 9_999])
    assert set(entries) == {second}  # a deleted claim is not indexed, an unknown id is nothing
    assert entries[second] == (entry_for(second, stored[second]).terms, "")
    assert entries[second][0] and " " in entries[second][0]
