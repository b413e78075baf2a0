"""A paper's bare name that papers of several countries share is read as the one of the country the story names
most among theirs, not of the country it names most of all ("الجمهورية" in a Lebanese story about Kuwait)."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def outlets(text: str) -> list[list[str]]:
    return [[hop.outlet for hop in claim.chain if hop.outlet] for claim in extract(text, catalog=CATALOG).claims]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a Lebanese site on aid from Kuwait: Kuwait named most, Lebanon more than Egypt
        ('علمت "الجمهورية" أن المساعي مع الكويت لم تنجح بعد. وقالت مصادر ديبلوماسية تتابع الملف الكويتي '
         'لـ"الجمهورية" إن الكويت لم تعد بأي ودائع لمصلحة لبنان.', "Al-Joumhouria"),
        ('علمت "الجمهوريه" ان المساعى مع الكويت لم تنجح بعد. وقالت مصادر ديبلوماسيه تتابع الملف الكويتى '
         'لـ"الجمهوريه" ان الكويت لم تعد باى ودائع لمصلحه لبنان.', "Al-Joumhouria"),
        # the same paper's name in a Cairo story
        ('ذكرت جريدة "الجمهورية" أن وزارة التموين في القاهرة ستطرح السلع بأسعار مخفضة.', "Al-Gomhuria"),
        # a Jordanian story naming Israel more than Jordan: Al-Rai of Jordan, not of Kuwait or a Palestinian agency
        ('قالت مصادر حكومية لـ"الرأي" إن الحكومة الأردنية ستقدم الموازنة قبل زيارة الوفد الإسرائيلي '
         'والوفد الإسرائيلي الثاني.', "Al-Rai (Jordan)"),
        ('قالت مصادر حكوميه لـ«الراي» ان الحكومه الاردنيه ستقدم الموازنه قبل زياره الوفد الاسرائيلى '
         'والوفد الاسرائيلى الثانى.', "Al-Rai (Jordan)"),
        # Egypt named once among Israeli names: Al-Akhbar of Egypt
        ('ذكرت صحيفة "الأخبار" أن الوفد المصري وصل إلى تل أبيب، وأن الوفد الإسرائيلي سيزور إسرائيل ثانية.',
         "Al-Akhbar (Egypt)"),
    ],
)
def test_a_shared_bare_name_is_the_paper_of_the_country_named_most_among_theirs(text, outlet):
    assert outlets(text)[0] == [outlet]


@pytest.mark.parametrize(
    "text",
    [
        # Kuwait and Jordan named once each: neither paper is guessed
        'وقالت مصادر حكومية لـ"الرأي" إن الكويت والأردن اتفقا على خط الغاز.',
        'وقالت مصادر حكوميه لـ"الراى" ان الكويت والاردن اتفقا على خط الغاز.',
    ],
)
def test_a_shared_bare_name_of_countries_named_equally_is_no_guess(text):
    assert not {"Al-Rai (Jordan)", "Al-Rai (Kuwait)"} & set(outlets(text)[0])
