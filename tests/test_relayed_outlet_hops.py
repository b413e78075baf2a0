"""The outlet a source's words reached, named in a later sentence, credited to that source's earlier words (issue 11)."""

import pytest

from tests.test_extraction_constructions import chains


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "أبلغ" with the outlet as its object, no ل: the source just heard told the agency, his first words too.
        ("أفاد مصدر أمني فلسطيني بأن قوة مشتركة فككت خلية مسلحة. وأبلغ المصدر، وكالة الأناضول، أن عناصر الأمن "
         "عثروا على قذائف.",
         [["Anadolu Agency", "anonymous"]] * 2),
        ("افاد مصدر امنى فلسطينى بان قوة مشتركة فككت خلية مسلحه. وابلغ المصدر، وكاله الاناضول، ان عناصر الامن "
         "عثروا على قذائف.",
         [["Anadolu Agency", "anonymous"]] * 2),
        # An unnamed source by fewer words than before is the one just heard, not a new one.
        ("قال مسؤول أمريكي إن واشنطن تدرس فرض عقوبات جديدة. وأبلغ مسؤول وكالة رويترز أن القرار سيصدر الأسبوع المقبل.",
         [["Reuters", "anonymous"]] * 2),
        ("قال مسئول امريكى إن واشنطن تدرس فرض عقوبات جديده. وابلغ مسئول وكالة رويترز ان القرار سيصدر الاسبوع المقبل.",
         [["Reuters", "anonymous"]] * 2),
        # Another source told the agency: the first one's words stay his own.
        ("قال مسؤول أمريكي إن واشنطن تدرس فرض عقوبات جديدة. وأبلغت مصادر أخرى وكالة رويترز أن القرار سيصدر قريبا.",
         [["anonymous"], ["Reuters", "anonymous"]]),
    ],
)
def test_the_outlet_told_with_ablagha_is_the_outer_hop_of_the_same_source(text, expected):
    assert chains(text) == expected


_LE_DRIAN_TOLD_CNN = ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحوار ممكن. "
                      "وصرح لودريان لشبكة CNN بأن باريس تنتظر الرد.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named again, telling the outlet itself: his words before were told to it too.
        ("قال وزير الخارجية الفرنسي جان إيف لودريان إن النظام يستخدم الكلور. وصرح لودريان لشبكة CNN بأن كل "
         "المؤشرات تدل على ذلك.",
         [["CNN", "person"]] * 2),
        ("قال وزير الخارجيه الفرنسى جان ايف لودريان ان النظام يستخدم الكلور. وصرح لودريان لشبكه CNN بان كل "
         "المؤشرات تدل على ذلك.",
         [["CNN", "person"]] * 2),
        ("أعلن وزير الداخلية الفرنسي مانويل فالس أن عشرات الفرنسيين يقاتلون في سوريا. وقال فالس، لقناة العربية، "
         "إن الأمر يقلق باريس.",
         [["Al Arabiya", "person"]] * 2),
        # ... or in an interview with it.
        ("قال كبير المفاوضين صائب عريقات إن الحديث عن محاربة الإرهاب أسطوانة مشروخة. وأضاف عريقات، خلال حواره مع "
         "الإعلامي تامر أمين على فضائية الحياة المصرية، أن حل القضية هو طريق الأمن.",
         [["Al-Hayah TV", "person"]] * 2),
        ("قال كبير المفاوضين صائب عريقات ان الحديث عن محاربة الارهاب اسطوانة مشروخه. واضاف عريقات خلال حواره مع "
         "قناة العربية ان حل القضيه هو طريق الامن.",
         [["Al Arabiya", "person"]] * 2),
        # Not the page's own channel (its site line), nor "في تصريح لوكالة": his first words were his own.
        ("قناة العالم\nأكد مساعد وزير الخارجية الإيراني حميد رضا كاظمي أن طهران لن تقبل شروطا. وقال كاظمي "
         "لقناة العالم إن الكرة في ملعب الأوروبيين.\n" + _LE_DRIAN_TOLD_CNN,
         [["person"], ["Al-Alam", "person"], ["CNN", "person"], ["CNN", "person"]]),
        ("قال وزير الطاقة التركي، مراد يلدز، إن الضخ سيستأنف. وأضاف يلدز في تصريح لوكالة الأناضول أن الفحص انتهى. "
         + _LE_DRIAN_TOLD_CNN,
         [["person"], ["Anadolu Agency", "person"], ["CNN", "person"], ["CNN", "person"]]),
    ],
)
def test_a_person_named_again_to_an_outlet_credits_his_lead(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the official news agency": the agency of the country its adjective names ...
        ("ونقلت وكالة الأنباء الرسمية الإيرانية عن الوزير قوله إن المفاوضات مستمرة.", [["IRNA", "person"]]),
        ("ذكرت وكالة الانباء الرسميه السعوديه ان الملك استقبل الوفد.", [["Saudi Press Agency"]]),
        ("وقالت وكالة الأنباء الرسمية في إيران إن الوفد وصل إلى مسقط.", [["IRNA"]]),
        ("واوردت وكالة الانباء الرسمية التابعة للحكومة السورية ان الوفد وصل الى دمشق.", [["SANA"]]),
        # ... or of the country named last before it in its sentence or paragraph.
        ("قال وزير الخارجية الأردني أيمن الصفدي لوكالة الأنباء الرسمية إن المملكة ترفض التهجير.",
         [["Petra News Agency", "person"]]),
        ("قال وزير الخارجيه الاردنى ايمن الصفدى لوكاله الانباء الرسميه ان المملكه ترفض التهجير.",
         [["Petra News Agency", "person"]]),
        ("وصرح وزير الإعلام السوري لوكالة الأنباء الحكومية بأن الانتخابات ستجرى في موعدها.", [["SANA", "person"]]),
        ("التقى وزير الخارجية الإيراني نظيره القطري في الدوحة. وقالت وكالة الأنباء الرسمية إن اللقاء تناول الملف "
         "النووي.",
         [["QNA"]]),
        ("اغلقت الكويت المعبر الحدودى امس. وقالت وكاله الانباء الرسميه ان القرار مؤقت.", [["KUNA"]]),
    ],
)
def test_the_official_news_agency_is_the_countrys_own(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet named again for a second source who first spoke in a thread of his own: his words there too.
        ("ذكرت صحيفة وول ستريت جورنال أن مسؤولا أمريكيا قال إن الهجوم كان متوقعا. وفي السياق ذاته، قال مسؤول "
         "أمريكي آخر إن الإدارة لم تتخذ قرارا. ونقلت الصحيفة أيضاً عن المسؤول الآخر أن الرد سيكون محدودا.",
         [["The Wall Street Journal", "anonymous"]] * 3),
        ("ذكرت صحيفة وول ستريت جورنال ان مسؤولا امريكيا قال ان الهجوم كان متوقعا. وفى السياق ذاته، قال مسئول "
         "امريكى اخر ان الاداره لم تتخذ قرارا. ونقلت الصحيفه ايضا عن مسئول اخر ان الرد سيكون محدودا.",
         [["The Wall Street Journal", "anonymous"]] * 3),
        # ... told it by him, after a verb inside the phrase asking not to be named ("عدم كشف اسمه").
        ("كشف مصدر سوري لوكالة يونايتد برس إنترناشونال أن الأجهزة الأمنية اعتقلت المنفذ. وفي السياق ذاته، قال "
         "مصدر سوري آخر إن خمسة أشخاص فقط حضروا الاجتماع. وأضاف المصدر الذي فضل عدم كشف اسمه لـ”يونايتد برس "
         "إنترناشونال”، أن ما يشاع غير صحيح.",
         [["UPI", "anonymous"]] * 3),
        ("كشف مصدر سورى لوكاله يونايتد برس انترناشونال ان الاجهزه الامنيه اعتقلت المنفذ. وفى السياق ذاته، قال "
         "مصدر سورى اخر ان خمسه اشخاص فقط حضروا الاجتماع. واضاف المصدر الذى فضل عدم كشف اسمه ليونايتد برس "
         "انترناشونال ان ما يشاع غير صحيح.",
         [["UPI", "anonymous"]] * 3),
    ],
)
def test_an_outlet_named_again_for_a_second_source_credits_his_lead(text, expected):
    assert chains(text) == expected
