"""Verbs of stance and speech acts as reporting cues (admitted, apologized, called for, talked about, condemned,
refused to comment, expressed hope that, rejected the allegations), with guards for their other senses (issue 11)."""

import pytest

from workbench.extraction.cues import find_cues
from workbench.text.normalize import fold


def _lemmas(text: str, language: str) -> set[str]:
    return {cue.lemma for cue in find_cues(fold(text), language)}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("أقرّ الوزير بحدوث خطأ في الإجراءات", "اقر"),
        ("وزير الخارجية يقر بوجود خلل في الملف", "اقر"),  # headline, present tense
        ("واقرت الوزارة بان الرد تأخر", "اقر"),
        ("وأقَرَّ المدير بأن الخطة فشلت", "اقر"),
        ("القناة العبرية تعتذر للمشاهدين عما بثته", "اعتذر"),
        ("القناه العبريه تعتذر للمشاهدين عما بثته", "اعتذر"),
        ("واعتذرت الصحيفة عن نشر الصورة", "اعتذر"),
        ("ودعت الهيئة وسائل الإعلام إلى تحري الدقة", "دعا"),
        ("كما دعا الاتحاد الى وقف فوري للتصعيد", "دعا"),
        ("وكانت صحف محلية قد تحدثت عن لقاء مرتقب", "تحدث"),
        ("الصحيفة تتحدث عن خطة لإعادة الهيكلة", "تحدث"),
        ("وتحدّث الوزير فى المؤتمر عن تفاصيل الاتفاق", "تحدث"),
        ("واشتكى السكان من انقطاع المياه", "اشتكي"),
        ("واشتكي السكان من انقطاع المياه", "اشتكي"),
        ("وأدانت الخارجية الهجوم على القافلة", "ادان"),
        ("وادانت الخارجية الهجوم على القافلة", "ادان"),
        ("وزراء الحكومة يدينون التفجير", "ادان"),
        ("وتستنكر الحكومة هذه التصرفات", "استنكر"),
        ("ونـــدد المجلس بالهجوم على المدنيين", "ندد"),
        ("كما دافع الوزير عن قرار الحكومة", "دافع"),
        ("وأهابت الوزارة بالمواطنين التزام الحذر", "اهاب"),
        ("وإستنكر الحزب ما جرى في الجلسة", "استنكر"),
        ("في حين استبعد خبراء على نطاق واسع أن ترتفع الأسعار", "استبعد"),
    ],
)
def test_arabic_stance_verbs_are_cues(text, lemma):
    assert lemma in _lemmas(text, "ar")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("مصادر تحدثت لعربي 21 عن تلاعب في المواصفات", "تحدث"),  # who spoke to the paper: the chain, not a claim
        ("وقال مصدر طبي، تحدث شريطة عدم الكشف عن هويته، إن مصورا أصيب", "تحدث"),
        ("وهي ظاهرة تحدث كل عام في الصيف", "تحدث"),  # "occurs"
        ("الدافع وراء الجريمة غير معروف", "دافع"),  # "the motive"
        ("ورفضت المصادر الكشف عن أسماء المسؤولين", "رفض"),  # a refusal says nothing (train2 gold)
        ("رفض القرار جاء متأخرا", "رفض"),
        ("في حين استبعد المدرب اللاعب من التشكيلة", "استبعد"),  # "excluded", no complementizer
    ],
)
def test_arabic_non_speech_senses_are_not_cues(text, lemma):
    assert lemma not in _lemmas(text, "ar")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Saudi FM refuses to comment on the cooperation", "refuses"),
        ("The minister refused to confirm the figures", "refused"),
        ("The spokesman expressed hope that the talks would resume", "expressed"),
        ("The ministry expressed its hope that Riyadh would respond", "expressed"),
        ("The foreign ministry spokesman has also rejected the allegations", "rejected"),
        ("The coalition rejected a claim that its drones struck the market", "rejected"),
        ("Russia rejects media reports of secret talks", "rejects"),
        ("Rebels say air raid hits market, coalition disputes toll", "disputes"),
        ('Israel dismissed as "incorrect" a report that a truce was agreed', "dismissed"),
        ("The official refuted claims that the deal had collapsed", "refuted"),
        ("The deputy minister has dismissed recent remarks by his counterpart as media hype", "dismissed"),
    ],
)
def test_english_stance_verbs_are_cues(text, form):
    assert form in _lemmas(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "He refused to leave the building",
        "The council rejected the offer on Tuesday",
        "Lewandowski was dismissed on Monday as campaign manager",
        "Some supporters expressed concern about the cost",  # PolNeAR counts no bare stance
        "The two countries settled their territorial disputes",
        "The FBI declined to comment",  # a refusal to speak is no claim (train4 gold)
    ],
)
def test_english_non_speech_senses_are_not_cues(text):
    assert not find_cues(fold(text), "en")
