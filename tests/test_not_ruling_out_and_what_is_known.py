"""Arabic: not ruling out is saying it may be ("ولم يستبعد مصدرنا أن"), the site's own source ("مصدرنا"), news passed
round ("تناقلت وسائل إعلام أنباء"), and "بحسب ما توفر من معلومات" (what is known) naming nobody unless an outlet
obtained it ("معلومات حصلت عليها صحيفة الشرق الأوسط")."""

import pytest

from tests.extraction_helpers import chains


@pytest.mark.parametrize("text, speaker", [
    ("ولم يستبعد مصدرنا أن تقف أطراف بعينها وراء تسريب هذه النسخ.", ("anonymous", "مصدرنا")),
    ("ولم تستبعد الصحيفة أن يكون الهجوم مدبرا.", ("outlet", "الصحيفة")),
    ("ولا يستبعد المراقبون أن تتأخر الانتخابات.", ("anonymous", "المراقبون")),
    ("ولم يستبعد الوزير أن تتأخر الانتخابات.", ("person", "الوزير")),
])
def test_not_ruling_out_is_a_cue(text, speaker):
    assert chains(text) == [[speaker]]


@pytest.mark.parametrize("text", ["وقالت مصادرنا إن الاتفاق قريب.", "وأكد مصدرنا أن الاتفاق قريب."])
def test_our_source_is_unnamed(text):
    assert [k for k, _ in chains(text)[0]] == ["anonymous"]


@pytest.mark.parametrize("text", [
    "تناقلت وسائل اعلام أنباء صحافية عن انفجار سيارة مفخخة.",  # اعلام without hamza
    "وتناقلت وسائل إعلام محلية أنباء عن انفجار سيارة مفخخة.",
    "وتداولت وسائل إعلام أنباء عن انفجار سيارة مفخخة.",
])
def test_news_passed_round_by_the_media(text):
    assert [k for k, _ in chains(text)[0]] == ["anonymous"]


def test_a_custom_passed_down_is_no_report():
    assert chains("وتناقلت الأجيال هذه العادة جيلا بعد جيل.") in ([], [[]])


@pytest.mark.parametrize("text", [
    "وبحسب ما توفر من معلومات، كان الانتحاريون يخططون للوصول إلى المربع الأمني.",
    "وبحسب ما رشح من معلومات فإن الاتفاق قريب.",
    "وبحسب المعلومات فإن الاتفاق قريب.",
    "وحسب ما تيسر من معطيات فإن الاتفاق قريب.",
])
def test_what_is_known_is_nobodys_report(text):
    assert all(chain == [] for chain in chains(text))


@pytest.mark.parametrize("text", [
    "وبحسب معلومات حصلت عليها صحيفة الشرق الأوسط فإن الاتفاق قريب.",
    "ووفق معلومات حصلت عليها «الشرق الأوسط»، فإن الاتفاق قريب.",
])
def test_information_an_outlet_obtained_is_its_report(text):
    assert chains(text) == [[("outlet", "Asharq Al-Awsat")]]
