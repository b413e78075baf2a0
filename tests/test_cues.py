"""Reporting cues in Arabic and English news, in every form and spelling the desks use."""

import pytest

from workbench.extraction.cues import find_cues
from workbench.text.normalize import fold


def cues(text: str, language: str = "ar") -> list[tuple[str, str]]:
    return [(c.form, c.lemma) for c in find_cues(fold(text), language)]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("وقالت تقارير إعلامية إن", [("verb", "قال")]),
        ("قالوا إن الطريق مغلق", [("verb", "قال")]),
        ("ويقول السكان إن", [("verb", "قال")]),
        ("فى السياق نفسه، ذكرت صحيفة صن", [("verb", "ذكر")]),
        ("وأكّد الوزير أن", [("verb", "اكد")]),  # shadda
        ("وأَكَّدَ الوزير أن", [("verb", "اكد")]),  # full diacritics
        ("وإكد الوزير أن", [("verb", "اكد")]),  # alef form typed wrong still folds
        ("وأضـــاف المتحدث", [("verb", "اضاف")]),  # tatweel
        ("ليضيف أن الوضع مستقر", [("verb", "اضاف")]),
        ("وحذّر غراب من أن", [("verb", "حذر")]),
        ("ونقلت الصحيفة عن المتحدث", [("verb", "نقل")]),
        ("واقتبست الصحيفة تصريحاً", [("verb", "اقتبس")]),
        ("وبحسب ما كشفته مصادر عراقية", [("nominal", "بحسب"), ("verb", "كشف")]),
        ("ووفقاً لما نشرته وكالة سبوتنيك", [("nominal", "وفقا ل"), ("verb", "نشر")]),  # as "بحسب ما كشفته"
        ("نقلاً عن مصادر دبلوماسية", [("nominal", "نقلا عن")]),
        ("وجاء على لسان رئيس الشعبة", [("nominal", "علي لسان")]),
        ("وجاء علي لسان رئيس الشعبة", [("nominal", "علي لسان")]),  # على written with yeh
        ("اندهاشها فى بيان لها أمس", [("statement", "في بيان")]),  # Egyptian فى
        ("مشيراً إلى وجود تساهل", [("participle", "مشيرا")]),
        ("موضحة أن رحلة اجتيازهم", [("participle", "موضحه")]),
        ("قائلاً فى مؤتمر صحفى", [("participle", "قايلا")]),
        ("وتابع: لدينا رصيد كاف", [("verb", "تابع")]),
        ("ورأى أن الهدنة ضرورية", [("verb", "راي")]),
        # Words that look like cues but are not.
        ("أكثر من 25 عائلة تابعة لمسلحو التنظيم", []),  # تابعة: "affiliated"
        ("وسط تحذيرات روسية من احتمالات", []),
        ("في رأي الخبراء", []),  # رأي: "opinion", no complementizer after it
        ("عملية نقل الجرحى إلى المستشفى", []),  # نقل: "transfer", no عن introducing a source
    ],
)
def test_arabic_cues(given, expected):
    assert cues(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("the World Health Organization said Monday", [("verb", "said")]),
        ("Two Kurdish security officials told Reuters that", [("verb", "told")]),
        ("According to the United Nations, about 18,000", [("nominal", "according to")]),
        ("SANA, which said, citing a military source, that", [("verb", "said"), ("participle", "citing")]),
        ("The Sun quoted Iraqi defence ministry spokesman Yahya Rasool as saying", [("verb", "quoted"), ("participle", "saying")]),
        ("The agency said in a statement that", [("verb", "said"), ("statement", "in a statement")]),
        ("Lavrov warned that militants", [("verb", "warned")]),
        ("A Pentagon spokesman denied that", [("verb", "denied")]),
        ("Iraqi troops push into eastern Mosul", []),
        # Estimates and forecasts report only with their "that" clause close by.
        ("The Congressional Budget Office estimated in a report last week that a shutdown",
         [("verb", "estimated"), ("statement", "in a report")]),
        ("The IMF predicted that growth would slow", [("verb", "predicted")]),
        ("An estimated 300 people were killed", []),
        ("Economists had estimated growth at 2 percent", []),
    ],
)
def test_english_cues(given, expected):
    assert cues(given, "en") == expected


@pytest.mark.parametrize(
    ("given", "feminine"),
    [("وقالت", True), ("وقال", False), ("تقول", True), ("يقول", False), ("وتابع", False), ("وتابعت", True),
     ("وأضافت", True), ("لفت", False)],
)
def test_arabic_cue_gender_for_pronoun_subjects(given, feminine):
    (cue,) = find_cues(fold(given + " أن"), "ar")
    assert cue.feminine is feminine
