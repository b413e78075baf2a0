"""Whom a source spoke to, in the ways real pages write it: a quoted name after لـ ("مصادر لـ"الأخبار":"),
"… بقوله لوكالة سانا إن", a trailing "… كما يقول المصدر"; an unlisted outlet's name ends at a comma, a time or
"التابعة"; "بدوره" is no one; a generic word ("الإخبارية") matches no other outlet; and in English a name with
"ben", a role between a body and a name, and "was first to report"; "نقلت تأكيدها عن المصادر"; "…, the
statement went on"."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str | None, str]]]:
    return [[(h.kind.value, h.outlet, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("quoted", ['لـ"الأخبار"', "لـ”الأخبار”", "ل«الأخبار»", 'لـ "الأخبار"'])
def test_a_quoted_name_told_before_what_was_said(quoted):
    chain = hops(f"نفت مصادر مقربة من الحكومة {quoted}، كل ما يتردد عن تقصير أو إهمال.")[0]
    assert [kind for kind, _, _ in chain] == ["outlet", "anonymous"]
    assert "الأخبار" in chain[0][2] and "الأخبار" not in chain[1][2]


def test_a_quoted_name_told_in_a_headline():
    chain = hops("مصادر لـ”الأخبار”: الحكومة تتابع كل التفاصيل التي تبلغها\nوقالت المصادر إن اللجان تعمل.")[0]
    assert [(kind, surface.strip("”")) for kind, _, surface in chain] == [("outlet", "الأخبار"), ("anonymous", "مصادر")]


def test_a_catalog_outlet_quoted_in_a_headline_keeps_its_name():
    assert hops('مصدر أمني لـ"عكاظ": الحدود آمنة تماما\nوأضاف المصدر أن الدوريات مستمرة.')[0][0][:2] == ("outlet", "Okaz")


@pytest.mark.parametrize("saying", ['بقوله لوكالة "سانا"', "بقوله لوكالة سانا", "بقولـه لوكالة سانا"])
def test_saying_to_an_outlet_after_what_it_is_about(saying):
    chain = hops(f"علق مصدر عسكري سوري على الغارة التي طالت موقعا غربي مطار دمشق فجر اليوم {saying} إن "
                 "الدفاعات تصدت لها.")[0]
    assert [(kind, outlet) for kind, outlet, _ in chain] == [("outlet", "SANA"), ("anonymous", None)]


@pytest.mark.parametrize("trailing", ["كما يقول المصدر", "، كما قال المصدر", "كما يقول مسؤول حكومي لرويترز"])
def test_as_the_source_says_closing_the_sentence(trailing):
    found = extract(f"الحكومة تعرف ما تفعله، ولا تقبل دروسا من أحد {trailing}.", catalog=CATALOG).claims
    assert len(found) == 1 and found[0].text.startswith("الحكومة تعرف")
    assert found[0].chain[-1].kind.value == "anonymous"


@pytest.mark.parametrize("text, name", [
    ("مصدر عسكري أكد لشبكة عاجل الإخبارية فجر اليوم، كذب ما تبثه منابر إعلامية تابعة للفصائل.",
     "شبكة عاجل الإخبارية"),
    ("مصدر عسكري أكد لشبكة عاجل الإخبارية اليوم، كذب ما تبثه منابر إعلامية.", "شبكة عاجل الإخبارية اليوم"),
    ("وزعمت وكالة “خطوة” التابعة لجبهة النصرة في سورية، أن التنظيم بسط سيطرته على المدينة.", "وكالة “خطوة”"),
])
def test_an_unlisted_outlets_name_ends_where_it_should(text, name):
    assert hops(text)[0][0] == ("outlet", None, name)


def test_a_generic_word_matches_no_other_outlet():
    told = hops("وأكد مصدر عسكري لشبكة عاجل الإخبارية أن القوات في أقصى درجات الجاهزية.")[0][0]
    assert told[:2] == ("outlet", None)
    assert hops("وقال مصدر لشبكة معا الاخبارية إن القوات جاهزة.")[0][0][:2] == ("outlet", "Maan News Agency")


@pytest.mark.parametrize("in_turn", ["بدوره", "بدورها"])
def test_in_ones_turn_is_no_one(in_turn):
    chains = hops(f"قال الوزير إن الاتفاق جاهز. وأكد {in_turn} ما قاله القيادي في أحزاب الأغلبية.")
    assert chains[1] == chains[0] and chains[1][0][2] == "الوزير"


def test_in_ones_turn_before_a_speaker_named():
    chains = hops("قال الوزير إن الاتفاق جاهز. وأكد بدوره رئيس الحكومة أن التوقيع قريب.")
    assert chains[1][0][2] == "رئيس الحكومة"


def test_a_statement_that_does_something_before_a_verb_of_saying_names_no_one():
    chains = hops('وذكرت شبكة "سي ان ان" أن الجيش الأمريكي يجري فحوصا قبل أن يعلن مقتل البغدادي بشكل رسمي.')
    assert [[kind for kind, _, _ in chain] for chain in chains] == [["outlet"]]


@pytest.mark.parametrize("speaker, name", [
    ("Foundation for the Defense of Democracies senior fellow Behnam ben Taleblu", "Behnam ben Taleblu"),
    ("senior fellow Behnam ben Taleblu", "Behnam ben Taleblu"),
    ("Human Rights Watch researcher Adam Coogle", "Adam Coogle"),
])
def test_a_body_a_role_and_a_name(speaker, name):
    found = extract(f'"Revoking the waivers is an important test," {speaker} told Politico.', catalog=CATALOG).claims
    assert [(h.kind.value, h.outlet or h.name) for h in found[0].chain] == [("outlet", "Politico"), ("person", name)]


@pytest.mark.parametrize("text, surface", [
    ("The Washington Post and Politico were first to report the coming announcement.",
     "The Washington Post and Politico"),
    ("Reuters was the first to report the deal.", "Reuters"),
])
def test_first_to_report(text, surface):
    chain = hops(text)[0]
    assert chain[0][0] == "outlet" and chain[0][2] == surface


def test_what_is_quoted_before_whom_from():
    chains = hops('أفادت صحيفة "algerie part" الناطقة بالفرنسية، نقلا عن مصادر جزائرية مطلعة، أن الجزائر جمدت القرار.\n'
                  "ونقلت الصحيفة تأكيدها عن المصادر ذاتها، أن الرئيس يرفض شخصيا منح الضوء الأخضر.")
    assert [(kind, outlet) for kind, outlet, _ in chains[1]] == [("outlet", "Algérie Part"), ("anonymous", None)]
    assert chains[1][1][2] == "المصادر ذاتها"


def test_a_statement_going_on_after_a_comma():
    chains = hops("The Directorate General of Counter-Terrorism said in a statement that a drone struck a unit of the "
                  "PKK, according to Kurdistan 24.\nThe fighters were hit after they reached the valley, the statement "
                  "went on.")
    assert [kind for kind, _, _ in chains[0]] == [kind for kind, _, _ in chains[1]] == ["outlet", "organization"]
    assert chains[1][0][1] == "Kurdistan 24"


def test_the_economy_went_on_is_no_report():
    assert hops("The war continued for ten years, and the economy continued to shrink.") == []
