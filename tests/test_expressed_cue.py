"""Arabic "عبّر عن" ("expressed") opening its clause reports its subject's stance, with the outlet it was told to;
the preposition "عبر" ("via", "across") reports nothing."""

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
        "وعبّر المومني في تصريحات لوكالة الأنباء الأردنية (بترا) مساء اليوم عن تضامن المملكة مع قطر.",
        "وعبر المومنى فى تصريحات لوكالة الانباء الاردنية ( بترا ) عن تضامن المملكه مع قطر.",
        "وعبّـر المومني في تصريحات لوكالة الأنباء الأردنية عن تضامن المملكة مع قطر.",
    ],
)
def test_expressed_to_an_agency_is_the_agency_then_the_speaker(text):
    [[outlet, speaker]] = hops(text)
    assert outlet == ("outlet", "Petra News Agency") and speaker[0] == "person" and speaker[1].startswith("المومن")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وعبّر الوزير عن قلقه من التصعيد في المنطقة.", "person"),
        ("وعبرت الخارجية المصرية في بيان عن رفضها للهجوم.", "organization"),
    ],
)
def test_expressed_opening_the_sentence_is_a_cue(text, kind):
    [chain] = hops(text)
    assert chain[0][0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "وعبر الحدود عن طريق البحر وصل آلاف المهاجرين.",
        "تقول صحيفة هآرتس الإسرائيلية، عبر مقال لها، إن القناة تعمل بديلا عن الأصوات الأخرى.",
    ],
)
def test_via_or_across_is_no_cue(text):
    assert all(chain[0][1] not in ("الحدود", "مقال") for chain in hops(text))
