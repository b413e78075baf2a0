"""The site a source talked to, named by its bare name, and "ذات المصدر" / "مصدرنا" after it; English closing
"…, a U.S. official told Reuters" (issue 11)."""

import pytest

from tests.test_extraction_constructions import chains
from tests.test_extraction_constructions import kinds as speakers
from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The site by its bare name, in curly quotes, after "في حديثه لـ" (tatweel) and "في اتصال مع موقع".
        ("كشف مصدر داخل اتحاد الكرة السعودي في حديثه لـ”المواطن” أن الاتحاد يبذل جهودا حثيثة. "
         "وأشار المصدر إلى أن وسائل إعلام بعينها تلجأ إلى التكهن.",
         [["Al-Mowaten", "anonymous"]] * 2),
        ("كشف مصدر فى الاتحاد خلال حديث خاص مع «المواطن» ان القرار صدر.", [["Al-Mowaten", "anonymous"]]),
        # Maghreb order: "ذات المصادر", "نفس المصدر", and the page's "مصدرنا", the waw written apart.
        ("قالت مصادر مطلعة لوكالة رويترز إن الوزير سيستقيل. و قالت ذات المصادر، أن الاستقالة ستعلن غدا. "
         "وأضاف نفس المصدر أن الحكومة ستجتمع. وتساءل مصدرُنا عن توقيت الإعلان.",
         [["Reuters", "anonymous"]] * 4),
        # An outlet named by a number, joined to the ل of "told".
        ("كشفت مصادر محلية في طرابلس لـ218، أن المواجهات المسلحة مستمرة.", [["218 TV", "anonymous"]]),
        ("وأوضحت مصادر عربية لـ24 أنه كلما علا مستوى التمثيل زادت الحظوظ.", [["24.ae", "anonymous"]]),
        ("وقال مصدر حكومي إن الخطة لـ2030 جاهزة.", [["anonymous"]]),  # a year, not an outlet
        # A quoted bare name the catalog does not know is an outlet it does not list.
        ("كشف مصدر أمني في اتصال هاتفي مع «نجمة الصباح» أن المقر طوق.", [["outlet", "anonymous"]]),
    ],
)
def test_the_site_talked_to_by_its_bare_name(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verbs of the content ("suggests") are not the speaker's: the unnamed official closing it is.
        ("U.S. intelligence on a possible strike suggests it would most likely be an attack Tehran could deny, "
         "a U.S. official told Reuters on Wednesday. The official, who spoke on condition of anonymity, said the "
         "strands of intelligence had been accumulating for some time.",
         [["Reuters", "anonymous"]] * 2),
        ("The U.S. military headquarters and the Kurdish government say a first investigation points to a militia, "
         "an American source in the region tells U.S. News.", [["U.S. News & World Report", "anonymous"]]),
        # A fresh source on terms of anonymity, with no outlet named, speaks to the page.
        ("Reuters reported on Monday that the talks had stalled. A diplomat, who spoke on condition of anonymity, "
         "said the envoy would leave.",
         [["Reuters"], ["anonymous"]]),
    ],
)
def test_a_speaker_closing_the_sentence_says_all_before_him(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told, set off by commas, by its quoted name; the speaker named before his role.
        ('وأوضح يوسف عبودي، عضو لجنة تجار الذهب، لـ"التغيير"، أن الهيئة رفضت الجلوس مع اللجنة.',
         [[("outlet", "Altaghyeer"), ("person", "يوسف عبودي")]]),
        ("وقال الصحفي في صحيفة معاريف، نوعام أمير، إن الحكومة منقسمة.", [[("outlet", "Maariv"), ("person", "نوعام أمير")]]),
    ],
)
def test_told_between_commas_and_the_name_before_the_role(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("U.S. intel points to 'deniable' Iran-backed attack in Iraq: source", [[("anonymous", "source")]]),
        ('Five "Terrorists" Arrested In N. Iraq: Official Source', [[("anonymous", "official source")]]),
        ("Kurds blame Iran for deadly Irbil attack despite Tehran denials: sources", [[("anonymous", "sources")]]),
        # A label before a colon is no source.
        ("Markets: what to watch this week", []),
    ],
)
def test_an_english_headline_naming_an_unnamed_source_last(line, expected):
    assert speakers(line + "\nThe talks went on into the night.") == expected  # a headline over its story


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quoted name the catalog lacks, after "in a phone call with" or a told-ل between commas
        ('كشف مصدر أمني رفيع في اتصال هاتفي مع «البوصلة» أن مجموعة مسلحة طوقت المقر.', "البوصلة"),
        ('كشف مصدر امنى رفيع فى اتصال هاتفى مع "البوصلة" ان مجموعه مسلحه طوقت المقر.', "البوصلة"),
        ('وأوضح يوسف عبودي، عضو لجنة التجار، لـ"السوق"، أن الأسعار ارتفعت.', "السوق"),
        ('وأوضح يوسف عبودى، عضو لجنه التجار، لــ“السوق”، ان الاسعار ارتفعت.', "السوق"),
    ],
)
def test_a_quoted_name_the_catalog_lacks_told_is_an_unlisted_outlet_hop(text, name):
    chain = extract(text, catalog=CATALOG).claims[0].chain
    assert (chain[0].kind.value, chain[0].outlet, chain[0].name) == ("outlet", None, name)
    assert chain[1].kind.value in ("anonymous", "person")


@pytest.mark.parametrize(
    "text",
    ['كشف مصدر أمني رفيع في اتصال هاتفي مع «المتوسط» أن مجموعة مسلحة طوقت المقر.',
     'كشف مصدر امنى رفيع فى اتصال هاتفى مع "المتوسط" ان مجموعه مسلحه طوقت المقر.'],
)
def test_a_quoted_bare_name_the_catalog_lists_with_a_descriptor_is_that_outlet(text):
    """«المتوسط», listed as "صحيفة المتوسط" (the Libyan Almutawaset): the Mediterranean alone is no outlet."""
    chain = extract(text, catalog=CATALOG).claims[0].chain
    assert (chain[0].kind.value, chain[0].outlet) == ("outlet", "Almutawaset")
    assert chain[1].kind.value == "anonymous"


def test_the_unlisted_outlet_stays_over_the_report_that_follows():
    text = ('كشف مصدر أمني رفيع في اتصال هاتفي مع «البوصلة» أن مجموعة مسلحة طوقت المقر. وبيّن المصدر، الذي طلب '
            'حجب اسمه، أنه لم يعرف هوية المسلحين.')
    assert [[hop.name for hop in c.chain if hop.kind.value == "outlet"] for c in extract(text, catalog=CATALOG).claims] \
        == [["البوصلة"], ["البوصلة"]]


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        # told "الى" a quoted name, as Iraqi pages write it, then بأن or the quotation itself
        ('وأفاد مصدر أمني عراقي مسؤول الى "النهار العربي" بأن "الأجهزة الأمنية وضعت خطة".', "Annahar Al Arabi",
         "anonymous"),
        ('وافاد مصدر امنى عراقى مسؤول الى "النهار العربى" بان "الاجهزه الامنيه وضعت خطه".', "Annahar Al Arabi",
         "anonymous"),
        ('من جانبه، أكد العميد عباس حميد في حديث الى "النهار العربي" "وجود اختراقات محدودة".', "Annahar Al Arabi",
         "person"),
        ('من جانبه، أكد العميد عباس حميد فى حديث إلى «النهار العربي» "وجود اختراقات محدودة".', "Annahar Al Arabi",
         "person"),
        # a quoted name the catalog lacks is an outlet by that name all the same
        ('وأفاد مصدر أمني عراقي مسؤول الى "المسلة الجديدة" بأن "الأجهزة الأمنية وضعت خطة".', "المسلة الجديدة",
         "anonymous"),
    ],
)
def test_told_ila_a_quoted_name(text, name, speaker):
    chain = extract(text, catalog=CATALOG).claims[0].chain
    assert [(h.kind.value, h.name if h.kind.value == "outlet" else None) for h in chain] == \
        [("outlet", name), (speaker, None)]


def test_pointing_to_a_quoted_phrase_is_no_outlet():
    text = 'وأشار الوزير الى "الخطة الجديدة" بأنها ناجحة.'
    assert [h.kind.value for h in extract(text, catalog=CATALOG).claims[0].chain] == ["person"]
