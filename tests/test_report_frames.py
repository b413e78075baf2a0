"""A relayed report keeps its outlet over the sentences that follow, and leaves it where the story turns (issue 11)."""

import pytest

from tests.test_extraction_constructions import CATALOG, chains
from workbench.extraction.extractor import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone new brought in with "added" speaks inside the report the story relays; named again, still there.
        ('قال عضو في مجلس الشيوخ لـ"رويترز" إن الشحنة كانت متجهة إلى الحوثيين. '
         "وأضاف السيناتور جون هارلو أن المسؤولين عرضوا صورا للحاويات. وقال هارلو إن الشحنة ضمت صواريخ.",
         [["Reuters", "person"]] * 3),
        # Egyptian spellings: ى for ي, "فى", مسئول, no hamza on the alef.
        ('قال عضو بمجلس الشيوخ الامريكى لـ"رويترز" إن مسئولين ابلغوا اللجنة بالامر. '
         "واضاف السيناتور جون هارلو فى تصريحه ان المسئولين عرضوا صورا للحاويات.",
         [["Reuters", "person"]] * 2),
        # Tatweel and diacritics on the going-on verb.
        ("نقلت وكالة رويترز عن مصدر دبلوماسي أن الاتفاق قريب. وأضـاف وزير الخارجية العُماني بدر البوسعيدي أن "
         "الجولة المقبلة ستعقد في مسقط.",
         [["Reuters", "anonymous"], ["Reuters", "person"]]),
        ("Two Iranian officials told Reuters that Tehran could cut its cooperation. Deputy Foreign Minister Kazem "
         "Gharibabadi added that the reply would be measured.",
         [["Reuters", "anonymous"], ["Reuters", "person"]]),
        # The writer of the article the story relays, named after his role.
        ('جاء في صحيفة "يسرائيل هيوم" مقال يحرض على المعلمين. وزعم كاتب المقال، يوني شاحر، أن الوزارة تغض الطرف.',
         [["Israel Hayom"], ["Israel Hayom", "person"]]),
        ('جاء في صحيفة "يسرائيل هيوم" مقال يحرض على المعلمين. وزعم كاتبة المقال، نوعا شاحر، أن الوزارة تغض الطرف.',
         [["Israel Hayom"], ["Israel Hayom", "person"]]),
        # An office holder named where he serves ("في دمشق"), then by his office alone, to the same agency.
        ("نفى المحامي العام في دمشق، في تصريح لوكالة سانا، أن يكون أي متهم قد غادر البلاد. "
         'وقال المحامي العام إن "جميع المطلوبين تحت المراقبة".',
         [["SANA", "person"]] * 2),
        ("نفى المحامى العام فى دمشق، فى تصريح لوكالة سانا، ان يكون اى متهم قد غادر البلاد. "
         'وقال المحامى العام إن "جميع المطلوبين تحت المراقبة".',
         [["SANA", "person"]] * 2),
        # "told the agency": the page's own agency from the dateline, not the ministry named just before.
        ("Damascus, SANA- Information Minister Hamza Khalil said the state still seeks a political solution.\n"
         "Separately, the Ministry of Economy said in a statement that wheat imports had risen.\n"
         "Deputy Economy Minister Rana Haddad told the agency that new contracts would be signed.",
         [["person"], ["organization"], ["SANA", "person"]]),
        # "الصحيفة" refers back to a paper named only by its bare, quoted name, of the country the story is about.
        ('طالعتنا صحيفة "الأخبار" بمقال عن مناقصة مرفأ طرابلس في لبنان. وأكد المكتب الإعلامي للوزير في بيان أن '
         "المناقصة جرت وفق الأصول. وكانت الصحيفة قد ذكرت أن العرض الفائز يتجاوز الكلفة.",
         [["organization"], ["Al-Akhbar (Lebanon)"]]),
        ("نشرت صحيفة «الاخبار» مقالا عن الدعم فى مصر. واكد المتحدث باسم الوزارة فى بيان ان الارقام صحيحة. "
         "وكانت الصحيفة قد ذكرت ان الدعم سيخفض.",
         [["Al-Akhbar (Egypt)"], ["person"], ["Al-Akhbar (Egypt)"]]),
        # The source again, with what he did set off by commas; the officers again, in the plural.
        ("Reuters reported on Tuesday, citing three sources, that the company would cut 2,000 jobs. The source, who "
         "declined to be named, said the board had approved the plan.",
         [["Reuters", "anonymous"]] * 2),
        ("According to Haaretz, senior officers warned the cabinet of a manpower shortage. The officers said reserve "
         "units were exhausted.",
         [["Haaretz", "person"]] * 2),
        # The speaker named after his words, as quoted: the report under way carries them.
        ("Iran's oil minister said on Monday that the government has no plans to bring back rationing, Press TV "
         "reported. Domestic refineries are now producing 115 million liters of gasoline a day, the minister was "
         "quoted as saying.",
         [["Press TV", "person"]] * 2),
        ("Iran's oil minister said on Monday that the government has no plans to bring back rationing, Press TV "
         "reported. The refineries are producing more than ever, the minister was quoted by the channel as saying.",
         [["Press TV", "person"]] * 2),
        # An interview named after the speaker's first words held them too.
        ("Information Minister Hamza Khalil said the state still seeks a political solution. \"Any evaluation that "
         "ignores foreign funding is meaningless,\" Minister Khalil told al-Mayadeen TV in an interview.",
         [["Al Mayadeen", "person"]] * 2),
        ("Foreign Minister Sami Haddad said talks would resume in March. Haddad told Al Mayadeen in an interview "
         "broadcast on Wednesday that the mediators had a new text.",
         [["Al Mayadeen", "person"]] * 2),
    ],
)
def test_a_relayed_report_keeps_its_outlet(text, expected):
    assert chains(text) == expected


def sources(text: str) -> list[list[str]]:
    """Each attributed claim's chain by catalog outlet or by the name (else the words) of the source."""
    return [[h.outlet or h.name or h.surface for h in c.chain] for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker goes on in a medium of his own: the outlet that carried his remarks is not outermost.
        ("UAE Minister of State Khalid al-Suwaidi said in remarks carried by the state news agency WAM that the "
         'inquiry would end within days. In a separate tweet, he wrote that navigation "is a shared global interest".',
         [["WAM", "Khalid al-Suwaidi"], ["Khalid al-Suwaidi"]]),
        ("قال الوزير خالد السويدي لوكالة أنباء الإمارات إن التحقيق سينتهي خلال أيام. "
         'وكتب السويدي في تغريدة على منصة "إكس" أن الملاحة "مصلحة دولية مشتركة".',
         [["WAM", "خالد السويدي"], ["السويدي"]]),
        ("قال الوزير خالد السويدى لوكالة انباء الامارات ان التحقيق سينتهى خلال ايام. "
         "واضاف فى تغريدة على منصة اكس ان الملاحة مصلحة دولية مشتركة.",
         [["WAM", "خالد السويدى"], ["خالد السويدى"]]),
    ],
)
def test_the_frame_stops_at_the_sources_own_medium(text, expected):
    assert sources(text) == expected


# Guards: these hold before the change too; each fails for a frame rule without its stop conditions.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added" opening a thread of its own ("من جهته") or in the source's own statement: no frame.
        ('قال عضو في مجلس الشيوخ لـ"رويترز" إن الشحنة كانت متجهة إلى الحوثيين. '
         "من جهته، أضاف المتحدث باسم البنتاغون أن التحقيق جار.",
         [["Reuters", "person"], ["person"]]),
        ('قال عضو في مجلس الشيوخ لـ"رويترز" إن الشحنة كانت متجهة إلى الحوثيين. '
         "وأضاف مكتب وزير الدفاع في بيان أن التحقيق جار.",
         [["Reuters", "person"], ["organization"]]),
        # "من جهتها" / "for their part": another actor, even when named like the report's sources.
        ("نقلت وكالة رويترز عن مصدرين مطلعين أن الاتفاق قريب.\nمن جهتها، قالت المصادر الحكومية إن المحادثات مستمرة.",
         [["Reuters", "anonymous"], ["anonymous"]]),
        ("نقلت وكالة رويترز عن مصدرين مطلعين ان الاتفاق قريب.\nومن جانبها قالت المصادر الحكومية ان المحادثات مستمرة.",
         [["Reuters", "anonymous"], ["anonymous"]]),
        ("Two sources told Reuters that the deal was close. For their part, the sources close to the government "
         "said talks went on.",
         [["Reuters", "anonymous"], ["anonymous"]]),
        # A new source who spoke anonymously, to no outlet named, spoke to the page itself.
        ('The Iraqi News Agency said the blast was caused by "high temperatures."\nA security official, who spoke on '
         "condition of anonymity because he was not authorized to brief the media, said a drone had been seen.",
         [["Iraqi News Agency"], ["anonymous"]]),
        # A new source with a verb that does not go on ("وقال", "said") starts a thread of its own.
        ('قال عضو في مجلس الشيوخ لـ"رويترز" إن الشحنة كانت متجهة إلى الحوثيين. '
         "وقال المتحدث باسم البيت الأبيض إن الإدارة لم تتلق أي تقرير.",
         [["Reuters", "person"], ["person"]]),
        ("Two Iranian officials told Reuters that Tehran could cut its cooperation. A Pentagon spokesperson said "
         "the United States was watching closely.",
         [["Reuters", "anonymous"], ["person"]]),
    ],
)
def test_the_frame_does_not_reach_a_new_thread(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" ends the object of "told" ("told reporters today that"), but not inside the paper's name.
        ('"Our export business suffered from the closures of the markets," the chief executive Dana Whitfield told '
         "USA Today.",
         [["USA Today", "person"]]),
        ("The chief executive Dana Whitfield told USA Today on Monday that the closures of the markets had hurt.",
         [["USA Today", "person"]]),
        ("The minister told reporters today that the talks had failed.", [["person"]]),
    ],
)
def test_the_outlet_told_keeps_its_whole_name(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet the story's first sentence names is not the headline's: it credits what stands before its colon.
        ("مسؤول أمريكي: طهران تنقل أجهزة طرد مركزي إلى موقع جديد\nقال مسؤول أمريكي، طلب عدم الكشف عن هويته، لوكالة "
         "الأنباء الفرنسية، إن إيران تنقل أجهزة متطورة إلى موقع محصن.",
         [["anonymous"], ["AFP", "anonymous"]]),
        ("مسئول امريكى: طهران تنقل اجهزة طرد مركزى الى موقع جديد\nقال مسئول امريكى، طلب عدم الكشف عن هويته، لوكالة "
         "الانباء الفرنسية، ان ايران تنقل اجهزة متطورة الى موقع محصن.",
         [["anonymous"], ["AFP", "anonymous"]]),
    ],
)
def test_a_headline_keeps_only_its_own_source(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fronted "في تصريح لوكالة X" with no comma after it: the source after the verb is the speaker, and the
        # words before it (his earlier denial) were not told to X.
        ("نفى مصدر عسكري يمني الأنباء عن أسر مقاتلين. وفي تصريح لوكالة الأنباء اليمنية “سبأ” نفى المصدر العسكري أن "
         "يكون أي مقاتل قد وقع في الأسر.",
         [["anonymous"], ["Saba News Agency", "anonymous"]]),
        ("نفى مصدر عسكرى يمنى الانباء عن اسر مقاتلين. وفى تصريح لوكالة سبأ نفى المصدر العسكرى ان يكون اى مقاتل قد "
         "وقع فى الاسر.",
         [["anonymous"], ["Saba News Agency", "anonymous"]]),
    ],
)
def test_a_fronted_told_to_frames_only_what_follows(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Times" after The New York Times is the paper met before, never the London one.
        ("The New York Times reported on Sunday that the administration was weighing new sanctions. The Times said "
         "the White House declined to comment.",
         [["The New York Times"]] * 2),
        # "told the paper" with no "that": the paper, then the words.
        ("The Guardian reported that ministers had been warned about the risks. A government source told the paper "
         "the warnings were ignored. The source added that an inquiry was likely.",
         [["The Guardian"], ["The Guardian", "anonymous"], ["The Guardian", "anonymous"]]),
        ("A source told the Daily Star that the footage was old.", [["Daily Star", "anonymous"]]),
    ],
)
def test_an_english_reference_to_the_paper_keeps_it(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet named in the second sentence, the speaker referred back by role: her first words were told to
        # it too (named again, as in "وأضاف يلدز في تصريح لوكالة الأناضول", they were her own).
        ("قالت المتحدثة باسم الخارجية الأمريكية تامي بروس إن الجماعات المسلحة تمنع مرور القوافل. وأعربت المتحدثة، "
         'في تصريحات خاصة لقناة "العربية"، عن قلق واشنطن من المجاعة.',
         [["Al Arabiya", "person"]] * 2),
        ("قالت المتحدثة باسم الخارجيه الامريكيه تامي بروس ان الجماعات المسلحه تمنع مرور القوافل. واعربت المتحدثة "
         "فى تصريحات خاصة لقناة العربية عن قلق واشنطن من المجاعة.",
         [["Al Arabiya", "person"]] * 2),
        ("قال وزير الطاقة التركي، مراد يلدز، إن الضخ سيستأنف. وأضاف يلدز في تصريح لوكالة الأناضول أن الفحص انتهى.",
         [["person"], ["Anadolu Agency", "person"]]),
    ],
)
def test_a_speaker_referred_back_by_role_told_the_outlet_named_late(text, expected):
    assert chains(text) == expected
