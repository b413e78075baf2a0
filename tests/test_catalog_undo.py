"""Undoing catalog edits in the core: each inverse use case restores exactly what its edit changed, or refuses."""

from dataclasses import replace
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from tests.factories import SAMPLE_TEXT, make_article_with_claim
from workbench.errors import InvalidValue
from workbench.intake import document_from_text
from workbench.storage.models import Article, ReviewEvent
from workbench.usecases import chains
from workbench.usecases.articles import get_article, import_document
from workbench.usecases.catalog import entries as catalog_entries
from workbench.usecases.catalog import merge as catalog_merge
from workbench.usecases.catalog import search as catalog
from workbench.usecases.claims import get_claim
from workbench.usecases.history import session_history
from workbench.usecases.sessions import start_session


def _outlet(db, name):
    return next((o for o in catalog.list_outlets(db) if o.name == name), None)


def _source(db, source_id):
    return next((s for s in catalog.list_sources(db) if s.id == source_id), None)


def _chain(db, claim_id):
    return [hop.source.id for hop in get_claim(db, claim_id).chain]


def _event_count(db):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ReviewEvent))


def _article_published_by(db, outlet_name):
    """An article whose publisher the import found in the catalog under outlet_name."""
    document = replace(document_from_text(SAMPLE_TEXT.replace("20", "31"), title="published"), site_name=outlet_name)
    return import_document(db, document).article_id


def test_an_added_outlet_is_taken_out_and_put_back_under_the_same_id(db):
    actor = start_session(db, "Amal")
    added = catalog.add_outlet(db, name="Al-Mirsad Daily", kind="newspaper", country="iq",
                               aliases=["المرصاد"], actor=actor)
    removed = catalog_entries.delete_outlet(db, added.id, actor=actor)
    assert removed == added
    assert _outlet(db, "Al-Mirsad Daily") is None
    assert catalog.search_sources(db, "المرصاد", limit=1)[0].source.label != "Al-Mirsad Daily"

    restored = catalog_entries.restore_outlet(db, removed, actor=actor)
    assert restored == added  # same id, same chain source, same fields and aliases
    assert [e.field for e in session_history(db, actor.session_id) if e.entity == "outlet"] == [
        "created", "deleted", "restored"]


def test_an_outlet_a_hop_or_article_points_at_is_not_removed(db):
    added = catalog.add_outlet(db, name="Al-Mirsad Daily", kind="newspaper", aliases=["المرصاد"])
    claim_id = make_article_with_claim(db)
    chains.insert_hop(db, claim_id, added.source_id)
    before = _event_count(db)
    with pytest.raises(InvalidValue, match="can no longer be removed: 1 hop"):
        catalog_entries.delete_outlet(db, added.id)
    assert _outlet(db, "Al-Mirsad Daily") == added and _chain(db, claim_id) == [added.source_id]
    assert _event_count(db) == before  # the refusal wrote nothing, not even history

    chains.remove_hop(db, claim_id, 0)
    article_id = _article_published_by(db, "Al-Mirsad Daily")
    assert get_article(db, article_id).publisher_id == added.id
    with pytest.raises(InvalidValue, match="1 article"):
        catalog_entries.delete_outlet(db, added.id)


def test_an_outlet_edit_is_reverted_with_the_alias_its_new_name_added(db):
    added = catalog.add_outlet(db, name="Al-Mirsad Daily", kind="newspaper", country="IQ", aliases=["المرصاد"])
    edited = catalog.edit_outlet(db, added.id, name="Al-Mirsad", kind="online", country=None)
    assert "Al-Mirsad" in edited.aliases
    reverted = catalog.revert_outlet_edit(
        db, added.id, previous={"name": added.name, "kind": added.kind, "country": added.country},
        added_aliases=tuple(set(edited.aliases) - set(added.aliases)))
    assert reverted == added


def test_renaming_to_another_outlets_name_is_refused(db):
    added = catalog.add_outlet(db, name="Al-Mirsad Daily", kind="newspaper")
    with pytest.raises(InvalidValue, match="already in the catalog"):
        catalog.edit_outlet(db, added.id, name="The Sun")
    assert _outlet(db, "Al-Mirsad Daily") == added


def test_add_and_remove_alias_undo_each_other(db):
    sun = _outlet(db, "The Sun")
    catalog.add_alias(db, sun.id, "صن اللندنية")
    assert catalog.remove_alias(db, sun.id, "صن اللندنية") == sun
    catalog.remove_alias(db, sun.id, "ذا صن")
    assert set(catalog.add_alias(db, sun.id, "ذا صن").aliases) == set(sun.aliases)


@pytest.fixture
def merged_outlets(db):
    """The Sun UK (with an Arabic alias, a hop, an article) merged into The Sun, which already had a hop."""
    sun = _outlet(db, "The Sun")
    dup = catalog.add_outlet(db, name="The Sun UK", kind="tabloid", country="GB", domain="thesun.co.uk",
                             aliases=["ذا صن البريطانية"])
    moved_claim, kept_claim = make_article_with_claim(db), make_article_with_claim(db, SAMPLE_TEXT + "2")
    chains.insert_hop(db, moved_claim, dup.source_id)
    chains.insert_hop(db, moved_claim, sun.source_id)
    chains.insert_hop(db, kept_claim, sun.source_id)
    article_id = _article_published_by(db, "The Sun UK")
    merge = catalog_merge.merge_outlets(db, sun.id, dup.id)
    return SimpleNamespace(sun=sun, dup=dup, moved_claim=moved_claim, kept_claim=kept_claim, article_id=article_id,
                           merge=merge)


def test_merge_records_what_it_moved(db, merged_outlets):
    m = merged_outlets
    assert m.merge.dropped == m.dup and m.merge.kept.id == m.sun.id
    assert set(m.merge.kept.aliases) == set(m.sun.aliases) | set(m.dup.aliases)
    assert len(m.merge.hop_ids) == 1 and m.merge.article_ids == (m.article_id,)
    assert _chain(db, m.moved_claim) == [m.sun.source_id, m.sun.source_id]
    assert get_article(db, m.article_id).publisher_id == m.sun.id


def test_unmerge_outlets_restores_the_outlet_its_aliases_and_exactly_the_moved_references(db, merged_outlets):
    m = merged_outlets
    actor = start_session(db, "Amal")
    events = _event_count(db)
    restored = catalog_merge.unmerge_outlets(db, m.merge, actor=actor)
    assert restored == m.dup  # same id, chain source, fields and aliases
    assert _outlet(db, "The Sun") == m.sun  # the kept outlet has exactly its own aliases again
    assert _chain(db, m.moved_claim) == [m.dup.source_id, m.sun.source_id]  # only the hop the merge moved goes back
    assert _chain(db, m.kept_claim) == [m.sun.source_id]
    assert get_article(db, m.article_id).publisher_id == m.dup.id
    assert catalog.search_sources(db, "ذا صن البريطانية", limit=1)[0].source.id == m.dup.source_id
    [entry] = session_history(db, actor.session_id)
    assert (entry.field, entry.entity_id, entry.old_value, entry.new_value) == ("unmerged", m.dup.id, "The Sun",
                                                                               "The Sun UK")
    assert _event_count(db) == events + 1

    again = catalog_merge.merge_outlets(db, m.sun.id, restored.id)  # redo after undo moves the same references
    assert (again.hop_ids, again.article_ids) == (m.merge.hop_ids, m.merge.article_ids)


def test_unmerge_leaves_a_reference_repointed_since_where_it_is(db, merged_outlets):
    m = merged_outlets
    post = _outlet(db, "The Washington Post")
    chains.replace_hop_source(db, m.moved_claim, 0, post.source_id)
    catalog_merge.unmerge_outlets(db, m.merge)
    assert _chain(db, m.moved_claim) == [post.source_id, m.sun.source_id]


@pytest.mark.parametrize("meanwhile", ["name taken", "alias taken", "kept outlet gone"])
def test_an_unmerge_that_cannot_be_whole_is_refused_and_changes_nothing(db, merged_outlets, meanwhile):
    m = merged_outlets
    if meanwhile == "name taken":
        catalog.edit_outlet(db, _outlet(db, "The Washington Post").id, name="The Sun UK")
    elif meanwhile == "alias taken":
        catalog.remove_alias(db, m.sun.id, "ذا صن البريطانية")
        catalog.add_alias(db, "The Washington Post", "ذا صن البريطانية")
    else:
        catalog_merge.merge_outlets(db, _outlet(db, "The Washington Post").id, m.sun.id)
    outlets, events = catalog.list_outlets(db), _event_count(db)
    with pytest.raises(InvalidValue):
        catalog_merge.unmerge_outlets(db, m.merge)
    assert catalog.list_outlets(db) == outlets and _event_count(db) == events
    with db.reading() as session:
        assert session.get(Article, m.article_id).publisher_id != m.dup.id


def _organization_with_aliases(db):
    from workbench.storage.models import Alias, Source

    with db.reading() as session:
        source_id = session.scalar(select(Source.id).join(Alias, Alias.source_id == Source.id).limit(1))
        aliases = tuple(session.scalars(select(Alias.text).where(Alias.source_id == source_id).order_by(Alias.id)))
    return _source(db, source_id), aliases


def test_merge_then_unmerge_sources_round_trip(db):
    organization, aliases = _organization_with_aliases(db)
    assert aliases
    keep = _source(db, chains.new_source(db, kind="organization", name="Iraqi Ministry of Defence (dup)"))
    claim_a, claim_b = make_article_with_claim(db), make_article_with_claim(db, SAMPLE_TEXT + "2")
    chains.insert_hop(db, claim_a, organization.id)
    chains.insert_hop(db, claim_a, keep.id)
    chains.insert_hop(db, claim_b, organization.id)

    merge = catalog_merge.merge_sources(db, keep.id, organization.id)
    assert merge.dropped.source == organization and merge.dropped.aliases == aliases
    assert _source(db, organization.id) is None and _chain(db, claim_b) == [keep.id]

    restored = catalog_merge.unmerge_sources(db, merge)
    assert restored == organization
    assert _chain(db, claim_a) == [organization.id, keep.id] and _chain(db, claim_b) == [organization.id]
    assert catalog.search_sources(db, aliases[0], limit=1)[0].source.id == organization.id
    redo = catalog_merge.merge_sources(db, keep.id, restored.id)
    assert redo.hop_ids == merge.hop_ids


def test_an_added_source_is_removed_and_restored_but_not_once_a_hop_uses_it(db):
    added = chains.new_source(db, kind="person", name="Yehia Rasool", role="spokesman", unique=True)
    with pytest.raises(InvalidValue, match="already in the catalog"):
        chains.new_source(db, kind="person", name="yehia rasool", role="Spokesman", unique=True)
    record = _source(db, added)
    removed = catalog_entries.delete_source(db, added)
    assert _source(db, added) is None
    assert catalog_entries.restore_source(db, removed) == record

    claim_id = make_article_with_claim(db)
    chains.insert_hop(db, claim_id, added)
    with pytest.raises(InvalidValue, match="1 hop"):
        catalog_entries.delete_source(db, added)
    assert _source(db, added) == record


def test_a_source_edit_is_undone_by_applying_the_previous_values(db):
    before = _source(db, chains.new_source(db, kind="person", name="Yehia Rasool"))
    catalog.edit_source(db, before.id, name="Yahya Rasool", role="spokesman", affiliation="MoD")
    assert catalog.edit_source(db, before.id, name=before.name or "", role=before.role or "",
                               affiliation=before.affiliation or "") == before
