"""A source speaking in an interview or on a programme of an outlet: the outlet is the outer hop, and the same
speaker's next sentences stay under it (issue 11, constructions seen in train6)."""

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
        # a possessive interview noun: "خلال حديثه مع", "خلال مقابلتها مع", "في حوارها مع"
        ("قال وزير الداخلية الفرنسي جيرالد دارمانان، خلال حديثه مع قناة «فرانس 2» مساء الأحد، إن الحدود ستبقى مفتوحة.",
         [["France Télévisions", "person"]]),
        ("قال وزير الداخليه الفرنسي جيرالد دارمانان، خلال حديثه مع قناه “فرانس 2” مساء الاحد، ان الحدود ستبقى مفتوحه.",
         [["France Télévisions", "person"]]),
        ("أكدت الوزيرة كاترين فوتران، خلال مقابلتها مع إذاعة \"أوروبا 1\"، أن الميزانية لن تمس.",
         [["Europe 1", "person"]]),
        ("اكدت الوزيره كاترين فوتران، خلال مقابلتها مع اذاعه \"اوروبا 1\"، ان الميزانيه لن تمس.",
         [["Europe 1", "person"]]),
        # the following sentences by the same speaker stay in the interview
        ("قال رئيس الوزراء ميشال بارنييه، خلال حواره مع قناة «فرانس 2»، إن الحكومة باقية. وأشار إلى أن "
         "الإصلاح سيتم على مراحل. ولفت إلى أن المعارضة منقسمة.",
         [["France Télévisions", "person"]] * 3),
        ("قال رئيس الوزراء ميشال بارنييه، خلال حواره مع قناة «فرانس 2»، إن الحكومة باقية. وأشار إلى أن "
         "الإصلاح سيتم على مراحل. وقالت زعيمة المعارضة مارين لوبان إن الحكومة ستسقط.",
         [["France Télévisions", "person"], ["France Télévisions", "person"], ["person"]]),
        # a host between the interview and the channel that airs it
        ("وأضاف المفاوض الفلسطيني نبيل شعث، خلال حواره مع الإعلامي عمرو أديب على فضائية الحياة المصرية، أن "
         "المفاوضات متوقفة.",
         [["Al-Hayah TV", "person"]]),
        ("واضاف المفاوض الفلسطيني نبيل شعث، خلال حواره مع الاعلامي عمرو اديب على فضائيه الحياة المصريه، ان "
         "المفاوضات متوقفة.",
         [["Al-Hayah TV", "person"]]),
        # a programme is not an outlet: the channel that airs it is
        ("وأوضح وزير الاقتصاد الفرنسي، الذي استضافه برنامج \"لوكران رونديفو\" الذي تبثه قنوات \"أوروبا 1\"، "
         "أن النمو سيتباطأ.",
         [["Europe 1", "person"]]),
        # a quotation after the comma opens the statement, however long the sentence
        ("وقال رئيس الحكومة غابريال أتال، لقناة \"بي اف ام تي في\" التلفزيونية، \"لا يوجد اليوم أي دليل على "
         "تورط جهة أجنبية في هذه الحرائق التي اندلعت في ثلاث مدن من الجنوب خلال الأسبوع الماضي\".",
         [["BFM TV", "person"]]),
        ("وقال رئيس الحكومه غابريال اتال، لقناه «بي إف إم تي في» التلفزيونيه، «لا يوجد اليوم اي دليل على "
         "تورط جهه اجنبيه في هذه الحرائق التي اندلعت في ثلاث مدن من الجنوب خلال الاسبوع الماضي».",
         [["BFM TV", "person"]]),
        # كرر as a cue: "وكرر الوزير، في مقابلة مع صحيفة X، أن …"
        ("وكرر وزير الخارجية الفرنسي ستيفان سيجورنيه، في مقابلة مع صحيفة \"لوباريزيان\" نشرت أمس، أن "
         "\"الحل يمر عبر التفاوض\".",
         [["Le Parisien", "person"]]),
        # "وتابع "…"": a long quotation at once after the cue is the words, the speaker goes on in the interview
        ("قال الوزير ستيفان سيجورنيه، في مقابلة مع صحيفة \"لوباريزيان\"، إن الحل سياسي. وتابع \"عبر قنوات "
         "عديدة، سياسية ودبلوماسية، نواصل دعم الحوار\".",
         [["Le Parisien", "person"], ["Le Parisien", "person"]]),
        ("قال الوزير ستيفان سيجورنيه، في مقابله مع صحيفه «لوباريزيان»، ان الحل سياسي. وتابع «عبر قنوات "
         "عديده، سياسيه ودبلوماسيه، نواصل دعم الحوار».",
         [["Le Parisien", "person"], ["Le Parisien", "person"]]),
        # English: said during an interview with X, stated in interview with X, said, speaking to X
        ("\"We will not comment on rumours,\" the minister said during an interview with CNBC which was aired on Monday.",
         [["CNBC", "person"]]),
        ("The spokesperson Nasser Kanaani stated in interview with IRNA that the visit would go ahead.",
         [["IRNA", "person"]]),
        ("The ambassador said, speaking to Al Arabiya, that the embassy would reopen.",
         [["Al Arabiya", "person"]]),
        # the same speaker again, his name spelt another way, stays in the interview
        ("\"We cannot comment on rumours,\" Foreign Minister Adel Al-Jubeir said during an interview with CNBC. "
         "\"Iran is the main sponsor of terror in the region,\" Al-Jubair said.",
         [["CNBC", "person"], ["CNBC", "person"]]),
    ],
)
def test_the_outlet_of_an_interview_is_the_outer_hop(text, expected):
    assert chains(text) == expected
