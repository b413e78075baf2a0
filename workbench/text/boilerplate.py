"""Page furniture in an article's text (captions, credits, share/read-more lines, ads, comment notices)."""

import re
from collections.abc import Callable

from workbench.text.normalize import fold

# Lines that are furniture whatever follows them (matched on the folded line, at its start).
_FURNITURE_START = re.compile(
    r"^\W*(?:"
    r"اقرا (?:ايضا|المزيد)|اقرا كذلك|اخبار (?:ذات صله|متعلقه)|مواضيع (?:ذات صله|متعلقه)|شاهد (?:ايضا|ايضًا)"
    r"|شارك(?:ها)?\b|تابعنا|تابعونا|اشترك|اعلان\W*$|اعلانات\W*$|تم اضافه تعليقك|اضف تعليق|التعليقات"
    r"|جميع الحقوق محفوظه|حقوق النشر|كل الحقوق|صوره ارشيفيه|صوره من|الصوره|صوره:|مصدر الصوره|المصدر\s*:"
    r"|read more|read also|related\b|more from|advertisement|sponsored|share this|share on|sign up"
    r"|subscribe|follow\b|click here|copyright|all rights reserved|photo:|image:|file photo|getty images"
    r"|\(?(?:additional )?reporting by|\(?editing by|\(?writing by|compiled by|©"
    r"|\(?اعداد\b|\(?تحرير\b|نشر بتاريخ|تاريخ النشر|اخر تحديث|اخر تعديل|الكاتب\s*:|الوسوم|تصنيف\s*:|مشاركه\s*:"
    r"|انضم (?:الي|ل)|اضغط هنا|فيديو قد يعجبك|قد يعجبك|ليست هناك تعليقات|لا توجد تعليقات|الاكثر (?:قراءه|مشاهده)"
    r"|اخر الاخبار|شريط الاخبار|تابعوا|حمل تطبيق"
    r"|published\b|updated\b|posted by|posted on|last updated|editor's note|photograph:|tags:|trending\b"
    r"|there are new articles|\(except for the headline|listen to this article|\d+\s+comments?\b|\d+ min read"
    r")",
    re.IGNORECASE,
)
# Headers that open a list of links: the short lines under them are furniture too.
_LIST_HEADER = re.compile(
    r"^\W*(?:اقرا (?:ايضا|المزيد)|اخبار (?:ذات صله|متعلقه)|مواضيع (?:ذات صله|متعلقه)|related|more from"
    r"|read more|you may also like|most read|الاكثر قراءه)",
    re.IGNORECASE,
)
# Captions: a picture, map or video described in a short line without a full stop.
_CAPTION_START = re.compile(r"^\W*(?:خريطه|صوره|صور|فيديو|انفوجراف|جرافيك|لقطه|رسم بياني|photo|picture|video|map|graphic)\b")
# Navigation menus and tickers: items set apart by bars or bullets, or runs of spaces between headlines.
_MENU = re.compile(r"(?:\s[|•·›»]\s.*){2,}|\S(?:\s{3,}\S.*){2,}")
# Date and time lines ("الأحد 14 سبتمبر 2025 - 10:42 ص", "Mon 3 Mar 2025 18.02 GMT", "9 April 2025 at 11:20").
_DATE_WORDS = re.compile(
    r"^(?:(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|"
    r"سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الاول|الثاني|ص|م|"
    r"بتوقيت|غرينتش|جرينتش|مكه|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december|at|am|pm|a\.m|p\.m|gmt|utc|bst|edt|est|\d[\d:.,/-]*)\W*)+$"
)
# "القاهرة - الأربعاء 12 نوفمبر 2025": a dateline's place before the date.
_PLACE_BEFORE = re.compile(r"^[^\d\-–—|:]{2,30}?\s*[-–—]\s*")
# "Dubai:", "بي بي سي:": a place or a credit alone before a colon ends a line of its own.
_LABEL_ONLY = re.compile(r"^[^:.!?؟]{1,30}:\s*$")
# A photo credit closing a caption: "Demonstrators outside a Cairo court in 2019 (AFP)".
_CREDITED_CAPTION = re.compile(r"\((?:afp|reuters|ap|getty images|epa|anadolu|ا ف ب|رويترز|الاناضول|فرانس برس)\)\s*$")
_CREDIT_ANYWHERE = re.compile(r"contributed (?:to )?(?:this )?report|contributed reporting|شارك في (?:اعداد|التغطيه)")
_BYLINE = re.compile(r"^\W*(?:By [A-Z]|كتب\s*[:\-–]|كتبت\s*[:\-–]|بقلم|تقرير\s*:|ترجمة\s*:)")
# Quotes do not make a sentence: credit lines quote the outlet ("بيروت- «الشرق الأوسط»").
_SENTENCE_PUNCTUATION = re.compile(r"[.!?؟:]")
_WORDS = re.compile(r"\w+")
_SHORT_LINE_WORDS = 6
_CAPTION_WORDS = 16
_LIST_ITEM_WORDS = 16


def is_furniture_line(line: str, *, has_cue: Callable[[str], bool] | None = None) -> bool:
    """Whether one line of an article is page furniture rather than reporting."""
    stripped = line.strip()
    if not stripped:
        return False
    folded = fold(stripped)
    if _FURNITURE_START.search(folded) or _BYLINE.search(stripped) or _CREDIT_ANYWHERE.search(folded):
        return True
    n_words = len(_WORDS.findall(folded))
    if not any(ch.isalpha() for ch in stripped):
        return True  # rules and separators: "___", "* * *"
    dated = _DATE_WORDS.match(folded) or _DATE_WORDS.match(_PLACE_BEFORE.sub("", folded, count=1))
    credited = _CREDITED_CAPTION.search(folded) and n_words <= _CAPTION_WORDS  # not a wire paragraph ending "-(ا ف ب)"
    if _MENU.search(stripped) or dated or credited:
        return True
    if _LABEL_ONLY.match(stripped) and not (has_cue and has_cue(stripped)):
        return True
    punctuated = bool(_SENTENCE_PUNCTUATION.search(stripped))
    if _CAPTION_START.search(folded) and n_words <= _CAPTION_WORDS and not stripped.endswith("."):
        return True
    # A credit ("تقرير صحيفة الصن البريطانية") or a label: a few words, no sentence, no speaker.
    cue = has_cue(stripped) if has_cue else False
    return n_words <= _SHORT_LINE_WORDS and not punctuated and not cue


def boilerplate_spans(text: str, *, has_cue: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Spans (over the original text, trimmed) of the lines that are page furniture."""
    spans: list[tuple[int, int]] = []
    in_link_list = False
    offset = 0
    for raw in text.split("\n"):
        start = offset
        offset += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            in_link_list = False
            continue
        line_start = start + (len(raw) - len(raw.lstrip()))
        span = (line_start, line_start + len(stripped))
        folded = fold(stripped)
        if _LIST_HEADER.search(folded):
            in_link_list = True
            spans.append(span)
            continue
        words = len(_WORDS.findall(folded))
        if in_link_list and words <= _LIST_ITEM_WORDS and not stripped.endswith("."):
            spans.append(span)
            continue
        in_link_list = False
        if is_furniture_line(stripped, has_cue=has_cue):
            spans.append(span)
    return spans
