"""Real-reporting constructions the extractor must read right, in Arabic and English, written in the style of
the pages studied for issue 11 (relayed reports, headlines, told-to outlets, spellings, kinds, cues, furniture)."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.cues import has_cue
from workbench.extraction.extractor import extract
from workbench.text.boilerplate import is_furniture_line
from workbench.text.normalize import fold

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[str]]:
    """Each attributed claim's chain, outermost first: catalog outlets by name, other sources by kind."""
    return [[h.outlet or h.kind.value for h in c.chain] for c in extract(text, catalog=CATALOG).claims if c.chain]


def kinds(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The relayed report keeps its outlet for the sources it goes on to cite as already met.
        ("نقلت صحيفة الغارديان عن مصدر حكومي أن الاتفاق جاهز. وأشار المصدر إلى أن التوقيع سيتم الأسبوع المقبل. "
         "وأضاف المسؤول أن الوفد سيصل الأحد.",
         [["The Guardian", "anonymous"]] * 3),
        ("ذكرت وكالة رويترز نقلا عن مصادر مطلعة أن الهدنة قريبة. وتابع هذا المسؤول أن الخلاف ما زال قائما.",
         [["Reuters", "anonymous"]] * 2),
        ("كشفت صحيفة الأخبار اللبنانية أن التحقيق توسع. ورأت مصادر الصحيفة أن الملف سيحال إلى القضاء.",
         [["Al-Akhbar (Lebanon)"], ["Al-Akhbar (Lebanon)", "anonymous"]]),
        ("أفادت وكالة الأناضول بأن مصدرا أمنيا أكد توقيف المشتبه به. وقال المصدر بحسب الوكالة إن التحقيق مستمر.",
         [["Anadolu Agency", "anonymous"], ["Anadolu Agency", "anonymous"]]),
        ("وأضافت الصحيفة أن مسؤولا في الحكومة الأردنية أوضح أن عمان أبلغت دمشق بقلقها.",
         [["outlet", "anonymous"]]),
        ("جاء في تقرير لصحيفة الشرق الأوسط أن المحاولات تضاعفت. نشرت صحيفة الشرق الأوسط تقريرا عن التهريب. "
         "وقالت الصحيفة إن عدد المحاولات تضاعف.",
         [["Asharq Al-Awsat"]] * 3),
        ("قال وزير الدفاع التركي يشار غولر إن بلاده لن تسمح بفرض أمر واقع. وأضاف غولر أن الحوار ممكن.\n"
         "جاء ذلك في تصريح لوكالة الأناضول على هامش زيارته لقاعدة بحرية.",
         [["Anadolu Agency", "person"], ["Anadolu Agency", "person"]]),
        ("Two Iraqi officials told Reuters the deal was ready. Another source with direct knowledge of the matter "
         "said the signing had been delayed.",
         [["Reuters", "anonymous"], ["Reuters", "anonymous"]]),
        ("The Washington Post reported that the program was cut. The Post said the order came in March.",
         [["The Washington Post"], ["The Washington Post"]]),
        ("The Guardian reported that a UN panel documented 14 strikes. In one, US forces are alleged to have hit "
         "a wedding convoy.",
         [["The Guardian"], ["The Guardian"]]),
    ],
)
def test_a_relayed_report_keeps_its_outlet(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("التايمز: بريطانيا سترسل سفينة ثالثة إلى الخليج", [["The Times"]]),
        ("مصادر دبلوماسية: هدنة لمدة 48 ساعة في غزة", [["anonymous"]]),
        ("مسؤول أمريكي لفرانس برس: واشنطن لن تسحب قواتها من العراق", [["AFP", "anonymous"]]),
        ("العتيبي لـ«عكاظ»: مشروع الربط الكهربائي يكتمل نهاية العام", [["Okaz", "person"]]),
        ("Reuters: Iran seizes a tanker in the Gulf of Oman", [["Reuters"]]),
        ("عاجل: انفجار يهز وسط العاصمة", []),  # a label, not a source
        ("BREAKING: two explosions heard in the capital", []),
    ],
)
def test_the_words_before_a_headline_colon_are_its_source(line, expected):
    assert chains(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال مسؤولان إيرانيان لرويترز إن طهران أبلغت الوسطاء بموقفها.", [["Reuters", "anonymous"]]),
        ('أكد مصدر قيادي لـ"الجزيرة" أن القائد بصحة جيدة.', [["Al Jazeera", "anonymous"]]),
        ("وقال الوزير في تصريح لوكالة الأناضول إن المحادثات ستستأنف.", [["Anadolu Agency", "person"]]),
        ("قال النائب حسين الجبوري، اليوم الاثنين، في تصريح لـ«السومرية نيوز»، إن اللجنة ستستضيف الوزير.",
         [["Alsumaria", "person"]]),
        ('واعتبر المصدر في حديث إلى "الوطن" السورية أن الحملة تستهدف المعبر.', [["Al-Watan (Syria)", "anonymous"]]),
        ("وقال مصدر من داخل الفصيل لمراسل الجزيرة نت إن القائد سيظهر قريبا.", [["Al Jazeera", "anonymous"]]),
        ("قال مصدر أمني لوكالة فرانس برس إن الهجوم أوقع قتيلين. وأضاف المصدر للوكالة أن التحقيق بدأ.",
         [["AFP", "anonymous"], ["AFP", "anonymous"]]),
        ("A senior Hamas official told AFP the talks had stalled.", [["AFP", "anonymous"]]),
        ("Speaking to CNN, the minister said the border would reopen.", [["CNN", "person"]]),
        ("In a CNBC interview, Energy Secretary Chris Wright said prices would fall.", [["CNBC", "person"]]),
    ],
)
def test_the_outlet_a_source_spoke_to_is_the_outer_hop(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("وقالت صحيفة التليجراف البريطانية إن الحكومة تدرس الخطة.", "The Telegraph"),
        ("وقالت صحيفة التلغراف البريطانية إن الحكومة تدرس الخطة.", "The Telegraph"),
        ("وذكرت تلغراف أن الحكومة تدرس الخطة.", "The Telegraph"),
        ("وذكرت صحيفة نيويورك تايمز أن البيت الأبيض يدرس الخطة.", "The New York Times"),
        ("وذكرت صحيفة التايمس البريطانية أن الحكومة تدرس الخطة.", "The Times"),
        ("وقالت إذاعة فرانس إنفو إن الإضراب مستمر.", "franceinfo"),
        ("ونقلت وكالة يو.بي.آي أن السفينة غادرت الميناء.", "UPI"),
        ("وذكرت صحيفة ديلي ستار صنداي أن النجم سيعود.", "Daily Star Sunday"),
        ("وقالت صحيفة صن أون صنداي إن المساعد استقال.", "The Sun on Sunday"),
        ("وقالت صحيفة «الغارديان» إن الطريق أغلق.", "The Guardian"),
        ("وقالت صحيفة “الجارديان” إن الطريق أغلق.", "The Guardian"),
        ("وقالت صحيفة الجارديان إن الطريق أغلق.", "The Guardian"),
        # folded spellings: ى/ي, ة/ه, أ/ا, tatweel, diacritics
        ("وقالـت صحيفـة الشرق الأوسط إن الوفد وصل.", "Asharq Al-Awsat"),
        ("وقالت صحيفه الشرق الاوسط إن الوفد وصل.", "Asharq Al-Awsat"),
        ("وقَالَتْ صَحِيفَةُ الشَّرْقِ الأَوْسَطِ إن الوفد وصل.", "Asharq Al-Awsat"),
        ("وذكرت صحيفة المصرى اليوم فى عددها أن الأسعار ارتفعت.", "Al-Masry Al-Youm"),
    ],
)
def test_real_spellings_of_catalog_outlets(text, outlet):
    assert chains(text)[0][0] == outlet


def test_the_channels_site_refers_back_to_the_broadcaster():
    text = ("قالت قناة الميادين إن غارة استهدفت بلدة في الجنوب. وقال مراسل القناة إن الغارة أسفرت عن قتيلين. "
            "وأشار موقع القناة إلى أنها الثالثة هذا الأسبوع.")
    assert chains(text) == [["Al Mayadeen"], ["Al Mayadeen", "person"], ["Al Mayadeen"]]
    assert chains("Al Jazeera said the crossing was shut. The channel's website said 20 trucks waited.") == [
        ["Al Jazeera"], ["Al Jazeera"]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقال مسؤول أمريكي كبير إن القرار اتخذ.", "anonymous"),
        ("A senior US official said the decision had been taken.", "anonymous"),
        ("Local sources said the market was hit.", "anonymous"),
        ("Israeli sources said the convoy was stopped.", "anonymous"),
        ("An unnamed local activist said the town had fallen.", "anonymous"),
        ("The coalition said the strike hit a weapons depot.", "organization"),
        ("The Pentagon said the drills would go ahead.", "organization"),
        ("The government said the fuel subsidy would stay.", "organization"),
        ("وقالت الحكومة إن الدعم سيستمر.", "organization"),
        ("وقال البنتاجون إن التدريبات ستستمر.", "organization"),
        ("وقال شهود عيان إن القصف استمر ساعتين.", "anonymous"),
    ],
)
def test_kinds_of_sources(text, kind):
    assert kinds(text)[0][-1][0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The group alleged that the vote had been rigged.",
        "The minister is said to have resigned on Friday.",
        "The company claimed it had followed every rule.",
        "Moscow denied that its jets had crossed the border.",
        "The mayor insisted the water was safe to drink.",
        "The ministry acknowledged that the figures were late.",
        "Aid agencies warned that the camps were running out of food.",
        "In a letter to the board, the chairman wrote that the merger was off.",
        "The senator tweeted that the bill would pass.",
        "In a statement, the army said two soldiers were wounded.",
        "According to the health ministry, 40 people were injured.",
        '"We will not back down," the official said.',
        "The spokesman pointed out that the deadline had passed.",
    ],
)
def test_english_cues_beyond_said_and_told(text):
    assert chains(text), text


def test_a_pronoun_speaker_is_the_last_fitting_named_source_written_where_the_pronoun_is():
    text = 'Mike Johnson told reporters the vote would be on Friday. "We have the numbers," he said.'
    found = [c for c in extract(text, catalog=CATALOG).claims if c.chain]
    speaker = found[1].chain[-1]
    assert (speaker.name, speaker.surface, text[speaker.start:speaker.end]) == ("Mike Johnson", "he", "he")


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 14 سبتمبر 2025 - 10:42 ص",
        "Mon 3 Mar 2025 18.02 GMT",
        "Published: 08:12, 12 May 2024",
        "Posted by admin at 6:40 PM",
        "الرئيسية | أخبار مصر | عربي ودولي | اقتصاد | رياضة",
        "حريق في مصنع    سعر الذهب اليوم    حظك اليوم",
        "فيديو قد يعجبك:",
        "إعلان",
        "Trending",
        "الكاتب : محرر الصفحة",
        "نشر بتاريخ: 06 أبريل 2025 | 23:56",
        "Demonstrators outside a Cairo court in 2019 (AFP)",
        "Photograph: Delil Souleiman/AFP/Getty Images",
        "(إعداد نادية سعيد للنشرة العربية - تحرير سامي عمر)",
        "0 comments",
    ],
)
def test_page_furniture_of_real_pages(line):
    assert is_furniture_line(line, has_cue=lambda text: has_cue(fold(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…، وذلك حسبما أوردته فضائية X": the channel relaying the report is outermost, and "الهيئة" after it is
        # the body named by that noun, with the whole chain it came in.
        ("أفادت هيئة البث الإسرائيلية، بأن خلافا نشب داخل الحكومة بشأن المعبر، وذلك حسبما أوردته فضائية "
         "\"القاهرة الإخبارية\". وأضافت الهيئة أن وزيرين هددا بالاستقالة.",
         [["Al-Qahera News", "Kan"], ["Al-Qahera News", "Kan"]]),
        ("افادت هيئه البث الاسرائيليه بان خلافا نشب فى الحكومة، حسبما اوردته قناة القاهره الاخباريه. "
         "واضافت الهيئه ان الوزراء لم يتفقوا.",
         [["Al-Qahera News", "Kan"], ["Al-Qahera News", "Kan"]]),
        ("ذكـرت هيئة البث الإسرائيلية أن الجيش يستعد للانسحاب، حسبما نقلته قناة القاهرة الإخبارية. "
         "وأشارت الهيئةُ إلى أن القرار لم يُتخذ بعد.",
         [["Al-Qahera News", "Kan"], ["Al-Qahera News", "Kan"]]),
    ],
)
def test_an_outlet_relaying_the_report_after_it_is_outermost(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet the sources spoke to is named only in the second sentence: it is the source of the first too.
        ("كشفت مصادر مطلعة أن لجنة وزارية ستراجع العقود. وقالت المصادر، في حديث لصحيفة «الأخبار» اللبنانية، "
         "إن الفروقات كبيرة.",
         [["Al-Akhbar (Lebanon)", "anonymous"]] * 2),
        ("كشفت مصادر مطلعه ان لجنه وزاريه ستراجع العقود. وقالت المصادر فى تصريحات لصحيفة الاخبار اللبنانية "
         "إن الفروقات كبيره.",
         [["Al-Akhbar (Lebanon)", "anonymous"]] * 2),
        # A spokesman going on without his name, in words told to a channel.
        ("قال المتحدث باسم وزارة الداخلية، عبد المنعم الطرابلسي، إن قوة أمنية أحبطت محاولة تهريب. "
         "وأوضح في تصريح لقناة \"ليبيا الأحرار\" أن المهاجرين نقلوا إلى مركز إيواء.",
         [["Libya Al-Ahrar", "person"]] * 2),
        ("قال المتحدث باسم وزارة الداخليه عبد المنعم الطرابلسى إن قوة امنية احبطت محاولة تهريب. "
         "واوضح فى تصريح لقناة ليبيا الاحرار ان المهاجرين نقلوا الى مركز ايواء.",
         [["Libya Al-Ahrar", "person"]] * 2),
        # Named again, or quoted by the agency: his first words were his own, not the outlet's.
        ("قال وزير الطاقة التركي، مراد يلدز، إن الضخ سيستأنف. وأضاف يلدز في تصريح لوكالة الأناضول أن الفحص انتهى.",
         [["person"], ["Anadolu Agency", "person"]]),
        ("أكد وزير التربية، عوض الله بشير، أن العام الدراسي سيستمر. ونقلت وكالة السودان للأنباء عنه القول إن "
         "المدارس جاهزة.",
         [["person"], ["SUNA", "person"]]),
    ],
)
def test_an_outlet_named_after_the_first_words_of_its_source(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Outlets whose bare name is a common word count only where it is quoted as a name.
        ('وقال شهود عيان لـ"المملكة" إن أعمدة الدخان شوهدت من بعيد.', [["Al-Mamlaka", "anonymous"]]),
        ("وقال شهود عيان لـ«المملكه» ان الدخان شوهد من بعيد.", [["Al-Mamlaka", "anonymous"]]),
        ('مساعد وزير الخارجية الإيراني لـ"العالم": لن نقبل بشروط مسبقة', [["Al-Alam", "person"]]),
        ('مساعد وزير الخارجيه الايرانى لـ"العالـم": لن نقبل بشروط مسبقة', [["Al-Alam", "person"]]),
        ('وأشارت "مكملين" إلى أنها حاولت الحصول على رد دون جدوى.', [["Mekameleen TV"]]),
    ],
)
def test_an_outlet_named_by_a_common_word_where_quoted(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الخارجية إن المملكة لن تقبل بشروط مسبقة.",
        "وقال المتحدث إن العالم كله يراقب ما يجري.",
    ],
)
def test_the_common_word_in_running_text_is_no_outlet(text):
    assert chains(text) == [["person"]]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A misspelt "أنباء" folds to ABNA's "أبنا": the hamza written elsewhere keeps them apart, and the
        # name after the descriptor is near the agency's full name.
        ("أعلنت السلطات فرض حظر تجول في مدينة كسلا، بعد اشتباكات أدت إلى مقتل ثلاثة أشخاص وإصابة تسعة آخرين، "
         "بحسب ماذكرته وكالة ابنأ السودان.", "SUNA"),
        ("اعلنت السلطات فرض حظر تجول فى مدينة كسلا، بعد اشتباكات ادت الى مقتل ثلاثة اشخاص واصابة تسعة اخرين، "
         "بحسب ما ذكرته وكالة أنباء السودان.", "SUNA"),
        ("وذكرت وكالة أبنا أن الزوار وصلوا إلى كربلاء.", "ABNA"),
        ('وأضاف الشناوي خلال مداخلة هاتفية مع برنامج "الحكاية" المذاع على قناة "إم بي سي مصر" أن الأسعار ثابتة.',
         "MBC Masr"),
        ("وقال الوزير في حديث لبرنامج على القناة الإذاعية الأولى إن المخزون يكفي.", "Algerian Radio Channel 1"),
        # A name the catalog lists is taken before a near spelling of another outlet's.
        ("Al-Ayam newspaper reported that the trains would run by 2030.", "Al-Ayam (Bahrain)"),
    ],
)
def test_misspellings_and_spellings_find_their_own_outlet(text, outlet):
    assert outlet in [h.outlet for c in extract(text, catalog=CATALOG).claims for h in c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The paper publishes a writer's piece: the writer speaks in it, and goes on doing so by his family name,
        # even after someone else's words in between.
        ("نشرت صحيفة “الغارديان” البريطانية مقالا للكاتب “جورج مونتي”، شن فيه هجوما على الحكومة. "
         "ويقول “مونتي” إن الصادرات ارتفعت.",
         [["The Guardian", "person"]] * 2),
        ("نشرت صحيفه الغارديان البريطانيه مقالا للكاتب جورج مونتى، شن فيه هجوما على الحكومه. ويوضح مونتي أن الصادرات "
         "ارتفعت. وقال وزير التجارة إن النظام صارم. وأضاف مونتي أن المنظمات طالبت بالتعليق.",
         [["The Guardian", "person"], ["The Guardian", "person"], ["person"], ["The Guardian", "person"]]),
        # (one sentence, one source going on: one claim)
        ("نشـرت صحيفة الغارديان تقريرا لمراسلها في أثينا، قال فيه إن القوارب عادت.",
         [["The Guardian", "person"]]),
    ],
)
def test_a_writer_speaks_in_the_piece_the_paper_published(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The paper speaking itself, then a source it goes on to quote; a source answering the report, or one
        # fronted by a new place or time, speaks for itself.
        ("وبحسب صحيفة يسرائيل هيوم، فإن الدول أعطت موافقة ضمنية. وقال مصدر أردني رفيع: \"نحن نرفض المبدأ\".",
         [["Israel Hayom"], ["Israel Hayom", "anonymous"]]),
        ("وبحسب صحيفه يسرائيل هيوم، فان الدول اعطت موافقه ضمنيه. وقال مصدر اردنى رفيع إن الاولويه لامن الحدود.",
         [["Israel Hayom"], ["Israel Hayom", "anonymous"]]),
        ("The Daily Beast reports that the tour was cut short. And according to multiple sources, the adviser lost "
         "his temper.",
         [["The Daily Beast"], ["The Daily Beast", "anonymous"]]),
        ("وبحسب صحيفة يسرائيل هيوم، فإن الدول أعطت موافقة ضمنية. وفي عمان، قال مصدر أردني إن الحدود آمنة.",
         [["Israel Hayom"], ["anonymous"]]),
        ("The Daily Beast reports that the tour was cut short. Sources close to the palace denied the report.",
         [["The Daily Beast"], ["anonymous"]]),
    ],
)
def test_a_source_the_report_goes_on_to_quote(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "كشفت مصادر … لـ«الشرق الأوسط» النقاب عن": the paper the sources revealed it to, named only in quotes.
        ("كشفت مصادر أمنية ليبية لـ«الشرق الأوسط» النقاب عن أن التوقيف تم بالخطأ. وقالت المصادر إن المهندسين "
         "أفرج عنهم.",
         [["Asharq Al-Awsat", "anonymous"]] * 2),
        ("كشفت مصادر امنيه ليبيه لـ\"الشرق الاوسط\" النقاب عن ان التوقيف تم بالخطأ. وروت المصادر، التي طلبت "
         "عدم تعريفها، تفاصيل الواقعة.",
         [["Asharq Al-Awsat", "anonymous"]] * 2),
        # The subject before its verb starts where the outlet's name does, not at the word that is an alias alone.
        ('"نيويورك تايمز" تقول إنها حصلت على معلوماتها من ثلاثة مسؤولين.', [["The New York Times"]]),
        ('"نيويورك تايمز" تقول انها حصلت على معلوماتها من ثلاثه مسئولين.', [["The New York Times"]]),
        # كان … ، VERB without قد; and "لم تسمه" is how the source is described, "أنباء عن" what it denied.
        ('نقلت وكالة "رويترز" عن مسؤول كويتي، لم تسمه، نفيه أنباء عن منع الوزير السابق من السفر. '
         'وكانت صحيفة "نيويورك تايمز"، أفادت، اليوم الأربعاء، بأن الوزير أوقف في المطار.',
         [["Reuters", "anonymous"], ["The New York Times"]]),
        ('نقلت وكالة رويترز عن مسئول كويتى، لم تسمه، نفيه انباء عن منع الوزير السابق من السفر. '
         'وكانت صحيفه "نيويورك تايمز"، افادت بأن الوزير اوقف فى المطار.',
         [["Reuters", "anonymous"], ["The New York Times"]]),
    ],
)
def test_subjects_and_told_to_outlets_in_real_word_order(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    "text",
    ['وكان العنزي قد كتب في حسابه على منصة "إكس" قبل أسبوع أنه "مستعد للمثول".',
     'وكان العنزى قد كتب فى حسابه على منصه "اكس" أنه مستعد للمثول.'],
)
def test_wrote_after_qad_is_a_cue(text):
    assert chains(text) == [["person"]]


def test_the_egyptian_spelling_of_official_is_an_unnamed_source_written_as_the_article_spells_it():
    claims = extract("قال مسئول بوزارة الدفاع لـ\"رويترز\" إن الشحنة ضبطت.", catalog=CATALOG).claims
    assert [(h.kind.value, h.outlet or h.surface) for h in claims[0].chain] == [
        ("outlet", "Reuters"), ("anonymous", "مسئول بوزارة الدفاع")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وبحسب X، قال Y": one claim, X relaying Y; a verb of the statement after it ("تحذر هذه الدول") is no source.
        ('وبحسب "رويترز"، قال المسؤول الكويتي: "لا يوجد أي قرار بمنعه من السفر".', [["Reuters", "anonymous"]]),
        ("وبحسب رويترز، قال المسئول الكويتى إنه لا يوجد قرار بمنعه من السفر.", [["Reuters", "anonymous"]]),
        ("وبحسب صحيفة يسرائيل هيوم، تحذر هذه الدول في العلن من أي تغيير على الأرض.", [["Israel Hayom"]]),
        # The subject of a verb that reports nothing, under the agency's "according to".
        ('وحسب وكالة الأنباء الليبية (وال)، طلب الوزير من القائم بالأعمال "نقل استياء الحكومة".',
         [["LANA (Libya)", "person"]]),
        ("وحسب وكالة الانباء الليبية، طلب الوزير من القائم بالاعمال نقل استياء الحكومه.",
         [["LANA (Libya)", "person"]]),
        # a body's doings are the report's statement, not words of the body
        ('وبحسب تقرير "صن"، تتقدم القوات العراقية من جنوب الموصل وشرقها.', [["The Sun"]]),
        # A second unnamed source, right after the paper quoted a first one, is the paper's too.
        ('ونقلت صحيفة يسرائيل هيوم عن مصدر خليجي كبير قوله إن الموقف لن يتغير. وقال مصدر أردني رفيع: "نرفض المبدأ".',
         [["Israel Hayom", "anonymous"]] * 2),
    ],
)
def test_sources_under_an_according_to_frame(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet that asked is outermost: "ردا على استفسار وكالة X".
        ('فيما قالت شرطة العاصمة بيشكيك، ردا على استفسار وكالة "سبوتنيك" عن الحادث، إنه "ليس هناك أي احتجاز".',
         [[("outlet", "Sputnik"), ("organization", "شرطة العاصمة بيشكيك")]]),
        ("وقالت شرطه العاصمه، ردا على سؤال من وكالة سبوتنيك، إنه لا احتجاز.",
         [[("outlet", "Sputnik"), ("organization", "شرطه العاصمه")]]),
        # Real spellings: 'إسنا' without its ي, 'لونوفال أوبسرفاتور', a Kyrgyz site by its domain.
        ("ونقلت وكالة «إسنا» الإيرانية عن نائب في البرلمان قوله إن الموقع محصن.",
         [[("outlet", "ISNA"), ("person", "نائب في البرلمان")]]),
        ('ذكرت صحيفة "لونوفال أوبسرفاتور" الفرنسية أن الحكومة طلبت حذف التقرير.', [[("outlet", "L'Obs")]]),
        ("وأفاد موقع Kaktus.media بأن النائب احتجز في مكتبه.", [[("outlet", "Kaktus.media")]]),
    ],
)
def test_outlets_that_asked_and_spellings_of_train4(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # "state television" is the state broadcaster of the country the story is about, when the catalog lists it.
        ("An Iranian provincial official said two guards were killed. Iran asked Pakistani officials to act. "
         "\"They fled,\" Mohammad Rahimi said in an interview on state television on Wednesday.", "IRIB"),
        ("Syria's army said it had retaken the town. The Syrian defence ministry told state TV that the road was open.",
         "Syrian TV"),
        # The state broadcasters of West Africa and Latin America, by the country the story names.
        ("Guinea's junta dissolved the government. Earlier on Saturday, Guinea's government spokesman told state "
         "radio that the authorities had arrested him.", "Radio Télévision Guinéenne"),
        ("Mali's transitional authorities closed the border. A Malian colonel told state television that the "
         "crossing would reopen.", "ORTM"),
        ("Venezuela's opposition called a protest. The interior minister told state TV that order would be kept.",
         "VTV (Venezuela)"),
        # No country named: no guess.
        ("The minister told state television that the road was open.", None),
    ],
)
def test_state_television_of_the_country_the_story_is_about(text, outlet):
    hops = [h for c in extract(text, catalog=CATALOG).claims for h in c.chain if h.kind.value == "outlet"]
    assert [h.outlet for h in hops][-1:] == [outlet]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Speaking on X's programme," names the outlet the words were given on.
        ("Speaking on Sky News's breakfast programme, Ms Hughes described how the paper obtained the emails.",
         [[("outlet", "Sky News"), ("person", "Ms Hughes")]]),
        # An aside before a role is no part of the source: "Earlier on Saturday, X's spokesman told".
        ("Earlier on Saturday, Guinea's government spokesman told Reuters that the authorities had arrested him.",
         [[("outlet", "Reuters"), ("person", "Guinea's government spokesman")]]),
        ("Later on Monday, the army spokesman told the BBC the road was open.",
         [[("outlet", "BBC"), ("person", "the army spokesman")]]),
    ],
)
def test_english_told_on_and_asides_before_the_speaker(text, expected):
    assert kinds(text)[:1] == expected


@pytest.mark.parametrize(
    "text",
    ["Reuters could not immediately confirm the report.",
     "AFP could not independently confirm the footage.",
     "The BBC would not immediately say whether the case was closed.",
     "Representatives for the registries did not immediately reply to a request for comment.",
     "The ministry didn't respond to questions about the deal.",
     "If confirmed, the breach would not be the first time a ship registry has been hit.",
     "Once confirmed, the figures will be published by the ministry."],
)
def test_what_an_outlet_could_not_confirm_and_a_conditional_participle_attribute_nothing(text):
    assert chains(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A bare name outlets of several countries share is the one of the country the story is about.
        ('أعلنت وزارة التجارة الجزائرية خطة جديدة. وقال رئيس فيدرالية الموزعين، كمال حمادي، في تصريح خاص '
         'لـ"الشروق"، إن المشكلة في التوزيع.', "Echorouk"),
        ('اعلنت وزاره التجاره في الجزائر خطه جديده. وقال رئيس فيدراليه الموزعين، كمال حمادى، فى تصريح خاص '
         'لـ"الشروق"، إن المشكله فى التوزيع.', "Echorouk"),
        ('ارتفعت الأسعار في القاهرة هذا الأسبوع. وقال رئيس شعبة المخابز في تصريح لـ«الشروق» إن الدقيق متوفر.',
         "Al-Shorouk"),
        ('ارتفعت الاسعار فى القاهره هذا الاسبوع. وقال رئيس شعبه المخابز فى تصريح لـ«الشروق» ان الدقيق متوفر.',
         "Al-Shorouk"),
        # no country named: no guess
        ('وقال رئيس شعبة المخابز في تصريح لـ"الشروق" إن الدقيق متوفر.', None),
        ("The council moved £2.4m from the fund. Speaking on LBC's breakfast programme, the editor described the "
         "emails.", "LBC (UK)"),
        ("Protesters blocked roads in Beirut. Speaking on LBC's evening news, the minister described the plan.",
         "LBCI"),
    ],
)
def test_a_name_outlets_of_several_countries_share_is_the_one_of_the_storys_country(text, outlet):
    linked = [h.outlet for c in extract(text, catalog=CATALOG).claims for h in c.chain if h.outlet]
    assert linked[-1:] == ([outlet] if outlet else [])


@pytest.mark.parametrize(
    "text",
    ['Asked what steps the paper had taken to protect the source, she said: "We would never reveal a source."',
     'When asked about the emails, Ms Hughes said: "We would never reveal a source."'],
)
def test_the_question_put_to_a_speaker_is_not_the_report(text):
    assert kinds(text) == [[("person", "Ms Hughes" if "Hughes" in text else "she")]]


@pytest.mark.parametrize(
    "headline",
    ["الإمارات تنفي أنباء عن حريق في ميناء صقر", "الامارات تنفى انباء عن حريق فى ميناء صقر",
     "مصدر أمنى ينفى إخلاء مقر مديرية أمن الجيزة", "مصادر نفت وجود أبعاد سياسية وراء الحادث.. والسفارة تتابع",
     "وكالة \"تسنيم\" الإيرانية تنفي احتراق مصفاة في بندر عباس", "Ministry denies reports of red tide along northern coast"],
)
def test_a_headline_that_denies_claims_nothing_but_the_same_denial_in_the_body_does(headline):
    body = "Officials said the coast was safe." if headline.isascii() else "وقال المسؤولون إن الوضع آمن."
    assert len(chains(f"{headline}\n{body}")) == 1
    assert len(chains(f"{body}\n{headline}.")) == 2  # a sentence of the body, with its full stop


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A role before a name with a lower-case article or link: the name is the person's, "Minister of State" the role.
        ("UAE Minister of State Khalid al-Suwaidi on Wednesday urged restraint. \"We need patience,\" he said in "
         "remarks carried by WAM. Al-Suwaidi added that an investigation would be completed.", "Khalid al-Suwaidi"),
        ("Qatari Prime Minister Hamad bin Jassim said the talks had stalled. \"We need patience,\" he told "
         "Al Jazeera. Bin Jassim added that a new round would start.", "Hamad bin Jassim"),
    ],
)
def test_a_name_after_its_role_goes_on_in_the_outlet_that_carried_it(text, name):
    claims = extract(text, catalog=CATALOG).claims
    assert [h.name for h in claims[0].chain] == [name]
    assert [h.kind.value for h in claims[-1].chain] == ["outlet", "person"]


@pytest.mark.parametrize(
    "text",
    [
        # The speaker named by role only goes on under his name, once the article introduced that name with the role.
        ("استدعى وزير الخارجية، سالم الفيتوري، القائم بالأعمال التشادي. وحسب وكالة الأنباء الليبية، طلب الوزير "
         "من القائم بالأعمال نقل استياء الحكومة. ولفت الفيتوري إلى أن بلاده أعادت 310 مهاجرين."),
        ("استدعي وزير الخارجيه، سالم الفيتورى، القائم بالاعمال التشادى. وحسب وكاله الانباء الليبيه، طلب الوزير "
         "من القائم بالاعمال نقل استياء الحكومه. ولفت الفيتوري الى ان بلاده اعادت 310 مهاجرين."),
        ("Foreign Minister Salem al-Fitouri summoned the Chadian envoy on Sunday. The minister told Reuters that "
         "the border was watched. Al-Fitouri added that 310 migrants had been returned."),
    ],
)
def test_a_speaker_named_by_role_goes_on_under_the_name_introduced_with_it(text):
    outlet = "Reuters" if text.isascii() else "LANA (Libya)"
    assert chains(text)[-1] == [outlet, "person"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # An outlet's photographer reports for it: "مصورا لوكالة فرانس برس ذكر أن".
        ("إلا أن مصورا لوكالة فرانس برس ذكر أن عناصر من الشرطة طوقوا مدخل القنصلية.", "AFP"),
        ("الا ان مصوراً لوكالة فرانس برس ذكر ان عناصر من الشرطه طوقوا مدخل القنصليه.", "AFP"),
        ("وقال مصور لرويترز إن الدخان غطى الحي.", "Reuters"),
    ],
)
def test_an_outlets_photographer_reports_for_it(text, outlet):
    assert chains(text)[0][0] == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # "the paper" is the paper named earlier in its own sentence, not the one the article quoted last.
        ("The Daily Beast reported that the visit was planned. As for The Telegraph's claims, the paper revealed the "
         "tour would include a state banquet.", "The Telegraph"),
        ("ذكرت صحيفة الغارديان أن الزيارة تقررت. وبالنسبة لرواية صحيفة التايمز، فقد كشفت الصحيفة أن الجولة ستشمل مأدبة.",
         "The Times"),
        ("ذكرت صحيفه الغارديان ان الزياره تقررت. وبالنسبه لروايه صحيفه التايمز، فقد كشفت الصحيفه ان الجوله ستشمل مأدبه.",
         "The Times"),
    ],
)
def test_the_paper_is_the_one_named_earlier_in_its_sentence(text, outlet):
    assert chains(text)[-1] == [outlet]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"…," the source went on.' / 'he continued.': the quotation's speaker going on.
        ('A source close to the investigation told Reuters the sum was large. "In total it involves a five-figure sum," '
         "the source went on.", [["Reuters", "anonymous"], ["Reuters", "anonymous"]]),
        ("Interior Minister Laurent Nunez said the threat was high. “We will not lower our guard,” he continued.",
         [["person"], ["person"]]),
        ("The minister said the threat was high. The war continued.", [["person"]]),
    ],
)
def test_a_quotations_speaker_going_on(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وأضاف البيان": the statement's issuer goes on, inside the outlet that carried it.
        ("ذكرت صحيفة هآرتس أن بيانا للجيش الإسرائيلي قال إن موقعا نشر صورا. وأضاف البيان أن الشرطة فتحت تحقيقا.",
         [["Haaretz", "organization"]] * 2),
        ("نفت وزارة التجارة، في بيان نقلته وكالة الأنباء الجزائرية، أي زيادة في السعر. "
         "وأوضح البيان أن ما تداولته صفحات على فيسبوك لا أساس له.",
         [["APS", "organization"]] * 2),
        ("نفت وزارة التجارة، فى بيان نقلته وكالة الانباء الجزائرية، أي زيادة في السعر. "
         "واوضح البيان ان ما تداولته صفحات على فيسبوك لا أساس له.",
         [["APS", "organization"]] * 2),
        ("وقال المتحدث العسكري باسم الجماعة، يحيى سريع، في بيان متلفز بثته قناة المسيرة، إن السفينة أصيبت. "
         "وزعم البيان أن الإصابة كانت مباشرة.",
         [["Al-Masirah", "person"]] * 2),
        # a statement issued in the body's own name, relayed by no outlet, keeps no outlet
        ("أعلنت خلية الإعلام الأمني مقتل ثلاثة عناصر. وذكرت الخلية في بيان تلقته السومرية نيوز أن الطائرات نفذت الضربة. "
         "وأشار البيان إلى أن قوة برية تقدمت.",
         [["organization"], ["person"], ["person"]]),
        ("The ministry said in a statement carried by Reuters that the talks had failed. The statement added that "
         "a new round was planned.",
         [["Reuters", "organization"]] * 2),
        # "وجاء البيان وفقا للصحيفة بعد …": the statement is what came, the paper its only source
        ("ذكرت صحيفة هآرتس أن بيانا للجيش الإسرائيلي قال إن موقعا نشر صورا. "
         "وجاء البيان وفقا للصحيفة بعد ساعات من تداول الصور.",
         [["Haaretz", "organization"], ["Haaretz"]]),
    ],
)
def test_the_statement_goes_on_as_its_issuer_in_the_outlet_that_carried_it(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, quoted by Y": Y carried X's words, so Y is outermost.
        ("Foreign Minister Abbas Araghchi, quoted by the IRNA news agency, said the talks would resume.",
         [["IRNA", "person"]]),
        ("Araghchi said, as quoted by Reuters, that the talks would resume.", [["Reuters", "person"]]),
        ("The talks will resume, Araghchi said, quoted by the Tasnim news agency.", [["Tasnim", "person"]]),
        ("The minister was quoted by Reuters as saying that the talks had failed.", [["Reuters", "person"]]),
        # "According to X, [name], [role], said": the speaker inside X's report, across the commas
        ("According to Sepehr News, Brigadier General Hamid Rostami, spokesman for the Ministry of Defense, said in "
         "an interview that no military cargo was stored there.",
         [["outlet", "person"]]),
    ],
)
def test_quoted_by_an_outlet_and_a_speaker_inside_an_according_to_report(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Three hops: the outlet the article cites, the report it relays, whom that report quotes.
        ("According to The Associated Press, a report by ISNA on Sunday quotes Esmaeil Baghaei, spokesman of the "
         "foreign ministry, as saying the Finns entered Iran as tourists. Baghaei said the case is under "
         "investigation. He said diplomats had consular access.",
         [["AP", "ISNA", "person"]] * 3),
        ("According to Reuters, the state news agency IRNA quoted the minister as saying the deal was close.",
         [["Reuters", "IRNA", "person"]]),
    ],
)
def test_a_report_quoted_inside_an_according_to_report_is_a_hop_of_its_own(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الاتصالات يسرائيل بن شلوم للقناة “13 العبرية” إن الحديث عن إسقاط طائرة دعاية.",
        "وقال وزير الاتصالات يسرائيل بن شلوم للقناة «13 العبرية» إن الحديث عن إسقاط طائرة دعاية.",
        'وقال وزير الاتصالات يسرائيل بن شلوم للقناة "13 العبرية" إن الحديث عن إسقاط طائرة دعاية.',
    ],
)
def test_a_quoted_name_after_a_definite_descriptor_is_the_outlet_listed_with_it(text):
    assert chains(text) == [["Channel 13 (Israel)", "person"]]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وأوردت هيئة البث العبري “كان” عن المسؤول قوله "إننا نحقق في ملابسات سقوط الطائرة".', "Kan"),
        ('واوردت هيئة البث العبرى "كان" عن المسؤول قوله "اننا نحقق في ملابسات سقوط الطائرة".', "Kan"),
        ("وذكرت وكالة رويترز عن مسؤول أمريكي تأكيده أن المحادثات توقفت.", "Reuters"),
    ],
)
def test_any_cue_with_an_from_someone_and_his_saying_quotes_him(text, outlet):
    assert chains(text) == [[outlet, "anonymous"]]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_speaker_before_a_dashed_aside_is_no_dateline(dash):
    text = (f'وأضاف الشناوي {dash} خلال مداخلة هاتفية مع برنامج "الحكاية" المذاع على قناة "إم بي سي مصر" مساء اليوم '
            f"{dash} أن أصحاب المخابز اتفقوا مع الوزارة على تثبيت الأسعار.")
    assert chains(text) == [["MBC Masr", "person"]]


def test_a_place_before_a_dash_is_still_a_dateline():
    assert chains("القاهرة - قال وزير التموين علي المصيلحي إن الأسعار ثابتة.") == [["person"]]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وفي مقال نشرته صحيفة "الجارديان" اليوم، أكدت واين أن السلطات طلبت منها تسليم الوثائق.', "The Guardian"),
        ("وفى مقال نشرته صحيفة الجارديان اليوم، اكدت واين ان السلطات طلبت منها تسليم الوثائق.", "The Guardian"),
        ("وفي تقرير بثته قناة الجزيرة مساء أمس، قال الوزير إن المفاوضات متوقفة.", "Al Jazeera"),
    ],
)
def test_a_fronted_piece_an_outlet_published_is_outermost_for_the_speaker_after_it(text, outlet):
    assert chains(text) == [[outlet, "person"]]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت السلطات السودانية فرض حظر تجول ليلي في مدينة كسلا الشرقية لمدة أسبوع، بحسب ما ذكرته وكالة السودان للأنباء.",
        "اعلنت السلطات السودانيه فرض حظر تجول ليلى فى مدينة كسلا الشرقية لمدة اسبوع، بحسب ماذكرته وكالة السودان للانباء.",
    ],
)
def test_a_body_announcing_a_long_measure_is_the_subject_under_the_agency_relaying_it(text):
    assert chains(text) == [["SUNA", "organization"]]


@pytest.mark.parametrize(
    "quote",
    ['"قالت مصادر أمنية أردنية إن عدد المحاولات تضاعف"', "«قالت مصادر أمنية أردنية إن عدد المحاولات تضاعف»",
     "“قالت مصادر امنية اردنية ان عدد المحاولات تضاعف”"],
)
def test_a_papers_quoted_words_that_open_with_a_report_name_its_source(quote):
    text = f"نشرت صحيفة الشرق الأوسط تقريرا عن التهريب. وقالت الصحيفة: {quote}."
    assert chains(text)[-1] == ["Asharq Al-Awsat", "anonymous"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('وعزا وزير الزراعة السوري محمد حسان القرار إلى "ارتفاع تكاليف الطحين".', "محمد حسان"),
        ("وعزت المتحدثة باسم الوزارة سلمى الحسن الارتفاع الى نقص الوقود.", "سلمى الحسن"),
        ("وعزا المدير نزار العلي ذلك إلى ارتفاع التكاليف.", "نزار العلي"),
    ],
)
def test_what_a_speaker_put_down_to_something_is_not_part_of_his_name(text, name):
    assert [(h[0], h[1]) for h in kinds(text)[0]] == [("person", name)]


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("Senior South Korean intelligence officials believe that the leader may be gravely ill.", True),
        ("US investigators so far believe the intrusions were meant to map the fleet.", True),
        # anyone else's belief is a thought, not a report
        ("Many voters believe that the economy is getting worse.", False),
        ("I believe the talks will fail.", False),
    ],
)
def test_what_unnamed_officials_believe_is_reported_but_not_anyones_thought(text, attributed):
    assert bool(chains(text)) is attributed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…، وفقا لما صرح به X": the paper quotes X; "…، بحسب ما ذكرته وكالة X": the agency relays it
        ('ذكرت صحيفة "لونوفال أوبسرفاتور" الفرنسية أن الحكومة طلبت حذف ملفات، وفقًا لما صرح به اليوم كاثرين واين، '
         'رئيسة تحرير "الجارديان".', [["L'Obs", "person"]]),
        ("ذكرت صحيفة لونوفال أوبسرفاتور أن الحكومة طلبت حذف ملفات، وفقا لما صرحت به كاثرين واين.",
         [["L'Obs", "person"]]),
        ("أعلنت الحكومة فرض حظر تجول، بحسب ما ذكرته وكالة السودان للأنباء.", [["SUNA", "organization"]]),
    ],
)
def test_a_trailing_according_to_what_someone_declared_quotes_them(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    "reply",
    ["في رد نقلته الصحيفة", "فى رد نقلته الصحيفة البريطانية", "في ردها الذي نقلته الصحيفة"],
)
def test_a_reply_the_paper_carried_is_under_the_paper(reply):
    text = (f"نشرت صحيفة الغارديان مقالا عن صادرات السلاح. من جانبها، قالت وزارة التجارة البريطانية {reply} "
            "إن نظام الترخيص صارم.")
    assert chains(text)[-1] == ["The Guardian", "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of an accusing verb stops before its object
        ('نقلت وكالة تسنيم عن مسؤول محلي أن التجمع محدود. واتهمت الوكالة مواقع "معادية" بتضخيم الحدث.',
         [["Tasnim", "anonymous"], ["Tasnim"]]),
        ("نقلت وكالة تسنيم عن مسؤول محلى ان التجمع محدود. واتهمت الوكالة مواقع معادية بتضخيم الحدث.",
         [["Tasnim", "anonymous"], ["Tasnim"]]),
        # a definite object right after the verb: the verb's pronoun is the speaker
        ('قال وزير الخارجية الإيراني عباس عراقجي إن بلاده لا صلة لها بالشحنة. ووصف الاتهامات بأنها "بلا دليل".',
         [["person"], ["person"]]),
    ],
)
def test_an_accusing_or_describing_verbs_object_is_not_its_source(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'وبحسب وكالة "فارس" قال الرئيس الإيراني مسعود بزشكيان لدى عودته إلى طهران قادما من جولته في آسيا الوسطى: '
        "إن الأوضاع مؤسفة. وأضاف بزشكيان: حقا لا يصدق. وأعرب الرئيس الإيراني عن أمله بأن تتحسن ظروف المنطقة.",
        "وبحسب وكالة فارس قال الرئيس الايراني مسعود بزشكيان لدي عودته الى طهران قادما من جولته فى اسيا الوسطى: "
        "ان الاوضاع مؤسفة. واضاف بزشكيان: حقا لا يصدق. واعرب الرئيس الايراني عن امله بان تتحسن ظروف المنطقة.",
    ],
)
def test_a_speaker_goes_on_by_family_name_and_by_the_role_he_was_introduced_with(text):
    assert chains(text) == [["Fars", "person"]] * 3
    assert kinds(text)[0][-1] == ("person", "مسعود بزشكيان")


def test_a_role_written_after_the_name_names_him_again_in_the_report():
    text = ("قال الدكتور شريف فاروق، وزير التموين والتجارة الداخلية، إن سعر الخبز لن يتغير. "
            'وأضاف فاروق، خلال مداخلة هاتفية مع برنامج "على مسئوليتى" المذاع على قناة "صدى البلد"، أن المخزون آمن. '
            'وأوضح وزير التموين أن "الأسواق تحت المراقبة".')
    assert chains(text)[1:] == [["Sada El Balad", "person"]] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "علمت X من مصادر": the outlet has it from the sources, who go on as "المصادر ذاتها"
        ("علمت هسبريس من مصادر مطلعة أن الوزارة تستعد لحركة انتقالية. وأفادت المصادر ذاتها بأن الحركة ستشمل 300 رجل.",
         [["Hespress", "anonymous"]] * 2),
        ("علمت هسبريس من مصادر مطلعه ان الوزارة تستعد لحركة انتقالية. وافادت المصادر ذاتها بان الحركة ستشمل 300 رجل.",
         [["Hespress", "anonymous"]] * 2),
        # "نسبت X إلى (ما أسمتهم) مصادر": words the outlet attributes to them
        ("نسبت صحيفة الشرق الأوسط السعودية إلى ما أسمتهم مصادر أمنية عراقية رفيعة أن هناك مخططا. "
         "ونسبت الصحيفة إلى مصدر مقرب من الوزير قوله إنه أبلغ بالمعلومات.",
         [["Asharq Al-Awsat", "anonymous"]] * 2),
        # "الصحيفة لم تسم …": the negated verb is the subject's own, not part of its name
        ("نسبت صحيفة الشرق الأوسط إلى مصادر أمنية أن هناك مخططا. الصحيفة لم تسم تلك المصادر ونشرت تقريرا عن الموضوع.",
         [["Asharq Al-Awsat", "anonymous"], ["Asharq Al-Awsat"]]),
    ],
)
def test_an_outlet_that_learned_from_or_attributes_to_sources(text, expected):
    assert chains(text) == expected


def test_the_same_source_again_is_the_latest_claims_source_and_a_view_is_the_articles_own():
    text = ("نسبت صحيفة الشرق الأوسط إلى مصادر أمنية أن هناك مخططا. أعلنت وزارة الداخلية توقيف ثلاثة أشخاص. "
            "وأوضح المصدر نفسه أن التحقيق مستمر. ويرى مراقبون أن مثل هذه التقارير تتكرر.")
    assert chains(text) == [["Asharq Al-Awsat", "anonymous"], ["organization"], ["organization"], ["anonymous"]]


@pytest.mark.parametrize(
    "appearance",
    ["Peter Hollis, the environment secretary, is on Sky News.", "Peter Hollis has been speaking to Sky News.",
     "The environment secretary, Peter Hollis, was interviewed on Sky News:"],
)
def test_a_live_blogs_he_says_after_someone_appears_on_an_outlet(appearance):
    text = f"{appearance}\nHe says the bill will not be paused.\nMinisters will talk to the rebels, he says."
    assert chains(text) == [["Sky News", "person"]] * 2


@pytest.mark.parametrize("verb", ["affirmed", "underlined"])
def test_affirmed_and_underlined_report(verb):
    assert chains(f"The minister {verb} that there are no foreign forces on Syrian soil.") == [["person"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("David Mendel, the assistant director of the Chicago field office, said his agents were not seeking anyone.",
         "David Mendel"),
        ("Sarah Lee, a spokeswoman for the interior ministry, said the border was open.", "Sarah Lee"),
    ],
)
def test_a_name_then_a_role_naming_a_body_is_the_person(text, name):
    assert kinds(text) == [[("person", name)]]


@pytest.mark.parametrize("noun", ["more reporting", "further reporting", "his warning"])
def test_a_gerund_after_a_determiner_is_a_noun(noun):
    text = f'"There is credible information," said Karen Ostrowski. "We will get {noun} in the coming days."'
    assert kinds(text) == [[("person", "Karen Ostrowski")]] * 2


@pytest.mark.parametrize(
    "late",
    ["The officials described the threat to The Associated Press on condition of anonymity.",
     "The officials spoke to Reuters on the condition of anonymity to discuss security matters."],
)
def test_unnamed_sources_who_spoke_to_an_outlet_on_anonymity_are_under_it(late):
    text = ("U.S. officials said they were investigating a credible threat. The Homeland Security Department said the "
            f"threat was specific. Investigators are looking for two people, officials said. {late}")
    outlet = "AP" if "Associated" in late else "Reuters"
    assert chains(text) == [[outlet, "anonymous"], ["organization"], [outlet, "anonymous"]]
