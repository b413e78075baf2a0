"""The index form: folding variants, light stemming, stop words, tweet noise, transliterated names, roots."""

import pytest

from workbench.matching.terms import (
    clean,
    index_terms,
    root,
    skeleton,
    stem_arabic,
    stem_english,
    variants,
    word_count,
)


@pytest.mark.parametrize("given, expected", [
    ("مستشفى", "مستشف"), ("مستشفي", "مستشف"),                      # ى/ي
    ("الصحة", "صح"), ("الصحه", "صح"),                                  # ة/ه, article
    ("أحمد", "احمد"), ("إحمد", "احمد"), ("آحمد", "احمد"),              # alef forms
    ("العـــالم", "عالم"),                                               # tatweel
    ("الرَّئِيسُ", "رييس"),                                               # diacritics (ئ folds to ي)
    ("والمسلمون", "مسلم"), ("بالمدينة", "مدين"), ("للحكومة", "حكوم"),  # و/ب/ل with the article
    ("المعلمات", "معلم"), ("كتابها", "كتاب"), ("لمظاهرة", "مظاهر"), ("لافروف", "لافروف"),                          # suffixes
])
def test_arabic_variants_share_a_term(given, expected):
    assert index_terms(given) == [expected]


@pytest.mark.parametrize("text", ["قال الوزير فى المؤتمر", "قال الوزير في المؤتمر", "قَالَ الوَزِيرُ فِي المُؤْتَمَرِ"])
def test_fi_spellings_are_stop_words(text):
    assert index_terms(text) == ["وزير", "موتمر"]


@pytest.mark.parametrize("spelling", ["سيرجي لافروف", "سيرجى لافروف", "سيرغي لافروف", "سيرگي لافروف"])
def test_transliterated_names_share_a_skeleton(spelling):
    first, last = index_terms(spelling)
    assert skeleton(first) == skeleton("سيرج")
    assert last == "لافروف"


def test_variants_cover_g_spellings_only_for_short_letter_sets():
    assert "سيرغ" in variants("سيرج") and "سيرك" in variants("سيرج")
    assert variants("لافروف") == []


@pytest.mark.parametrize("words, expected", [
    (["تحرق", "إحراق", "احراق", "محروق", "حَرْق", "الحرق"], "حرق"),     # verb and noun patterns, diacritics
    (["مظاهرة", "مظاهره", "تظاهرة", "متظاهرون", "المتظاهرين"], "ظهر"),  # ة/ه, plural suffixes
    (["مسجد", "المساجد", "مساجـــد"], "سجد"),                              # broken plural, tatweel
    (["يضرب", "ضرب", "والضرب"], "ضرب"),
    (["مُصاب", "أصاب", "إصابة", "الإصابات"], "صاب"),                     # أ/إ fold to ا; too short for less
    (["كتاب", "كاتب", "مكتوب", "الكُتّاب"], "كتب"),                        # shadda
])
def test_arabic_patterns_share_a_root(words, expected):
    assert {root(term) for word in words for term in index_terms(word)} == {expected}


@pytest.mark.parametrize("term", ["سود", "يوم", "تين", "president", "covid", "2020"])
def test_root_leaves_three_letter_and_other_terms_alone(term):
    assert root(term) == term


def test_different_roots_stay_apart():
    assert len({root(t) for t in ["حرق", "حرب", "سجد", "سجن", "كتب", "كتم"]}) == 6


@pytest.mark.parametrize("given, expected", [
    ("presidents", "president"), ("running", "run"), ("hoped", "hop"), ("hoping", "hop"), ("hope", "hop"),
    ("countries", "country"), ("vaccines", "vaccin"), ("vaccine", "vaccin"), ("quickly", "quick"),
    ("illinois", "illinois"), ("virus", "virus"), ("glass", "glass"), ("2020", "2020"), ("covid", "covid"),
])
def test_english_light_stem(given, expected):
    assert stem_english(given) == expected


@pytest.mark.parametrize("given, expected", [
    ("The President was running https://t.co/abc", ["president", "run"]),
    ("#BreakingNews via @cnn", ["break", "new", "cnn"]),
    ("Ask @LindseyGrahamSC — Morgan Fairchild (@morgfair) February 25, 2016",
     ["ask", "lindsey", "graham", "sc", "morgan", "fairchild", "morgfair"]),  # who tweeted stays, the date goes
    ("12قطريا covid19", ["12", "قطر", "covid", "19"]),  # digits apart; accusative ا, nisba ي
    ("Vaccines DON'T cause autism!", ["vaccin", "caus", "autism"]),
])
def test_english_index_terms(given, expected):
    assert index_terms(given) == expected


def test_arabic_stem_keeps_short_words():
    assert stem_arabic("ولد") == "ولد"
    assert stem_arabic("وزير") == "وزير"


def test_word_count_counts_what_a_reader_sees():
    assert word_count("Vaccines don't cause autism, study finds") == 7
    assert word_count("") == 0


@pytest.mark.parametrize("words", [
    ["فرنسا", "الفرنسية", "الفرنسي"], ["سوريا", "سورية", "السوري"], ["تركيا", "التركية"],   # a country and its adjective
    ["احتجاجاً", "احتجاجا", "الاحتجاج"], ["مصريا", "مصري", "مصرى"],                        # accusative ا
])
def test_arabic_final_alef_shares_a_term(words):
    assert len({term for word in words for term in index_terms(word)}) == 1


def test_arabic_final_alef_of_short_words_stays():
    assert index_terms("كندا غزا") == ["كندا", "غزا"]


@pytest.mark.parametrize("claim, tweet", [
    ("صورة تظهر حريقا في المسجد الأقصى", "حريق في المسجد الاقصى"),
    ("مقطع فيديو يظهر الزلزال الذي ضرب الكويت", "الزلزال الذي ضرب الكويت"),
])
def test_words_naming_a_claims_medium_are_not_index_terms(claim, tweet):
    assert index_terms(claim) == index_terms(tweet)


@pytest.mark.parametrize("given, expected", [
    ("see https://t.co/abc now", "see   now"),
    ("see HTTPS://T.CO/ABC now", "see   now"),                      # any case
    ("at WWW.Example.org today", "at   today"), ("at wWw.example.org", "at  "),
    ("pic.twitter.com/xyz shows it", "  shows it"),
    ("a/b test, no URL", "a/b test, no URL"), ("the www page", "the www page"),
    ("ask @LindseyGraham now", "ask  Lindsey Graham  now"),
    ("— Joe (@joe) February 25, 2016", "— Joe ( joe )"),
    ("#HashTag وزير_الصحة", " Hash Tag وزير_الصحة"),
    ("شاهد الفيديو https://t.co/x1 عن لافروف", "شاهد الفيديو   عن لافروف"),
    ("قال الوزير فى بيان", "قال الوزير فى بيان"),                  # nothing to clean
])
def test_clean_drops_urls_and_splits_handles_in_any_case(given, expected):
    assert clean(given) == expected
