"""Words said on a broadcaster, and an outlet told something under a bare name that is also an ordinary phrase:
the outlet is the outer hop; a day, the speaker's own account or a role's region is no outlet (issue 11, section 3)."""

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
        # "said on <broadcaster>": the broadcaster, then the speaker
        ("The foreign minister said on CNN that the talks had collapsed.", [["CNN", "person"]]),
        ("The senator said on Fox News on Sunday that the bill would pass.", [["Fox News", "person"]]),
        ("The senator said Sunday on Fox News that the bill would pass.", [["Fox News", "person"]]),
        # the state broadcaster of the story's country, as "told state television" already reads
        ("Libya's prime minister said on state television that the vote would be held in June.",
         [["Libyan state television", "person"]]),
        # "appeared on <broadcaster> and said"
        ("The senator appeared on Fox News and said the bill would pass.", [["Fox News", "person"]]),
        ("The senator appeared on Fox News on Sunday and said the bill would pass.", [["Fox News", "person"]]),
        ("The senator appeared on stage and said the bill would pass.", [["person"]]),
        # not outlets: a day, the speaker's own account, the sidelines, the speaker's own medium
        ("The foreign minister said on Sunday that the talks had collapsed.", [["person"]]),
        ("The foreign minister said on Twitter that the talks had collapsed.", [["person"]]),
        ("The foreign minister said on the sidelines of the summit that the talks had collapsed.", [["person"]]),
        ("The king said in a televised address that reforms would follow.", [["person"]]),
    ],
)
def test_english_said_on_a_broadcaster(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "عبر شاشة قناة X", "عبر أثير إذاعة X": the channel that carried the words
        ("قال وزير الخارجية عبر شاشة قناة الجزيرة إن المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        ("قال وزير الخارجيه عبر شاشه قناه الجزيره ان المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        ("قال وزير الخارجية عبر أثير إذاعة مونت كارلو إن المفاوضات انهارت.", [["Monte Carlo Doualiya", "person"]]),
        ("قال وزير الخارجية عبر اثير اذاعة مونت كارلو ان المفاوضات انهارت.", [["Monte Carlo Doualiya", "person"]]),
        # "في لقاء على قناة X", "خلال استضافته على قناة X"
        ("قال وزير الخارجية في لقاء على قناة الجزيرة إن المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        ("قال وزير الخارجيّة في لقاءٍ على قناة الجزيرة إنّ المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        ("قال وزير الخارجية خلال استضافته على قناة الجزيرة إن المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        ("قال وزير الخارجيه خلال استضافته علي قناه الجزيره ان المفاوضات انهارت.", [["Al Jazeera", "person"]]),
        # not outlets: his own account, the sidelines of a meeting
        ("قال وزير الخارجية عبر حسابه على منصة إكس إن المفاوضات انهارت.", [["person"]]),
        ("قال وزير الخارجية في لقاء على هامش القمة إن المفاوضات انهارت.", [["person"]]),
    ],
)
def test_arabic_said_on_a_channel(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paper told something under its bare name, unquoted, right after the speaker
        ("قال مسؤول أمني للشرق الأوسط إن الهجوم أحبط قبل ساعات.", [["Asharq Al-Awsat", "anonymous"]]),
        ("قال مسؤول امني للشرق الاوسط ان الهجوم احبط قبل ساعات.", [["Asharq Al-Awsat", "anonymous"]]),
        ("وأكدت مصادر أمنية أردنية للشرق الأوسط أن عدد المحاولات تضاعف.", [["Asharq Al-Awsat", "anonymous"]]),
        ("واكدت مصادر امنيه اردنيه للشرق الاوسط ان عدد المحاولات تضاعف.", [["Asharq Al-Awsat", "anonymous"]]),
        ("وقال وزير الخارجية السعودي للشرق الأوسط إن الحوار مستمر.", [["Asharq Al-Awsat", "person"]]),
        # an envoy, a coordinator or an adviser for the region is no one talking to the paper
        ("قال المبعوث الأمريكي للشرق الأوسط إن الهجوم أحبط قبل ساعات.", [["person"]]),
        ("قال المبعوث الامريكى للشرق الاوسط ان الهجوم احبط قبل ساعات.", [["person"]]),
        ("قال المبعوث الخاص للشرق الأوسط إن الهجوم أحبط قبل ساعات.", [["person"]]),
        ("قال وزير الدولة البريطاني للشرق الأوسط إن الهجوم أحبط قبل ساعات.", [["person"]]),
        ("قال مستشار الرئيس لشؤون الشرق الأوسط إن الهجوم أحبط قبل ساعات.", [["person"]]),
        # a one-word bare name unquoted is the world, the kingdom, the city ("العالم", "المملكة", "الرياض")
        ("قال الرئيس للعالم إن السلام ممكن.", [["person"]]),
        ("قال الوزير للمملكة إن السلام ممكن.", [["person"]]),
        ("قال الوزير للرياض إن السلام ممكن.", [["person"]]),
    ],
)
def test_bare_name_told_after_a_speaker(text, expected):
    assert chains(text) == expected
