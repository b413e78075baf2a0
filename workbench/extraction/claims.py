"""Cutting a sentence into claims, one per attribution, and marking where each claim's sources are written."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.extraction.chains import (
    ATTRIBUTED_TO,
    EN_ON_TERMS,
    EN_QUOTED_BY,
    EN_WHO_SPOKE_TO,
    QUOTED_FROM,
    RELAYED_BY,
    SUBJECT,
    TOLD_TO,
    SourceSlot,
    arabic_kana_subject,
    arabic_slots,
    arabic_subject_before,
    english_inverted,
    english_leading_subject,
    english_object,
    english_subject,
)
from workbench.extraction.cues import Cue, find_cues
from workbench.extraction.sources.media import AR_DESCRIPTORS
from workbench.extraction.sources.persons import AR_ROLE_SET
from workbench.extraction.sources.places import country_named

# Words that may stand between a clause boundary and the cue that opens the clause ("، كما أكد").
_AR_CONNECTORS = {"و", "كما", "فيما", "بينما", "حيث", "ثم", "وقد", "قد", "فقد", "كذلك", "ايضا", "بدوره",
                  "بدورها", "وبدوره", "وبدورها", "اذ", "لكن", "ولكن", "بل",
                  "وذلك"}  # "…، وذلك نقلا عن وكالة الأنباء الكويتية": the attribution closes the sentence
# A comma followed by one of these starts a new clause: the attributed statement ends before it.
_AR_STATEMENT_END = re.compile(  # ("، وفق ترجمة …" is no new clause: "وفق" is one word)
    r",\s*(?=(?:(?!وفق(?:ا|\s))و\w+|فيما|بينما|بخلاف|لكن|الا ان|غير ان|في حين)(?!\w))")
_AR_QUOTING = {"نقل", "روي", "اقتبس"}
_AR_FROM_HIM = re.compile(r"(?<!\w)عن(?:ه|ها|هم|هما)(?!\w)")
# ("فيما" alone is "while": "، فيما ذكرت صحيفة" opens a claim)
_AR_ABOUT_WHAT = re.compile(r"(?<!\w)(?:(?:علي|عن|الي|من|في)\s+ما|عما|مما)\s+$")
_EN_CLAUSE_LEAD = re.compile(r"^\s*(?:and|but|while|whereas)\b")
_EN_SEEN_BY = re.compile(r"\s+(?:reviewed|seen|obtained|viewed|verified)\s+by\s+")
_EN_INNER_CUES = {"quoted", "cited", "citing", "quoting"}
_EN_TELLING = {"told", "tells", "telling"}
_EN_QUOTE_VERBS = {"quotes", "quoted", "cites", "cited"}
_EN_QUOTED_BY_AS = re.compile(r"\bquoted\s+by\s+(?P<who>[^,]+?)(?:\s+as|\s*,)\s+$")  # (", saying" too)
# "…, the minister was quoted as saying.": the speaker named last, after the words he was quoted in.
_EN_TRAILING_QUOTED = re.compile(
    r"[,;]\"?\s*(?P<speaker>[^,;\"]{2,80}?)\s+(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?quoted"
    r"(?:\s+by\s+[^,]+?)?\s+as\s+$")  # ("…, American sources were purportedly quoted as saying")
# An unnamed speaker closing the sentence, with the outlet told: "…, a U.S. official told Reuters on Wednesday.",
# "…, several sources confirm to U.S. News."
_EN_TRAILING_TOLD = re.compile(
    r",\s*(?P<speaker>(?:a|an|the|two|three|four|several|multiple|some|one)\s[^,;\"]{2,90}?)\s+"
    r"(?:told|tells|confirmed\s+to|confirm\s+to|confirms\s+to)\s+[^,;\"]{2,60}?(?:\s+(?:on|late on|early on)\s+\w+)?"
    r"(?:\W*$|,\s*(?:but|though|although|while)\b)")  # ("…, three Republicans told Time, but he has not decided")
# "…, but nothing in the intelligence points to his death, the source said.": the speaker closing the sentence
# says all before him, the verbs of his words included (a report closing it relays whom it quotes: "X denied …,
# the report added").
_EN_TRAILING_SAID = re.compile(
    r",\s*(?P<speaker>(?:a|an|the|two|three|four|several|one)\s(?![^,;\"]*\b(?:report|paper|newspaper|daily|agency|"
    r"channel|network|broadcaster|station|site|website|magazine|outlet|statement|tabloid)\b)[^,;\"]{2,60}?)\s+"
    r"(?:said|says|added|adds)"
    r"(?:\s+(?:on|late on|early on)\s+\w+)?\W*$")
# What may follow "was quoted as saying" at the sentence's end: when, and by whom ("on Sunday by state TV.").
_EN_QUOTED_AFTER = re.compile(
    r"(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+by\s+(?P<by>[^,;\"]{2,60}?))?(?:\s+(?:on|late on|early on)\s+\w+)?[\s.\"]*")
# "…, Axios reported, citing unidentified Israeli officials.", "…, reported Axios, citing Israeli sources.": the
# outlet closing the sentence relays all before it, whoever does what there.
_EN_TRAILING_RELAY = re.compile(
    r",\s*(?P<speaker>(?:[^,;\"]{2,50}?\s+(?:reported|reports)|(?:reported|reports)\s+[^,;\"]{2,50}?))\s*,\s*"
    r"(?:citing|quoting)\s+[^,;\"]{2,90}?\W*$")
_EN_PASSIVE_QUOTE = re.compile(r"(?:\bin which|\bwhich|\bwhom|\bwhere|,)\s+(?P<who>[^,]+?)\s+(?:was|were|is|are)\s*$")
_TRAILING_WORDS = 4
_AR_FRONTED_TOLD = re.compile(
    r"\s*[وف]?(?:(?:في|خلال)\s+(?:(?:تصريح(?:ات)?|حديث|مقابله|لقاء)\s+(?:\w+\s+)?(?:ل|مع)|"
    # "وفي مقال نشرته صحيفة الجارديان اليوم، أكدت واين": the paper that published her words
    r"(?:مقال|مقاله|تقرير|عمود|حديث|مقابله|تصريحات)\s+(?:\w+\s+)?(?:نشرته|نشرتها|نشره|بثته|بثتها|اوردته|اوردتها)(?!\w))|"
    # "وردا على سؤال لوكالة فرانس برس، قال", "وفي رد على سؤال من رويترز": the outlet that asked (not "ردا على
    # تقرير لرويترز", a report answered)
    r"(?:في\s+رد|ردا)\s+علي\s+(?:سوال|اسيله|استفسار)\w*\s+(?:\w+\s+)?(?:ل|من|وجهته|وجهتها|طرحته|طرحتها))")
_AR_RELYING_PARTICIPLES = {"مستندا", "مستنده", "نقلا"}
_AR_RELYING = re.compile(r"\s*(?:الي|علي|عن)\s+")
_EN_TRAILING_CUE_END = re.compile(r"\s*(?:(?:on|late on|early on)\s+\w+|\w+day|yesterday|today|earlier)?\s*[.\"]*\s*")  # more words than this before "، بحسب …" make it a trailing attribution

@dataclass
class ClaimDraft:
    """One claim in folded offsets of its sentence, with the slots its sources are written in."""

    start: int
    end: int
    cue: Cue | None
    slots: list[SourceSlot] = field(default_factory=list)
    feminine: bool | None = None  # gender of a bare cue, for continuing a previous chain
    statement_start: int = 0
    quotes_pronoun: bool = False  # "ونقلت الوكالة عنه القول": it quotes the speaker named before

# A sentence opening on what someone did ("ورفض", "ولم يفصح"), whose participle then reports what he said.
_AR_DEED_OPENING = re.compile(r"\W*(?:و|ف)(?:لم\s+\S+|رفض|رفضت|امتنع|امتنعت|تجنب|تجنبت|تحفظ|تحفظت)(?!\w)")


# A sentence opening on a verb and its subject: "ويقاطع الوزير", "وخرج المتحدث باسم الجيش"; the subject ends at a
# preposition, a comma or the participle.
_AR_DOER_OPENING = re.compile(r"\W*[وف](?:قد\s+)?\w{2,}\s+(?P<head>\w+)")
_AR_DOER_ENDS = re.compile(r"\s(?:علي|عن|في|الي|من|مع|امام|خلال|بعد|قبل|عند|حول|ضد)\s|,")
_DOER_WORDS = 6


def _doer_then_saying(folded: str, base: int, participle: int, is_head) -> SourceSlot | None:
    """The subject of a sentence's opening verb that no cue reports, when a participle of saying follows it."""
    m = _AR_DOER_OPENING.match(folded, base, participle)
    if m is None or not is_head(m.group("head")):
        return None
    stop = _AR_DOER_ENDS.search(folded, m.end("head"), participle)
    end = stop.start() if stop else participle
    words = folded[m.start("head"):end].split()[:_DOER_WORDS]
    if len(words) > 1 and words[0].startswith("ال") and is_head(words[1]):
        words = words[:1]  # "ويقاطع الوزير الصحفي": the minister, then whom he interrupts
    return SourceSlot(m.start("head"), m.start("head") + len(" ".join(words)), SUBJECT)


def _clause_start(folded: str, position: int, base: int) -> tuple[int, bool]:
    """Start of the clause holding position, and whether only connectors stand between it and position."""
    comma = max(folded.rfind(",", base, position), folded.rfind(";", base, position))
    start = base if comma < 0 else comma + 1
    while start < position and folded[start].isspace():
        start += 1
    # "وجاء البيان بعد أن نقل موقع أكسيوس عن مصدر": a clause of its own opens after the subordinator
    after = _AR_SUBORDINATOR_BEFORE.search(folded, max(start, position - 12), position)
    if after is not None:
        return after.end(), True
    # (word by word, stopping at the first that is no connector: a long clause is not split whole for every cue)
    return start, all(m.group() in _AR_CONNECTORS for m in _NON_SPACE.finditer(folded, start, position))


_NON_SPACE = re.compile(r"\S+")
_AR_SUBORDINATOR_BEFORE = re.compile(r"(?<!\w)(?:(?:بعد|قبل|منذ)\s+ان|بعدما|عندما|حينما|اثر|عقب)\s+$")


def _about_what_before(folded: str, base: int, at: int) -> bool:
    """Whether "على ما", "عما" … ends right before at: the search back to base runs only when "ما" ends the
    words before at's spaces, which it must for any match (so a long sentence is not searched for every cue)."""
    end = at
    while end > base and folded[end - 1].isspace():
        end -= 1
    return folded.endswith("ما", base, end) and _AR_ABOUT_WHAT.search(folded, base, at) is not None

def _close(draft: ClaimDraft, folded: str, at: int) -> None:
    comma = folded.rfind(",", draft.start, at)
    draft.end = min(draft.end, comma if comma > draft.statement_start else at)

def arabic_drafts(folded: str, base: int, is_head: Callable[[str], bool], *,
                  outlet_mentions: list[tuple[int, int, bool]]) -> list[ClaimDraft]:
    """Claims of one Arabic sentence; outlet_mentions are (start, end, has attached ل) of catalog outlets."""
    end = len(folded)
    drafts: list[ClaimDraft] = []
    current: ClaimDraft | None = None
    skip_until = -1
    cues = find_cues(folded, "ar")
    # a second verb, a participle ("وأردف قائلا إن") or "بحسب" ends the words naming the source
    verb_starts = [c.start for c in cues if c.form in ("verb", "participle", "nominal")]
    fronted = _AR_FRONTED_TOLD.match(folded, base)
    comma = folded.find(",", fronted.end()) if fronted else -1
    if comma > 0 and any(c.form == "verb" and c.start > comma for c in cues):
        skip_until = comma  # the verb inside "وفي مقال نشرته صحيفة X، أكدت" names where, not a claim
    for cue in cues:
        own_clause = False
        if cue.start < max(skip_until, base) or (cue.form == "verb" and _about_what_before(folded, base, cue.start)):
            continue  # "رفض التعليق على ما نشرته الصحف": what the papers published, said by nobody here
        clause, lead = _clause_start(folded, cue.start, base)
        # "…، وهو ما نفته قيادة الشرطة": what the verb's object pronoun stands for, whoever denied it after the verb
        # (not "ما يكشف أن …": which shows it)
        lead = lead or (cue.form == "verb" and _AR_WHAT_IT_DID.fullmatch(folded, clause, cue.end) is not None)
        if cue.form == "participle":
            relying = _AR_RELYING.match(folded, cue.end) if cue.lemma in _AR_RELYING_PARTICIPLES else None
            if current is not None and relying:
                # "…، مستندة إلى تصريحات دبلوماسيين": the claim goes on, naming its own sources.
                stop = folded.find(",", relying.end(), end)
                current.slots.append(SourceSlot(relying.end(), stop if stop > 0 else end, QUOTED_FROM))
                skip_until = stop if stop > 0 else end
            elif current is not None and not (current.cue and not folded[current.cue.end:cue.start].strip()):
                _close(current, folded, cue.start)  # ("وأردف قائلا إن": the participle goes with its verb)
                current = None
            elif current is None and not drafts and _AR_DEED_OPENING.match(folded, base):
                # "ورفض الوزير تحديد الجهة، مكتفيا بالقول إنها معروفة": what the speaker just heard did, then said.
                current = ClaimDraft(base, end, cue, [], cue.lemma.endswith("ه"), cue.end)
                drafts.append(current)
            elif current is None and not drafts and (doer := _doer_then_saying(folded, base, cue.start, is_head)):
                # "ويقاطع الوزير الصحفي قائلا: …", "وخرج الوزير عن صمته مؤكدا أن": whoever did it says it
                current = ClaimDraft(base, end, cue, [doer], None, cue.end)
                drafts.append(current)
            continue
        if current is not None and cue.form == "nominal" and cue.conjoined and folded[clause - 1:clause].strip() in (",", "") \
                and _AR_OWN_STATEMENT_AFTER.match(folded, cue.end, end) and folded.rfind(",", base, cue.start) > base:
            _close(current, folded, clause)  # "…، وبحسب الداخلية فإن الحادث قديم": a claim of its own
            current, own_clause = None, True
        if current is not None and cue.form == "nominal" and _AR_TRANSLATED.match(folded, cue.end):
            continue  # "وذكرت في تقريرها، وفق ترجمة قناة الكوفية،": who translated it, no source
        if current is not None and cue.form == "nominal":
            # "…، نقلاً عن مصادر" names the speaker's source; "…، حسبما ذكرت وكالة X" the outlet relaying it.
            slots, skip_until = arabic_slots(folded, cue, end, other_cues=verb_starts, outlet_mentions=outlet_mentions)
            # "…، وفقا لما صرح به اليوم كاثرين واين": someone the report quotes, unless a medium relays it
            speaker = _AR_WRAPS_SPEECH.match(folded, cue.end) and not any(_names_medium(folded, s, outlet_mentions)
                                                                           for s in slots)
            # ("…، استنادا إلى مصدر محلي": whom the outlet has it from, as "نقلا عن"; not "استنادا إلى إحصاءات")
            relied = (folded[slots[0].start:slots[0].end].split() or [""])[0].strip('",') if slots else ""
            # (its own correspondent, "استنادا إلى مراسلها", is the outlet itself)
            relying = cue.lemma in _AR_RELYING_NOMINALS and is_head(relied) and not relied.startswith("مراسل")
            rank = QUOTED_FROM if cue.lemma in ("نقلا عن", "علي لسان") or relying or speaker else TOLD_TO
            if rank == TOLD_TO and slots and not cue.conjoined and not _names_medium(folded, slots[0], outlet_mentions) \
                    and is_head(relied) and _AR_RELAYING_ASIDE.search(folded, max(base, cue.start - 3), cue.start) \
                    and folded[slots[0].end:].lstrip().startswith(","):
                rank = RELAYED_BY  # "وشدد الوزير الفرنسي، بحسب المتحدث، على": the spokesman passes on his words
            current.slots.extend(SourceSlot(s.start, s.end, rank if s.rank == SUBJECT else s.rank) for s in slots)
            continue
        between = folded[current.statement_start:cue.start].strip(" ,") if current is not None else None
        if cue.form == "verb" and between in ("", *_AR_THEN) and _opens_according_to(folded, base, current):
            # "وبحسب رويترز، قال المسؤول الكويتي": the outlet relays what the verb's subject said, in one claim;
            # "وبحسب الصحيفة، تحذر هذه الدول": a verb of the statement, said by no source of its own, as is
            # "ووفق ما جاء في بيان مكتب نتنياهو، فقد أقر المجلس" (after "فقد", only a subject whose words follow speaks: "فقد أكد مسؤول أمني أن").
            slots, statement_start = arabic_slots(folded, cue, end, other_cues=verb_starts,
                                                  outlet_mentions=outlet_mentions)
            subject = next((s for s in slots if s.rank == SUBJECT), None)
            head = folded[subject.start:subject.end].split()[0].strip('",') if subject is not None else ""
            if subject is not None and is_head(head) and (not between or _AR_STATEMENT_OPENS.match(folded, subject.end)):
                current.slots = [*_relaying(current.slots), *slots]
                current.statement_start = skip_until = statement_start
            continue
        if current is not None and cue.form == "verb":
            inner = _arabic_inner_speaker(folded, current, cue, is_head) or \
                _arabic_quoted_report(folded, current, cue, is_head, verb_starts, outlet_mentions)
            if inner is not None:
                # "وأضافت الصحيفة أن مسؤولا في الحكومة أوضح أن …": the paper, then whom it reports.
                current.slots.append(inner)
                continue
        contrast = _AR_CONTRAST_OPENS.match(folded, clause) if current is not None and cue.form == "verb" and \
            clause > current.statement_start else None
        if contrast and is_head((folded[contrast.end():cue.start].split() or [""])[0]):
            lead = True  # "…، إلا أن مصدرا أمنيا قال لشفق نيوز إن": a source of its own, against what went before
        if current is not None and (not lead or cue.form != "verb"):
            continue
        if current is not None and _AR_SUBORDINATOR_BEFORE.search(folded, max(base, cue.start - 12), cue.start) and \
                not is_head((folded[cue.end:end].split(maxsplit=1) or [""])[0]):
            continue  # "أن الجيش يجري فحوصا قبل أن يعلن مقتل البغدادي": no source of its own, the statement goes on
        if current is not None:
            _close(current, folded, clause)
        start = clause if lead else base
        fronted = _fronted_told_to(folded, base, clause, outlet_mentions) if lead else None
        if fronted is None and current is None and cue.form == "verb":
            # "وفي تصريح لوكالة سبأ نفى المصدر العسكري أن": the fronted phrase with no comma after it
            fronted = _fronted_told_to(folded, base, cue.start, outlet_mentions)
            lead = lead or fronted is not None
        if fronted is not None:
            start = base
        feminine = None if cue.plural else cue.feminine
        if cue.form == "statement":
            subject = arabic_subject_before(folded, start, cue.start, is_head)
            slots, statement_start = ([subject] if subject else []), cue.end
        else:
            slots, statement_start = arabic_slots(folded, cue, end, other_cues=verb_starts,
                                                  outlet_mentions=outlet_mentions)
            if cue.lemma in _AR_OBJECT_LEMMAS and slots and slots[0].rank == SUBJECT:
                slots = _object_apart(folded, slots, is_head)
            elif cue.lemma in AR_CALLING_LEMMAS and slots and slots[0].rank == SUBJECT:
                slots = _addressees_apart(folded, slots)
            as_said = _AR_AS_SAID.search(folded, max(base, cue.start - 6), cue.start) if current is None else None
            if as_said and any(s.rank == SUBJECT for s in slots) and not folded[statement_start:end].strip(' .,"') \
                    and len(folded[base:as_said.start()].split()) > 2:
                start, statement_start, lead = base, base, True  # "…، كما يقول المصدر": the source closes the sentence
            if not lead or not any(s.rank == SUBJECT for s in slots):
                # Subject before the verb: "الجيش قال"، "وكانت صحيفة الأهرام قد نقلت"، "وأضاف" (none).
                names = [(s, e) for s, e, _ in outlet_mentions]
                subject = arabic_subject_before(folded, start, cue.start, is_head, names=names)
                if subject is None and lead and current is None:
                    subject = arabic_kana_subject(folded, base, cue.start)  # 'وكانت صحيفة "X"، أفادت'
                spoken = _AR_SUBJECT_THEN_SPOKE.fullmatch(folded, base, cue.start) \
                    if subject is None and lead and current is None else None
                if spoken and is_head(spoken.group("subject").split()[0]):  # "لكن مسؤولا، تحدث لرويترز، قال"
                    subject, start = SourceSlot(*spoken.span("subject"), SUBJECT), base
                if subject and cue.form == "nominal" and _AR_CAME.match(folded, start, subject.start):
                    subject = None  # "وجاء البيان وفقا للصحيفة بعد …": what came, as the paper tells it
                if subject and not lead:
                    # Subject-verb order ("وكان الوزير قد وصف العقوبات بأنها", "أما قناة الجديد فأشارت في
                    # نشرتها"): words right after the verb are its object, not a second subject.
                    slots = [s for s in slots if s.rank != SUBJECT]
                slots = [subject, *slots] if subject else slots
                if subject and (not lead or spoken) and (spoke := _spoke_to(folded, subject.end, cue.start)):
                    slots.append(spoke)  # "لكن مسؤولا، تحدث للصحيفة ذاتها، قال": the outlet he spoke to
            if cue.form == "nominal" and lead and len(folded[base:clause].split()) > _TRAILING_WORDS and not own_clause:
                start, statement_start = base, base  # "X، بحسب Y": the attribution closes the sentence
        if fronted is not None:
            slots = [fronted, *slots]
        current = ClaimDraft(start, end, cue, slots, feminine, statement_start,
                             quotes_pronoun=cue.lemma in _AR_QUOTING and bool(_AR_FROM_HIM.search(folded, cue.end,
                                                                                                   statement_start)))
        drafts.append(current)
        skip_until = statement_start
    for draft in drafts:
        doer = _doer_under_according_to(folded, base, draft)
        if doer is not None:  # "وحسب وكالة الأنباء الليبية، طلب الوزير من …": the agency, then the minister
            draft.slots = [*_relaying(draft.slots), doer]
        if draft.statement_start > draft.start:
            cut = _AR_STATEMENT_END.search(folded, draft.statement_start, draft.end)
            if cut:
                draft.end = cut.start()
    return drafts


# Verbs whose subject is followed by an object ("واتهمت الوكالة مواقع معادية بتضخيم …", "ووصفت الاتهامات بأنها",
# "وأبلغت الخارجية السفير أن").
_AR_OBJECT_LEMMAS = {"اتهم", "وصف", "انتقد", "حمل", "ابلغ"}
_AR_DEFINITE_RUN = re.compile(r"\s*ال\w+(?:\s+ال\w+)*")


def _object_apart(folded: str, slots: list[SourceSlot], is_head) -> list[SourceSlot]:
    """The subject of an accusing or describing verb without its object: a definite head and the definite words
    after it ("الوكالة", "الخارجية الأمريكية"); none when that head names no source ("الاتهامات": the object,
    the verb's pronoun the subject)."""
    subject = slots[0]
    run = _AR_DEFINITE_RUN.match(folded, subject.start, subject.end)
    if run is None:
        return slots
    if not is_head(folded[subject.start:run.end()].split()[0]):
        return slots[1:]
    return [SourceSlot(subject.start, run.end(), SUBJECT), *slots[1:]]


# Those a statement calls on, never its speaker: "ودعا وسائل الإعلام إلى", "ودعا الوزير المواطنين إلى".
AR_CALLING_LEMMAS = {"دعا", "طالب"}
_AR_ADDRESSEES = re.compile(
    r"(?<!\w)(?:(?:جميع|كل|كافه)\s+)?(?:وسايل\s+الاعلام|المواطنين|الاهالي|السكان|المجتمع\s+الدولي|الجمهور|الجميع|"
    r"الشعب|الناس|الاطراف|الدول|الاعلاميين|الصحفيين|الصحافيين|المسافرين|المستثمرين)(?!\w)"
)


_AR_WHAT_IT_DID = re.compile(r"(?:(?:وهو|وهي|وهذا|الامر الذي)\s+)?ما\s+\w+(?:ته|تها|ه|ها)")
_AR_TRANSLATED = re.compile(r"\s*(?:ترجمه|الترجمه)(?!\w)")
_AR_CONTRAST_OPENS = re.compile(r"\s*(?:الا|غير|بيد)\s+ان\s+")
_AR_OWN_STATEMENT_AFTER = re.compile(r"[^,]{2,60}?\s+(?:فان|فانه|فانها)(?!\w)")
_AR_RELYING_NOMINALS = {"استنادا الي", "استنادا ل"}
_AR_RELAYING_ASIDE = re.compile(r",\s*$")  # set off after the subject, before what is said
_AR_AS_SAID = re.compile(r"(?<!\w)كما\s+$")


def _addressees_apart(folded: str, slots: list[SourceSlot]) -> list[SourceSlot]:
    """The subject of a calling verb without whom it calls on; none when it begins with them (the verb's
    pronoun is the speaker, as in "وأضاف")."""
    subject = slots[0]
    called = _AR_ADDRESSEES.search(folded, subject.start, subject.end)
    if called is None:
        return slots
    if not folded[subject.start:called.start()].strip():
        return slots[1:]
    return [SourceSlot(subject.start, called.start(), SUBJECT), *slots[1:]]


# "مسؤول أمريكي، تحدث لرويترز شريطة عدم نشر اسمه، قال": set off after the subject, whom it spoke to.
_AR_SPOKE = r"\s*,\s*(?:(?:الذي|التي|الذين)\s+)?(?:تحدث|تحدثت|تحدثوا|متحدثا|متحدثه|متحدثين)\s+"
_AR_SPOKE_TO = re.compile(_AR_SPOKE + r"(?=ل|الي\s)")
# "لكن مسؤولا أمريكيا، تحدث لرويترز، قال": the subject, then whom it spoke to, both before the verb.
_AR_SUBJECT_THEN_SPOKE = re.compile(r"\s*(?:[وف]?لكن\s+|[وف])?(?P<subject>[^,:\"]{2,60}?)" + _AR_SPOKE +
                                    r"(?:ل|الي\s)[^,:\"]{2,60},\s*")
_AR_SPOKEN_ON = re.compile(r"[,:]|\s(?:شريطه|بشرط|مفضلا|طالبا|وطلب|وفضل)(?!\w)")


def _spoke_to(folded: str, start: int, end: int) -> SourceSlot | None:
    """The outlet a subject "spoke to" in a clause between it and its verb, as a told-to slot, or None."""
    spoke = _AR_SPOKE_TO.match(folded, start, end)
    if spoke is None:
        return None
    stop = _AR_SPOKEN_ON.search(folded, spoke.end(), end)
    return SourceSlot(spoke.end(), stop.start() if stop else end, TOLD_TO)


_AR_CAME = re.compile(r"\W*[وف]?(?:جاء|جاءت|ياتي|تاتي)\s+$")


# What opens the statement after "وبحسب X،" when its verb is the statement's own ("فقد أقر المجلس").
_AR_THEN = {"فقد", "فلقد"}
_AR_STATEMENT_OPENS = re.compile(r"\s*,?\s*(?:ان|انه|انها|بان|بانه|بانها|:|\")(?!\w)")


def _opens_according_to(folded: str, base: int, draft: ClaimDraft) -> bool:
    """Whether the draft is a sentence opening "وبحسب X،", its statement after the comma."""
    return draft.cue is not None and draft.cue.form == "nominal" and draft.statement_start > draft.cue.end \
        and not folded[base:draft.cue.start].strip()


def _relaying(slots: list[SourceSlot]) -> list[SourceSlot]:
    return [SourceSlot(s.start, s.end, TOLD_TO if s.rank == SUBJECT else s.rank) for s in slots]


# After "وحسب X،": a verb that reports nothing and its subject naming someone ("طلب الوزير من"), up to the first
# preposition or comma.
_AR_DOER = re.compile(r"\s*,?\s*(?P<verb>[^\s,\"]+)\s+(?P<doer>[^\s,\"]+(?:\s+(?!(?:من|الي|علي|في|عن|ب\w*|ل\w*|ان|بان)(?!\w))"
                      r"[^\s,\"]+){0,3})")
_AR_NOT_VERBS = {"فان", "ان", "فقد", "قد", "لقد", "لا", "لم", "لن", "ما", "كما", "تم", "جري", "فانه", "فانها", "ثمه"}


def _doer_under_according_to(folded: str, base: int, draft: ClaimDraft) -> SourceSlot | None:
    if not _opens_according_to(folded, base, draft) or len(draft.slots) != 1:
        return None
    m = _AR_DOER.match(folded, draft.statement_start, draft.end)
    # someone by role ("الوزير"): a body's doings ("تتقدم القوات العراقية") are the report's statement
    if not m or m.group("verb") in _AR_NOT_VERBS or m.group("doer").split()[0] not in AR_ROLE_SET:
        return None
    return SourceSlot(m.start("doer"), m.end("doer"), SUBJECT)


_AR_THAT_SPEAKER = re.compile(r"\s*(?:ان|بان|انه|انها)\s+(?P<who>[^,]{2,80}?)\s*(?:,[^,]{0,80},)?\s*$")


def _arabic_inner_speaker(folded: str, current: ClaimDraft, cue: Cue, is_head) -> SourceSlot | None:
    """The speaker of "… أن مصدرا طبيا، تحدث شريطة …، قال إن": a source reported inside the statement."""
    if cue.start <= current.statement_start:
        return None
    m = _AR_THAT_SPEAKER.fullmatch(folded, current.statement_start, cue.start)
    # (a country there is what the statement is about: "إن طهران قد تقلص تعاونها … إذا")
    # (a country there is what the statement is about, "إن طهران قد تقلص تعاونها … إذا", unless it is all there
    # is before the verb: "إن السعودية أبلغت مسؤولين أمريكيين أنها")
    who = m.group("who").split() if m else []
    if not m or not is_head(who[0]) or (country_named(who[0]) and len(who) > 1):
        return None
    if _AR_CLAUSE_INSIDE.search(m.group("who")):
        return None  # "أن الجيش الأمريكي يجري فحوصا قبل أن يعلن": what he does first, not who speaks
    return SourceSlot(m.start("who"), m.end("who"), QUOTED_FROM)


_AR_CLAUSE_INSIDE = re.compile(r"(?<!\w)(?:ان|قبل|بعد|حتي|كي|لكي|عندما|بينما)(?!\w)")


_AR_WRAPS_SPEECH = re.compile(r"\s*ما\s*(?:صرح|قال|اكد|اوضح|افاد|كشف|اعلن)\w*(?!\w)")
_AR_MEDIUM_WORD = re.compile(rf"\s*\W*(?:ال)?(?:{'|'.join(AR_DESCRIPTORS)})(?!\w)")


def _names_medium(folded: str, slot: SourceSlot, outlet_mentions) -> bool:
    """Whether a slot names an outlet: a catalog one, or a medium by its descriptor ("وكالة ابنا السودان")."""
    return any(slot.start <= s < slot.end for s, _, _ in outlet_mentions) or \
        bool(_AR_MEDIUM_WORD.match(folded, slot.start, slot.end))


_AR_QUOTE_OPENS = re.compile(r"\s*:?\s*\"\s*")
_AR_COLON_OPENS = re.compile(r"\s*:\s*")


def _arabic_quoted_report(folded: str, current: ClaimDraft, cue: Cue, is_head, verb_starts,
                          outlet_mentions) -> SourceSlot | None:
    """The speaker of 'وقالت الصحيفة: "قالت مصادر أمنية أردنية للشرق الأوسط إن …"': the paper's words, quoted,
    open with a report of their own."""
    opening = folded[current.statement_start:cue.start]
    # ("كتبت تشرين: أكد الجعفري": after a colon too, but not the speaker going on, "…: وتؤكد القناة")
    after_colon = not cue.conjoined and _AR_COLON_OPENS.fullmatch(opening) is not None
    if cue.start <= current.statement_start or not (_AR_QUOTE_OPENS.fullmatch(opening) or after_colon):
        return None
    slots, _ = arabic_slots(folded, cue, len(folded), other_cues=verb_starts, outlet_mentions=outlet_mentions)
    subject = next((s for s in slots if s.rank == SUBJECT), None)
    if subject is None or not is_head(folded[subject.start:subject.end].split()[0].strip('",')):
        return None
    return SourceSlot(subject.start, subject.end, QUOTED_FROM)


def opens_told_to(folded: str) -> bool:
    """Whether a sentence opens with whom its speaker told ("وفي تصريح لوكالة سبأ، نفى …"): words after it only."""
    return bool(_AR_FRONTED_TOLD.match(folded))


def _fronted_told_to(folded: str, base: int, clause: int, outlet_mentions) -> SourceSlot | None:
    """The outlet of "وفى تصريح خاص لـ«عكاظ»، أوضح …": a fronted phrase naming whom the speaker told."""
    if not _AR_FRONTED_TOLD.match(folded, base, clause):
        return None
    for start, stop, _ in outlet_mentions:
        if base <= start < clause:
            return SourceSlot(start, stop, TOLD_TO)
    return None


def english_drafts(folded: str, base: int, *, proper: frozenset[int] = frozenset()) -> list[ClaimDraft]:
    """Claims of one English sentence; proper holds the starts of its capitalized words after the first."""
    end = len(folded)
    drafts: list[ClaimDraft] = []
    current: ClaimDraft | None = None
    skip_until = -1
    cues = find_cues(folded, "en", proper=proper)
    quoted = _quoted_spans(folded)
    outside = [c for c in cues if not any(s < c.start < e for s, e in quoted)]
    if outside and len(outside) < len(cues):
        # '“Last night you said …,” Hewitt said': the quoted speaker's own verbs report nothing here.
        cues = outside
    trailing = _EN_TRAILING_TOLD.search(folded, base) or _EN_TRAILING_RELAY.search(folded, base) or \
        _EN_TRAILING_SAID.search(folded, base)
    if trailing is not None:
        # "U.S. intelligence … suggests it would be deniable, a U.S. official told Reuters on Wednesday.": the
        # speaker at the end says all before him, its verbs included.
        cues = [c for c in cues if c.start >= trailing.start("speaker")]
    for cue in cues:
        if cue.start < max(skip_until, base) or cue.form == "statement":
            continue
        if cue.form == "participle":
            if current is not None and cue.lemma in _EN_INNER_CUES:
                inner = english_object(folded, cue.end, end)
                if inner:
                    current.slots.append(SourceSlot(inner.start, inner.end, QUOTED_FROM))
                    skip_until = inner.end
            elif current is None and cue.lemma not in _EN_INNER_CUES:
                # "The departments declined to comment, saying …": the sentence's subject is the speaker.
                trailing = _EN_TRAILING_QUOTED.search(folded, base, cue.start)
                after = _EN_QUOTED_AFTER.fullmatch(folded, cue.end, end) if trailing else None
                if after:
                    subject = SourceSlot(*trailing.span("speaker"), SUBJECT)
                else:
                    subject = english_leading_subject(folded, base, cue.start)
                if subject is not None:
                    # "The minister was quoted by Reuters as saying", "…, a police official was quoted as saying
                    # on Sunday by a state television station.": the outlet that carried the words
                    by = _EN_QUOTED_BY_AS.search(folded, subject.end, cue.start)
                    told = [SourceSlot(by.start("who"), by.end("who"), TOLD_TO)] if by else \
                        [SourceSlot(after.start("by"), after.end("by"), TOLD_TO)] if after and after.group("by") else []
                    whom = _english_told(folded, cue, end) if cue.lemma == "telling" and not told else None
                    if whom is not None:  # "The CIA rejected that account, telling CNN it only makes decisions"
                        told = [SourceSlot(whom.start, whom.end, TOLD_TO)]
                    current = ClaimDraft(base, end, cue, [subject, *told], None, cue.end)
                    drafts.append(current)
                    skip_until = cue.end
            continue
        clause, _ = _clause_start(folded, cue.start, base)
        if current is not None:
            nested = _english_nested(folded, current, cue, clause) or _english_relay(folded, cue, clause, end)
            if nested:
                current.slots.extend(nested)
                skip_until = max(nested[-1].end, cue.end)
                continue
            if not _EN_CLAUSE_LEAD.match(folded[clause:cue.start]):
                continue
            _close(current, folded, clause)
        start = clause if current is not None else base
        slots, skip = _english_slots(folded, cue, start, end)
        current = ClaimDraft(start, end, cue, slots, None, cue.end)
        drafts.append(current)
        skip_until = skip
    return drafts

def _quoted_spans(folded: str) -> list[tuple[int, int]]:
    """Spans between pairs of quotation marks (folded text has one kind); an unclosed one runs to the end."""
    if '"' not in folded:
        return []
    marks = [i for i, ch in enumerate(folded) if ch == '"']
    spans = [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        spans.append((marks[-1], len(folded)))
    return spans


def _english_nested(folded: str, current: ClaimDraft, cue: Cue, clause: int) -> list[SourceSlot]:
    """A source inside a claim already open: "…in which a major was quoted as saying", or
    "According to the Guardian, coalition officials acknowledge…"."""
    if cue.lemma in _EN_INNER_CUES:
        m = _EN_PASSIVE_QUOTE.search(folded, current.start, cue.start)
        if m:
            return [SourceSlot(m.start("who"), m.end("who"), ATTRIBUTED_TO)]
    if current.cue.form == "nominal" and current.slots and all(s.rank == SUBJECT for s in current.slots):
        if cue.lemma in _EN_QUOTE_VERBS:
            # "According to The AP, a report by ISNA on Sunday quotes X, spokesman …, as saying": the report, then X
            by = english_inverted(folded, current.slots[-1].end, cue.start)
            said = english_object(folded, cue.end, len(folded))
            return [SourceSlot(by.start, by.end, QUOTED_FROM)] * bool(by) + \
                [SourceSlot(said.start, said.end, ATTRIBUTED_TO)] * bool(said)
        # from the end of the outlet named ("According to Sepehr News, …, General Hamid Rostami, spokesman …, said")
        subject, inverted, _ = english_subject(folded, min(clause, current.slots[-1].end), cue)
        if subject is not None and not inverted and subject.start >= current.slots[0].end:
            return [SourceSlot(subject.start, subject.end, QUOTED_FROM)]
    return []


def _as_reported_by(folded: str, cue: Cue, end: int) -> SourceSlot | None:
    """The outlet of "…, as reported by Mehr and edited by IFP" (not the one that edited it), or None."""
    if cue.lemma not in _EN_AS_BY_LEMMAS or not _EN_AS_BEFORE.search(folded, max(0, cue.start - 4), cue.start):
        return None
    by = _EN_AS_REPORTED_BY.match(folded, cue.end)
    obj = english_object(folded, by.end() - 1, end) if by else None
    if obj is None:
        return None
    stop = _EN_AND_EDITED.search(folded, obj.start, obj.end)
    return SourceSlot(obj.start, stop.start() if stop else obj.end, SUBJECT)


def _english_relay(folded: str, cue: Cue, clause: int, end: int) -> list[SourceSlot]:
    """An outlet relaying the whole sentence from its end: "…, the state news agency RIA Novosti reported",
    "…, according to the Turkish broadcaster NTV"."""
    reporter = _as_reported_by(folded, cue, end)
    if reporter is not None:  # "X said …, as reported by Mehr": the outlet relaying the sentence
        return [SourceSlot(reporter.start, reporter.end, TOLD_TO)]
    if cue.form == "nominal":
        obj = english_object(folded, cue.end, end)
        return [SourceSlot(obj.start, obj.end, TOLD_TO)] if obj else []  # one slot: relays are outlets
    if cue.form == "verb" and clause > 0 and _EN_TRAILING_CUE_END.fullmatch(folded, cue.end, end) and \
            folded[clause:cue.start].strip() not in _EN_PERSONAL_PRONOUNS:  # ("…, he claimed": the speaker goes on)
        return [SourceSlot(clause, cue.start, TOLD_TO)]
    return []


_EN_PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i"}


_EN_TOLD_AFTER = re.compile(
    r"\s*,?\s*(?:(?:on|late on|early on)\s+\w+\s+|\w+day\s+)?(?:(?:in|during) (?:an? )?(?:\w+ )?(?:interview|appearance|"
    r"remarks|comments|statement)(?: (?:aired|broadcast|published|carried))? (?:with|on|to|by)|in remarks carried by|"
    r"speaking (?:to|on|with)|"
    # "said on CNN", "said on state television": the broadcaster; "on Sunday", "on Twitter" resolve to no outlet
    r"on(?=\s+(?!(?:its|his|her|their|our|my|your)\b)))\s+"
)
_EN_TOLD_MEDIUM = re.compile(r"\s+the\s+(?:\w+\s+)?(?:paper|newspaper|agency|channel|broadcaster|network|station|"
                             r"website|site|daily|tabloid|magazine|outlet)\b"
                             r"(?=\s+(?:the|a|an|he|she|it|they|there|his|her|its|their|this|these|those|we|i)\b)")
# Verbs whose "to" names whom the words were given: "denied to Asharq Al-Awsat that", "confirmed to AFP on Monday".
_EN_TO_WHOM_LEMMAS = {"denied", "denies", "confirmed", "confirms", "revealed", "reveals", "disclosed", "explained",
                      "explains", "stressed", "insisted", "complained", "admitted", "acknowledged", "emphasized",
                      "emphasised", "confided", "affirmed", "responded", "replied"}
_EN_TO_WHOM = re.compile(r"\s*,?\s*(?:(?:on|late on|early on)\s+\w+\s+|\w+day\s+)?"
                         # "confirmed that account to Reuters": what was confirmed, then to whom
                         r"(?:(?:that|the|this|his|her|their|its)\s+(?:account|report|information|news|details?)\s+)?to\s+")
_EN_APPEARED_ON = re.compile(r"\s+(?:appeared|appearing)\s+on\s+(?P<on>[^,]+?)(?:\s+(?:on\s+)?\w+day)?,?\s+and\s*$")
# "US forces are alleged to have struck", "the aide is said to have clashed": the report speaks, not its subject.
_EN_BY_AGENT = re.compile(r"(?:\s+as\s+[^,;]{1,60}?)?\s+by\s+(?P<agent>(?:the\s+)?[^\s,.;\"]+(?:\s+[^\s,.;\"]+){0,5}?)"
                          r"(?=\s*(?:[,.;]|$|\bon\b|\bin\b|\bwho\b|\bafter\b))")
_EN_AS_BEFORE = re.compile(r"\bas\s+$")
_EN_AS_REPORTED_BY = re.compile(r"\s+by\s+")
_EN_AS_BY_LEMMAS = {"reported", "published", "carried", "quoted", "broadcast", "cited", "announced", "stated"}
_EN_AND_EDITED = re.compile(r"\s+and\s+(?:edited|translated)\b")
_EN_PASSIVE_REPORT = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|first|also|later|earlier|since)\s+)?$")
_EN_PASSIVE_LEMMAS = {"said", "alleged", "reported", "claimed", "rumored", "rumoured", "thought", "understood"}


def _english_slots(folded: str, cue: Cue, start: int, end: int) -> tuple[list[SourceSlot], int]:
    passive = _EN_PASSIVE_REPORT.search(folded, max(0, cue.start - 30), cue.start) is not None
    agent = _EN_BY_AGENT.match(folded, cue.end, end) if passive and cue.lemma.endswith("ed") else None
    if agent is not None:  # "has been condemned as "grotesque" by the Foreign Office": who condemned it
        return [SourceSlot(*agent.span("agent"), SUBJECT)], agent.end("agent")
    if cue.lemma in _EN_PASSIVE_LEMMAS and passive:
        return [], cue.end  # no subject of its own: the chain under way goes on
    reporter = _as_reported_by(folded, cue, end)
    if reporter is not None:  # "The flotilla docked …, as reported by Mehr": the outlet is the source
        return [reporter], reporter.end
    if cue.form == "nominal":
        obj = english_object(folded, cue.end, end)
        if obj is None:
            return [], cue.end
        # "according to a copy of the document reviewed by The Associated Press": AP, then the document.
        seen = _EN_SEEN_BY.search(folded, obj.start, obj.end)
        if seen:
            return [SourceSlot(obj.start, seen.start(), SUBJECT), SourceSlot(seen.end(), obj.end, TOLD_TO)], obj.end
        return [obj], obj.end
    subject, inverted, inner = english_subject(folded, start, cue)
    if inverted:
        subject = english_inverted(folded, cue.end, end)
    appeared = _EN_APPEARED_ON.search(folded, subject.start, cue.start) if subject and not inverted else None
    if appeared:  # "The senator appeared on Fox News and said": the channel, then the senator
        inner = [*inner, SourceSlot(*appeared.span("on"), TOLD_TO)]
        subject = SourceSlot(subject.start, min(subject.end, appeared.start()), subject.rank)
    skip = subject.end if subject else cue.end
    spoke_to = EN_WHO_SPOKE_TO.search(folded, subject.start, subject.end) if subject else None
    if spoke_to:  # "An official who spoke to Reuters said", '"…," said an official who talked to Reuters'
        terms = EN_ON_TERMS.search(folded, spoke_to.end(), subject.end)
        inner = [*inner, SourceSlot(spoke_to.end(), terms.start() if terms else subject.end, TOLD_TO)]
        subject = SourceSlot(subject.start, spoke_to.start(), subject.rank)
    slots = [subject, *inner] if subject else list(inner)
    told_after = _EN_TOLD_AFTER.match(folded, cue.end) or EN_QUOTED_BY.match(folded, cue.end)
    if not told_after and cue.lemma in _EN_TO_WHOM_LEMMAS:
        told_after = _EN_TO_WHOM.match(folded, cue.end)  # "denied to Asharq Al-Awsat that", "confirmed to AFP"
    if told_after:  # "said in an interview on state television", "said in remarks carried by WAM"
        obj = english_object(folded, told_after.end() - 1, end)
        if obj:
            slots.append(SourceSlot(obj.start, obj.end, TOLD_TO))
            skip = max(skip, obj.end)
    if cue.lemma in {"told", "tells"} | _EN_INNER_CUES:
        obj = _english_told(folded, cue, end)
        if obj:
            rank = TOLD_TO if cue.lemma in ("told", "tells") else QUOTED_FROM
            slots.append(SourceSlot(obj.start, obj.end, rank))
            skip = max(skip, obj.end)
    return slots, max(skip, cue.end)


def _english_told(folded: str, cue: Cue, end: int) -> SourceSlot | None:
    """Whom "told"/"telling" names: "told the paper the warnings were ignored" (whom, then the words with no
    "that"), "told CNN it only makes decisions"."""
    obj = english_object(folded, cue.end, end)
    medium = _EN_TOLD_MEDIUM.match(folded, cue.end, obj.end) if obj and cue.lemma in _EN_TELLING else None
    return SourceSlot(obj.start, medium.end(), obj.rank) if medium else obj

