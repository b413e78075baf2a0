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
    r"|اخر الاخبار|شريط الاخبار|تابعوا|حمل تطبيق|(?:ال)?تالي(?:\s+بال(?:فيديو|صور))?\s*:"
    r"|this (?:article|story|piece|report) (?:was |is )?(?:first |originally )?(?:published|appeared|posted)\b"
    r"|(?:نشر|ظهر) هذا (?:المقال|الموضوع|التقرير) (?:اولا|لاول مره|في الاصل)"
    r"|published\b|updated\b|posted by|posted on|last updated|editor's note|photograph:|tags:|trending\b"
    r"|skip to (?:main )?content|تخطي الي المحتوي|there are new articles|\(except for the headline|listen to this article|\d+\s+comments?\b|\d+ min read"
    # a blog's "posted by", a feed's "The post … appeared first on", a live blog's closing note, picture credits,
    # "read:" links, "follow the story at its source", "for the latest news", "more details in …"
    r"|مرسله بواسطه|the post\b.{0,300}\bappeared first on|.{0,60}\blive-?blogged\b|image courtesy|picture courtesy"
    r"|courtesy of\b|read:|comments\W*$|here(?: is|'s) a roundup|يمكنك (?:ايضا )?متابعه (?:الخبر|التفاصيل)"
    r"|للاطلاع علي (?:اخر|احدث|المزيد)|لمزيد من التفاصيل|مزيد من التفاصيل في|رابط (?:الخبر|المقال|المصدر|التقرير)"
    r")",
    re.IGNORECASE,
)
# Section titles over a box of links ("Top stories", "الأكثر قراءة"): the short lines under them are links.
_LIST_HEADER = re.compile(
    r"^\W*(?:اقرا (?:ايضا|المزيد|كذلك)|شاهد ايضا|(?:ال)?(?:اخبار|مواضيع|موضوعات|مقالات) (?:ذات (?:ال)?صله|متعلقه|اخري)"
    r"|الاكثر (?:قراءه|مشاهده|تداولا)|قد يهمك|اخترنا لك|ننصحك بقراءه|اهم الاخبار|المزيد من"
    r"|related|more from|more (?:stories|news)|read (?:more|next|also)|see also|you may also like|you might also like"
    r"|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|don'?t miss|editor'?s picks"
    r"|recommended|partner (?:news|content)|in case you missed it|up next)",
    re.IGNORECASE,
)
# "Read More »": a link's own trailer, standing under the title it links (folding makes "»" a '"').
_LINK_TRAILER = re.compile(r"^\W*(?:read more|continue reading|more|اقرا المزيد|المزيد|التفاصيل)\s*[»›→>\"]+\s*$")
# A teaser cut short with its link at the end: "… and his son are due… Read More".
_CUT_TEASER = re.compile(r"(?:…|\.\.\.?)\s*(?:read more|continue reading|more|اقرا المزيد|المزيد|التفاصيل)\W*$")
# A rule of separators opening the line: "==========N.A.", "----- Agencies".
# A news ticker's item: a bullet, the time, a title ("- 17:11 وزير الخارجية يصل إلى الرباط").
_TICKER_ITEM = re.compile(r"^[-–•*]\s*\d{1,2}:\d{2}\s+\S")
_SEPARATOR_RUN = re.compile(r"^[=\-_~]{3,}")  # not "###" or "***", which open a heading or stress
# Captions: a picture, map or video described in a short line without a full stop.
_CAPTION_START = re.compile(r"^\W*(?:خريطه|صوره|صور|فيديو|انفوجراف|جرافيك|لقطه|رسم بياني|photo|picture|video|map|graphic)\b")
# Navigation menus and tickers: items set apart by bars or bullets, or runs of spaces between headlines.
_MENU = re.compile(r"(?:\s[|•·›»]\s.*){2,}|\S(?:\s{3,}\S.*){2,}")
_MENU_MARKS = "|•·›»"

# Dates and times, in the spellings of the Levant, Egypt, the Maghreb and the Hijri calendar.
_MONTHS = (
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|"
    r"حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر|محرم|صفر|"
    r"ربيع|جمادي|رجب|شعبان|رمضان|شوال|القعده|الحجه|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"january|february|march|april|june|july|august|september|october|november|december"
)
# (Every date begins at a digit or at a word's first letter: the lookahead turns other places down at once.)
_DATE_ANCHOR = re.compile(
    rf"(?=\d|\b[^\W\d_])(?:\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,2}}\.\d{{2}}\s*(?:am|pm|gmt|bst)\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,4}}\b"
    r"|\bمنذ\s+\d*\s*(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام)\b"
    r"|\b(?:\d+|an?)\s+(?:minutes?|hours?|days?)\s+ago\b)"
)
_DIGIT = re.compile(r"\d")
# What a date line holds besides its date: weekdays, hours' marks, time zones.
_DATE_FILLER = re.compile(
    rf"\b(?:{_MONTHS}|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاول|الثاني|ص|م|ه|مساء|صباحا|"
    r"الموافق|بتوقيت|غرينتش|جرينتش|مكه|المكرمه|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|at|am|pm|a|p|gmt|utc|bst|edt|est|cet|منذ|دقيقه|دقائق|ساعه|ساعات|يوم|ايام|minutes?|"
    r"hours?|days?|ago|\d+)\b"
)
_DATE_LINE_OTHER_WORDS = 4  # a site, a credit or a label beside the date: "MEE and agencies", "نشر في"

# A credit closing a caption: "(AFP)", "(أ.ف.ب)", "(Picture: PA)", "(AP Photo/Hussein Malla)", "(أرشيف)"; after a
# full stop it closes a wire paragraph instead.
_CLOSING_PARENTHESIS = re.compile(r"\(([^()]{1,40})\)\s*$")
_CREDIT_WORDS = 3
_CREDITED_CAPTION_WORDS = 30  # a caption's own words, without its credit
# A credit after a paragraph's last full stop: "… كتب مدرسية.-(ا ف ب)".
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?؟\"”»])\s*[-–—]?\s*\((?:[^()\d]{1,25}|(?:additional |with )?(?:reporting|editing|writing) by [^()]{1,150})\)\s*$",
    re.IGNORECASE,
)
# Labels of a page's own record ("رئيس التحرير : …", "كلمات دلالية: …", "Image Credit: …", "Our Standards: …").
_RECORD_LABEL = re.compile(
    r"^\W*(?:مصدر الخبر|رمز الخبر|رقم الخبر|كود الخبر|المصدر|رييس التحرير|مدير التحرير|المحرر|محرر|تحرير|تصوير|تصميم|الصور|كلمات دلاليه"
    r"|كلمات مفتاحيه|الكلمات (?:الدلاليه|المفتاحيه|الرييسيه|الرييسه)|مواضيع|موضوعات|الوسوم|وسوم|(?:ال)?تصنيف(?:ات)?|القسم|الكاتب|بقلم|اعداد"
    r"|ترجمه|رابط الخبر|(?:ال)?رابط المختصر|رابط مختصر|(?:image|photo|picture) credits?|credits?|photo|picture"
    r"|image|photographer|source|(?:web )?editors?|tags|topics|keywords|category|filed under|(?:our )?standards|author"
    r"|written by|edited by|more|see also|watch|listen|news id|news code|story code)\s*:\s*(?P<value>.*)$"
)
_RECORD_VALUE_WORDS = 12
# Calls to the reader: follow us, subscribe, get in touch; with a channel they name.
_CALL_TO_ACTION = re.compile(
    r"\b(?:تابعوا|تابعونا|تابعنا|اشترك|اشتركوا|انضم|انضموا|follow|subscribe|join|download|sign up|sign in|log in"
    r"|click|tap|explore)\b"
)
_CALL_TO_WRITE = re.compile(
    r"\b(?:get in touch|contact us|email us|write to us|tell us|follow us|like us|راسلونا|تواصل معنا|تواصلوا معنا"
    r"|اتصل بنا)\b"
)
_CHANNEL = re.compile(
    r"google news|جوجل نيوز|whatsapp|واتس ?اب|الواتساب|telegram|تليجرام|تلغرام|تيليجرام|facebook|فيس ?بوك|twitter"
    r"|تويتر|instagram|انستغرام|انستجرام|youtube|يوتيوب|tiktok|تيك توك|snapchat|سناب ?شات|newsletter|نشرتنا"
    r"|النشره البريديه|قناتنا|تطبيق|\bapp\b|\bpodcast\b"
)
_LINK = re.compile(r"https?://|www\.|\w@[\w-]+\.[a-z]{2,}")  # an address, or an email (found by its "@", in linear time)
_PROMO_WORDS = 30
# The site's own notices: cookie banners, legal links, its service to its readers and subscribers.
_SITE_TERMS = re.compile(r"\bcookies?\b|تعريف الارتباط|الكوكيز|privacy policy|سياسه الخصوصيه|terms of (?:use|service)"
                         r"|شروط الاستخدام|للقراء|القراء الكرام|قرائنا|للمشتركين|مشتركينا|متابعينا|زوار الموقع"
                         r"|our readers|for subscribers|subscribers only|subscriber-only")
_SITE_TERMS_WORDS = 40
# The comment box: "No comments yet", "Be the first to comment", "3 تعليقات", "اترك تعليقاً".
_COMMENT_BOX = re.compile(
    r"\b(?:no|be the first to|leave a|add a|post a|show|view|\d+)\s+comments?\b|\bcomments?\s*\(\d+\)"
    r"|\b(?:لا|اترك|اضف|\d+)\s+(?:تعليق|تعليقات|تعليقا)\b"
)
# Words to the reader ("Your first 30 days are free"), outside quotation marks.
_READER = re.compile(r"\b(?:you|your|you're|you'll|yours)\b")
_QUOTED = re.compile(r'"[^"]*"')
_READER_WORDS = 12
# A dateline or the site's name glued to the first sentence: "Dubai:", "NAIROBI, Kenya —", "بكين 18 نوفمبر
# 2025 (شينخوا)", "PanARMENIAN.Net -", "صحيفة المرصد - فرانس برس:".
_LEAD_PREFIX = re.compile(
    r"(?P<head>(?:[^.!?؟:()\n\"«]|[.](?=\S)){2,60}?)"
    r"(?:\s*\([^()\n]{2,30}\)\s*(?P<mark>[-–—:]*)|\s*:|\s+[-–—]{1,2}|[-–—]{1,2}(?=\s))\s*(?=\S)"
)
_LEAD_PREFIX_PARTS = 3
_LEAD_HEAD_WORDS = 6
# Folded head words of unnamed speakers, which open a quoted line "SOURCE: …", never a dateline.
_UNNAMED_SPEAKERS = {"مسوول", "مسوولون", "مسوولان", "مصدر", "مصادر", "مصدران", "دبلوماسي", "دبلوماسيون"}
_LEAD_REST_WORDS = 6
_LEAD_WORDS = 10

_CREDIT_ANYWHERE = re.compile(r"contributed (?:to )?(?:this )?report|contributed reporting|شارك في (?:اعداد|التغطيه)")
# A wire story's closing credit: "Peter James Spielmann reported from the United Nations."
_REPORTED_FROM_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+(?:\s+and\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)?\s+"
    r"(?:reported|wrote|contributed)\s+(?:from|in)\s+[^.!?]{2,50}\.?$")
_BYLINE = re.compile(r"^\W*(?:By [A-Z]|كتب\s*[:\-–]|كتبت\s*[:\-–]|بقلم|تقرير\s*:|ترجمة\s*:)")
# "Dubai:", "بي بي سي:": a place or a credit alone before a colon ends a line of its own.
_LABEL_ONLY = re.compile(r"^[^:.!?؟]{1,30}:\s*$")
# Quotes do not make a sentence: credit lines quote the outlet ("بيروت- «الشرق الأوسط»"); nor does the dot of
# a site's name ("العربية.نت").
_SENTENCE_PUNCTUATION = re.compile(r"[.!?؟:](?!\w)")
# In the page head a colon glued to the next word ("ديلي تلغراف :شبكات …") still makes a headline.
_HEAD_PUNCTUATION = re.compile(r"[!?؟:]|[.](?!\w)|\s[-–—]\s")  # " - CNN": a source after a dash
_SENTENCE_END = re.compile(r"[.!?؟\"»”']\s*$")
# A headline closed by a quotation, not a full stop: "بارو: ترحيل الجزائر 12 موظفا "لن يمر بلا رد"", whose
# "بارو:" names its speaker, not a dateline glued to a lead.
_QUOTED_HEADLINE = re.compile(r"^[^:.!?؟\n]{2,40}:\s.*[^.!?؟\s][\"»”']\s*$")
_WORDS = re.compile(r"\w+")
_SHORT_LINE_WORDS = 6
_RECORD_PART_WORDS = 3
_CAPTION_WORDS = 16
_LIST_ITEM_WORDS = 16
_INDENT = 2  # spaces a list's line is set in by (or one tab)
_FIRST_LINK_WORDS = 24
_HEADLINE_WORDS = 4

HasCue = Callable[[str], bool] | None


def is_furniture_line(line: str, *, has_cue: HasCue = None) -> bool:
    """Whether one line of an article is page furniture rather than reporting."""
    stripped = line.strip()
    if not stripped:
        return False
    has_cue = _remembered(has_cue)
    if _furniture_by_shape(stripped, has_cue=has_cue) or _is_record_in_parts(stripped, has_cue=has_cue):
        return True
    # A credit ("تقرير صحيفة الصن البريطانية") or a label: a few words, no sentence, no speaker.
    return _is_bare_short_line(stripped, has_cue=has_cue)


def _furniture_by_shape(stripped: str, *, has_cue: HasCue) -> bool:
    """Furniture by what the line says or how it is laid out, whatever its length (asked once per line of a
    text: the page head and the line-by-line pass both ask it of every line of a text without a lead)."""
    if not isinstance(has_cue, _RememberedCue):
        return _shape_says_furniture(stripped, has_cue=has_cue)
    if stripped not in has_cue.shapes:
        has_cue.shapes[stripped] = _shape_says_furniture(stripped, has_cue=has_cue)
    return has_cue.shapes[stripped]


def _shape_says_furniture(stripped: str, *, has_cue: HasCue) -> bool:
    folded = fold(stripped)
    if _FURNITURE_START.search(folded) or _BYLINE.search(stripped) or _CREDIT_ANYWHERE.search(folded) or \
            _TICKER_ITEM.match(stripped) or _REPORTED_FROM_CREDIT.match(stripped):
        return True
    if not any(ch.isalpha() for ch in stripped) or _SEPARATOR_RUN.match(stripped) or _CUT_TEASER.search(folded):
        return True  # rules and separators: "___", "* * *"; a rule before a signature; a cut teaser
    n_words = len(_WORDS.findall(folded))
    if _is_menu(stripped):
        return True
    # A cue saves a label, a date line or what the last tests find; it is looked for only when one of them holds
    # (most lines of a text are none of these, and looking for cues is the dearest test here).
    def no_cue() -> bool:
        return not (has_cue(stripped) if has_cue else False)

    if (_LABEL_ONLY.match(stripped) or _is_date_line(folded)) and no_cue():
        return True
    if _is_record_label(folded) or _is_comment_box(folded, n_words):
        return True
    if _CAPTION_START.search(folded) and n_words <= _CAPTION_WORDS and not stripped.endswith("."):
        return True
    return (_is_credited_picture(stripped, folded, n_words) or _is_note(stripped, n_words) or _is_call_to_reader(
        folded, n_words)) and no_cue()


def _is_menu(stripped: str) -> bool:
    """A menu or a ticker (_MENU). It holds one of its marks or three spaces in a row, which are looked for first:
    searching for _MENU itself in a long line costs more than all the other tests of its shape."""
    # (any white space but " " makes a line unprintable: then the three in a row may be of other spaces)
    if not (any(mark in stripped for mark in _MENU_MARKS) or "   " in stripped or not stripped.isprintable()):
        return False
    return bool(_MENU.search(stripped))


def _remembered(has_cue: HasCue) -> HasCue:
    """has_cue asked once per text: the rules ask it of the same line more than once."""
    if has_cue is None or isinstance(has_cue, _RememberedCue):
        return has_cue
    return _RememberedCue(has_cue)


class _RememberedCue:
    """A has_cue callable that keeps its answers, by the text asked about, and those of _furniture_by_shape."""

    def __init__(self, has_cue: Callable[[str], bool]) -> None:
        self._has_cue = has_cue
        self._answers: dict[str, bool] = {}
        self.shapes: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        if text not in self._answers:
            self._answers[text] = self._has_cue(text)
        return self._answers[text]


def _is_record_in_parts(stripped: str, *, has_cue: HasCue) -> bool:
    """Parts set apart by bars, one of them furniture by its shape and the others a few words without a speaker:
    "الإثنين 03-11-2025 23:55 | كتب: أ.ف.ب |", "Arabic.news.cn | 2025-11-18 16:40:12"."""
    parts = [part.strip() for part in stripped.split("|") if part.strip()]
    if len(parts) < 2:
        return False
    by_shape = [_furniture_by_shape(part, has_cue=has_cue) for part in parts]
    return any(by_shape) and all(
        shaped or (len(_WORDS.findall(part)) <= _RECORD_PART_WORDS and not (has_cue and has_cue(part)))
        for part, shaped in zip(parts, by_shape, strict=True))


def _is_bare_short_line(stripped: str, *, has_cue: HasCue) -> bool:
    if _SENTENCE_PUNCTUATION.search(stripped) or len(_WORDS.findall(fold(stripped))) > _SHORT_LINE_WORDS:
        return False  # (the cheap tests first: a sentence of any length is no bare line)
    return not (has_cue(stripped) if has_cue else False)


def _is_date_line(folded: str) -> bool:
    """A date or a time with at most a site, a credit or a label beside it ("نشر في 21-10-2025 | 00:01")."""
    # (every date holds a digit, "منذ" or "ago": the dearer search for one runs only then)
    if not ((_DIGIT.search(folded) or "منذ" in folded or "ago" in folded) and _DATE_ANCHOR.search(folded)):
        return False
    rest = _DATE_FILLER.sub(" ", _DATE_ANCHOR.sub(" ", folded))
    return len(_WORDS.findall(rest)) <= _DATE_LINE_OTHER_WORDS


def _is_record_label(folded: str) -> bool:
    """The page's own record: editor, source, photographer, tags ("كلمات دلالية: ليبيا تشاد")."""
    match = _RECORD_LABEL.match(folded)
    return bool(match) and len(_WORDS.findall(match.group("value"))) <= _RECORD_VALUE_WORDS


def _is_comment_box(folded: str, n_words: int) -> bool:
    return n_words <= _SHORT_LINE_WORDS + 2 and ("comment" in folded or "تعليق" in folded) and \
        bool(_COMMENT_BOX.search(folded))


def _is_credited_picture(stripped: str, folded: str, n_words: int) -> bool:
    """A short line carrying a copyright mark, or a line without a full stop closed by a credit in brackets."""
    if "©" in stripped and n_words <= _CAPTION_WORDS:
        return True
    closing = _CLOSING_PARENTHESIS.search(folded)
    caption = folded[:closing.start()].rstrip() if closing else ""
    if not caption or caption[-1] in ".!?؟-–—" or len(_WORDS.findall(caption)) > _CREDITED_CAPTION_WORDS:
        return False
    inner = closing.group(1)
    words = _WORDS.findall(inner)
    return bool(words) and not inner.strip().isdigit() and (":" in inner or "/" in inner or len(words) <= _CREDIT_WORDS)


def _is_note(stripped: str, n_words: int) -> bool:
    """A short editor's note in brackets: "(Web editor: …)", "(المحرر: …)"."""
    return stripped.startswith("(") and stripped.endswith(")") and n_words <= _CAPTION_WORDS


def _is_call_to_reader(folded: str, n_words: int) -> bool:
    """Follow us on a channel, write to us, a link or an address to visit, the site's own notices, or words to
    the reader."""
    if n_words <= _PROMO_WORDS and (_CALL_TO_WRITE.search(folded) or _has_link(folded)
                                    or (_CALL_TO_ACTION.search(folded) and _CHANNEL.search(folded))):
        return True
    if n_words <= _SITE_TERMS_WORDS and _SITE_TERMS.search(folded):
        return True
    return n_words <= _READER_WORDS and "you" in folded and bool(_READER.search(_QUOTED.sub(" ", folded)))


def _has_link(folded: str) -> bool:
    return ("http" in folded or "www." in folded or "@" in folded) and bool(_LINK.search(folded))


def _lead_prefix_length(line: str, *, has_cue: HasCue = None) -> int:
    """Length of a dateline or the site's name glued to the start of an article's first paragraph, 0 if none."""
    end = 0
    for _ in range(_LEAD_PREFIX_PARTS):
        match = _LEAD_PREFIX.match(line, end)
        if not match:
            break
        head = match.group("head")
        # (the cue is read with its mark: "كتبت تشرين:" is a paper writing, not a site's name)
        if len(_WORDS.findall(head)) > _LEAD_HEAD_WORDS or (has_cue and has_cue(match.group())):
            break
        if (fold(head).split() or [""])[0].lstrip("و") in _UNNAMED_SPEAKERS:
            # "مسؤول أميركي رفيع: قد نشهد …": whom the line quotes, not where it was filed; so is the outlet
            # before him ("رويترز: مسؤول أميركي رفيع: …")
            return 0
        if match.group("mark") == "" and not re.search(r"\d", head):
            break  # "نقلت وكالة (سانا) عن …": brackets inside the sentence; a dateline's carry a date
        if len(_WORDS.findall(line[match.end():])) < _LEAD_REST_WORDS:
            break
        end = match.end()
    return end


def _trailing_credit_length(line: str) -> int:
    """Length of a wire credit after a paragraph's last full stop ("….-(ا ف ب)"), 0 if none."""
    match = _TRAILING_CREDIT.search(line)
    return len(line) - match.start() if match else 0


def boilerplate_spans(text: str, *, has_cue: HasCue = None,
                      progress: Callable[[int], None] | None = None) -> list[tuple[int, int]]:
    """Spans (over the original text, trimmed) of page furniture: whole lines, and the dateline or credit
    glued to a paragraph. `progress(offset)` hears, about a hundred times, how far the lines have been read."""
    lines = _lines(text)
    step = max(len(lines) // 100, 1)
    spans: list[tuple[int, int]] = []
    has_cue = _remembered(has_cue)
    caption, lead = _page_head(lines, has_cue=has_cue)
    listed = _indented_list_items(text, lines)
    in_link_list = first_link = False
    previous: tuple[int, int, str] | None = None
    for index, (start, line) in enumerate(lines):
        if progress is not None and index % step == 0:
            progress(start)
        if not line:
            in_link_list = False
            previous = None
            continue
        span = (start, start + len(line))
        folded = fold(line)
        words = len(_WORDS.findall(folded))
        if _LINK_TRAILER.match(folded):
            spans.append(span)
            if previous and len(_WORDS.findall(previous[2])) <= _LIST_ITEM_WORDS and not previous[2].endswith("."):
                spans.append(previous[:2])  # the title the trailer links
            in_link_list = False
        elif index in listed:
            spans.append(span)
        elif _LIST_HEADER.search(folded):
            spans.append(span)
            in_link_list, first_link = True, _is_bare_header(line)
        elif in_link_list and ((words <= _LIST_ITEM_WORDS and not line.endswith("."))
                               or (first_link and words <= _FIRST_LINK_WORDS)):
            spans.append(span)
            first_link = False
        else:
            in_link_list = False
            if index == caption or is_furniture_line(line, has_cue=has_cue):
                spans.append(span)
            else:
                spans.extend(_glued_furniture(start, line, is_lead=index == lead, has_cue=has_cue))
        previous = (*span, line)
    return _outermost(spans)


def _indented_list_items(text: str, lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of a box of links set in from the margin: two or more indented short lines in a row, none closed
    like a sentence (a press review's "more from this paper" titles under the paper's name)."""
    items = {index for index, (start, line) in enumerate(lines)
             if line and _is_indented(text, start)
             and len(_WORDS.findall(line)) <= _LIST_ITEM_WORDS and not _SENTENCE_END.search(line)}
    return {index for index in items if index - 1 in items or index + 1 in items}


def _is_indented(text: str, start: int) -> bool:
    """Whether the line whose text starts at start is set in from the margin by a tab or two spaces or more."""
    indent = text[text.rfind("\n", 0, start) + 1:start]
    return indent.startswith("\t") or len(indent) >= _INDENT


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, without those inside another (a link title's dateline once its whole line is a link)."""
    ordered = sorted(set(spans), key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in ordered:
        if not kept or span[1] > kept[-1][1]:
            kept.append(span)
    return kept


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line, trimmed, with the offset where its text starts."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lines.append((offset + len(raw) - len(raw.lstrip()), stripped))
        offset += len(raw) + 1
    return lines


_HEAD_REACH = 200


def _page_head(lines: list[tuple[int, str]], *, has_cue: HasCue) -> tuple[int, int]:
    """Indexes of the picture's caption under the headline and of the first paragraph (the first long line
    closed like a sentence); -1 where there is none.

    The headline is the first line of a few words that is not furniture by its shape; the caption is the first
    line after it with no sentence and no speaker ("لاجئون سودانيون في مخيم على الحدود"), before the first
    paragraph. Only one: a second such line may be the story's own headline under a section's name.
    """
    headline = caption = -1
    # (a page's head is its first lines: real pages' first paragraph comes within a dozen, and a file of 100,000
    # short lines with none is not read to its end for one)
    for index, (_, line) in enumerate(lines[:_HEAD_REACH]):
        words = len(_WORDS.findall(line))
        if words >= _LEAD_WORDS and _SENTENCE_END.search(line) and not _QUOTED_HEADLINE.match(line):
            return caption, index
        if not line or caption >= 0 or _furniture_by_shape(line, has_cue=has_cue):
            continue
        if headline < 0:
            headline = index if words >= _HEADLINE_WORDS else -1
        elif _is_head_caption(line, has_cue=has_cue):
            caption = index
    return -1, -1


def _is_head_caption(line: str, *, has_cue: HasCue) -> bool:
    if _HEAD_PUNCTUATION.search(line) or len(_WORDS.findall(fold(line))) > _CAPTION_WORDS:
        return False  # (asked of every line of a text with no lead paragraph: the cheap tests first)
    return not (has_cue(line) if has_cue else False)


def _is_bare_header(line: str) -> bool:
    """A section title alone on its line ("Top stories", "اقرأ أيضاً:"), not "Read more: <title>"."""
    return len(_WORDS.findall(fold(line))) <= _HEADLINE_WORDS and not re.search(r":\s*\S", line)


def _glued_furniture(start: int, line: str, *, is_lead: bool, has_cue: HasCue) -> list[tuple[int, int]]:
    """The dateline glued to the first paragraph and a wire credit after a paragraph's last full stop."""
    spans = []
    prefix = _lead_prefix_length(line, has_cue=has_cue) if is_lead else 0
    if prefix:
        spans.append((start, start + len(line[:prefix].rstrip())))
    suffix = _trailing_credit_length(line)
    if suffix:
        tail = line[len(line) - suffix:]
        offset = len(line) - suffix + (len(tail) - len(tail.lstrip()))
        spans.append((start + offset, start + len(line)))
    return spans
