"""Where a cue's sources are written and how they nest, outermost (the one the article cites) first."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.extraction.cues import Cue, has_cue
from workbench.extraction.frames.interviews import AR_HOST_ON, AR_INTERVIEW, AR_ON_AIR
from workbench.extraction.sources.namesakes import country_code
from workbench.text.normalize import fold

# How far from the article a source stands: the outlet someone spoke to is outermost ("مصادر عراقية
# لموقع روسيا اليوم" → RT → sources), then the cue's subject, then where a statement was first
# published, then whom the subject quotes, then who the words are attributed to.
# RELAYED_BY: someone, not a medium, passing on the subject's words ("وشدد الوزير، بحسب المتحدث، على …")
TOLD_TO, RELAYED_BY, SUBJECT, PUBLISHED_IN, QUOTED_FROM, ATTRIBUTED_TO = range(6)


@dataclass(frozen=True)
class SourceSlot:
    """A stretch of folded text that names one source, and its place in the chain."""

    start: int
    end: int
    rank: int


_AR_MEDIA = r"(?:صحيفه|جريده|موقع|وكاله|قناه|شبكه|تلفزيون|اذاعه|مجله)"
_AR_END = re.compile(
    r"(?<!\w)(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|قوله|قولها|قولهم|قولهما|بقوله|بقولها|بقولهم|تاكيده|تاكيدها|تاكيدهم|تصريحه|تصريحها|اشارته|اشارتها|نفيه|نفيها|نفيهم|ما نصه|بالقول|بتاكيد|بالتاكيد|بالاشاره|النقاب|اللثام|فان|فانه|امام|حول|"
    # "خلال مداخلة هاتفية مع برنامج … على قناة X": whom the words were given to is still to come
    rf"خلال(?!\s+{AR_INTERVIEW}(?:\s+\w+)?\s+(?:مع|ل|علي|عبر))|"
    r"(?:علي|عبر)\s+(?:حساب\w*|منص\w*|صفحت\w*)|عبر\s+(?:مقال|تقرير|افتتاحيه)\w*|عبر الهاتف|"
    # "وقالت القناة باللغة العربية في تدوينتها": the language it wrote in, not another source
    r"(?:باللغه\s+\w+|بالعربيه|بالعبريه|بالانجليزيه|بالانكليزيه|بالفرنسيه)|"
    # "قال الرئيس … لدى عودته إلى طهران": when he spoke, not who he is
    r"(?:لدي|عند|عقب|اثر|اثناء|قبيل|بعيد|فور)\s+(?:عود|وصول|استقبال|لقاي|لقاء|مغادر|زيار|اجتماع|ترؤس|تروس|افتتاح|"
    r"تفقد|مشارك|ختام|انتهاء)\w*|"
    # "فأشارت في نشرتها المسائية إلى": the source's own bulletin, report or issue, not another source.
    r"في\s+(?:نشرت|تقرير|عدد|افتتاحيت|برنامج|موقع|حساب|صفحت|بيان|تغريدت|تدوينت|مقال|رد)(?:ه|ها|هم)|"
    r"في (?:بيان|موتمر|كلمه|رد)|في (?:تصريح(?:ات)?|حديث|مقابله|لقاء|اتصال)(?!\s+(?:\w+\s+)?(?:ل|مع|الي|علي\s|عبر\s))|ب(?:بيان|تصريح(?:ات)?))(?!\w)|:"
    # "وقال فالس، لقناة X، "هناك …"": a quotation after the comma opens the statement
    r"|,\s*(?=\"[^\"]{12,})"
    r"|,\s*(?=(?:اليوم|امس|مساء|صباح|يوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?!\w))"
)
_AR_MARKERS = [
    (re.compile(r"(?<!\w)(?:(?:تصريحا?|تصريحات|كلاما?|اقوالا?|قولا?|حديثا?)\s+)?منسوب\w*\s+(?:الي|ل)(?!\w)"),
     ATTRIBUTED_TO),
    # ("في تقرير نشره أمس": when it was published, not where)
    (re.compile(r"(?<!\w)(?:سبق\s+(?:ان\s+)?)?(?:نشره|نشرها|نشرته|نشرتها|نشر|اوردته|اوردها|بثته)\s*(?:في|علي|عبر)?(?!\w)"
                r"(?!\s+(?:امس|اليوم|الليله|يوم|مساء|صباح|فجر|ظهر|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|"
                r"السبت|الاسبوع|الشهر|العام|مطلع|اواخر|منذ|قبل)(?!\w))"),
     PUBLISHED_IN),
    (re.compile(r"(?<!\w)(?:نقلا\s+عن|علي\s+لسان|عن\s+لسان)(?!\w)"), QUOTED_FROM),
    (re.compile(rf"(?<!\w)(?:في\s+(?:تصريح(?:ات)?|حديث|مقابله)\s+(?:\w+\s+)?(?:مع\s+|ل\s*)|ل)(?=(?:ل|ال)?{_AR_MEDIA})"),
     TOLD_TO),
    # "في حديثه لـ"المواطن""، "في اتصال هاتفي مع «المتوسط»"، "في حديث لموقع lebtalks": the outlet talked to,
    # named by its name alone.
    (re.compile(rf"(?<!\w)(?:في|خلال)\s+{AR_INTERVIEW}(?:\s+(?:هاتفي|هاتفيه|خاص|خاصه|صحفي|صحفيه))?\s+(?:مع\s*|ل\s*|الي\s*)"
                rf"(?=\"|[a-z0-9]|(?:ل|ال)?{_AR_MEDIA})"), TOLD_TO),
    # "كشفت مصادر محلية لـ218، أن", "وأوضحت المصادر لـ24 أنه": an outlet named by a number (a catalog one only).
    (re.compile(r"(?<!\w)ل\s*(?=\d{2,3}(?!\w)\s*(?:$|,|(?:ان|انه|انها|بان)(?!\w)))"), TOLD_TO),
    # "وأفاد مصدر أمني الى "النهار العربي" بأن": told (as Iraqi pages write it) a quoted name, then what.
    (re.compile(r"(?<!\w)الي\s*(?=\"[^\",]{2,30}\"\s*$)"), TOLD_TO),
    # "وأوضح يوسف عبودي، عضو لجنة التجار، لـ"التغيير"، أن", "نفت مصادر مقربة من سلام لـ"الأخبار"، كل ما …":
    # told, by its quoted name, before a comma or what was said.
    (re.compile(r"(?:(?<=,)|(?<!\w))\s*ل\s*(?=\"[^\",]{2,30}\"\s*(?:,|(?:ان|انه|انها|بان)(?!\w)))"), TOLD_TO),
    # "محللون استطلعت وكالة رويترز آراءهم": the outlet that polled them is outermost.
    (re.compile(r"(?<!\w)(?:استطلعت|استطلع|سالت|سال)(?!\w)"), TOLD_TO),
]
# Before a catalog outlet: "لرويترز"، "لـ«اليوم السابع»"، "في تصريحات لـ«المصري اليوم»"، "في حديث مع الجزيرة".
_AR_TOLD_BEFORE = re.compile(
    r"(?:,?\s*(?<!\w)(?:تحدث|تحدثت|تحدثوا|متحدثا|متحدثه)\s+(?=ل|الي\s))?"  # "مسؤول، تحدث لرويترز"
    rf"(?:(?<!\w)(?:في|خلال)\s+{AR_INTERVIEW}(?:\s+\w+)?\s+)?"
    # "مع الإعلامي … على فضائية X", "الذي استضافه برنامج … الذي تبثه قنوات X"
    rf"(?:{AR_HOST_ON}|{AR_ON_AIR}\"?\s*|"
    r"(?<!\w)(?:مع|الي)\s+[\"(]?\s*|(?<!\w)ل\s*[\"(]?\s*|(?<!\w)ل(?:مراسل|مراسله|موفد|موفده)\s+\"?\s*"
    # "في مداخلة هاتفية مع برنامج «…» على قناة X"، "في حديث لبرنامج … عبر إذاعة X"
    r"|(?<!\w)(?:مع|ل)\s*برنامج\b[^,.]{0,60}?\s(?:علي|عبر)\s+(?:\S+\s+){0,1}\"?\s*"
    # "قالت شرطة بيشكيك، ردا على استفسار وكالة سبوتنيك، إن": the outlet that asked
    r"|(?<!\w)ردا\s+علي\s+(?:سوال|اسيله|استفسار\w*)\s+(?:من\s+|ل)?\"?\s*)$"
)
# A day or time between the speaker and where they spoke ("حسين الجبوري، اليوم الاثنين، في تصريح لـ…"):
# blanked out like the anonymity phrase, so it does not end the speaker's words.
_AR_WHEN = re.compile(
    r",\s*(?:اليوم|امس|مساء|صباح|يوم)(?:\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?\s*,"
    r"(?=\s*(?:في\s+(?:تصريح|حديث|مقابله|لقاء|اتصال)|ل))"
)
# An unnamed source asking not to be named ("مسؤول، طلب عدم الكشف عن هويته،", "المصدر، الذي فضل عدم
# ذكر اسمه،"): part of how the source is described, never a source of its own (its "عن" quotes nobody).
_AR_ANONYMITY = re.compile(
    r",?\s*(?:الذي\s+|التي\s+|الذين\s+|اللذين\s+|اللذان\s+|اللتين\s+|اللتان\s+)?(?:طلب\w*|فضل\w*|رفض\w*|"
    r"اشترط\w*|مفضلا|مفضله|طالبا|طالبه|رافضا|رافضه|(?:تحدث\w*\s+)?(?:شريطه|بشرط))\s+"
    r"(?:عدم\s+)?(?:الكشف\s+عن|كشف|ذكر|نشر|الافصاح\s+عن|الاعلان\s+عن|الاشاره\s+الي)\s+"
    r"(?:هويت\w*|اسم\w*|هويه|اسماء\w*)\s*(?=[,:]|$|\s)"
    # "مسؤول كويتي، لم تسمه،", "المصادر، التي طلبت عدم تعريفها،"
    r"|,?\s*(?:(?:الذي|التي|الذين)\s+)?(?:طلب\w*|فضل\w*)\s+عدم\s+تعريف\w*\s*(?=[,:]|$|\s)"
    r"|,?\s*[وف]?لم\s+(?:تسم|يسم)(?:ه|ها|هم|هما)?\s*(?=[,:]|$|\s)"
    # "المصادر، التي لم يُكشف عن هويتها،", "المصدر الذي لم يُذكر اسمه لأنه غير مخوّل بالتصريح لوسائل الإعلام"
    r"|,?\s*(?:(?:الذي|التي|الذين)\s+)?لم\s+(?:يكشف|تكشف|يذكر|تذكر|يعلن|تعلن|يفصح|تفصح|يحدد|تحدد)\s+(?:عن\s+)?"
    r"(?:هويت\w*|اسم\w*|هويه|اسماء\w*)(?:\s+(?:لانه|لانها|لانهم|كونه|كونها)\s+غير\s+مخول\w*\s+(?:بالتصريح|بالحديث)"
    r"(?:\s+(?:لوسايل\s+الاعلام|للاعلام|للصحافه))?)?\s*(?=[,:]|$|\s)"
)
_AR_NOMINAL_STATEMENT = re.compile(r",\s*(?:فان|فانه|فانها|ان)(?!\w)")
_AR_AN = re.compile(r"(?<!\w)(?<!نقلا )(?<!لسان )عن(?!\w)")
_AR_ILA = re.compile(r"(?<!\w)الي(?!\w)")
_AR_MIN = re.compile(r"(?<!\w)من(?!\w)")
# Verbs whose "إلى" introduces the statement ("أشار الوزير إلى أن"); elsewhere it belongs to the source.
_ILA_LEMMAS = {"اشار", "لفت", "نوه", "دعا", "خلص"}
# Verbs whose "على" introduces the statement ("وشدد على أهمية …"); elsewhere it may belong to the source.
_ALA_LEMMAS = {"شدد", "اكد", "حث", "ركز", "علق"}
_AR_ALA = re.compile(r"(?<!\w)علي(?!\w)")
_AR_WHEN_CLAUSE = re.compile(r"(?<!\w)(?:بعد|قبل|منذ)(?!\w)")
# "ووصفت المتحدثة ما يجري بأنه": what was described, not who described it.
_AR_MA = re.compile(r"(?<!\w)ما(?!\w)(?!\s+(?:اسمت|اسمي|سمت|سمي|وصفت)\w*)")  # not "إلى ما أسمتهم مصادر"
# Verbs whose "عن" introduces a source ("نقلت الصحيفة عن المتحدث"); for others it introduces content.
_QUOTING_LEMMAS = {"نقل", "روي", "اقتبس", "نقلا عن"}
# Verbs whose object is whom the subject told ("أبلغ المصدر وكالة الأناضول أن").
TELLING_LEMMAS = {"ابلغ"}
# Longer than this, the words after a cue are a statement with no complementizer ("أعلنت الوزارة بدء …"):
# the source then ends at the first comma.
_MAX_REGION_WORDS = 20

_EN_END = re.compile(
    # "told USA Today", "told Russia Today": "today" there ends no object, it ends the outlet's name
    r"\b(?:that|on|in|at|late|when|as|after|before|during|but|by phone|by telephone|yesterday|(?<!usa )(?<!russia )today|about|"
    r"earlier (?:this|on|in|today)|last (?:week|month|year|night)|this (?:week|month|year|morning))\b(?!-)|"
    r"[,;:\"]|\.\s*$"  # (not the article of "told the As-Sharq al-Awsat daily")
)
# (or the quotation going on: '"…," said an official, "we have made that clear."')
_EN_INVERTED_END = re.compile(r",\s*(?:adding|saying|citing|quoting|noting|in|on|at|who|when)\b|,\s*\"|;|\.\s*$")
# "an official who spoke to Reuters": whom the speaker told, inside the words naming him
_WHO_SPOKE_TO = r"who\s+(?:spoke|talked|was speaking|were speaking)\s+(?:to|with)"
EN_WHO_SPOKE_TO = re.compile(rf"\s+{_WHO_SPOKE_TO}\s+")
_EN_APPOSITION_ROLE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|minister|president|director|commander|chief|head|official|"
    r"secretary|ambassador|envoy|governor|adviser|leader|analyst|professor|editor|correspondent|diplomat|lawmaker|"
    r"senator|economist|lawyer|attorney|historian|researcher|activist|journalist|reporter|columnist|strategist)\b"
)
_WORD = re.compile(r"\S+")
_EN_CITING = re.compile(r"\s*(?:citing|quoting|according to)\s+")
# "Hamid Rostami, quoted by Mehr, said", "Araghchi said, as quoted by IRNA, that": the outlet that carried the words.
EN_QUOTED_BY = re.compile(r"\s*,?\s*(?:as\s+)?quoted\s+by\s+")
EN_ON_TERMS = re.compile(r"\s+on (?:the )?condition (?:of|that)\b")
_EN_TOLD_PIECE = re.compile(r"\s*(?:in an? (?:interview|conversation|telephone interview) with|speaking (?:to|on)|in remarks to|"
                            rf"{_WHO_SPOKE_TO}|"
                            r"in an?(?=\s+[^\s,]+(?:\s[^\s,]+)?\s+(?:interview|broadcast)\b)|"
                            r"in an? (?:interview|remarks?|comments?|statement) (?:aired|broadcast|carried|published) (?:on|by)|"
                            r"in (?:remarks|comments) carried by|in an? (?:interview|appearance) on|"
                            r"in comments to|in a statement to|writing in|in an? (?:article|op-ed|column) (?:for|in))\s+")
_EN_RELATIVE = re.compile(r"\s*(?:who|which|whose)\b")
_DATELINE = re.compile(
    r"^\s*(?:[^()\n\"]{0,45}?\s*\([^()\n]{2,30}\)\s*[-–—:]+\s*|\([^()\n]{2,30}\)\s*[-–—:]+\s*|"
    r"[^\s()\-–—,.\"]+(?:\s+[^\s()\-–—,.\"]+)?\s*[-–—]+\s+)"
)


def dateline_length(folded_line: str) -> int:
    """Length of a leading dateline or wire credit ("لندن (رويترز) -"): it credits the article, not a claim."""
    match = _DATELINE.match(folded_line)
    # "وأضاف الشناوي - خلال مداخلة … - أن": a speaker between dashes, not a place
    return match.end() if match and not has_cue(match.group()) else 0


# "JEDDAH: Saudi Arabia said on Saturday …": a place in capitals opening an English story, as Gulf papers print it.
_EN_CAPITALS_DATELINE = re.compile(r"\s*[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}:\s+")


_DATELINE_CITIES = {"jeddah", "mecca", "medina", "dammam", "muscat", "amman", "jerusalem", "ramallah", "tel aviv",
                    "istanbul", "aden", "tripoli", "benghazi", "mosul", "erbil", "basra", "alexandria", "abu dhabi",
                    "kuwait city", "new york", "paris", "washington", "moscow", "beijing", "geneva", "brussels",
                    "united nations", "sharjah", "sana'a", "marrakech", "casablanca", "nouakchott"}


def capitals_dateline_length(line: str) -> int:
    """Length of a dateline in capitals ("JEDDAH: ", "ABU DHABI: "): a place, not a transcript's speaker
    ("JOEL BENENSON: …") or a source in capitals ("UNICEF: …")."""
    match = _EN_CAPITALS_DATELINE.match(line)
    if not match:
        return 0
    place = match.group().strip(" :\n").lower()
    if not (place in _DATELINE_CITIES or country_code(place)) or not has_cue(fold(line[match.end():])):
        return 0
    return match.end()


_AR_QUOTE_AT_ONCE = re.compile(r'\s*"(?:[^"\s]+\s+){4,}')


# "وقال المركز، في تقرير نشره أمس، إن": the piece the source spoke in ends its name (who is quoted is named
# after عن, so quoting verbs keep reading: "نقلت الصحيفة في تقرير لها عن مسؤول").
# "عن" ends the source ("أعلن الجيش عن …"), but not in "بيان صادر عن الجيش": there it names the source.
_AR_AN_ENDS = re.compile(r"(?<!صادر )(?<!صادره )(?<!الصادر )(?<!الصادره )(?<!\w)عن(?!\w)")
_AR_IN_PIECE = re.compile(r"(?:,\s*|\s)(?:في|خلال)\s+(?:تقرير|تقريرها|تقريره|مقال|مقاله|مقالها|نشره|مذكره|دراسه|تعميم)(?!\w)"
                          # not the piece published in an outlet named next: "في مقال نشره في صحيفة X"
                          r"(?!(?:\s+\S+){0,3}?\s+(?:نشره|نشرها|نشرته|نشرتها|نشر)\s+(?:في|علي|عبر)(?!\w))")


def _quotation_opening(folded: str, start: int, end: int, names: list[tuple[int, int]]) -> int:
    """Where a quotation of the speaker's words opens after his name ('وقال السفير أسامة نقلي «اتصلنا برويترز على
    الفور …»'): a quote of more words than a name has, or one left open, holding no catalog name; end if none."""
    at = folded.find('"', start, end)
    while at >= 0:
        closing = folded.find('"', at + 1, end)
        named = any(at < s <= at + 2 for s, _ in names)  # 'لقناة "بي إف إم تي في"': five words, one name
        if not named and (closing < 0 or len(folded[at + 1:closing].split()) > _QUOTED_NAME_WORDS):
            return at
        if closing < 0:
            break
        at = folded.find('"', closing + 1, end)
    return end


_QUOTED_NAME_WORDS = 5  # 'قناة "سكاي نيوز عربية"': a name; a longer quotation is what was said


def _first_end(folded: str, start: int, end: int, cue: Cue, names: list[tuple[int, int]]) -> int:
    """Where the words naming the source stop and the statement begins.

    names: spans of catalog names, whose words never end the source ("سي إن إن" holds "إن").
    """
    if _AR_QUOTE_AT_ONCE.match(folded, start, end):
        return start  # "وتابع "عبر قنوات عديدة نواصل دعم المعارضة"": the words themselves, the speaker goes on
    patterns = [_AR_END]
    if cue.lemma not in _QUOTING_LEMMAS:
        patterns.extend((_AR_AN_ENDS, _AR_IN_PIECE))
    if cue.lemma in _ILA_LEMMAS or cue.lemma == "عزا":
        patterns.append(_AR_ILA)
    if cue.lemma in _ALA_LEMMAS:
        patterns.append(_AR_ALA)
    if cue.form == "verb":
        patterns.append(_AR_MA)
    if cue.lemma == "حذر":
        patterns.append(_AR_MIN)
    if cue.form == "nominal":
        patterns.append(_AR_WHEN_CLAUSE)  # "وفقا للصحيفة بعد ساعات من …": the source is named before the time
    candidates = [end, _quotation_opening(folded, start, end, names)]
    for pattern in patterns:
        for m in pattern.finditer(folded, start, end):
            if not any(s <= m.start() < e for s, e in names):
                candidates.append(m.start())
                break
    region_end = min(candidates)
    words = list(_WORD.finditer(folded, start, region_end))
    if len(words) > _MAX_REGION_WORDS:
        comma = folded.find(",", start, region_end)
        region_end = comma if comma > 0 else words[_MAX_REGION_WORDS - 1].end()
    return region_end


def arabic_slots(folded: str, cue: Cue, end: int, *, other_cues: list[int],
                 outlet_mentions: list[tuple[int, int, bool]]) -> tuple[list[SourceSlot], int]:
    """Sources written after an Arabic cue (verb-subject order), and where the statement begins.

    other_cues: starts of the sentence's other verb cues; a second verb ("… قال فيه") ends the sources.
    outlet_mentions: (start, end, attached ل) of catalog outlets; "لرويترز" makes the outlet outermost.
    """
    start = cue.end
    if cue.lemma not in _QUOTING_LEMMAS and (_AR_FROM_SAYING.match(folded, start, end) or (
            cue.lemma in _FROM_SOURCE_LEMMAS and _AR_FROM_SOURCE.match(folded, start, end))):
        # "وأوردت هيئة البث “كان” عن المسؤول قوله", "وأوردت شبكة أي بي سي عن مصادر أن": it quotes them
        cue = Cue(cue.start, cue.end, cue.form, "نقل")
    # Blank out "، طلب عدم الكشف عن هويته" (same length: offsets stay put) so it neither ends the source
    # nor starts another one.
    folded = _AR_ANONYMITY.sub(lambda m: " " * len(m.group()), folded[:end]) + folded[end:]
    folded = _AR_WHEN.sub(lambda m: " " * len(m.group()), folded[:end]) + folded[end:]
    if cue.form == "nominal":
        # "بحسب ما كشفته مصادر": the nominal cue wraps a verb whose subject is the source.
        # ("حسبما أوردته فضائية X": the ما is written onto the cue)
        wrapped = r"\s*(\w+)" if cue.lemma == "حسبما" else r"\s*ما\s+(\w+)"
        opening = start
        m = re.match(wrapped + r"(?:\s+(?:به|بها|عنه|عنها))?", folded[start:end])
        if m and cue.lemma == "حسبما" and start + m.start(1) not in other_cues:
            m = None  # "حسبما يبدو": no verb of reporting wrapped
            stated = _AR_STATED_IN.match(folded, start, end)
            if stated:  # "حسبما ورد في برقية لوكالة الأنباء الجزائرية": the document, then whose
                start = stated.end()
        if m:
            start += m.end()
            if m.group(1) in ("جاء", "ورد") and (stated := _AR_STATED_IN.match(folded, opening + m.start(1) - 1)):
                start = stated.end()  # "ووفق ما جاء في بيان صادر عن مكتب نتنياهو": the statement, then whose
            if m.group(1).startswith(("نقل", "روت", "روا", "اقتبس")):  # "بحسب ما نقلته الصحيفة عن مسؤول"
                cue = Cue(cue.start, cue.end, cue.form, "نقل")
        if cue.lemma not in ("نقلا عن", "علي لسان"):
            # "بحسب X، يتقدم …": the source ends at the comma that opens the statement.
            opening = _AR_NOMINAL_STATEMENT.search(folded, start, end)
            comma = opening.start() if opening else folded.find(",", start, end)
            end = comma if comma > 0 else end
    in_it = _AR_IN_IT.match(folded, start, end)
    if in_it and cue.form == "verb":
        start = in_it.end()  # "قال فيه إن", "شن فيه هجوما": in the piece or report just named, by its writer
    region_end = _first_end(folded, start, end, cue, [(s, e) for s, e, _ in outlet_mentions])
    # (a verb inside the blanked anonymity phrase, "الذي فضل عدم كشف اسمه", ends nothing: the outlet told may follow)
    region_end = min([region_end, *(c for c in other_cues if start < c < region_end and not folded[c].isspace())])
    if cue.lemma == "نشر":  # "نشرت وكالة الأنباء الجزائرية برقية ردت فيها": the outlet, then what it published
        published = next((e for s, e, _ in outlet_mentions if start <= s < region_end
                          and _AR_PUBLISHED_THING.match(folded, e, region_end)), None)
        region_end = published if published is not None else region_end
    if cue.lemma == "عزا":  # "وعزا العلي القرار إلى …": what he put down to something is the word before إلى
        words = list(_WORD.finditer(folded, start, region_end))
        region_end = words[-1].start() if words else region_end
    cuts: list[tuple[int, int, int]] = []  # (marker start, marker end, rank of what follows)
    for pattern, rank in _AR_MARKERS:
        for m in pattern.finditer(folded, start, region_end):
            if rank == TOLD_TO and _AR_DOCUMENT_OF.search(folded, start, m.start()):
                continue  # "تقرير لصحيفة الشرق الأوسط": the paper's own report, not words told to it
            if not any(s <= m.start() < e for s, e, _ in cuts):
                cuts.append((m.start(), m.end(), rank))
    for position, _, attached in outlet_mentions:
        if not start < position < region_end:
            continue
        if cue.lemma in TELLING_LEMMAS and not any(s <= position < e for s, e, _ in cuts):
            # "وأبلغ مسؤول وكالة رويترز أن": the outlet told is the verb's object, written with no ل
            cuts.append((position, position, TOLD_TO))
            continue
        m = _AR_TOLD_BEFORE.search(folded, start, position + 1 if attached else position)
        if m and _AR_DOCUMENT_OF.search(folded, start, m.start()):
            continue  # "تقرير لصحيفة الشرق الأوسط": the paper's own report
        if m and not any(s <= m.start() < e for s, e, _ in cuts):
            # the slot keeps an attached ل: "للسومرية" is ل + السومرية, which "لسومرية" would not find
            cuts.append((m.start(), position, TOLD_TO))
    if cue.lemma in _QUOTING_LEMMAS:
        # the first عن names whom the words are taken from; a later one is what they are about ("أنباء عن منع")
        m = next((m for m in _AR_AN.finditer(folded, start, region_end)
                  if not any(s <= m.start() < e for s, e, _ in cuts)), None)
        if m is not None:
            cuts.append((m.start(), m.end(), QUOTED_FROM))
    source_by = _AR_SOURCE_AFTER.get(cue.lemma)
    m = next((m for m in source_by.finditer(folded, start, region_end)
              if not any(s <= m.start() < e for s, e, _ in cuts)), None) if source_by else None
    if m is not None:  # "علمت هسبريس من مصادر مطلعة"، "نسبت الصحيفة إلى مصادر": whom the outlet has it from
        cuts.append((m.start(), m.end(), QUOTED_FROM))
    if cue.lemma == "نشر":
        # "نشرت صحيفة الغارديان مقالا للكاتب جورج مونتي": the paper, then the writer whose piece it is.
        piece = _AR_PIECE_BY.search(folded, start, region_end)
        if piece and not any(s <= piece.start() < e for s, e, _ in cuts):
            cuts.append((piece.start(), piece.end(), QUOTED_FROM))
            comma = folded.find(",", piece.end(), region_end)
            region_end = comma if comma > 0 else region_end  # "…، شن فيه هجوما": what the piece says
    cuts.sort()
    slots, cursor, rank = [], start, SUBJECT
    for s, e, next_rank in cuts:
        slots.append(SourceSlot(cursor, s, rank))
        cursor, rank = e, next_rank
    slots.append(SourceSlot(cursor, region_end, rank))
    # "ونقلت الصحيفة تأكيدها عن المصادر ذاتها، أن": what it quotes, then whom from
    quoted = _AR_WHAT_THEN_FROM.match(folded, region_end, end) if cue.lemma in _QUOTING_LEMMAS else None
    if quoted:
        slots.append(SourceSlot(quoted.start("who"), quoted.end("who"), QUOTED_FROM))
        region_end = quoted.end("who")
    # "في بيان متلفز بثته قناة المسيرة", "في مؤتمر صحفي جمعه بالوزير وعرضته قناة X": the outlet that aired the
    # words is outermost.
    aired = _AR_AIRED_BY.match(folded, region_end, end)
    if aired:
        hit = next(((s, e) for s, e, _ in outlet_mentions if aired.end() <= s <= aired.end() + 1), None)
        back = _AR_MEDIUM_BACK.match(folded, aired.end(), end)  # "في رد نقلته الصحيفة": the paper named before
        if hit or back:
            slots.append(SourceSlot(*(hit or back.span()), TOLD_TO))
    # "علق مصدر عسكري على الغارة … بقوله لوكالة سانا إن": whom his words were said to, after what they are about
    saying = _AR_SAYING_TO.search(folded, region_end, end) if cue.form == "verb" else None
    if saying and not _AR_COMPLEMENTIZER.search(folded, region_end, saying.start()):
        hit = next(((s, e) for s, e, _ in outlet_mentions if saying.end() <= s <= saying.end() + 1), None)
        if hit:
            slots.append(SourceSlot(*hit, TOLD_TO))
    # "وأضاف في تغريدة على منصة إكس أن": where the pronoun's speaker wrote, not a subject.
    slots = [s for s in slots if not (s.rank == SUBJECT and _AR_OWN_MEDIUM_ONLY.match(folded, s.start, s.end))]
    return [_tight(folded, s) for s in slots if folded[s.start:s.end].strip(" ,\"")], region_end


_AR_WHAT_THEN_FROM = re.compile(r"(?:قوله|قولها|قولهم|تاكيده|تاكيدها|تاكيدهم|تصريحه|تصريحها|نفيه|نفيها)\s+عن\s+"
                                r"(?P<who>[^,:\"]{2,60}?)\s*(?=,|:|(?<!\w)(?:ان|انه|انها|بان)(?!\w))")
_AR_SAYING_TO = re.compile(r"(?<!\w)(?:بقوله|بقولها|بقولهم|قايلا|قايله)\s*(?=ل)")
_AR_COMPLEMENTIZER = re.compile(r"(?<!\w)(?:ان|انه|انها|بان)(?!\w)")
_AR_OWN_MEDIUM_ONLY = re.compile(r"\s*(?:في|خلال|عبر)\s+(?:بيان|تغريده|منشور|تدوينه|كلمه|رساله)(?!\w)")


_FROM_SOURCE_LEMMAS = {"اورد", "افاد", "ذكر"}
_AR_FROM_SOURCE = re.compile(r"[^,:]{0,60}?(?<!\w)عن\s+(?:مصادر|مصدر|مسوول|مسوولين|مسوولون|مسوولا|مسوولي)(?!\w)")
_AR_FROM_SAYING = re.compile(r"[^,:]{0,60}?(?<!\w)عن\s+[^,:]{2,60}?\s+(?:قوله|قولها|قولهم|قولهما|تاكيده|تاكيدها)(?!\w)")
_AR_SOURCE_AFTER = {"علم": _AR_MIN, "نسب": _AR_ILA}
_AR_IN_IT = re.compile(r"\s*(?:فيه|فيها|فيهما)(?!\w)")
_AR_PIECE_BY = re.compile(
    r"(?<!\w)(?:مقالا|مقال|تقريرا|تقرير|افتتاحيه|عمودا|تحليلا)(?:\s+(?:ال)?\w+)?\s+"
    r"ل(?:ل?(?:كاتب|كاتبه|صحفي|صحفيه|صحافي|صحافيه|محلل|محلله|باحث|باحثه)\s+)?(?=\w|\")"
)
_AR_PUBLISHED_THING = re.compile(r"\s+(?:برقيه|تقريرا|مقالا|بيانا|خبرا|صورا|مقطعا|تغريده|منشورا)(?!\w)(?!\s+ل)")
_AR_STATED_IN = re.compile(r"\s*(?:ورد|جاء)\s+(?:في|علي)(?!\w)")
_AR_DOCUMENT_OF = re.compile(r"(?<!\w)(?:تقرير|تقريرا|مقال|مقالا|بيان|بيانا|افتتاحيه|تحقيق|تحقيقا|برقيه)\s*$")
_AR_MEDIUM_BACK = re.compile(rf"ال{_AR_MEDIA}(?:\s+ال\w+)*(?!\w)")
_AR_AIRED_BY = re.compile(
    r"\s*,?\s*(?:في|خلال|عبر)\s+(?:بيان|كلمه|خطاب|تسجيل|تصريح|رد|موتمر|مقابله|حوار|لقاء)\w*(?:\s+[^\s,.]+){0,8}?\s+"
    r"و?(?:بثته|بثتها|نشرته|نشرتها|اذاعته|اذاعتها|عرضته|عرضتها|نقلته|نقلتها)\s+"
)


def _tight(folded: str, slot: SourceSlot) -> SourceSlot:
    """The slot without the blanks and commas at its end (where a blanked-out phrase was)."""
    end = slot.end
    while end > slot.start and folded[end - 1] in " ,":
        end -= 1
    return SourceSlot(slot.start, end, slot.rank)


_AR_PARTICLE_AT_END = re.compile(r"\s+(?:قد|لقد|فقد|اول\s+من)\s*$")  # ("وكانت صحيفة X أول من نشر")
# "وكانت حسابات مجهولة قد زعمت", and without قد but a comma: 'وكانت صحيفة "نيويورك تايمز"، أفادت'
_AR_NEGATION = re.compile(r"\s+(?:لم|لن)\s")
_AR_KANA_QAD = re.compile(
    r"\s*[وف]?(?:كان|كانت|كانوا|كانا)\s+(?P<subject>[^,]{2,80}?)(?:\s+(?:قد|لقد|اول\s+من)\s*|\s*,\s*)")


def arabic_kana_subject(folded: str, start: int, end: int) -> SourceSlot | None:
    """Whatever stands between كان and قد (or the comma) before the cue is its subject."""
    kana = _AR_KANA_QAD.fullmatch(folded, start, end)
    return SourceSlot(kana.start("subject"), kana.end("subject"), SUBJECT) if kana else None


def arabic_subject_before(folded: str, start: int, end: int, is_head: Callable[[str], bool], *,
                          names: list[tuple[int, int]] = ()) -> SourceSlot | None:
    """The subject of a clause written before its cue ("الجيش العراقي قال", "أبدت كتائب … في بيان");
    names: spans of catalog names, which the subject starts with when its head word is inside one
    ('"نيويورك تايمز" تقول', not "تايمز")."""
    kana = arabic_kana_subject(folded, start, end)
    if kana:
        return kana
    for m in _WORD.finditer(folded, start, end):
        if is_head(m.group().strip('",')):
            inside = next((s for s, e in names if start <= s <= m.start() < e), None)
            if inside is not None:
                m = _WORD.match(folded, inside) or m
            comma = folded.find(",", m.end(), end)
            stop = comma if comma > 0 else end
            # "وكان المتحدث … ناصر كنعاني قد وصف": the particle before the verb is not part of the name.
            particle = _AR_PARTICLE_AT_END.search(folded[m.start():stop])
            if particle and particle.start() > 0:
                stop = m.start() + particle.start()
            negation = _AR_NEGATION.search(folded, m.end(), stop)
            if negation:  # "الصحيفة لم تسم تلك المصادر ونشرت": a negated verb of its own ends the subject
                stop = negation.start()
            return SourceSlot(m.start(), stop, SUBJECT)
    return None


def english_subject(folded: str, start: int, cue: Cue) -> tuple[SourceSlot | None, bool, list[SourceSlot]]:
    """The subject before an English cue, whether the sentence is inverted ('…," said X'), and sources
    the subject cites on the way ("Al Arabiya, citing coalition sources, reported")."""
    quote = folded.rfind('"', start, cue.start)
    opening = folded.rfind('"', start, quote) if quote >= 0 else -1
    # 'In an interview with "Al-Akhbar" newspaper, a source denied': a quoted name in an opening phrase, not a
    # quotation ending
    quoted_name = opening >= 0 and _EN_QUOTED_NAME.fullmatch(folded, opening + 1, quote) is not None and \
        _EN_BEFORE_QUOTED_NAME.search(folded, max(0, opening - 8), opening) is not None and \
        "," in folded[quote:cue.start]
    if quote >= 0 and not quoted_name:
        start = quote + 1
    if not folded[start:cue.start].strip(" ,"):
        return None, True, []
    after_comma = _EN_SAID_AFTER_COMMA.match(folded, cue.end) if cue.lemma in _EN_INVERTING and \
        folded[start:cue.start].rstrip().endswith(",") else None
    who = after_comma.group("who") if after_comma else ""
    # between commas any noun phrase; at the end of the sentence only one naming a role ("…, said talks resumed")
    between_commas = after_comma is not None and after_comma.group().rstrip().endswith(",")
    # (or a short name closing the sentence: "…, said SPA.", "…, said Reuters.")
    if after_comma and not _EN_NOT_A_SPEAKER.match(who) and not _EN_CLAUSE_WORD.search(who) and \
            (between_commas or _EN_APPOSITION_ROLE.search(who) or _is_name_last(who)):
        # "… is a joke, said the coalition's spokesman Ahmed Al-Assiri on Thursday.", "These groups, added
        # Al-Assiri, target …": the speaker after the cue, without quotation marks
        return SourceSlot(*after_comma.span("who"), SUBJECT), False, []
    pieces, cursor = [], start
    for part in folded[start:cue.start].split(","):
        if part.strip():
            pieces.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    # Pieces that are not the subject: "Citing three people …, Bloomberg reported", "In an interview
    # with Al Jazeera, the minister said", "The spokesman, who declined to be named, said".
    inner, kept = [], []
    for i, (s, e) in enumerate(pieces):
        citing, told = _EN_CITING.match(folded, s), _EN_TOLD_PIECE.match(folded, s) or EN_QUOTED_BY.match(folded, s)
        relative = _EN_RELATIVE_SPEAKER.match(folded, s, e) if not _EN_WHO_DID.match(folded, s, e) else None
        if citing or told:
            m = citing or told
            terms = EN_ON_TERMS.search(folded, m.end(), e)  # "speaking to SANA on condition of anonymity"
            inner.append(SourceSlot(m.end(), terms.start() if terms else e, QUOTED_FROM if citing else TOLD_TO))
        elif relative and i == len(pieces) - 1:
            kept = [(relative.start("who"), e)]  # "The changes, which officials said …": the officials
        elif not (kept and (_EN_RELATIVE.match(folded, s) or _EN_ASIDE.fullmatch(folded, s, e))):
            kept.append((s, e))  # "Priebus, in the wake of a poll, told", "Sarandon, 69, told": asides
    pieces = kept or pieces
    piece_start, piece_end = pieces[-1]
    # (not "a source who is familiar with the findings tells": what the speaker is, not a clause of its own)
    clause = next(reversed([m for m in _EN_CLAUSE_OPENER.finditer(folded, piece_start, piece_end)
                            if not _EN_WHO_DID.match(folded, m.start())]), None)
    if clause is not None and folded[clause.end():piece_end].strip() and \
            not _EN_WHEN_ONLY.fullmatch(folded, clause.end(), piece_end):  # ("missing since last month")
        piece_start = clause.end()  # "a campaign in which GOP nominee Donald Trump has said", "as HuffPost noted"
    if len(pieces) > 1:
        previous = folded[slice(*pieces[-2])]
        # "Colonel John Dorrian, a spokesman for the coalition, said": one source over two pieces.
        # Not an aside before it: "Earlier on Saturday, Guinea's government spokesman told".
        # "a responsible source in the Yemeni capital, Sana'a, denied": the place's name, not the speaker.
        if (((_EN_APPOSITION_ROLE.search(previous + folded[piece_start:piece_end]) and not _EN_ASIDE.fullmatch(previous)
              and _is_a_name_beside(previous, folded[piece_start:piece_end]))
                or (_EN_PLACE_NAMED_NEXT.search(previous) and not _EN_CLAUSE_WORD.search(previous)))
                and len(previous.split()) <= 8):
            piece_start = pieces[-2][0]
    lead = _EN_LEAD_CONJUNCTION.match(folded[piece_start:piece_end])
    if lead:
        piece_start += lead.end()
        helpers = folded[piece_start:piece_end].split()
        if len(pieces) > 1 and helpers and all(w in _EN_HELPERS for w in helpers):
            # "Mr. Trump has attacked loopholes …, and has called for": the first clause's subject
            shared = english_leading_subject(folded, pieces[0][0], pieces[0][1])
            if shared is not None:
                return shared, False, inner
    tail = _EN_SUBJECT_TAIL.search(folded, piece_start, piece_end)
    if tail and tail.start() > piece_start:
        piece_end = tail.start()
    if len(folded[piece_start:piece_end].split()) > _EN_SUBJECT_WORDS:
        # "Kasich offered the man a job, then says": the clause's own subject, before its first verb.
        leading = english_leading_subject(folded, piece_start, piece_end)
        if leading is not None:
            piece_end = leading.end
    return SourceSlot(piece_start, piece_end, SUBJECT), False, inner


_EN_SUBJECT_WORDS = 8
_EN_HELPERS = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "may",
                        "might", "did", "does", "do", "also", "then", "later", "repeatedly"})
_EN_WHEN_ONLY = re.compile(r"\s*(?:(?:last|this|next)\s+\w+|(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)(?:\s+\d{1,2})?|\d{4}|then)\s*")
_EN_QUOTED_NAME = re.compile(r"[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,3}")
_EN_BEFORE_QUOTED_NAME = re.compile(r"\b(?:with|to|told|by|on|in|for)\s+$")
_EN_PLACE_NAMED_NEXT = re.compile(r"\b(?:in|from|of|near)\s+the\s+(?:\w+\s+){0,2}(?:capital|city|town|village|province|"
                                  r"governorate|region|district|port|county)\s*$")
_EN_LEAD_CONJUNCTION = re.compile(r"\s*(?:and|but|while|as|so|yet)\s+")
_EN_SAID_AFTER_COMMA = re.compile(
    r"\s+(?P<who>(?:[^\s,;:\"]+\s+){0,7}?[^\s,;:\"]+?)(?:\s+(?:on|late on|early on)\s+\w+day|\s+(?:yesterday|today))?"
    r"\s*(?:,|\.?\s*$)")
_EN_SHORT_NAME_LAST = re.compile(r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                                 r"earlier|later|recently|previously|again|also|so|too|then|now|by|in|on|at|from|"
                                 r"with|to|of|for|through|via|over|about|after|before|during|under|into|outside|inside|across|while|"
                                 r"as|when|the\s+\w+\s+\w+\s+\w+ed)\b)(?!\w+ly\b)"
                                 r"(?:the\s+)?[^\s]+(?:\s+(?!\w+ly\b)[^\s]+){0,3}")
def _is_name_last(who: str) -> bool:
    """Whether the words after a sentence-closing "said" are a short name ("Reuters", "Hank Sheinkopf"), not a
    clause ("talks resumed"): no word after the first is a past form."""
    words = who.split()
    return _EN_SHORT_NAME_LAST.fullmatch(who) is not None and not any(w.endswith("ed") for w in words[1:]) and \
        not any(_EN_AUXILIARY.fullmatch(w) or w in ("could", "can", "may", "might", "should", "must") for w in words)


_EN_INVERTING = {"said", "says", "added", "adds", "reported", "reports", "wrote", "writes"}  # "…, reported Axios, citing"
_EN_CLAUSE_WORD = re.compile(r"\b(?:that|to|is|was|were|are|would|will|had|has|have|be|not)\b")  # "…, said earlier that"
_EN_NOT_A_SPEAKER = re.compile(r"(?:that|to|it|in|on|at|of|he|she|they|we|i|you|this|there)\b")
_EN_RELATIVE_SPEAKER = re.compile(r"\s*(?:which|that|who|whom)\s+(?P<who>\S.*)$")
# "The source, who declined to be named, said": what the speaker did, not someone speaking in the clause.
_EN_WHO_DID = re.compile(r"\s*who\s+(?:\w+ed|spoke|was|is|has|had|asked|would|could|did)\b")
_EN_ASIDE = re.compile(
    r"\s*(?:\d+|however|too|meanwhile|though|though,|also|in turn|for (?:his|her|its|their) part|now|then|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|(?:later|earlier)(?:\s+(?:on|in|this|that|today)\b.*)?|"
    r"as\s+(?:translated|edited|transcribed|monitored)\s+by\b.*|"
    r"(?:last|this|next)\s+(?:week|month|year|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:in|on|at|after|before|during|with|despite|since|following|amid|unlike|like|when|while|if|although|"
    r"because|by|from|for|speaking|asked|writing)\b.*)\s*"
)
_EN_CLAUSE_OPENER = re.compile(r"\b(?:which|who|whom|that|where|when|while|because|although|though|if|since|"
                               r"after|before|as|in which|of which|whereas|until|unless|"
                               r"(?:it|this)\s+(?:is|was)\s+the\s+\w+\s+time)\s+")  # "It is the second time officials have denied"


# Auxiliaries and adverbs between a subject and its cue ("She also added", "the F.B.I. has said").
_EN_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:also|later|then|now|however|again|has|had|have|would|will|could|can|may|might|should|must|did|does|"
    r"do|is|was|were|are|be|been|not|never|once|first|further|still|already|even|only|just|since|long|often|yet|"
    r"previously|recently|repeatedly|reportedly|publicly|privately|quickly|flatly|bluntly|earlier|separately|"
    r"directly|openly|finally|initially|subsequently|frequently|consistently|clearly|simply|falsely|wrongly|"
    r"firmly|strongly|quietly|immediately|famously|purportedly|allegedly|apparently|herself|himself|themselves|"
    r"itself|too|all|both|the first to|first to|"
    # (not weekdays: "the Sun on Sunday", "Daily Star Sunday" end in one)
    r"yesterday|today|tonight|(?:last|this|next) (?:week|month|year|night)|in the past|at the time|at one point))+\s*$"
)
_EN_VERB_LIKE = re.compile(
    r"(?:has|had|have|is|was|were|are|will|would|could|can|may|might|should|must|did|does|do|also|then|later|"
    # ("The head of the United Nations", "an unnamed official", "the wounded": words of the noun phrase)
    r"(?!(?:united|armed|unnamed|retired|alleged|concerned|informed|detained|wounded|injured|displaced|accused)$)"
    r"\w{3,}ed)$"
)


def _is_a_name_beside(previous: str, last: str) -> bool:
    """Whether the piece before a source's last piece is the same source in apposition ("Colonel John Dorrian, a
    spokesman for the coalition"), not a clause of what was said ("The talks will resume next week, a senior
    official said", "A bomb hit the city, a police official said")."""
    words = previous.split()
    # (an auxiliary marks a clause; an -ed word need not: "Mohammed Abdul-Salam, spokesman for the rebels")
    if _EN_CLAUSE_WORD.search(previous) or any(_EN_AUXILIARY.fullmatch(w.strip(",")) for w in words):
        return False
    # a whole source in the last piece ("a senior official") stands beside a short name only
    return not (_EN_FULL_SOURCE.match(last) and _EN_APPOSITION_ROLE.search(last)) or len(words) <= 4


_EN_AUXILIARY = re.compile(r"has|had|have|is|was|were|are|will|would|could|can|may|might|should|must|did|does|do")
_EN_FULL_SOURCE = re.compile(r"\s*(?:a|an|the|its|his|her|their|one|two|three|several)\s")


def english_leading_subject(folded: str, start: int, end: int) -> SourceSlot | None:
    """The noun phrase that opens a clause, up to its first verb: "The departments declined …, saying"."""
    for m in _WORD.finditer(folded, start, end):
        if _EN_VERB_LIKE.match(m.group().strip(",")):
            stop = m.start()
            return SourceSlot(start, stop, SUBJECT) if folded[start:stop].strip(" ,\"") else None
    return None


def english_object(folded: str, start: int, end: int) -> SourceSlot | None:
    """The object after "told", "according to", "citing": up to the statement or the next clause."""
    m = _EN_END.search(folded, start + 1, end)
    stop = m.start() if m else end
    return SourceSlot(start, stop, SUBJECT) if folded[start:stop].strip() else None


def english_inverted(folded: str, start: int, end: int) -> SourceSlot | None:
    """The source after an inverted cue: '"…," said Colonel John Dorrian, a coalition spokesman.'"""
    m = _EN_INVERTED_END.search(folded, start, end)
    stop = m.start() if m else end
    return SourceSlot(start, stop, SUBJECT) if folded[start:stop].strip() else None
