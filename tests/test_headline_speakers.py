"""Headline attributions whose speaker is a country or capital, a role, or a family name the story gives in full
(issue 11, constructions seen in train5 and train6)."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract
from workbench.extraction.sources.persons import family_key
from workbench.extraction.sources.places import government_named

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def headline_source(text: str) -> tuple[str, str] | None:
    """(kind, name) of the first claim's speaker when that claim is the headline, the text's first line."""
    line_end = text.index("\n")
    claims = [c for c in extract(text, catalog=CATALOG).claims if c.chain and c.start < line_end]
    if not claims:
        return None
    hop = claims[0].chain[-1]
    return hop.kind.value, hop.outlet or hop.name or hop.role


_BARROT_BODY = ("قال وزير الخارجية الفرنسي جان نويل بارو، يوم الثلاثاء، إن قرار طرد الدبلوماسيين أمر مؤسف "
                "وإن بلاده سترد عليه بحزم في الأيام المقبلة.\n")
_ASSIRI_BODY = ("RIYADH: The coalition's spokesman Brigadier General Ahmed Al-Assiri said on Thursday that the "
                "group's threats were empty and that the kingdom would not be drawn into a wider war.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country or a capital before the colon: its government
        ("فرنسا: تصريحات الأسد عن ضربات التحالف \"مشينة\"\n" + _BARROT_BODY, ("organization", "French government")),
        ("باريس: عشرات الفرنسيين يقاتلون في صفوف الجماعات المسلحة\n" + _BARROT_BODY,
         ("organization", "French government")),
        ("القاهره: لا صحه لانباء عن اغلاق المعبر امام المساعدات\n" + _BARROT_BODY,
         ("organization", "Egyptian government")),
        ("موسكو: العقوبات الجديدة لن تغير موقفنا من الأزمة\n" + _BARROT_BODY, ("organization", "Russian government")),
        # a role alone, the و of "وزير" kept
        ("وزير خارجية فرنسا: كل الأدلة تشير إلى أن النظام يستخدم \"الكلور\"\n" + _BARROT_BODY,
         ("person", "وزير خارجية فرنسا")),
        ("وزير خارجيه فرنسا: كل الادله تشير الى ان النظام يستخدم «الكلور»\n" + _BARROT_BODY,
         ("person", "وزير خارجيه فرنسا")),
        # an English role alone on a title line
        ("Iranian FM Spokesperson: Saudi Minister's Comments Full of Contradiction\n" + _ASSIRI_BODY,
         ("person", "Iranian FM Spokesperson")),
        # a family name alone: the person the story names in full
        ("بارو: طرد الجزائر 12 موظفا فرنسيا \"لن يمر دون رد\"\n" + _BARROT_BODY, ("person", "جان نويل بارو")),
        ("بارو: طرد الجزائر 12 موظفا فرنسيا “لن يمر دون رد”\n" + _BARROT_BODY, ("person", "جان نويل بارو")),
        ("The group's call to attack the kingdom is a joke: Al-Assiri\n" + _ASSIRI_BODY,
         ("person", "Ahmed Al-Assiri")),
        # a coach, a municipality, a governor opening with a count (train5's sports and local pages)
        ("مدرب الاتحاد: الإصابات أربكت حساباتنا قبل المباراة الحاسمة\n" + _BARROT_BODY, ("person", "مدرب الاتحاد")),
        ("المدرب: لن نفرط في الصدارة مهما كانت الظروف\n" + _BARROT_BODY, ("person", "المدرب")),
        ("أمانة الرياض: لا صحة لإغلاق الأسواق الشعبية خلال الصيف\n" + _BARROT_BODY,
         ("organization", "أمانة الرياض")),
        ("امانه الرياض: لا صحه لاغلاق الاسواق الشعبيه خلال الصيف\n" + _BARROT_BODY,
         ("organization", "امانه الرياض")),
        ("بعد فيديو متداول.. بلدية طرابلس: فرقنا تعمل على فتح الطرق المغلقة\n" + _BARROT_BODY,
         ("organization", "بلدية طرابلس")),
        ("محافظ البصرة: 40 عائلة نزحت بسبب الفيضانات في القرى\n" + _BARROT_BODY, ("person", "محافظ البصرة")),
        ("رئيس بلدية صيدا : ١٢ منزلا تضررت جراء القصف الليلي على الأطراف\n" + _BARROT_BODY,
         ("person", "رئيس بلدية صيدا")),
        # a second headline clause after "..": its own source
        ("مقتل ثلاثة في غارة على الحدود.. ونيويورك تايمز: واشنطن أغلقت سفارتها بعد رصد اتصالات\n" + _BARROT_BODY,
         ("outlet", "The New York Times")),
    ],
)
def test_a_headline_names_its_speaker(text, expected):
    assert headline_source(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a family name the story never gives as a speaker's is no speaker
        "غزة: مقتل ثلاثة في قصف على مخيم النصيرات\n" + _BARROT_BODY,
        "Ceasefire: what we know so far about the Gaza deal\n" + _ASSIRI_BODY,
        # a time or a score after the colon is a label, not a statement
        "آخر تحديث: 10:30 صباحا بتوقيت مكة المكرمة\n" + _BARROT_BODY,
        "النتيجة: 2 مقابل 1 بعد مباراة مثيرة في الملعب\n" + _BARROT_BODY,
    ],
)
def test_a_headline_without_a_speaker_stays_unattributed(text):
    assert headline_source(text) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("فرنسا", "French government"), ("وباريس", "French government"), ("طهران", "Iranian government"),
        ("الرياض", "Saudi government"), ("Tehran", "Iranian government"), ("Moscow", "Russian government"),
        ("المعارضة", None), ("Gaza", None),
        # names of more than one word
        ("Saudi Arabia", "Saudi government"), ("the United States", "US government"), ("the U.S.", "US government"),
        ("المملكة العربية السعودية", "Saudi government"), ("المملكه العربيه السعوديه", "Saudi government"),
        ("الولايات المتحدة", "US government"), ("والولايات المتحده", "US government"),
        ("اليمن", "Yemeni government"), ("Oman", "Omani government"), ("New York", None),
    ],
)
def test_a_country_or_capital_names_its_government(phrase, expected):
    assert government_named(phrase) == expected


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("JEDDAH: Saudi Arabia said on Saturday it was halting any dialogue with Qatar.", "Saudi government"),
        ("The United States said on Monday it would send more troops.", "US government"),
        ("وقالت المملكة العربية السعودية إن الميناء سيفتح الأسبوع المقبل.", "Saudi government"),
        ("وأعلنت الولايات المتحدة ان القوات ستصل خلال ايام.", "US government"),
    ],
)
def test_a_country_of_several_words_speaking_is_its_government(text, government):
    chain = extract(text, catalog=CATALOG).claims[0].chain
    assert [(hop.kind.value, hop.name) for hop in chain] == [("organization", government)]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Al-Jubeir", "Adel Al-Jubair"), ("Araqchi", "Abbas Araqchi"), ("بارو", "جان نويل بارو"),
     ("عريقات", "صائب عريقات")],
)
def test_spellings_of_a_family_name_share_a_key(a, b):
    assert family_key(a) == family_key(b)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال رئيس بلدية صيدا إن الأضرار كبيرة في الأحياء الشرقية.", None),  # the town names the body
        ("وقال رئيس مجلس بلدية صيدا إن الأضرار كبيرة في الأحياء الشرقية.", None),
        ("وقال المتحدث باسم الجيش أفيخاي أدرعي إن القوات انسحبت من المنطقة.", "أفيخاي أدرعي"),  # "الجيش" is no head
        ("وقال وزير الداخلية محمود توفيق إن الوضع تحت السيطرة.", "محمود توفيق"),
    ],
)
def test_the_word_after_a_bodys_head_is_the_body_not_a_name(sentence, name):
    hop = extract(sentence, catalog=CATALOG).claims[0].chain[-1]
    assert (hop.kind.value, hop.name) == ("person", name)
