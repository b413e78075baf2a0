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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('بيروت - نشرت صحيفة "الأخبار" في عددها اليوم مقالا عن مرفأ طرابلس في لبنان. وكانت الصحيفة قد ذكرت أن '
         "العرض الفائز يتجاوز الكلفة.",
         [["Al-Akhbar (Lebanon)"], ["Al-Akhbar (Lebanon)"]]),
        ('القاهرة - ذكرت صحيفة "الأخبار" أن الحكومة المصرية سترفع سعر الخبز في مصر. ونقلت الصحيفة عن مصادر في '
         "وزارة التموين أن القرار نهائي.",
         [["Al-Akhbar (Egypt)"], ["Al-Akhbar (Egypt)", "anonymous"]]),
        ("القاهره - ذكرت صحيفه «الاخبار» ان الحكومه المصريه سترفع سعر الخبز فى مصر.",
         [["Al-Akhbar (Egypt)"]]),
        ("CAIRO - The Egyptian newspaper Al-Akhbar reported that the government in Egypt would raise bread prices.",
         [["Al-Akhbar (Egypt)"]]),
        ("BEIRUT - Al-Akhbar newspaper reported that the port tender in Lebanon was rigged.",
         [["Al-Akhbar (Lebanon)"]]),
    ],
)
def test_a_name_outlets_of_several_countries_share_is_the_one_of_the_story(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior aides are split, according to a report by Axios. Citing two officials, the American news site said "
         "the debate intensified.",
         [["Axios"], ["Axios", "anonymous"]]),
        # named just after ("A Kuwaiti daily insisted … Al-Qabas published …")
        ("A Kuwaiti daily insisted Sunday that it had interviewed Iran's ambassador. Al-Qabas published an audio clip "
         "of the talk.",
         [["Al-Qabas"], ["Al-Qabas"]]),
        # the nationality picks the outlet: not the Guardian named before, but the Israeli paper named after
        ("The Guardian said the envoy had left. An Israeli daily reported that the talks had stalled. Haaretz said "
         "the prime minister was furious.",
         [["The Guardian"], ["Haaretz"], ["Haaretz"]]),
        ("نقلت صحيفة كويتية عن مصادر أن السفير أجرى المقابلة. ونشرت القبس تسجيلا صوتيا للحوار.",
         [["Al-Qabas", "anonymous"], ["Al-Qabas"]]),
        ('نقلت صحيفه كويتيه عن مصادر ان السفير اجرى المقابله. ونشرت "القبس" تسجيلا صوتيا للحوار.',
         [["Al-Qabas", "anonymous"], ["Al-Qabas"]]),
    ],
)
def test_an_outlet_named_by_description_is_the_one_it_describes(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال وزير الداخلية السوري للتلفزيون الرسمي إن الوضع في دمشق مستقر.", [["Syrian TV", "person"]]),
        ("ذكر التلفزيون الرسمي أن الرئيس الإيراني سيزور بغداد، وقالت طهران إن الزيارة مهمة لإيران.",
         [["IRIB"], ["organization"]]),  # a capital speaking is its government
        # the state broadcaster, not the channel named before
        ("قال مسؤول عراقي لقناة الجزيرة إن الحدود مغلقة. وأكد وزير الداخلية العراقي للتلفزيون الحكومي أن "
         "الوضع في بغداد مستقر.",
         [["Al Jazeera", "anonymous"], ["Al-Iraqiya", "person"]]),
    ],
)
def test_arabic_state_television_is_the_state_broadcaster_of_the_story(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report: Ministers opposed strike on Hezbollah commander\n"
         "Channel 12 News reported on Saturday night that two ministers opposed the strike.",
         [["Channel 12 (Israel)"], ["Channel 12 (Israel)"]]),
        ("Iran says two border guards killed by smugglers - state TV\n"
         "An Iranian provincial official said two border guards were killed.",
         [["IRIB", "organization"], ["anonymous"]]),  # a country speaking is its government
        ("Minister says wheat stocks will last until spring – Reuters\nThe minister said stocks would last.",
         [["Reuters", "person"], ["person"]]),
        ("وزير الداخلية السوري: الوضع في دمشق مستقر - التلفزيون الرسمي\nقال الوزير إن الوضع مستقر.",
         [["Syrian TV", "person"], ["person"]]),
        ("وزير الداخليه السوري: الوضع فى دمشق مستقر — رويترز\nقال الوزير إن الوضع مستقر.",
         [["Reuters", "person"], ["person"]]),
    ],
)
def test_a_headline_credits_the_outlet_after_its_dash_or_in_its_lede(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry named between is no agency; the dateline's agency is
        ("Damascus, SANA- Information Minister Hamza Khalil said the state seeks a solution.\n"
         "Separately, the Ministry of Economy said in a statement that wheat imports had risen.\n"
         "Deputy Economy Minister Rana Haddad told the agency that new contracts would be signed.",
         [["person"], ["organization"], ["SANA", "person"]]),
        # the channel named between is no agency either
        ("Damascus, SANA- Information Minister Hamza Khalil told al-Mayadeen TV that the state seeks a solution.\n"
         "Deputy Economy Minister Rana Haddad told the agency that new contracts would be signed.",
         [["Al Mayadeen", "person"], ["SANA", "person"]]),
        ("دمشق-سانا\nقال وزير الإعلام إن الدولة ماضية في الحل السياسي.\nوأعلنت وزارة الاقتصاد في بيان أن واردات "
         "القمح ارتفعت.\nوقالت نائبة وزير الاقتصاد للوكالة إن العقود الجديدة ستوقع قريبا.",
         [["person"], ["organization"], ["SANA", "person"]]),
        ("دمشق - سانا\nقال وزير الاعلام ان الدوله ماضيه فى الحل السياسى.\nوقالت نائبه وزير الاقتصاد للوكاله ان "
         "العقود ستوقع قريبا.",
         [["person"], ["SANA", "person"]]),
    ],
)
def test_the_agency_is_the_news_agency_of_the_dateline(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's oil minister said there were no plans for rationing, Press TV reported. Domestic refineries are now "
         "producing more gasoline, the minister was quoted as saying.",
         [["Press TV", "person"], ["Press TV", "person"]]),
        ("The army said the road was open, the state news agency SANA reported. Convoys had resumed; the spokesman "
         "was quoted as saying.",
         [["SANA", "organization"], ["SANA", "person"]]),
    ],
)
def test_words_trailed_by_was_quoted_as_saying_stay_under_the_report(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlan chief executive Dana Whitfield told USA Today that exports suffered.", [["USA Today", "person"]]),
        ("The minister told Russia Today that talks would resume.", [["RT", "person"]]),
    ],
)
def test_an_outlet_whose_name_ends_in_today_is_whom_the_words_were_told(text, expected):
    assert chains(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت المتحدثة باسم الخارجية الأمريكية تامي بروس إن الجماعات المسلحة تمنع مرور القوافل. وأعربت "
         'المتحدثة، في تصريحات خاصة لقناة "العربية"، عن قلق واشنطن من المجاعة.',
         [["Al Arabiya", "person"]] * 2),
        ("قالت المتحدثه باسم الخارجيه الامريكيه تامي بروس ان الجماعات المسلحه تمنع مرور القوافل. واعربت "
         "المتحدثه، فى تصريحات خاصه لقناة العربية، عن قلق واشنطن.",
         [["Al Arabiya", "person"]] * 2),
        ("State Department spokeswoman Tammy Bruce said armed groups were blocking aid convoys. The spokeswoman, "
         "speaking to Al Arabiya, said Washington was alarmed.",
         [["Al Arabiya", "person"]] * 2),
    ],
)
def test_a_speaker_going_on_by_role_told_the_outlet_named_late_the_words_before_too(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the report says next stays the outlet's report of that body's document
        ("A confidential UN report seen by the Guardian details 14 incidents in which civilians were killed. In one, "
         "US forces are alleged to have struck a wedding convoy.",
         [["The Guardian", "organization"], ["The Guardian", "organization"]]),
        ("An internal Pentagon memo obtained by Reuters shows that the program ran over budget.",
         [["Reuters", "organization"]]),
    ],
)
def test_a_document_an_outlet_saw_speaks_through_that_outlet(text, expected):
    assert chains(text) == expected
