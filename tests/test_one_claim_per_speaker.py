"""An Arabic sentence in which one source goes on with a second verb ("أكدت الوزارة أن …، وشددت على أن …") is one
claim of that source, not two; a second source in the same sentence keeps a claim of its own."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def attributed(text: str):
    return [c for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    "text",
    [
        "ونفى مصدر مسؤول في وزارة الخارجية لوكالة الأنباء السعودية ما تردد عن الزيارة، وشدد على أن الخبر عار عن "
        "الصحة تماما.",
        "ونفى مصدر مسؤول فى وزاره الخارجيه لوكاله الانباء السعوديه ما تردد عن الزياره، وشدد على ان الخبر عار عن "
        "الصحه تماما.",
        "وأكدت الأمانة العامة لجامعة الدول العربية أن الخريطة غير صحيحة، وأكدت أنه لا صلة لها بأي مؤسسة إعلامية.",
        "وأعلنت هيئة الإذاعة أنها ستحقق في الحادث، وأعلنت أنها لجأت إلى القضاء.",
    ],
)
def test_one_source_going_on_in_the_same_sentence_is_one_claim(text):
    found = attributed(text)
    assert len(found) == 1
    assert found[0].start == 0 and found[0].end >= len(text) - 1


def test_a_second_source_in_the_same_sentence_keeps_its_claim():
    text = "وقالت وزارة الداخلية إن الهجوم أسفر عن قتيلين، فيما قال مصدر طبي لوكالة رويترز إن عدد القتلى بلغ خمسة."
    assert len(attributed(text)) == 2
