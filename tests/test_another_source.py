""""Another source" speaks in the report under way; "اكتفى بالقول", "مكتفيا بالقول" report what was said (issue 11)."""

import pytest

from tests.test_extraction_constructions import chains


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second Syrian source after the agency's first one, opened by "in the same context".
        ('كشف مصدر سوري أن الأجهزة اعتقلت منفذ التفجير. وقال المصدر المطلع لـ"يونايتد برس إنترناشونال" إن '
         '"لدينا معلومات موثوقة". وفي السياق ذاته، قال مصدر سوري آخر إن خمسة أشخاص فقط حضروا الاجتماع.',
         [["UPI", "anonymous"]] * 3),
        # ى for ي, no hamza, "نفسه" for "ذاته", plural "مصادر اخرى".
        ("نقلت وكالة رويترز عن مصدر امني ان الهجوم وقع فجرا. وفى السياق نفسه، قالت مصادر اخرى ان عدد القتلى ارتفع.",
         [["Reuters", "anonymous"]] * 2),
        ("نقلت وكالة رويترز عن مسؤول عراقي أن الحدود ستفتح. وقال مسؤول ثان إن القرار اتخذ أمس.",
         [["Reuters", "anonymous"]] * 2),
        # A fresh unnamed source with no "another" after a new thread still speaks in the page's own voice.
        ("نقلت وكالة رويترز عن مصدر امني ان الهجوم وقع فجرا. وفي بغداد، قال مصدر حكومي إن الحكومة ستجتمع.",
         [["Reuters", "anonymous"], ["anonymous"]]),
        # "من جهة أخرى" turns to another matter.
        ("نقلت وكالة رويترز عن مصدر امني ان الهجوم وقع فجرا. من جهة أخرى، أفادت مصادر متابعة بأن الحدود أغلقت.",
         [["Reuters", "anonymous"], ["anonymous"]]),
        # "في سياق متصل" turns to related news, not to the same report.
        ("نقلت وكالة رويترز عن مصدر امني ان الهجوم وقع فجرا. وفي سياق متصل، قال مصدر حكومي إن الحكومة ستجتمع.",
         [["Reuters", "anonymous"], ["anonymous"]]),
    ],
)
def test_another_source_speaks_in_the_report_under_way(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "اكتفى … بالقول / بتأكيد": all the source said.
        ("واكتفى شهود عيان بتأكيد وقوع انفجار في الثكنة، من دون أن يحددوا سببه.", [["anonymous"]]),
        ("واكتفى المتحدث باسم الوزارة بالقول إن التحقيق مستمر.", [["person"]]),
        ("واكتفت الخارجيه بالإشاره إلى ان الاتصالات مستمرة.", [["organization"]]),
        # A participle after what the speaker just heard did: he said it, to the same outlet.
        ("وقال الوزير جان نويل بارو لقناة بي إف إم تي في إن المفاوضات مستمرة. ورفض الوزير تحديد الجهة التي تحتجز "
         'الرهينتين، مكتفيا بالقول انها "معروفة لدى الاجهزة".', [["BFM TV", "person"]] * 2),
        ("وقال رئيس البلدية كريستيان إستروسي إن الهجوم كان متوقعا. ولم يفصح «إستروسي» عن هوية المسؤول، معتبرا أن "
         "ما حدث هو الأسوأ.", [["person"]] * 2),
        ("ورفض الوزير تحديد الجهة التي تحتجز الرهينتين، مكتفيا بالصمت.", []),
        # "كبير محللي السوق": the chief of a trade, named after a comma.
        ("وقال كبير محللي السوق في شركة «كابيتال إيدج»، مارتن هولز: «التراجع اليوم لا يغير الصورة».", [["person"]]),
        # "أجاب … بأن": the answer to the paper's question.
        ("نقلت صحيفة القدس العربي عن مصدر يمني رفيع أن الإنزال تم. وعندما سألته الصحيفة عن عدد الجنود، أجاب "
         "المصدر بأن «المهمة محدودة».", [["Al-Quds Al-Arabi", "anonymous"]] * 2),
        ("وأجابت الوزيرة بأن الخطة جاهزة.", [["person"]]),
        ("وأجاب على السؤال الثالث من الامتحان.", []),  # no saying after it: answered a question
        # "اكتفى بذكر X": he only mentioned something, said nothing of it.
        ("بل اكتفى بذكر المشتقات النفطية المضبوطة.", []),
        # A verb said not to have reported ("لم تكشف", "ولن يعلن") reports nothing.
        ("ولم تكشف المصادر أي تفاصيل عن ظروف مقتل الصحفي.", []),
        ("ولن يعلن الوزير اسم المرشح قبل الاثنين.", []),
        ('ولم يكشف المصدر هوية المنفذ، لكنه شدد على أن "العبوة زرعت من الداخل".', [["anonymous"]]),
        # "اكتفى" with no saying after it is "made do with": nothing said.
        ("واكتفت الحكومة بهذا القدر من الإجراءات.", []),
        # "talked about" reaching past a relative clause about the outlet.
        ('تحدثت هيئة "فرانس تلفزيون"، التي كان الصحافي الفرنسي الذي لقي حتفه الأربعاء في حمص يعمل لصالحها، '
         'يوم الجمعة عن "أمور مريبة" تحيط بظروف مقتله.', [["France Télévisions"]]),
    ],
)
def test_what_a_source_did_no_more_than_say(text, expected):
    assert chains(text) == expected
