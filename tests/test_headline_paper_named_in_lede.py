"""A headline whose source is a paper by description only ("صحيفة: …", "صحيفة دولية : …"): the paper its lede names
next, even where the catalog files that outlet under another medium."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("صحيفة: استخبارات غربية ترصد معلومات خطيرة تهدد صنعاء\nكشفت صحيفة الأمناء اليمنية أن أجهزة استخبارات "
         "غربية رصدت معلومات خطيرة.", "Al-Omanaa"),
        ("صحيفه: استخبارات غربيه ترصد معلومات خطيره تهدد صنعاء\nكشفت صحيفه الامناء اليمنيه ان اجهزه استخبارات "
         "غربيه رصدت معلومات خطيره.", "Al-Omanaa"),
        ("صحيفة دولية : مصدر يمني رفيع يؤكد إنزالا على ساحل عدن\nأكدت صحيفة القدس العربي أن مصدرا يمنيا رفيعا أكد "
         "الإنزال.", "Al-Quds Al-Arabi"),
    ],
)
def test_the_headlines_paper_is_the_one_the_lede_names(text, outlet):
    assert hops(text)[0][0] == ("outlet", outlet)


def test_a_paper_in_passing_is_not_named_from_the_next_line():
    chains = hops("وقالت صحيفة إن الحدود مغلقة.\nونقلت صحيفة الأمناء عن مصدر أن المعبر مفتوح.")
    assert chains[0][0][1] != "Al-Omanaa"
