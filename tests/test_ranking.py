"""The one rule for how well a typed or printed name matches a catalog spelling, and ranking entries by it."""

import pytest
from rapidfuzz import fuzz

from workbench.catalog.aliases import load_bundled_entries
from workbench.catalog.ranking import SpellingRanking, begins_a_word, match_score
from workbench.text.normalize import comparison_key

CATALOG = {
    "The Sun": ["The Sun", "Sun", "صن", "الصن", "ذا صن", "صحيفة صن"],
    "The Sunday Times": ["The Sunday Times", "Sunday Times", "صنداي تايمز"],
    "SUNA": ["SUNA", "سونا"],
    "The Washington Post": ["The Washington Post", "Washington Post", "واشنطن بوست"],
    "RT": ["RT", "Russia Today", "روسيا اليوم", "آر تي"],
    "Rai al-Youm": ["Rai al-Youm", "رأي اليوم"],
    "Al Jazeera": ["Al Jazeera", "الجزيرة", "قناة الجزيرة"],
    "Al-Ahram": ["Al-Ahram", "الأهرام"],
    "Elaph": ["Elaph", "إيلاف"],
    "Al-Quds Al-Arabi": ["Al-Quds Al-Arabi", "القدس العربي"],
    "Al-Masry Al-Youm": ["Al-Masry Al-Youm", "المصري اليوم"],
    "Yahya Rasool": ["يحيى رسول المتحدث باسم قيادة العمليات المشتركة"],
    "the major": ["رائد في قوات مكافحة الإرهاب العراقية"],
    "Iraqi sources": ["مصادر عراقية"],
}


@pytest.fixture(scope="module")
def ranking() -> SpellingRanking[str]:
    return SpellingRanking((comparison_key(s), name) for name, spellings in CATALOG.items() for s in spellings)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("sun", "The Sun"),
        ("Sun", "The Sun"),
        ("صن", "The Sun"),
        ("الصن", "The Sun"),
        ("صحيفة صن البريطانية", "The Sun"),  # the catalog has "صحيفة صن": the rest is a likeness
        ("sunday", "The Sunday Times"),  # a name begun beats a shorter one it merely resembles
        ("sunda", "The Sunday Times"),
        ("su", "The Sun"),  # both begun: the shorter spelling first
        ("صندا", "The Sunday Times"),
        ("washington pst", "The Washington Post"),  # misspelt: likeness alone
        ("بوست", "The Washington Post"),  # the start of a later word
        ("روسيا", "RT"),
        ("ار تى", "RT"),  # آ → ا, final ى → ي
        ("راي اليوم", "Rai al-Youm"),  # أ → ا
        ("الاهرام", "Al-Ahram"),  # أ → ا
        ("اهرام", "Al-Ahram"),  # without the article
        ("ايلاف", "Elaph"),  # إ → ا
        ("الجزيره", "Al Jazeera"),  # ة → ه
        ("الجـــزيرة", "Al Jazeera"),  # tatweel
        ("الجَزِيرَة", "Al Jazeera"),  # diacritics
        ("قناه الجزيره", "Al Jazeera"),
        ("جزيرة", "Al Jazeera"),  # the word after the article
        ("قدس", "Al-Quds Al-Arabi"),
        ("يحيي", "Yahya Rasool"),  # ى → ي; a person's long key begun by the name
        ("يحيى رسول", "Yahya Rasool"),
        ("رائد", "the major"),  # a role word begun beats the look-alike "راي اليوم"
        ("مصادر", "Iraqi sources"),
        ("المصري", "Al-Masry Al-Youm"),
    ],
)
def test_first_hit(ranking, typed, first):
    hits = ranking.rank(comparison_key(typed), limit=5, cutoff=60)
    assert hits and hits[0].owner == first
    assert len({h.owner for h in hits}) == len(hits)  # one hit per entry


@pytest.mark.parametrize(
    ("name", "better", "worse"),
    [
        ("sun", "sun", "sunday times"),  # the spelling itself: 100
        ("sunday", "sunday times", "sun"),  # begun beats resembled
        ("sun", "the sun", "sunday times"),  # both begun: shorter first
        ("صن", "الصن", "صنداي تايمز"),  # the Arabic article does not hide the start of a name
        ("washington pst", "washington post", "washington times"),  # likeness
        ("الجزيرة", "قناة الجزيرة", "الجزائر"),
        ("رائد", "رائد في قوات", "رأي اليوم"),
    ],
)
def test_match_score_orders(name, better, worse):
    name, better, worse = comparison_key(name), comparison_key(better), comparison_key(worse)
    assert match_score(name, better) > match_score(name, worse)


def test_match_score_tiers():
    assert match_score("sun", "sun") == 100
    assert 90 < match_score("sunday", "sunday times") < 100
    assert match_score("washington pst", "washington post") <= 90
    assert match_score("xyz", "washington post") == pytest.approx(
        0.9 * fuzz.WRatio("xyz", "washington post") - 0.12)


@pytest.mark.parametrize(
    ("name", "spelling", "begins"),
    [("sun", "the sun", True), ("صن", "الصن", True), ("صن", "جريده الصن", True), ("بوست", "واشنطن بوست", True),
     ("صن", "صنداي تايمز", True), ("صن", "حصن", False), ("un", "the sun", False), ("ال", "الصن", True)],
)
def test_begins_a_word(name, spelling, begins):
    assert begins_a_word(name, spelling) is begins


def test_every_begun_spelling_passes_a_cutoff_of_60():
    """rank's cutoff on WRatio may keep out likenesses but never a spelling the name begins."""
    spellings = {comparison_key(e.alias) for e in load_bundled_entries()} - {""}
    for spelling in spellings:
        starts = [i for i, ch in enumerate(spelling) if i == 0 or spelling[i - 1] == " "]
        for start in starts:
            for end in range(start + 1, len(spelling) + 1):
                name = spelling[start:end].strip()
                if name and begins_a_word(name, spelling):
                    assert fuzz.WRatio(name, spelling) >= 60, (name, spelling)


def test_rank_cutoff_accept_and_shared_spellings():
    ranking = SpellingRanking([("al watan", "Al-Watan (Egypt)"), ("al watan", "Al-Watan (Syria)"),
                               ("al wafd", "Al-Wafd"), ("", "nameless")])
    assert {h.owner for h in ranking.rank("al watan", limit=5, cutoff=90)} == {"Al-Watan (Egypt)", "Al-Watan (Syria)"}
    only = ranking.rank("al wat", limit=5, cutoff=60, accept=lambda owner: owner != "Al-Watan (Egypt)")
    assert [h.owner for h in only][:1] == ["Al-Watan (Syria)"] and "Al-Watan (Egypt)" not in {h.owner for h in only}
    assert ranking.rank("zzz", limit=5, cutoff=60) == []
    assert ranking.rank("", limit=5, cutoff=0) == []
    assert len(ranking.rank("al", limit=1, cutoff=0)) == 1
