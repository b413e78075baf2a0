"""Arabic words after a cue that open what is said, not who says it: a capital speaking before what it denies, "بين
ذلك" after the paper, "أكد حرصه" whose speaker is the one before."""

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
        "نفت الرياض الأنباء التي تحدثت عن زيارة مسؤول سعودي إلى تل أبيب.",
        "نفت الرياض الانباء التى تحدثت عن زياره مسؤول سعودى الى تل ابيب.",
        "ونفت القاهرة التقارير التي أشارت إلى إغلاق المعبر.",
    ],
)
def test_a_capital_then_what_it_denies_is_the_government(text):
    [chain] = hops(text)
    assert len(chain) == 1 and chain[0][0] == "organization" and chain[0][1].endswith("government")


@pytest.mark.parametrize(
    "text",
    [
        "ذكرت صحيفة يديعوت أحرونوت أن الشحنة وصلت إلى الميناء. وربطت الصحيفة بين ذلك وبين التدريبات الأخيرة.",
        "ذكرت صحيفه يديعوت احرونوت ان الشحنه وصلت الى الميناء. وربطت الصحيفه بين ذلك وبين التدريبات الاخيره.",
    ],
)
def test_the_paper_then_what_it_links_is_the_paper(text):
    assert hops(text)[1] == [("outlet", "Yedioth Ahronoth")]


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الخارجية عبدالله اليحيا لوكالة الأنباء الكويتية إن بلاده تتابع الأمر. كما أكد حرصه التام على "
        "سلامة المواطنين.",
        "قال وزير الخارجيه عبدالله اليحيى لوكاله الانباء الكويتيه ان بلاده تتابع الامر. كما اكد حرصه التام على "
        "سلامه المواطنين.",
        "قالت الوزيرة لوكالة الأنباء الكويتية إن الوزارة تتابع الأمر. وأكدت رفضها التام لأي تدخل.",
    ],
)
def test_affirming_ones_keenness_is_the_speaker_before(text):
    first, second = hops(text)
    assert second == first and second[0] == ("outlet", "KUNA")


def test_this_official_is_still_a_source():
    text = "نقلت رويترز عن مسؤول حكومي أن الاتفاق جاهز. وتابع هذا المسؤول أن التوقيع قريب."
    assert [kind for kind, _ in hops(text)[1]] == ["outlet", "anonymous"]
