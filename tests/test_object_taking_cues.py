"""Arabic verbs that report only with their object ("وتبنت جماعة الحوثي المسؤولية", "واختتم المصدر تصريحه بـ",
"وتداولت وسائل إعلام أنباء عن"), whose subject ends before that object; the same verbs with other objects
("تبنت الحكومة خطة", "اختتم الوزير زيارته", "تداولت الأسهم") report nothing."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "kind", "surface"),
    [
        ('وتبنت جماعة "الحوثي" اليمنية المسؤولية عن الهجوم.', "organization", 'جماعة "الحوثي" اليمنية'),
        ("وتبنى تنظيم داعش مسؤولية التفجير.", "organization", "تنظيم داعش"),
        ("واختتم المصدر تصريحه بمطالبة وسائل الإعلام بتحري الدقة.", "anonymous", "المصدر"),
        ("وتداولت وسائل إعلام إسرائيلية أنباء عن زيارة سرية.", "anonymous", "وسائل إعلام إسرائيلية"),
        ("وتداولت وسائل اعلام اسرائيليه انباء عن زياره سريه.", "anonymous", "وسائل اعلام اسرائيليه"),
    ],
)
def test_the_verb_reports_and_its_subject_ends_before_the_object(text, kind, surface):
    [chain] = hops(text)
    assert chain[-1][0] == kind and chain[-1][2] == surface


@pytest.mark.parametrize(
    "text",
    ["وتبنت الحكومة خطة جديدة للإصلاح.", "واختتم الوزير زيارته إلى القاهرة.", "وتداولت الأسهم في نطاق ضيق."],
)
def test_with_another_object_they_report_nothing(text):
    assert hops(text) == []


def test_an_agency_named_with_anbaa_keeps_its_name():
    [chain] = hops("ونفت وكالة أنباء الإمارات وام صحة التقارير.")
    assert chain == [("outlet", "WAM", chain[0][2])]


@pytest.mark.parametrize(
    "text",
    ["وكانت مصادر قد ربطت بين جولة وزير الداخلية واتصالات تجريها طهران مع الكويت.",
     "وكانت مصادر قد ربطت بين جوله وزير الداخليه واتصالات تجريها طهران مع الكويت."],
)
def test_sources_linking_two_things_report(text):
    [chain] = hops(text)
    assert chain[-1][0] == "anonymous"


def test_between_inside_a_report_is_no_verb():
    [chain] = hops('وذكر موقع "أكسيوس" أن إدارة بايدن تتوسط بهدوء بين السعودية وإسرائيل في مفاوضات قد تشكل، '
                   "إن نجحت، خطوة أولى على طريق التطبيع.")
    assert chain == [("outlet", "Axios", chain[0][2])]
