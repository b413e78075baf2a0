"""A fronted "according to" whose statement opens on "فقد"; a headline's second colon naming whom the outlet quotes;
a source described by "التي لم يُكشف عن هويتها" before the outlet it told; ", telling CNN"; "The Times" after The
New York Times for every later reference; an unnamed speaker before a colon is no dateline."""

import pytest

from tests.extraction_helpers import CATALOG, chains
from workbench.extraction.extractor import extract


@pytest.mark.parametrize("text", [
    "ووفق ما جاء في بيان صادر عن مكتب نتنياهو، فقد أقر المجلس سلسلة قرارات لاستهداف منفذي العمليات.",
    "ووفق ما جاء فى بيان صادر عن مكتب نتنياهو، فقد اقر المجلس سلسلة قرارات لاستهداف منفذي العمليات.",  # فى, اقر
    "وبحسب بيان صادر عن مكتب نتنياهو، فقد أقرّ المجلس سلسلة قرارات جديدة.",  # shadda
])
def test_a_deed_after_according_to_and_faqad_is_the_statement(text):
    assert chains(text) == [[("organization", "مكتب نتنياهو")]]


@pytest.mark.parametrize("text, speaker", [
    ("وبحسب الصحيفة، فقد قال الوزير إن الاتفاق قريب.", ("person", "الوزير")),
    ("وبحسب الصحيفة، فقد أكد مسؤول أمني أن الاتفاق قريب.", ("anonymous", "مسؤول أمني")),
    ("وحسب الوكالة، فقد أعلنت الحكومة أن الاتفاق قريب.", ("organization", "الحكومة")),
    ('وبحسب الصحيفة، فقد قال الوزير: "الاتفاق قريب".', ("person", "الوزير")),
])
def test_a_speaker_after_according_to_and_faqad_is_relayed(text, speaker):
    found = chains(text)
    assert len(found) == 1 and len(found[0]) == 2
    assert found[0][0][0] == "outlet"
    assert found[0][1][0] == speaker[0] and speaker[1] in found[0][1][1]


@pytest.mark.parametrize("text, outlet, inner", [
    ("رويترز: مسؤول أميركي رفيع: قد نشهد نهاية حكم الأسد", "Reuters", ("anonymous", "مسؤول أميركي رفيع")),
    ("رويترز: مسؤول أمريكي رفيع: قد نشهد نهاية حكم الأسد.", "Reuters", ("anonymous", "مسؤول أمريكي رفيع")),
    ("الجزيرة: وزير الخارجية: الحل السياسي هو الخيار الوحيد", "Al Jazeera", ("person", "وزير الخارجية")),
    ("رويترز: مصادر دبلوماسية: هدنة لمدة 48 ساعة", "Reuters", ("anonymous", "مصادر دبلوماسية")),
])
def test_a_headline_second_colon_names_whom_the_outlet_quotes(text, outlet, inner):
    found = chains(text)
    assert len(found) == 1
    assert found[0][0] == ("outlet", outlet)
    assert found[0][1][0] == inner[0] and inner[1] in found[0][1][1]


def test_an_unnamed_speaker_before_a_colon_is_no_dateline():
    found = extract("مسؤول أميركي رفيع: قد نشهد خلال الساعات المقبلة نهاية حكم الأسد.", catalog=CATALOG)
    assert found.boilerplate == ()
    assert [h.kind.value for h in found.claims[0].chain] == ["anonymous"]


@pytest.mark.parametrize("described", [
    "التي لم يُكشف عن هويتها",
    "التي لم يكشف عن هويتها",
    "التى لم يُكشف عن هويتها",  # ى for ي
    "التي لم تذكر أسماءها",
])
def test_a_source_described_as_unnamed_told_the_outlet_after(described):
    found = chains(f'وقالت المصادر، {described}، لشبكة سي إن إن: "عملت الوزارتان على الخطة".')
    assert found == [[("outlet", "CNN"), ("anonymous", "المصادر")]]


def test_not_authorized_to_speak_to_the_media_names_no_outlet():
    found = chains("ونقلت نورث برس عن مصدر عسكري قوله إن التعزيزات وصلت. وبيّن المصدر الذي لم يُذكر اسمه لأنه "
                   "غير مخوّل بالتصريح لوسائل الإعلام، أن التعزيزات تتألف من دبابات.")
    assert found[1] == [("outlet", "North Press Agency"), ("anonymous", "المصدر")]


@pytest.mark.parametrize("text, outlet", [
    ("The CIA rejected that account, telling CNN it only makes decisions based on analysis.", "CNN"),
    ("The ministry declined to comment, telling Reuters the inquiry was still open.", "Reuters"),
])
def test_telling_an_outlet_after_a_deed_makes_it_the_outer_hop(text, outlet):
    found = chains(text)
    assert found[0][0] == ("outlet", outlet) and found[0][1][0] == "organization"


def test_telling_reporters_names_no_outlet():
    assert chains("The ministry declined to comment, telling reporters the inquiry was ongoing.") == [
        [("organization", "The ministry")]]


def test_the_times_after_the_new_york_times_is_it_for_every_later_reference():
    found = chains("The New York Times reported on Monday that 20 soldiers were killed, citing officials. "
                   "The Times said the army had not commented. The report says the delay was deliberate. "
                   "The newspaper's sources said they did not know why.")
    assert [c[0] for c in found] == [("outlet", "The New York Times")] * 4


def test_the_times_of_london_stays_itself():
    found = chains("The Times of London reported that the deal was near. The Times said officials were divided.")
    assert [c[0] for c in found] == [("outlet", "The Times")] * 2


@pytest.mark.parametrize("written", ["وكالة “آسيا” للأنباء", "وكالة آسيا للأنباء", "وكالة \"آسيا\" للأنباء"])
def test_asia_news_agency_is_not_the_iraqi_channel(written):
    assert chains(f"وذكرت {written} أن الاستهداف نفذ من الأجواء اللبنانية.") == [[("outlet", "Asia News Agency")]]


@pytest.mark.parametrize("headline", ["Reports: US to Extend Iran Waivers for Certain Countries",
                                      "تقارير: واشنطن تمدد الإعفاءات لبعض الدول"])
def test_a_plural_reports_headline_is_the_press_at_large(headline):
    lede = ("ذكرت صحيفة الشرق الأوسط أن واشنطن ستمدد الإعفاءات." if headline.startswith("تقارير")
            else "The United States will extend the waivers, the Jewish News Syndicate reported on Monday.")
    found = chains(f"{headline}\n\n{lede}")
    assert found[0] == [("anonymous", headline.split(":")[0])]


@pytest.mark.parametrize("headline, lede, outlet", [
    ("Report: US to Extend Iran Waivers", "The United States will extend the waivers, Politico reported on Monday.",
     "Politico"),
    ("تقرير: واشنطن تمدد الإعفاءات", "ذكرت صحيفة الشرق الأوسط أن واشنطن ستمدد الإعفاءات.", "Asharq Al-Awsat"),
])
def test_a_single_report_headline_is_the_outlet_its_lede_names(headline, lede, outlet):
    assert chains(f"{headline}\n\n{lede}")[0] == [("outlet", outlet)]
