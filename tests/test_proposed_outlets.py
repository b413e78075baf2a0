"""Outlets the catalog lacks: proposed by extraction, added to the catalog from a hop, and taken back."""

import pytest

from workbench.catalog.aliases import AliasEntry, AliasIndex
from workbench.errors import InvalidValue
from workbench.extraction.extractor import extract, extraction_as_json
from workbench.extraction.sources.proposals import OutletProposal, propose_outlet
from workbench.intake import document_from_text
from workbench.usecases.articles import import_document
from workbench.usecases.catalog.proposals import accept_proposed_outlet, withdraw_outlet
from workbench.usecases.catalog.search import list_outlets
from workbench.usecases.claims import list_claims


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("موقع آمد نيوز الإيراني المعارض", ("آمد نيوز", "online", "IR")),
        ("قناة الميادين اللبنانية", ("الميادين", "broadcaster", "LB")),
        ("صحيفة «الرأي» الكويتية", ("الرأي", "newspaper", "KW")),
        ("جريدة الصباح العراقية", ("الصباح", "newspaper", "IQ")),
        ("وكالة أنباء فارس الإيرانية", ("أنباء فارس", "news_agency", "IR")),
        ("وكاله الانباء الليبيه", ("الانباء", "news_agency", "LY")),  # folded spellings: ه for ة, no hamza
        ("موقع «زاوية ثالثة» المصري المستقل", ("زاوية ثالثة", "online", "EG")),
        ("the Lebanese al-Mayadeen television", ("al-Mayadeen", "broadcaster", "LB")),
        ("the Iranian opposition website Amad News", ("Amad News", "online", "IR")),
        ("Yemen News Portal", ("Yemen News Portal", "online", None)),
        ("the Noon Post", ("Noon Post", "newspaper", None)),
    ],
)
def test_a_phrase_naming_an_unlisted_outlet_proposes_it(surface, expected):
    proposal = propose_outlet(surface)
    assert (proposal.name, proposal.kind, proposal.country) == expected


@pytest.mark.parametrize("surface", ["موقع القناة", "the paper", "Iraqi officials", "مصادر مطلعة", "the Guardian",
                                     "صحيفة دولية", "صحيفه عربيه", "قناة أجنبية"])  # "an international paper"
def test_references_back_and_people_propose_nothing(surface):
    assert propose_outlet(surface) is None


# A catalog without the outlets of these sentences, so they are unlisted whatever the bundled catalog holds.
SMALL_CATALOG = AliasIndex([AliasEntry("Reuters", "Reuters", "outlet", "agency"),
                            AliasEntry("رويترز", "Reuters", "outlet", "agency")])


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("وقال موقع آمد نيوز الإيراني المعارض إن الاحتجاجات اتسعت إلى ثلاث مدن.",
         {"name": "آمد نيوز", "kind": "online", "country": "IR"}),
        ("وذكرت قناة الميادين اللبنانية أن الغارة استهدفت سيارة مدنية.",
         {"name": "الميادين", "kind": "broadcaster", "country": "LB"}),
        ("The Lebanese al-Mayadeen television said the strike hit a civilian car.",
         {"name": "al-Mayadeen", "kind": "broadcaster", "country": "LB"}),
        ("Yemen News Portal reported that the port of Hodeidah was closed.",
         {"name": "Yemen News Portal", "kind": "online", "country": None}),
    ],
)
def test_extract_json_gives_the_proposal_on_an_outlet_hop_with_no_catalog_outlet(text, proposed):
    (claim,) = extraction_as_json(extract(text, catalog=SMALL_CATALOG))["claims"]
    (hop,) = claim["chain"]
    assert hop["kind"] == "outlet" and hop["outlet"] is None
    assert hop["proposed"] == proposed


def test_catalog_outlets_carry_no_proposal():
    (claim,) = extraction_as_json(extract("وقالت وكالة رويترز إن الميناء أغلق.", catalog=SMALL_CATALOG))["claims"]
    assert claim["chain"][0]["outlet"] == "Reuters" and "proposed" not in claim["chain"][0]


TEXT = ("وقال موقع زاوية ثالثة المصري المستقل إن الحكومة رفعت أسعار الوقود.\n"
        "وأضاف الموقع أن الزيادة تبدأ الشهر المقبل.\n")


def _first_hop(db, article_id):
    claim = next(c for c in list_claims(db, article_id) if c.chain)
    return claim, claim.chain[0]


def test_accepting_a_proposal_adds_the_outlet_and_every_hop_citing_it_names_it_and_undo_takes_it_back(db):
    article_id = import_document(db, document_from_text(TEXT, title="t")).article_id
    claim, hop = _first_hop(db, article_id)
    assert hop.source.outlet_id is None
    assert hop.proposed == OutletProposal("زاوية ثالثة", "online", "EG")
    before = {o.name for o in list_outlets(db)}

    accepted = accept_proposed_outlet(db, claim.id, 0)

    added = {o.name for o in list_outlets(db)} - before
    assert added == {"زاوية ثالثة"}
    outlet = next(o for o in list_outlets(db) if o.name == "زاوية ثالثة")
    assert (outlet.kind, outlet.country) == ("online", "EG")
    chains = [c.chain for c in list_claims(db, article_id) if c.chain]
    assert len(chains) == 2 and all(ch[0].source.outlet_name == "زاوية ثالثة" and ch[0].proposed is None
                                    for ch in chains)
    assert {c.id for c in accepted.claims} == {c.id for c in list_claims(db, article_id) if c.chain}

    withdraw_outlet(db, accepted)

    assert {o.name for o in list_outlets(db)} == before
    claim, hop = _first_hop(db, article_id)
    assert hop.source.outlet_id is None and hop.proposed.name == "زاوية ثالثة"


def test_a_hop_that_names_a_catalog_outlet_has_nothing_to_accept(db):
    article_id = import_document(db, document_from_text("وقالت وكالة رويترز إن الميناء أغلق.\n", title="t")).article_id
    claim, _ = _first_hop(db, article_id)
    with pytest.raises(InvalidValue):
        accept_proposed_outlet(db, claim.id, 0)
