"""Where an Arabic source ends: an outlet the catalog lacks ends at a preposition ("قناة الجزائر الدولية على
موقعها …"), a denial's object starts at "أي" ("ونفى الوزير أي علاقة"), and "أي نفي رسمي" is a noun, no cue."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list]:
    return [c.chain for c in extract(text, catalog=CATALOG).claims if c.chain]


def test_an_unlisted_outlet_ends_at_a_preposition():
    found = chains("بثت قناة الجزائر الدولية على موقعها الالكترونى خريطة للعالم العربي مختلفة عن تلك المعتمدة.")
    assert [(h.kind.value, h.surface) for h in found[0]] == [("outlet", "قناة الجزائر الدولية")]


def test_a_clause_after_a_descriptor_proposes_no_outlet():
    found = chains("وكالة الأنباء ترد على أبواق المخزن وتطلب منهم النظر نحو القصر الملكي ويؤكد أن الانتخابات ستجرى.")
    assert all(h.proposed is None or len(h.proposed.name.split()) <= 3 for c in found for h in c)


def test_a_proposed_name_keeps_its_words():
    found = chains("وقال موقع نون بوست الإخباري المستقل إن الخطة فشلت.")
    hop = found[0][0]
    assert hop.kind.value == "outlet" and "نون بوست" in hop.surface


@pytest.mark.parametrize("verb, subject", [
    ("ونفى الوزير", "الوزير"),
    ("ونفت وزارة الخارجية", "وزارة الخارجية"),
    ("ونفى المتحدث باسم الجيش", "المتحدث باسم الجيش"),
])
def test_a_denial_object_starts_at_any(verb, subject):
    found = chains(f"{verb} أي علاقة له بالقضية التي أثيرت أمس.")
    assert found[0][-1].surface == subject


def test_abc_is_still_one_outlet():
    assert chains("وقالت شبكة أي بي سي نيوز إن الخطة فشلت.")[0][0].outlet == "ABC News"


@pytest.mark.parametrize("sentence", [
    "ولم يصدر وقتها أي نفي رسمي عن المملكة رغم الانتشار الواسع لهذه الأنباء.",
    "ولم يصدر عن الجزائر أو المغرب أي إعلان أو نفي رسمي لحضور العاهل أو غيابه.",
    "ومرت الأنباء دون نفي من الحكومة.",
])
def test_no_denial_is_no_source(sentence):
    assert chains(sentence) == []


@pytest.mark.parametrize("written, outlet", [
    ("وأفاد مصدر أمني عراقي الى \"النهار العربي\" بأن الخطة جاهزة.", "Annahar Al Arabi"),
    ("وقالت وكالة إيلكا للأنباء إن الخطة جاهزة.", "ILKHA"),
    ("أفادت صحيفة \"algerie part\" الناطقة بالفرنسية أن الرئيس يرفض.", "Algérie Part"),
    ("وقال موقع ناو ليبانون إن الخطة جاهزة.", "NOW Lebanon"),
    ("The source said, according to U.S. News, that the rockets came from Iraq.", "U.S. News & World Report"),
])
def test_regional_outlets_in_the_catalog(written, outlet):
    assert chains(written)[0][0].outlet == outlet


def test_during_it_is_no_speaker():
    found = chains("وذكرت الصحيفة أنها أجرت مقابلة مع أحد مقدمي البرامج، أكد خلالها صحة التسجيلات.")
    assert all("خلال" not in h.surface for c in found for h in c)
