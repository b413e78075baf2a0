"""Every new database starts with the bundled catalog; users can add outlets and aliases and merge them."""

import pytest

from workbench.errors import InvalidValue, NotFound
from workbench.usecases.catalog import merge as catalog_merge
from workbench.usecases.catalog import search as catalog


def _by_name(db):
    return {o.name: o for o in catalog.list_outlets(db)}


def test_new_database_has_the_catalog(db):
    outlets = _by_name(db)
    assert len(outlets) >= 150
    for name, spellings in {
        "The Sun": ["صن", "الصن", "ذا صن"],
        "The Washington Post": ["واشنطن بوست"],
        "RT": ["روسيا اليوم", "آر تي"],
    }.items():
        assert set(spellings) <= set(outlets[name].aliases), name


def test_seeding_again_adds_nothing(db):
    from workbench.catalog.seed import seed_bundled_catalog

    assert seed_bundled_catalog(db) == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("صن", "The Sun"), ("sun", "The Sun"), ("واشنطن بوست", "The Washington Post"), ("روسيا اليوم", "RT"),
     ("رويترز", "Reuters")],
)
def test_picker_search_finds_outlets_in_both_scripts(db, typed, expected):
    hits = catalog.search_sources(db, typed, limit=5)
    assert hits and hits[0].source.label == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("sunday", "The Sunday Times"), ("الصن", "The Sun"), ("صحيفة صن البريطانية", "The Sun"),
     ("يحيى", "يحيى رسول — المتحدث باسم قيادة العمليات المشتركة"), ("رائد", "رائد في قوات مكافحة الإرهاب"),
     ("مصادر", "مصادر عراقية")],
)
def test_picker_search_finds_every_kind_of_source(db, typed, expected):
    from workbench.usecases import chains

    chains.new_source(db, kind="person", name="يحيى رسول", role="المتحدث باسم قيادة العمليات المشتركة")
    chains.new_source(db, kind="person", role="رائد في قوات مكافحة الإرهاب")
    chains.new_source(db, kind="anonymous", role="مصادر عراقية")
    hits = catalog.search_sources(db, typed, limit=15)
    assert hits[0].source.label == expected
    assert len({h.source.id for h in hits}) == len(hits)  # one hit per source


def test_picker_search_keeps_the_kinds_asked_for(db):
    from workbench.usecases import chains

    chains.new_source(db, kind="person", name="Sunil Gupta")
    kinds = {h.source.kind for h in catalog.search_sources(db, "sun", limit=15, kinds=("person",))}
    assert kinds == {"person"}
    outlets = catalog.search_sources(db, "sun", limit=3, kinds=("outlet", "organization"))
    assert [h.source.label for h in outlets][:1] == ["The Sun"]


def test_picker_search_follows_catalog_changes(db):
    """The picker's ranking is cached between keystrokes; every alias added or taken off shows at once."""
    assert not any(h.source.label == "Al-Mirsad Daily" for h in catalog.search_sources(db, "المرصاد"))
    catalog.add_outlet(db, name="Al-Mirsad Daily", kind="newspaper")
    catalog.add_alias(db, "Al-Mirsad Daily", "المرصاد")
    assert catalog.search_sources(db, "المرصاد", limit=1)[0].source.label == "Al-Mirsad Daily"
    catalog.remove_alias(db, "Al-Mirsad Daily", "المرصاد")
    assert catalog.search_sources(db, "المرصاد", limit=1)[0].source.label != "Al-Mirsad Daily"


def test_add_outlet_and_alias(db):
    added = catalog.add_outlet(db, name="Al-Nabaa Weekly", kind="newspaper", country="eg",
                               aliases=["النبأ الأسبوعية"])
    assert added.country == "EG" and "النبأ الأسبوعية" in added.aliases
    with_alias = catalog.add_alias(db, "Al-Nabaa Weekly", "جريدة النبأ")
    assert "جريدة النبأ" in with_alias.aliases
    assert catalog.search_sources(db, "جريده النبأ", limit=3)[0].source.label == "Al-Nabaa Weekly"


def test_alias_of_another_outlet_is_refused(db):
    with pytest.raises(InvalidValue, match="already an alias of The Sun"):
        catalog.add_alias(db, "The Washington Post", "الصن")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"name": "", "kind": "newspaper"}, "needs a name"),
     ({"name": "X Daily", "kind": "magazine"}, "not a valid OutletKind"),
     ({"name": "X Daily", "kind": "newspaper", "country": "Egypt"}, "two-letter"),
     ({"name": "The Sun", "kind": "tabloid"}, "already in the catalog")],
)
def test_bad_outlets_are_refused(db, kwargs, message):
    with pytest.raises(InvalidValue, match=message):
        catalog.add_outlet(db, **kwargs)


def test_unknown_outlet_alias_target(db):
    with pytest.raises(NotFound):
        catalog.add_alias(db, "No Such Gazette", "x")


def test_merge_outlets_moves_aliases_and_hops(db):
    from tests.factories import make_article_with_claim
    from workbench.usecases.chains import insert_hop

    dup = catalog.add_outlet(db, name="Sun (UK tabloid)", kind="tabloid", aliases=["ذا صن البريطانية"])
    claim_id = make_article_with_claim(db)
    insert_hop(db, claim_id, dup.source_id)
    sun = _by_name(db)["The Sun"]
    merged = catalog_merge.merge_outlets(db, sun.id, dup.id)
    assert "ذا صن البريطانية" in merged.kept.aliases
    assert "Sun (UK tabloid)" not in _by_name(db)
    from workbench.usecases.claims import get_claim

    assert [h.source.label for h in get_claim(db, claim_id).chain] == ["The Sun"]


@pytest.mark.parametrize(("text", "medium"), [("وقالت قناة العالم", "channel"), ("ذكرت صحيفة تشرين", "newspaper"),
                                              ("أفادت وكالة سبوتنيك", "agency"), ("said Syrian state television", "channel")])
def test_a_state_affiliated_outlet_has_the_medium_its_spellings_say(db, text, medium):
    """So that "وأضافت القناة" or "the agency" later in the article can point back to it."""
    from workbench.usecases.catalog.index import catalog_index

    (hit,) = catalog_index(db).find_mentions(text)
    assert hit.medium == medium
