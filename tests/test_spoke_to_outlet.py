"""Arabic "مسؤول، تحدث لرويترز شريطة عدم نشر اسمه، قال": the outlet the source spoke to is the outer hop, in
either word order, and "تحدث" is no part of the source's name."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("spoke, outlet", [
    ("، تحدث لرويترز شريطة عدم نشر اسمه،", "Reuters"),
    ("، تحدّث لرويترز شريطة عدم نشر اسمه،", "Reuters"),
    (" متحدثا لوكالة فرانس برس", "AFP"),
    ("، متحدثاً لوكالة فرانس برس،", "AFP"),
])
def test_verb_first_spoke_to(spoke, outlet):
    chains = hops(f"وقال مسؤول أمريكي{spoke} إن الخطة فشلت.")
    assert chains == [[("outlet", outlet), ("anonymous", chains[0][1][1])]]
    assert "تحدث" not in chains[0][1][1]


@pytest.mark.parametrize("after", ["شريطة عدم كشف هويته", "بشرط عدم ذكر اسمه"])
def test_subject_first_spoke_to_the_same_paper(after):
    chains = hops("وكانت صحيفة \"واشنطن بوست\" الأمريكية قد كشفت أمس عن الخطة. لكن مسؤولا في الحكومة الأمريكية، "
                  f"تحدث للصحيفة ذاتها {after}، قال: \"لسنا على علم بأي تنفيذ\".")
    assert chains[1] == [("outlet", "The Washington Post"), ("anonymous", chains[1][1][1])]


def test_spoke_without_an_outlet_adds_no_hop():
    chains = hops("وقال مسؤول، تحدث شريطة عدم الكشف عن هويته، إن الخطة فشلت.")
    assert [kind for kind, _ in chains[0]] == ["anonymous"]


@pytest.mark.parametrize("subject, outlet", [
    ("لكن مسؤولا أمريكيا", "Reuters"),
    ("ومصدر حكومي", "AFP"),
])
def test_subject_first_spoke_to_then_comma(subject, outlet):
    spoke = "لرويترز" if outlet == "Reuters" else "لوكالة فرانس برس"
    claims = [c for c in extract(f"{subject}، تحدث {spoke}، قال إن الخطة فشلت.", catalog=CATALOG).claims if c.chain]
    assert [(h.kind.value, h.outlet) for h in claims[0].chain] == [("outlet", outlet), ("anonymous", None)]
    assert subject.split()[-1] in claims[0].text  # the claim holds its speaker, not only "قال إن …"
