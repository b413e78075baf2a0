"""Outlets a sentence names without making them its subject, in Arabic and English: what an outlet saw or
published ("Messages seen by the Guardian"), who carried another's words ("quoted by Mehr"), an outlet's reporter
named by role ("ونقل المراسل"), and outlets named by a descriptor only ("the American news site")."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[str]]:
    """Each attributed claim's chain, outermost first: catalog outlets by name, other sources by kind."""
    return [[h.outlet or h.kind.value for h in c.chain] for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Messages seen by the Guardian show that Treasury officials warned last month that the bill would cost more.",
         [["The Guardian", "anonymous"]]),
        ("In a letter reported by Channel 4 News, the singer said through a lawyer that the claims were false.",
         [["Channel 4 News", "anonymous"]]),
        # the outlet that carried another's words stands for it; "he added" goes on in that chain
        ("According to Sepehr News, quoted by Mehr News Agency, the spokesman said the depot held no weapons. "
         "He added that the fire was an accident.",
         [["Mehr", "person"], ["Mehr", "person"]]),
        # the letter's outlet, not the one the sentence before was told to
        ('قال مصدر دبلوماسي لوكالة فرانس برس إن الوسيط نقل رسالة. وكانت العائلة قد ناشدت في رسالة مفتوحة نشرتها '
         'صحيفة "لو باريزيان" الرئيس عدم نسيان ابنها.',
         [["AFP", "anonymous"], ["Le Parisien"]]),
        ("قال مصدر دبلوماسي لوكالة فرانس برس إن الوسيط نقل رسالة. وكانت العائلة قد ناشدت فى رساله مفتوحه نشرتها "
         "صحيفه «لو باريزيان» الرئيس عدم نسيان ابنها.",
         [["AFP", "anonymous"], ["Le Parisien"]]),
        ("وقال مسؤولون، في وثائق اطلعت عليها صحيفة الغارديان، إن الكلفة ستتضاعف.",
         [["The Guardian", "anonymous"]]),
        ("وقال مسؤولون، في وثائق اطّلعت عليها صحيفة الغارديـان، إن الكلفة ستتضاعف.",
         [["The Guardian", "anonymous"]]),
    ],
)
def test_an_outlet_that_saw_published_or_carried_the_words_is_outermost(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أما صحيفة الغارديان فنشرت تقريرا لمراسلها في أثينا. ونقل المراسل عن ضابط في خفر السواحل قوله إن الطريق "
         "أصبح أخطر.",
         [["The Guardian", "person"], ["The Guardian", "person", "person"]]),
        ("نشرت صحيفة الشرق الأوسط تقريرا كتبه مراسلها من بغداد. وأضاف المـراسل أن المصادر التي تحدثت للصحيفة أكدت "
         "وجود خطة بديلة.",
         [["Asharq Al-Awsat"], ["Asharq Al-Awsat", "person", "anonymous"]]),
        ('جاء في صحيفة "يسرائيل هيوم" مقال عن المدارس في القدس. وزعم كاتب المقال، يوني شاحر، أن الوزارة تغض الطرف '
         "عن المخالفات.",
         [["Israel Hayom"], ["Israel Hayom", "person"]]),
        ("The Guardian sent a reporter to Athens. The correspondent quoted a coastguard officer as saying the route "
         "was deadlier.",
         [["The Guardian", "person", "person"]]),
        ("The Telegraph ran a piece on the war. The article's author, Andrew Fielding, argued that London had tools "
         "it had not used.",
         [["The Telegraph", "person"]]),
    ],
)
def test_a_reporter_named_by_role_speaks_for_the_outlet_reporting(text, expected):
    assert chains(text) == expected
