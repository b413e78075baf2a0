"""An Arabic headline with a country before its present-tense verb ("مصر تؤكد أن المعبر مفتوح", "السعودية تزعم …"):
the country's government speaks; a country inside what is reported ("إن طهران قد تقلص تعاونها") is no inner hop."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    "text",
    ["مصر تؤكد أن المعبر مفتوح أمام المساعدات", "العراق يؤكد أن أراضيه لن تستخدم منطلقا لهجمات",
     'السعودية تزعم مواجهة "خطر إيراني وشيك"', "السعوديه تزعم مواجهه خطر ايراني وشيك"],
)
def test_the_country_before_the_verb_speaks(text):
    [chain] = hops(text)
    assert len(chain) == 1 and chain[0][0] == "organization" and chain[0][1].endswith("government")


def test_a_country_inside_the_report_is_no_inner_hop():
    [chain] = hops("قال مسؤولان إيرانيان لرويترز إن طهران قد تقلص تعاونها مع الوكالة الدولية إذا أعلن المجلس فرض عقوبات.")
    assert [kind for kind, _ in chain] == ["outlet", "anonymous"]
