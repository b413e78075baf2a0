"""An Arabic headline "SOURCE: X أكد أن …" whose statement opens with a source of its own speaking: the headline's
source, then whom it reports; a statement with no speaker of its own keeps one hop."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("سيناتور أمريكي: مسؤولون أكدوا أن الشحنة المضبوطة في البحر الأحمر كانت متجهة لليمن", ["person", "anonymous"]),
        ("سيناتور أمريكى: مسئولون أكدوا أن الشحنة المضبوطة فى البحر الأحمر كانت متجهة لليمن", ["person", "anonymous"]),
        ("التايمز: مصادر حكومية أكدت أن بريطانيا سترسل سفينة ثالثة إلى الخليج", ["outlet", "anonymous"]),
    ],
)
def test_the_headlines_source_then_whom_it_reports(text, kinds):
    [chain] = hops(text)
    assert [kind for kind, _ in chain] == kinds


@pytest.mark.parametrize(
    "text",
    ["مسؤول أمريكي: طهران تنقل أجهزة طرد مركزي إلى موقع جبلي جديد",
     "التايمز: بريطانيا سترسل سفينة ثالثة إلى الخليج"],
)
def test_a_statement_with_no_speaker_keeps_one_hop(text):
    [chain] = hops(text)
    assert len(chain) == 1
