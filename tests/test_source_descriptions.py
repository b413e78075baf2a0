"""Who speaks, not how the page describes them: descriptions set off by commas, the medium, misspellings (issue 11)."""

import pytest

from tests.test_extraction_constructions import CATALOG, chains
from workbench.extraction.extractor import extract


def speakers(text: str) -> list[list[tuple[str, str]]]:
    """Each attributed claim's chain as (kind, catalog outlet or name or words)."""
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "المعروف بـ…", "الملقب بـ…", "الذي …" between commas describe the speaker; his name stays his name.
        ("وقال تماري، المعروف بانتقاده لنتنياهو وحكومته اليمينية، إن الحكومة لا تريد صفقة.", [[("person", "تماري")]]),
        ("وقال خالد الزعبي، الملقب بأبي سليم، إن القرية حوصرت ثلاثة أيام.", [[("person", "خالد الزعبي")]]),
        ("وقالت هدى البكري، التى تدير الجمعيه منذ عامين، ان التبرعات تراجعت.", [[("person", "هدى البكري")]]),
        # English: "the Saudi ambassador to Egypt" is an office, not someone named Egypt.
        ("The Saudi ambassador to Egypt has denied reports that the Kingdom funds Salafi groups.",
         [[("person", "The Saudi ambassador to Egypt")]]),
        ("The Saudi ambassador to Egypt, Ahmed Kattan, denied the reports.", [[("person", "Ahmed Kattan")]]),
    ],
)
def test_a_description_is_not_the_speakers_name(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "عبر مقال لها": the paper's own article, not a second source.
        ("تقول صحيفة “هآرتس” الإسرائيلية، عبر مقال لها، إن القناة تعمل بديلا عن الأصوات الرسمية.", [["Haaretz"]]),
        # صحفية (journalist) written for صحيفة (paper) before the paper's name, with shadda and hamza variants.
        ("تقول صحفية “هآرتس” الإسرائيليّة، عبر مقال لها، إنّ القناة تعمل بديلا عن الأصوات الرسمية.", [["Haaretz"]]),
        ("وقالت صحفيه هارتس ان القناة تعمل بديلا عن الاصوات الرسمية.", [["Haaretz"]]),
        # A journalist of the paper named by her own name stays a person after her paper.
        ("وقالت الصحفية في هآرتس عميرة هاس إن الحصار مستمر.", [["Haaretz", "person"]]),
    ],
)
def test_the_papers_own_article_and_its_misspelt_name(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone first named inside the paper's report, then quoted: he speaks in that report.
        ("قالت صحيفة “هآرتس” إن الهيئة فتحت تحقيقا. وأوضحت الصحيفة أن القرار جاء بعد تعليق أدلى به المحلل جيل "
         "تماري في النشرة الصباحية. وقال تماري، المعروف بانتقاده للحكومة، “قلت منذ شهر إن الصفقة لن تتم”.",
         [["Haaretz"], ["Haaretz"], ["Haaretz", "person"]]),
        # Tatweel, ى for ي.
        ("ذكرت وكالة رويترز أن الخبير الاقتصادى سامر الحلبي استـقال من منصبه. وقال الحلبى إن الموازنة لن تصمد.",
         [["Reuters"], ["Reuters", "person"]]),
        # English reports are left as they were: PolNeAR's outlets' own pages name themselves this way.
        ("The Guardian reported that analyst John Barrow had warned the ministry of a shortfall. Barrow said the cuts "
         "would hurt hospitals first.",
         [["The Guardian"], ["person"]]),
        # What he had said before ("وكان … قد أعلن") is out of the report.
        ("ذكرت صحيفة الشرق الأوسط أن النائب قاسم الفهداوي يستعد للترشح. وكان الفهداوي قد اعلن في مقابلة متلفزة "
         "الشهر الماضي أنه سيخوض الانتخابات.",
         [["Asharq Al-Awsat"], ["person"]]),
    ],
)
def test_someone_named_in_a_report_speaks_in_it(text, expected):
    assert chains(text) == expected
