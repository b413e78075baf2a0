"""An outlet's own sources ("The Axios sources claim"), an outlet that only translated ("وفق ترجمة قناة الكوفية"),
"وزادت القناة بأن" (added), an order ("Israel Army Told to Prepare") that reports nothing, and real spellings
("AA reported", "وكالة روتيرز", "وول سترييت جورنال")."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[tuple[str, str | None, str]]]:
    return [[(h.kind.value, h.outlet or h.name, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("text", [
    "The Axios sources claim that the US Administration does not object to retaliation.",
    "According to the Axios sources, Sullivan made it clear to Dermer that the US would not help.",
])
def test_an_outlets_own_sources(text):
    chain = chains(text)[0]
    assert [(kind, name) for kind, name, _ in chain][:2] == [("outlet", "Axios"), ("anonymous", "sources")]
    assert chain[0][2].endswith("Axios") and chain[1][2] == "sources"


def test_an_outlet_that_only_translated_is_no_hop():
    found = extract('ونشرت القناة 13 العبرية تقريرا عن التوتر. وذكرت في تقريرها، وفق ترجمة قناة "الكوفية"، "من الشمال '
                    'والجنوب تشتد الفصائل".', catalog=CATALOG).claims
    assert [h.outlet for h in found[1].chain] == ["Channel 13 (Israel)"]
    assert found[1].text.endswith('تشتد الفصائل"')


def test_added_in_the_feminine():
    found = chains('وادعت القناة 13 العبرية أن الخلية خططت لهجمات. وزادت القناة العبرية بأن "التقديرات ترجح أن '
                   'المتفجرات كانت معدة".')
    assert found[1] == [("outlet", "Channel 13 (Israel)", "القناة العبرية")]


@pytest.mark.parametrize("text", ["Israel Army Told to Prepare in Case U.S. Hits Iran, Axios Says\nThe army waits.",
                                  "The army was told to prepare for a strike."])
def test_told_to_do_something_reports_nothing(text):
    assert all(kind != "organization" for chain in chains(text) for kind, _, _ in chain)


def test_told_reporters_still_reports():
    assert chains("The minister told reporters that the army was ready.")[0][0][0] == "person"


@pytest.mark.parametrize("text, outlet", [
    ("Police detained 20 suspects in Istanbul, AA reported.", "Anadolu Agency"),
    ("وكتبت وكالة روتيرز أن الاتفاق جاهز.", "Reuters"),
    ("وذكرت صحيفة وول سترييت جورنال أن الاتفاق جاهز.", "The Wall Street Journal"),
])
def test_real_spellings_of_listed_outlets(text, outlet):
    assert chains(text)[0][0][1] == outlet


def test_on_the_tongue_of_and_the_agency_referred_back_to():
    found = chains('وكتبت وكالة روتيرز على لسان مسؤول إيراني أن طهران لن ترد. كما نقلت الوكالة البريطانية للانباء، عن '
                   'هذا "المسؤول الايراني"، الذي زعمت انه موجود في طهران، قوله إن الرد قادم.')
    assert [(kind, name) for kind, name, _ in found[0]] == [("outlet", "Reuters"), ("anonymous", "an Iranian official")]
    assert found[1][0][:2] == ("outlet", "Reuters") and found[1][0][2] == "الوكالة البريطانية للانباء"
    assert len(found[1]) == 2


def test_which_shows_is_the_publishers_own_inference():
    found = extract("وكتبت رويترز أن طهران لن ترد، ما يكشف ان هذه الوكالة افتعلت زوبعة اعلامية جديدة.",
                    catalog=CATALOG).claims
    assert len([c for c in found if c.chain]) == 1


def test_an_outlet_credited_after_a_headlines_colon_by_its_countrys_possessive():
    found = chains("Qatar's Emir Won't Attend Gulf Summit in Riyadh: Turkey's AA\nThe emir will send a deputy, the "
                   "agency said.")
    assert found[0] == [("outlet", "Anadolu Agency", "Turkey's AA")]


@pytest.mark.parametrize("text, outlet", [
    ("وأوردت شبكة “أي بي سي” عن مصادر أن الاتفاق جاهز.", "ABC News"),
    ("وأفادت شبكة سي إن إن عن مصدر في الكونغرس أن التصويت تأجل.", "CNN"),
])
def test_reported_from_sources(text, outlet):
    assert [(kind, name) for kind, name, _ in chains(text)[0]][:1] == [("outlet", outlet)]
    assert [kind for kind, _, _ in chains(text)[0]] == ["outlet", "anonymous"]


def test_as_stated_in_a_statement_issued_by_a_body():
    found = chains("ووفق ما جاء في بيان صادر عن مكتب نتنياهو، فقد أقر المجلس سلسلة قرارات لاستهداف منفذي العمليات.")
    assert found[0] == [("organization", "مكتب نتنياهو", "مكتب نتنياهو")]


def test_reshet_kan_is_kan():
    assert chains("وأكدت قناة ريشت كان أن الحكومة ستجتمع.")[0][0][1] == "Kan"
