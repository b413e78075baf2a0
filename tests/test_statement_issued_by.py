"""Arabic "بيان صادر عن الجيش" ("a statement issued by the army"): the body that issued the statement is the source,
after a nominal cue or "جاء في"; "أعلن الجيش عن مقتل …" still ends the source at "عن"."""

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
        ("ووفقاً لبيان صادر عن الجيش، فإن القوات تقدمت.", "الجيش"),
        ("ووفقا لبيان صادر عن الجيش، فان القوات تقدمت.", "الجيش"),
        ("وبحسب تقرير صادر عن وزارة الصحة، فإن عدد الإصابات ارتفع.", "وزارة الصحة"),
        ("وجاء في بيان رسمي صادر عن الرئاسة أن الزيارة ناجحة.", "الرئاسة"),
        ("وأعلن الجيش عن مقتل خمسة مسلحين.", "الجيش"),
    ],
)
def test_the_body_that_issued_it_is_the_source(text, surface):
    [chain] = hops(text)
    assert chain == [("organization", chain[0][1], surface)]
