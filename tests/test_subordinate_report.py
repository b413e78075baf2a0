"""An Arabic report inside a time clause ("وجاء البيان بعد أن نقل موقع أكسيوس عن مصدر أن …"): the clause after the
subordinator is verb-first, so its outlet and source follow the verb, not the words before it."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('وجاء البيان بعد أن نقل موقع "أكسيوس" الإخباري الأميركي عن مصدر في الاستخبارات الإسرائيلية أن الهجوم وشيك.',
         ("outlet", "Axios")),
        ('وجاء البيان بعد ان نقل موقع "اكسيوس" الاخباري الامريكى عن مصدر فى الاستخبارات ان الهجوم وشيك.',
         ("outlet", "Axios")),
        ("وتراجعت الأسعار بعدما أعلنت أوبك أن الإنتاج سيرتفع.", ("organization", "OPEC")),
        ("وارتفع التوتر عقب ذكرت وكالة رويترز أن المحادثات توقفت.", ("outlet", "Reuters")),
    ],
)
def test_the_source_follows_the_verb_after_the_subordinator(text, first):
    [chain] = hops(text)
    assert chain[0] == first
