"""Page furniture (captions, credits, share and read-more lines, notices) is told apart from reporting."""

import pytest

from workbench.extraction.cues import has_cue
from workbench.text.boilerplate import boilerplate_spans, is_furniture_line
from workbench.text.normalize import fold


def furniture(line: str) -> bool:
    return is_furniture_line(line, has_cue=lambda text: has_cue(fold(text)))


@pytest.mark.parametrize(
    "line",
    [
        "خريطة توضح خطة القضاء على داعش ضمن معركة تحرير الموصل",  # caption
        "صورة أرشيفية",
        "تقرير صحيفة الصن البريطانية",  # credit: short, no verb, no punctuation
        "تم أضافة تعليقك سوف يظهر بعد المراجعة",  # comment notice (with the common misspelling)
        "تم إضافة تعليقك سوف يظهر بعد المراجعة",
        "اقرأ أيضاً:",
        "اقرأ أيضا",
        "شارك",
        "إعلان",
        "كتب- أحمد عبدالعظيم",
        "جميع الحقوق محفوظة © 2024",
        "Advertisement",
        "Read more: Mosul offensive: what we know so far",
        "Share this article",
        "Sign up for our daily newsletter",
        "Follow us on Twitter",
        "Copyright 2017 The Associated Press. All rights reserved.",
        "By Stephen Kalin and Maher Chmaytelli",
        "(Additional reporting by Isabel Coles in Erbil; Editing by Peter Graff)",
        "(شارك فى التغطية نضال المغربى - تحرير سها جادو)",
        "___",
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
        "بيروت- «الشرق الأوسط»",  # dateline credit standing alone
        "مواضيع ذات صلة",
        "This article was first published in Arab News",  # the syndication credit closing a reprint
        "This story originally appeared on Middle East Eye.",
        "نُشر هذا المقال أولاً في صحيفة الغارديان",
        "المصدر : الجزيرة + وكالات",
        "Associated Press writer Matt O'Brien contributed to this report.",
    ],
)
def test_furniture_lines(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "مرسلة بواسطة حب الوطن في 9:14 ص",  # a blog's "posted by"
        "مرسله بواسطه أحمد في 12:40 م",
        "The post مصدر أمني: مسلحون يطوقون المقر appeared first on صحيفة المتوسط.",  # a feed's footer
        "The Times of Israel liveblogged Friday's events as they happened.",
        "Image courtesy the Associated Press.",
        "Read: 'Riyadh's ties with the region are not about politics'",
        "Here is a roundup of the day's events:",
        "Comments",
        "يمكنك أيضا متابعة الخبر من مصدره في صحيفة المتوسط الليبية",
        "للإطلاع على آخر الأخبار والأحداث اليومية في لبنان والعالم",
        "للاطلاع على اخر الاخبار والاحداث اليوميه",
        'مزيد من التفاصيل في تقرير مراسل "راديو سوا" في اليمن:',
        "رابط الخبر بصحيفة الوئام: «أرامكو»: جميع المنشآت تعمل بشكل عادي",
    ],
)
def test_blog_and_feed_footers_and_reader_notes(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    ["The post office said deliveries would resume on Monday.",
     "Critics said the comments were offensive.",
     "وقال المتحدث إن مزيدا من التفاصيل سيعلن لاحقا."],
)
def test_reporting_near_those_words_is_not_furniture(line):
    assert not furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "وقالت تقارير إعلامية إن أكثر من 25 عائلة وصلت إلى مدينة مركدة.",
        "ذكر شهود عيان أنهم شاهدوا 6 حافلات",  # short, but a reporting cue
        "قال الوزير: لا تراجع",
        "Iraqi troops push into eastern Mosul as civilians flee",  # a headline is reporting
        "Officials said the road was closed.",
        "",
    ],
)
def test_reporting_lines_are_not_furniture(line):
    assert not furniture(line)


def test_related_story_list_under_a_header():
    text = "وتسيطر القوات على المدينة منذ أشهر.\nاقرأ أيضاً:\nالتموين: صرف منحة استثنائية لأصحاب البطاقات\nأسعار الذهب اليوم فى مصر في أسبوع\n\nوقال الوزير إن الأسعار مستقرة."
    marked = [text[s:e] for s, e in boilerplate_spans(text)]
    assert marked == ["اقرأ أيضاً:", "التموين: صرف منحة استثنائية لأصحاب البطاقات", "أسعار الذهب اليوم فى مصر في أسبوع"]


def test_related_story_list_under_a_definite_header():
    text = "وقال الأمير إن الحملة تشمل كل المدن.\nالأخبار ذات الصلة\nأمير الشرقية يدشن حملة التشجير في الدمام\nطباعة الخبر"
    marked = [text[s:e] for s, e in boilerplate_spans(text)]
    assert marked == ["الأخبار ذات الصلة", "أمير الشرقية يدشن حملة التشجير في الدمام", "طباعة الخبر"]


def test_indented_titles_under_each_paper_of_a_press_review():
    text = ("ولفتت واشنطن بوست نقلاً عن أحد مساعدي الأمير إلى أن السلطات تحتجزه منذ مارس.\n"
            "نيويورك تايمز\n"
            "         إيران تحقق في حريق نطنز وسط شبهات التخريب\n"
            "         بومبيو: لن نسمح لطهران بتجاوز حظر السلاح\n"
            "\tحاكم تكساس يعيد فرض قيود على الحانات\n"
            "  وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل.\n"
            "  ونفت الوزارة أن تكون قد تلقت أي طلب رسمي.\n"
            "   وقالت المصادر إن الاجتماع انتهى دون اتفاق على موعد جديد للجولة المقبلة\n")
    marked = [text[s:e] for s, e in boilerplate_spans(text, has_cue=has_cue)]
    # the paper's name (a short line) and its indented titles; indented sentences and a lone indented line stay
    assert marked == ["نيويورك تايمز", "إيران تحقق في حريق نطنز وسط شبهات التخريب",
                      "بومبيو: لن نسمح لطهران بتجاوز حظر السلاح", "حاكم تكساس يعيد فرض قيود على الحانات"]


# A date or a time with at most a site, a credit or a label beside it; months as the Maghreb, the Levant and the
# Hijri calendar spell them, and the evening mark with its tanwin.
@pytest.mark.parametrize(
    "line",
    [
        "السبت 14 نونبر 2025 - 09:30",  # Moroccan month name
        "الخميس 2 جوان 2025 على الساعة 10:30",  # Algerian and Tunisian month name
        "الثلاثاء 5 شعبان 1447 هـ - 18:20 - الثلاثاء 3 فبراير 2026",  # Hijri date beside the Gregorian one
        "الجمعة 7 مارس 2025 | 08:40 مساءً",
        "نشر في 04-02-2026 | 16:45",  # a label before the date
        "03.02.2026, وكالة الأنباء العربية",  # the site's name after it
        "2026-01-19 12:00:00 - المصدر: موقع الخليج",
        "العصر 15:21",  # the prayer-times widget
        "Gulf Desk and wires Wed, 04/02/2026 - 10:12",
        "(Xinhua) 17:45, January 9, 2026",
        "2026-02-01 - 7:15 p",
    ],
)
def test_date_lines_with_a_credit(line):
    assert furniture(line)


# The page's own record: a label from a newsroom's masthead or tag box, a colon, and a few words.
@pytest.mark.parametrize(
    "line",
    [
        "رئيس التحرير : سامي الخطيب",
        "مصدر الخبر : بوابة الأخبار - متابعات",
        "تصوير : رويترز",
        "كلمات دلالية: السودان مصر النيل",
        "مواضيع: العراق | سوريا",
        "Image Credit: Agency Archive",
        "Credit: Handout via the ministry",
        "Our Standards:The Example Trust Principles.",
        "MORE : Rail fares to rise again in the spring",
        "Keywords: Iran, sanctions, oil",
        "التصنيف: أخبار وطنية", "التصنيفات: سياسة، اقتصاد",
        "رمز الخبر: 131406", "رقم الخبر : 88213",  # the item's number, as Iranian Arabic sites print it
        "الكلمات الرئيسة: نيويورك تايمز - سوريا - داعش", "الكلمات الرئيسية: الخليج، النفط",
        "News ID: 4417", "Story Code : 188422",
        "التالى بالفيديو: سوريون يستقبلون العام الجديد",  # the next item's link, as Egyptian sites print it
    ],
)
def test_labels_of_the_page_record(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    ["- 17:11 وزير الخارجية يصل إلى الرباط في زيارة رسمية", "• 09:05 الحكومه تعلن عن خطه جديده للنقل",
     "– 7:40 Minister arrives in Rabat for talks"],
)
def test_a_news_tickers_items_are_furniture(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    ["17:11 قال وزير الخارجية إن الزيارة ناجحة.", "- 2:1 was the final score, the coach said."],
)
def test_a_time_without_a_ticker_bullet_or_a_score_is_not_a_ticker_item(line):
    assert not furniture(line)


# Metadata set apart by bars: one part furniture by its shape, the others a few words with no speaker.
@pytest.mark.parametrize(
    "line",
    [
        "الأحد 08-02-2026 11:05 | كتب: وكالات |",
        "news.example.cn | 2026-01-30 09:14:55",
        "Cairo bureau | Thursday 12 January 2026 10:40 GMT",
    ],
)
def test_record_set_apart_by_bars(line):
    assert furniture(line)


# Captions: closed by a credit in brackets (an agency's letters, "Picture:", a photographer, "archive"), or carrying
# a copyright mark.
@pytest.mark.parametrize(
    "line",
    [
        "متظاهرون أمام مبنى البرلمان في بغداد (أ.ف.ب)",
        "متظاهرون أمام مبنى البرلمان في بغداد (ا ف ب)",
        "دورية للشرطة في أحد شوارع وسط المدينة القديمة (أرشيف)",
        "Firefighters at the scene on Tuesday (Picture: Getty)",
        "Rescue workers search the rubble (AP Photo/Jane Roe)",
        "The tower was damaged in the storm © Example News",
        # A caption's length is its own words: the credit does not count.
        "A passenger waits at the gate on Friday after his flight to the capital was cancelled (Picture: Jane Roe)",
    ],
)
def test_credited_captions(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Web editor: Chen Mei, Li Ping)",  # an editor's note in brackets
        "(المحرر: لي مينغ)",
        # Calls to the reader: follow or subscribe on a channel, write to us, a link to visit, words to the reader.
        "أخبار الموقع على جوجل نيوز تابعوا آخر الأخبار عبر Google News",
        "قناة الموقع على الواتساب اشترك في قناة الموقع على واتساب",
        "انضموا إلى قناتنا على تليجرام لمتابعة الأخبار العاجلة",
        "Get in touch with our newsdesk by emailing tips@example.co.uk.",
        "Join our WhatsApp channel for breaking news",
        "تمت طباعة الخبر من موقع المثال www.example.com - رابط الخبر: https://www.example.com/n/12",
        "See what our assistant can do for you:",
        "Your first month of unlimited reading is completely free",
        # The comment box.
        "No comments yet...",
        "Be the first to comment on this story!",
        "اترك تعليقاً ولن يتم نشر بريدك الإلكتروني.",
        "12 تعليقات على هذا الخبر، شارك برأيك.",
        # Cookie banners and the site's legal links.
        "We use cookies to give readers the best experience; by continuing to browse the site they agree to it.",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين التصفح، وباستمرار التصفح توافق على سياسة الخصوصية.",
        # The site's notice of its own service to readers and subscribers.
        "الأخبار المنشورة على موقع الوكالة موجز لما يصل إلى المشتركين عبر خدمتها الإخبارية، وتتاح كاملة للمشتركين.",
        "This story is available to subscribers only; our readers can sign in to read it in full.",
        # A teaser cut short before its link, and a rule of separators before a signature.
        "The two men are due in court on Monday to answer charges that they ran a betting ring from a hotel… Read More",
        "ويواجه المتهمان تهما بإدارة شبكة مراهنات من داخل فندق في العاصمة... اقرأ المزيد",
        "==========ع.م.",
        "Photographer: Sam Roe/Example Images",
        # A site's name with the dot of its domain is not a sentence.
        "Example.Net",
        "الموقع.نت - وكالات",
    ],
)
def test_notes_calls_to_the_reader_and_comment_boxes(line):
    assert furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        # Headlines that name their source before a colon are claims, whatever follows.
        "مصادر عراقية : الحكومة تدرس تأجيل الانتخابات المحلية",
        "الكويت: سحب جنسية 42 شخصا بينهم مزدوجون",
        "Sources: ministers split over the budget",
        "Report: Ministers opposed the strike",
        # A reporting line with a date or a time in it.
        "قال الوزير إن الاجتماع سيعقد في 12-03-2026 بالقاهرة.",
        "The ministry said the curfew starts at 22:00 on Friday.",
        # Words to the reader inside a quotation are someone's words.
        'He said: "You cannot win this war."',
        # A paragraph closed by a full stop before an agency's credit is a wire paragraph, not a caption.
        "وأغلقت الشرطة الشارع المحاذي للمبنى ساعة كاملة قبل أن تعيد فتحه أمام السيارات. (ا ف ب)",
        # Brackets inside a reporting sentence, and a sentence that mentions comments.
        "وقال المتحدث (في بيان) إن الحكومة لن تتراجع.",
        "The minister declined to comment on the report when asked by reporters on Monday.",
    ],
)
def test_reporting_with_the_shapes_of_furniture(line):
    assert not furniture(line)


def marked(text: str) -> list[str]:
    return [text[s:e] for s, e in boilerplate_spans(text, has_cue=lambda line: has_cue(fold(line)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Between the headline and the first paragraph: a caption with no sentence and no speaker.
        ("انقطاع الكهرباء عن أحياء واسعة في العاصمة\nعمال صيانة يصلحون خطا في ضاحية المدينة\n"
         "وقالت وزارة الكهرباء إن العطل سيصلح خلال ساعات في كل الأحياء المتضررة.",
         ["عمال صيانة يصلحون خطا في ضاحية المدينة"]),
        ("Storm cuts power to thousands across the coast\nLinemen repair a cable near the harbour on Sunday\n"
         "The utility said crews would restore power to every district by Monday evening.",
         ["Linemen repair a cable near the harbour on Sunday"]),
        # A standfirst naming a speaker stays reporting.
        ("Storm cuts power to thousands across the coast\nOfficials say repairs will take two days\n"
         "The utility said crews would restore power to every district by Monday evening.",
         []),
        # One caption only: the next such line may be the story's headline under the name of a section.
        ("مختارات من صحافة المنطقة اليوم\nنشرة أسبوعية تجمع أهم ما كتبته الصحف عن الاقتصاد\n"
         "البنك المركزي يرفع سعر الفائدة للمرة الثانية هذا العام\n"
         "وقال محافظ البنك إن القرار يهدف إلى كبح التضخم الذي تجاوز عشرة بالمئة.",
         ["مختارات من صحافة المنطقة اليوم", "نشرة أسبوعية تجمع أهم ما كتبته الصحف عن الاقتصاد"]),
        # An accessibility link is not the headline; a headline crediting its source after a dash stays.
        ("Skip to main content\nPort strike halts container traffic along the northern coast\n"
         "Union leaders said the strike would go on until the government answers their demands.",
         ["Skip to main content"]),
        ("Storm cuts power to thousands across the coast\nGrid operator scrambles to restore supply - Example TV\n"
         "The utility said crews would restore power to every district by Monday evening.",
         []),
        # The same kind of line after the first paragraph is not in the page head.
        ("Storm cuts power to thousands across the coast\n"
         "The utility said crews would restore power to every district by Monday evening.\n"
         "Linemen worked through the night near the harbour",
         []),
    ],
)
def test_captions_in_the_page_head(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A section title over a box of links; the first link may close with a full stop.
        ("Officials said the talks would resume next week.\nTop stories\n"
         "Authorities say they have moved thousands of families into new housing in the north of the country.\n"
         "Partner news",
         ["Top stories",
          "Authorities say they have moved thousands of families into new housing in the north of the country.",
          "Partner news"]),
        ("Officials said the talks would resume next week.\nDon't miss\nWhat higher rates mean for renters?",
         ["Don't miss", "What higher rates mean for renters?"]),
        ("وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل.\nاخترنا لك\nارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة هذا العام",
         ["اخترنا لك", "ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة هذا العام"]),
        # "Read More »" under the title it links; the paragraph after it is reporting again.
        ("The source told reporters the case was closed.\nWhy the unions lost their voice in the new parliament\nRead More »\n"
         "The decision also covers two former ministers.",
         ["Why the unions lost their voice in the new parliament", "Read More »"]),
    ],
)
def test_boxes_of_links(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline or the site's name glued to the first paragraph: the prefix only, the sentence stays.
        ("Transport minister resigns after a memo on rail fares leaks\nDubai: The minister of transport resigned on Monday after a memo leaked.",
         ["Dubai:"]),
        ("Sudan's army says it has retaken a town in North Kordofan\nKHARTOUM, Sudan — The army said on Sunday that it had retaken the town of Bara.",
         ["KHARTOUM, Sudan —"]),
        ("Example.Net - Officials have confirmed the arrest of two foreign tourists near the border.", ["Example.Net -"]),
        ("موقع الخبر - وكالات:أعلنت الشرطة أنها أوقفت ثلاثة أشخاص بعد مطاردة في وسط المدينة.", ["موقع الخبر - وكالات:"]),
        ("نابلس 03-02-2026 وفا- أعلنت وزارة الصحة أن ثلاثة مواطنين أصيبوا خلال اقتحام المدينة الليلة.",
         ["نابلس 03-02-2026 وفا-"]),
        ("القاهرة 4 فبراير 2026 (شينخوا) أعلنت وزارة النقل تعليق رحلات القطارات بين المدينتين بسبب الأمطار.",
         ["القاهرة 4 فبراير 2026 (شينخوا)"]),
        # Brackets inside the first sentence are not a dateline.
        ("نقلت وكالة (سانا) عن مصدر عسكري قوله إن الدفاعات الجوية تصدت لصواريخ في ريف دمشق.", []),
        ("يفتتح وزير الثقافة اليوم (الخميس) معرض الكتاب في دورته الجديدة بمشاركة مئات الناشرين.", []),
        # Only the first paragraph carries a dateline.
        ("Officials confirmed the arrest of two tourists near the border on Sunday.\n"
         "Dubai: prices of fuel rose again this week, the energy ministry said in a statement.", []),
        # Reporting credits in brackets after a paragraph's last words.
        ("Officials said on Wednesday that the ports would reopen within days, the ministry said. "
         "(Reporting by Jane Roe; Editing by John Doe)", ["(Reporting by Jane Roe; Editing by John Doe)"]),
        # A wire credit after a paragraph's last full stop.
        ("وذكرت وكالة محلية أن خبراء المتفجرات فحصوا الطرد وتبين أنه يحتوي على كتب مدرسية.-(ا ف ب)", ["-(ا ف ب)"]),
    ],
)
def test_datelines_and_credits_glued_to_a_paragraph(text, expected):
    assert marked(text) == expected
