"""Arabic denials and assurances with a verbal noun as object and no "أن" ("ونفى المصدر وجود أي مفاوضات"): the
source ends before the verbal noun; "ذات المصدر" ("the same source", as Maghreb pages write it) is unnamed."""

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
        ("ونفى المصدر وجود أي مفاوضات مع الحوثيين.", "anonymous", "المصدر"),
        ("ونفى المصدر وجود اى مفاوضات مع الحوثيين.", "anonymous", "المصدر"),
        ("ورجّح مصدر أمني وقوع هجوم جديد.", "anonymous", "مصدر أمني"),
        ("ونفى المتحدث باسم الجيش وجود أي قوات أجنبية.", "person", "المتحدث باسم الجيش"),
        ("نفت رئاسة الأركان العامة للجيش الكويتي صحة ما أشيع عن استخدام أراضي الكويت.", "organization",
         "رئاسة الأركان العامة للجيش الكويتي"),
        ("وأكدت إدارة المؤسسة عدم صحة هذه المراسلة جملة وتفصيلا.", "organization", "إدارة المؤسسة"),
        ("أكد مصدر يمني حدوث عملية إنزال على الشواطئ الجنوبية لعدن.", "anonymous", "مصدر يمني"),
    ],
)
def test_the_source_ends_before_the_verbal_noun(text, kind, surface):
    [chain] = hops(text)
    assert chain[-1][0] == kind and chain[-1][2] == surface


@pytest.mark.parametrize("same", ["ذات المصدر", "نفس المصدر", "ذات المصادر"])
def test_the_same_source_goes_on_in_the_sites_report(same):
    text = f"أكد مصدر حكومي لموقع هسبريس أن التعديل غير وارد. واستبعد {same} حصول أي تعديل قريبا."
    chains = hops(text)
    assert [(kind, name) for kind, name, _ in chains[1]][0] == ("outlet", "Hespress")
    assert chains[1][-1][0] == "anonymous" and chains[1][-1][2] == same


def test_an_anonymity_clause_is_not_cut_at_its_own_words():
    [chain] = hops('وقال المسؤول، الذي فضل عدم ذكر اسمه، إن "الجيش سيتعامل بحزم".')
    assert "ذكر اسمه" in chain[-1][2] or chain[-1][2] == "المسؤول"
