"""Arabic "وقال المركز، في تقرير نشره أمس، إن": the piece the source spoke in (a report, an article, a bulletin, a
memo) ends its name, and "نشره أمس" says when, not where; a piece published in an outlet still names it."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وقال المركز، في تقرير نشره أمس، إن موجة حر قادمة.", "المركز"),
        ("وقال المركز، فى تقرير نشره امس، ان موجه حر قادمه.", "المركز"),
        ("وحذر المركز، في تقرير نشره أمس، من موجة حر.", "المركز"),
        ("وكان المركز الوطني للأرصاد الجوية قد حذر، في نشرة أصدرها الخميس، من أمطار غزيرة.",
         "المركز الوطني للأرصاد الجوية"),
        ("وتوقع بنك «غولدمان ساكس» في مذكرة بحثية أن يبلغ سعر خام برنت 85 دولارا.", "بنك «غولدمان ساكس»"),
    ],
)
def test_the_piece_is_no_part_of_the_source(text, surface):
    [chain] = hops(text)
    assert len(chain) == 1 and chain[0][2] == surface


def test_a_piece_published_in_an_outlet_keeps_the_outlet():
    [chain] = hops("وقال المحلل في مقال نشره في صحيفة الشرق الأوسط إن الحرب طويلة.")
    assert ("Asharq Al-Awsat" in [name for _, name, _ in chain])


def test_a_quoting_verb_reads_on_to_whom_it_quotes():
    [chain] = hops("ونقلت صحيفة الشرق الأوسط في تقرير لها عن مسؤول أمني أن الحدود مغلقة.")
    assert [kind for kind, _, _ in chain] == ["outlet", "anonymous"]
