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
        "المصدر : الجزيرة + وكالات",
        "Associated Press writer Matt O'Brien contributed to this report.",
    ],
)
def test_furniture_lines(line):
    assert furniture(line)


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
