"""Speakers named by what they did before saying it, outlets that asked or aired the words, and quotations going on."""

import pytest

from tests.extraction_helpers import chains


@pytest.mark.parametrize(("text", "expected"), [
    # a verb no cue reports, its subject, then a participle of saying: whoever did it says it
    ("ويقاطع الوزير الصحفي قائلا: “لا صحة لذلك”.", [[("person", "الوزير")]]),
    ("وخرج وزير الخارجية سامح شكري عن صمته قائلا إن الأمر محسوم.", [[("person", "سامح شكري")]]),
    ("ورد المتحدث باسم الجيش على الصحفي مؤكدا أن العملية مستمرة.", [[("person", "المتحدث باسم الجيش")]]),
    # and the same speaker goes on in the quotations after
    ("ويقاطع الوزير الصحفي قائلا: “لا صحة لذلك”.\nوتابع قائلا: “ثم عدتم وكتبتم قصة أخرى”.\n"
     "وأضاف: “أمضيت عشرين دقيقة مع إحدى الزميلات”.",
     [[("person", "الوزير")], [("person", "الوزير")], [("person", "الوزير")]]),
    # a subject that is no source ("prices") says nothing
    ("وارتفعت الأسعار مؤكدة أن الأزمة مستمرة.", [[]]),
])
def test_the_doer_of_a_deed_then_saying(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "drew attention", "expressed her surprise": what she did, the paper still speaking
    ("قالت صحيفة ديلي ميل إن الرسائل سربت. ولفتت الانتباه إلى أن ولي العهد يفضل مخاطبة أصحاب النفوذ. "
     "وأبدت استغرابها من تلكؤ الحكومة.",
     [[("outlet", "Daily Mail")], [("outlet", "Daily Mail")], [("outlet", "Daily Mail")]]),
    # the paper's own writer, referred to by her place at the paper
    ("قالت صحيفة ديلي ميل إن الرسائل سربت. وأشارت الكاتبة في الصحيفة، آنّا ميخايلوفا، في تقرير لها، "
     "إلى أن ابن سلمان ألح على جونسون.",
     [[("outlet", "Daily Mail")], [("outlet", "Daily Mail"), ("person", "آنّا ميخايلوفا")]]),
    # the General Staff is a body, also alone before a headline's colon
    ("الأركان الروسية: طائرة أمريكية تحرشت بمقاتلاتنا في الأجواء السورية",
     [[("organization", "الأركان الروسية")]]),
])
def test_what_the_paper_did_and_who_works_there(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وردا على سؤال لرويترز، قال متحدث باسم الوزارة إن الخطة جاهزة.",
     [[("outlet", "Reuters"), ("person", "متحدث باسم الوزارة")]]),
    ("ورداً على سؤال من وكالة فرانس برس حول الهجوم، قال متحدث باسم الجيش إن العملية مستمرة.",
     [[("outlet", "AFP"), ("person", "متحدث باسم الجيش")]]),
    ("وفي رد على سؤال من وكالة فرانس برس، قال متحدث باسم الجيش إن العملية مستمرة.",
     [[("outlet", "AFP"), ("person", "متحدث باسم الجيش")]]),
    # answering a report of Reuters is not telling Reuters
    ("وردا على تقرير لرويترز، قال الوزير إن الخطة جاهزة.", [[("person", "الوزير")]]),
    # the channel that aired the press conference, however long the words about it
    ('وقال نتنياهو، في مؤتمر صحفى جمعه بوزير الخارجية الأمريكى وعرضته قناة "القاهرة الإخبارية"، إن الحرب مستمرة. '
     "وأوضح أن حكومته تعمل على استعادة المحتجزين.",
     [[("outlet", "Al-Qahera News"), ("person", "نتنياهو")], [("outlet", "Al-Qahera News"), ("person", "نتنياهو")]]),
    ("وقال نتنياهو، في مؤتمر صحفي بثته قناة الجزيرة، إن الحرب مستمرة.",
     [[("outlet", "Al Jazeera"), ("person", "نتنياهو")]]),
])
def test_the_outlet_that_asked_or_aired(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name, then a role that is no unnamed source: the name speaks
    ("In the same vein, Aaron David Miller, a veteran US diplomat, tweeted that the change of tone was troubling.",
     [[("person", "Aaron David Miller")]]),
    ("John Smith, a US diplomat, said that the change was troubling.", [[("person", "John Smith")]]),
    ("Two diplomats, speaking on condition of anonymity, said the talks had stalled.", [[("anonymous", "Two diplomats")]]),
    # the unnamed speakers closing a clause, the sentence going on after "but"
    ("Mike Pompeo is said to be looking for a way out of the administration, three senior Republicans told Time "
     "magazine, but he has not decided.", [[("outlet", "Time"), ("person", "Republicans")]]),
    # a sentence all quotation goes on with the speaker before, whoever a verb inside it names
    ('Pompeo wants to run for the Senate, "he is tired of the job," Time reported. '
     '"People around Pompeo have in the past denied that he intended to quit."',
     [[("outlet", "Time")], [("outlet", "Time")]]),
])
def test_english_names_before_roles_and_quotations_going_on(text, expected):
    assert chains(text) == expected


def test_a_judicial_investigation_is_no_outlet_but_a_papers_is():
    assert chains("ونشرت صحيفة فايننشال تايمز تحقيقا عن الأثرياء الروس. ولم يتوقف الأمر عند رجال الأعمال الروس، "
                  "بل امتد إلى أثرياء من دول أخرى، بحسب التحقيق.") == [[("outlet", "Financial Times")]] * 2
    assert chains("وأعلنت النيابة فتح تحقيق في الحادث. وكشف التحقيق أن السائق كان مسرعا.")[1] == [("anonymous", "التحقيق")]


def test_links_in_the_text_name_nobody():
    found = chains("Critics cited the reports (https://news.example.com/ex-spies-diplomats-185404587.html) Reports by "
                   "NBC News on the intelligence sharing implied that the US had helped.")
    hops = [hop for chain in found for hop in chain]
    assert ("outlet", "NBC News") in hops and not any("http" in surface for _, surface in hops)
    assert chains("وقالت صحيفة الغد (www.alghad.com) إن الحكومة ستستقيل.") == [[("outlet", "Al-Ghad")]]
