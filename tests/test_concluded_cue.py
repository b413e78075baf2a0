"""Arabic "خلص إلى أن" ("concluded that") reports what a body found, also inside a report; intelligence services
("المخابرات", "الاستخبارات") open the name of a body. "وخلص الاجتماع دون نتائج" reports nothing."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    "text",
    [
        "وخلصت لجنة التحقيق إلى أن الحادث عرضي.",
        "وخلصت لجنه التحقيق الى ان الحادث عرضى.",
        "وخلص التقرير الأممي إلى أن الهجمات متعمدة.",
    ],
)
def test_concluded_that_is_a_cue(text):
    [chain] = hops(text)
    assert len(chain) == 1 and "إلى" not in chain[0][1] and "الى" not in chain[0][1]


def test_a_conclusion_inside_a_report_is_its_inner_hop():
    [chain] = hops("وقالت شبكة سي إن إن إن المخابرات المركزية الأمريكية خلصت إلى أن طائرة إسرائيلية قصفت الموقع.")
    assert chain[0] == ("outlet", "CNN") and chain[1][0] == "organization"


@pytest.mark.parametrize("text", ["وخلص الاجتماع دون نتائج.", "وخلصت الجلسة بعد ساعتين من النقاش."])
def test_ended_is_no_cue(text):
    assert hops(text) == []
