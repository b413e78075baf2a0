"""A bulletin's lines by the paper just named ("الصحيفة: …"), the outlet that published first ("أول من نشر",
"was first to report" in Arabic), a country named after an English headline's colon, "speaking to SANA on
condition of anonymity, said" (a claim of its own, the outlet without the terms), "dismissed the Post's report",
and "Israeli media" at large, never a source inside one outlet's report."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[tuple[str, str | None, str]]]:
    return [[(h.kind.value, h.outlet or h.name, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


def test_a_bulletins_lines_by_the_paper_just_named():
    found = chains("وقالت صحيفة وول ستريت جورنال إن مسؤولين أمريكيين توصلوا إلى أن الهجوم انطلق من العراق.\n"
                   "الصحيفة: الولايات المتحدة بعثت بمذكرة إلى المسؤولين العراقيين تبلغهم فيها بهذا الاستنتاج\n"
                   "الصحيفة: القادة العراقيون يشككون في الاستنتاج")
    assert [chain[0][:2] for chain in found] == [("outlet", "The Wall Street Journal")] * 3
    assert found[1][0][2] == "الصحيفة"


@pytest.mark.parametrize("text, outlet, surface", [
    ("وكانت صحيفة وول ستريت جورنال أول من نشر خبرا عن هذه الاعتراضات، الثلاثاء الماضي.",
     "The Wall Street Journal", "صحيفة وول ستريت جورنال"),
    ("وكانت قناة الجزيرة أول من كشف عن الخبر.", "Al Jazeera", "قناة الجزيرة"),
    ("قناة الجزيرة أول من كشف عن الخبر.", "Al Jazeera", "قناة الجزيرة"),
])
def test_the_first_to_publish(text, outlet, surface):
    assert chains(text) == [[("outlet", outlet, surface)]]


def test_a_country_after_an_english_headlines_colon():
    found = chains("Blasts at Damascus Airbase Not Caused by Israeli Strike: Syria\n"
                   "The explosions came from ammunition depots, a military source told SANA.")
    assert found[0] == [("organization", "Syrian government", "Syria")]


def test_a_country_before_an_english_headlines_colon_is_its_place():
    found = chains("Iraq: Blast at weapons depot kills two near Karbala\nThe blast hit a depot, police said.")
    assert all(chain[0][2] != "Iraq" for chain in found)


def test_speaking_to_an_outlet_on_condition_of_anonymity_said():
    found = chains("However, a military source, speaking to SANA on condition of anonymity, said, “The Mezzeh "
                   "airbase was not targeted by Israel.”\nHe added, “The explosions came from ammunition depots.”")
    assert [[(kind, name) for kind, name, _ in chain] for chain in found] == \
        [[("outlet", "SANA"), ("anonymous", "military source")]] * 2
    assert found[0][0][2] == "SANA"


def test_words_described_on_anonymity_afterwards_still_go_to_the_outlet():
    found = chains("“The threat is real,” one official said. The officials described the threat to The Associated "
                   "Press on condition of anonymity.")
    assert found == [[("outlet", "AP", "Associated Press"), ("anonymous", "official", "one official")]]


@pytest.mark.parametrize("text, kind", [
    ("The White House dismissed the Post's report on the strikes.", "organization"),
    ("The White House dismissed the Post’s report on the strikes.", "organization"),
])
def test_dismissing_anothers_report(text, kind):
    assert chains(text)[0][0][0] == kind


def test_dismissing_an_offer_is_no_report():
    assert chains("The ministry dismissed the offer of talks.") == []


@pytest.mark.parametrize("text", [
    "Yedioth Ahronoth reported that the cabinet would meet. Netanyahu is due to convene his cabinet tomorrow, "
    "Tuesday, to decide on the matter, according to Israeli media.",
    "وقالت صحيفة الغارديان إن الاتفاق جاهز. وأشارت تقارير إعلامية إلى أن التوقيع قريب.",
])
def test_media_at_large_are_no_source_inside_a_report(text):
    assert [kind for kind, _, _ in chains(text)[1]] == ["anonymous"]


@pytest.mark.parametrize("text", [
    "Israel's government has told the military to prepare for a strike, Axios reported, citing unidentified Israeli "
    "officials.",
    "Driven by intelligence, Netanyahu ordered the strike, reported Axios, citing Israeli sources.",
])
def test_an_outlet_closing_the_sentence_citing_sources_relays_all_before_it(text):
    assert [(kind, name) for kind, name, _ in chains(text)[0]][:1] == [("outlet", "Axios")]
    assert [kind for kind, _, _ in chains(text)[0]] == ["outlet", "anonymous"]


def test_a_title_case_headline_capitalizes_its_verb():
    found = chains("Israel Will Not Strike Oil Sites, Axios Says\nThe report said that the plan was approved.")
    assert found[0] == [("outlet", "Axios", "Axios")]


@pytest.mark.parametrize("last, label", [("report", "report"), ("media reports", "media reports")])
def test_a_report_named_after_an_english_headlines_colon(last, label):
    found = chains(f"Strike on Iran could come next week: {last}\nThe plan was approved on Monday.")
    assert found[0] == [("anonymous", label, last)]


@pytest.mark.parametrize("text", ["Nothing more was said about the plan.", "No casualties were reported."])
def test_nothing_said_is_no_report(text):
    assert chains(text) == []


def test_a_wire_storys_closing_credit_is_furniture():
    text = "The UN chief said the truce held.\nPeter James Spielmann reported from the United Nations.\n"
    found = extract(text, catalog=CATALOG)
    assert [text[s:e] for s, e in found.boilerplate] == ["Peter James Spielmann reported from the United Nations."]
    assert chains("Reuters reported from Baghdad that the strike killed ten.")[0][0][:2] == ("outlet", "Reuters")
