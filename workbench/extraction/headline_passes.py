"""Headline lines: "SOURCE: statement" drafts, and bare family names ("بارو: …") named in full by the story."""

import re
from bisect import bisect_left
from dataclasses import replace

from workbench.enums import SourceKind
from workbench.extraction.chains import QUOTED_FROM, SUBJECT, TOLD_TO, SourceSlot
from workbench.extraction.claims import ClaimDraft
from workbench.extraction.cues import Cue, find_arabic_cues, has_cue
from workbench.extraction.frames.headlines import headline_name
from workbench.extraction.results import ExtractedClaim, ExtractedHop, extracted_hop
from workbench.extraction.sources.persons import AR_ORG_SET, AR_ROLE_SET, family_key
from workbench.extraction.sources.phrases import BackReference, SourcePhrase
from workbench.extraction.sources.places import government_named
from workbench.extraction.sources.sources import classify, is_arabic_source_head

_CLOSING = (".", "!", "?", "؟", '"', "»", "”", ":")


def is_title_line(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a whole line without closing punctuation: a headline or a title."""
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    before = text[text.rfind("\n", 0, start) + 1:start]
    return not before.strip() and not after.strip() and not text[start:end].rstrip().endswith(_CLOSING)


# "التايمز: بريطانيا سترسل سفينة ثالثة"، "مصادر دبلوماسية: هدنة لمدة 48 ساعة"، "Reuters: …": the words
# before a headline's colon name its source. The statement may open with a count ("…: 85 مزرعة متضررة"), not a time.
_HEADLINE = re.compile(
    r"(?:(?P<source>[^:\n\"«»“”][^:\n]{1,59}?)|\"(?P<quoted>[^:\n\"]{2,40})\")\s*:\s*(?=(?:[^\s\d]|\d+\s+[^\W\d]).{8,})")
_HEADLINE_WORDS = 7
_EN_ROLE_HEAD = re.compile(r"(?i)\b(?:spokes(?:person|man|woman)|minister|FM|president|ambassador|envoy|chief|"
                           r"secretary|commander|official)$")
_EN_TOLD_TO_IN_HEADLINE = re.compile(r"\s+to\s+(?:the\s+)?$")  # "Source to Al-Monitor:"
_MEDIA_REFERRED_TO = {"newspaper", "agency", "channel", "site", "magazine"}
_TOLD_TO_IN_HEADLINE = re.compile(r"(?<!\w)ل\s*\"?\s*$")
_QUOTED_TOLD_IN_HEADLINE = re.compile(r"(?<!\w)ل\s*(?P<name>\"[^\"]{2,30}\")\s*$")  # (shares or lacks)


def outlet_mentions(catalog, sentence: str, origin: list[int]) -> list[tuple[int, int, str]]:
    """Catalog outlets named in a sentence, as (start, end, alias) in its folded offsets: looked up in the
    sentence as written, since Latin aliases such as "RT" match only where the capitals are."""
    found = []
    for hit in catalog.find_mentions(sentence):
        if hit.kind == "outlet":
            found.append((bisect_left(origin, hit.start), bisect_left(origin, hit.end), hit.alias))
    return found


def headline_draft(text, sentence, folded, origin, base, to_text, catalog, language) -> ClaimDraft | None:
    """A line "SOURCE: statement" whose SOURCE names an outlet, an unnamed source, a body or someone by role."""
    m = _HEADLINE.match(folded, base)
    group = "source" if m and m.group("source") else "quoted"  # '"البث الإسرائيلية": …'
    if not m:
        return None
    s, e = m.span(group)
    second = folded.rfind("..", s, e)
    if second >= 0:  # a second headline clause: "الظواهري والوحيشي ناقشا هجوما.. ونيويورك تايمز: …"
        s = second + 2 + len(folded[second + 2:e]) - len(folded[second + 2:e].lstrip())
    # (with its colon: "وختمت برقية الوكالة:" holds a verb of saying that takes one)
    if len(folded[s:e].split()) > _HEADLINE_WORDS or has_cue(folded[s:folded.index(":", e) + 1]):
        return None
    first_word = folded[s:e].split()[0] if folded[s:e].split() else ""
    if first_word[:1] == "و" and len(first_word) > 3 and first_word not in AR_ROLE_SET | AR_ORG_SET:
        s += 1  # "… .. ومصادر محلية: الأفران تعمل", but "وزير خارجية فرنسا:" is the minister
    slots = [SourceSlot(s, e, SUBJECT)]
    # "مسؤول أمريكي لفرانس برس:": the outlet he spoke to is outermost.
    # "US Official to Asharq Al-Awsat:", likewise.
    for hit_start, hit_end, _ in outlet_mentions(catalog, sentence, origin):
        if not s <= hit_start < e:
            continue
        if language == "en":
            told = _EN_TOLD_TO_IN_HEADLINE.search(folded, s, hit_start)
        else:  # the ل is attached to the name ("لفرانس برس", inside the mention) or stands before a quote ("لـ«عكاظ»")
            told = (_TOLD_TO_IN_HEADLINE.search(folded, s, hit_start + 1) or _TOLD_TO_IN_HEADLINE.search(folded, s, hit_start))
        if told is not None and folded[s:told.start()].strip():
            slots = [SourceSlot(s, told.start(), SUBJECT), SourceSlot(hit_start, hit_end, TOLD_TO)]
    quoted = _QUOTED_TOLD_IN_HEADLINE.search(folded, s, e) if language == "ar" and len(slots) == 1 else None
    if quoted is not None and folded[s:quoted.start()].strip():  # 'مصادر لـ"الأخبار":': a quoted name the catalog
        slots = [SourceSlot(s, quoted.start(), SUBJECT), SourceSlot(quoted.start("name"), quoted.end("name"), TOLD_TO)]
    first = classify(text, *to_text(slots[0].start, slots[0].end), catalog=catalog, language=language)
    # "العتيبي لـ«عكاظ»:": a name alone is a source when the outlet it spoke to follows.
    named = isinstance(first, SourcePhrase) and (first.kind is not SourceKind.PERSON or first.role or len(slots) > 1)
    # "الصحيفة: بومبيو حث عبد المهدي …": a bulletin's line by the paper just named
    named = named or (language == "ar" and isinstance(first, BackReference) and first.medium in _MEDIA_REFERRED_TO
                      and len(slots) == 1)
    if language == "en":  # English prose has many "Thing: explanation" lines; only a known outlet or unnamed source,
        # or, on a title line, someone by role alone ("Iranian FM Spokesperson: …")
        # (or someone by full name speaking to an outlet: "Walid Hajjem to the Associated Press: …", not "Welcome to")
        named = isinstance(first, SourcePhrase) and (first.outlet is not None or first.kind is SourceKind.ANONYMOUS or
                                                     (len(slots) > 1 and len(first.surface.split()) > 1) or (
            first.kind is SourceKind.PERSON and first.role is not None and first.name is None
            and _EN_ROLE_HEAD.search(first.role) is not None and is_title_line(text, *to_text(0, len(folded)))))
    if not named:
        return None
    colon = folded.index(":", e)
    inner = (_reported_in_headline(folded, m.end(), catalog) or _second_colon(folded, m.end(), catalog)) \
        if language == "ar" else None
    if inner is not None:  # "سيناتور أمريكي: مسؤولون أكدوا أن الشحنة …": the senator, then whom he reports
        slots.append(inner)
    return ClaimDraft(base, len(folded), Cue(colon, colon + 1, "headline", ":"), slots, None, m.end())


_HEADLINE_INNER_WORDS = 5


def _reported_in_headline(folded: str, start: int, catalog) -> SourceSlot | None:
    """The source a headline's statement opens with, speaking by a verb and its "أن" ("مسؤولون أكدوا أن …")."""
    cue = next((c for c in find_arabic_cues(folded[:start + 60]) if c.start > start and c.form == "verb"), None)
    if cue is None or not _THAT_AFTER.match(folded, cue.end):
        return None
    who = folded[start:cue.start].strip()
    words = who.split()
    if not words or len(words) > _HEADLINE_INNER_WORDS or not is_arabic_source_head(words[0], catalog):
        return None
    at = folded.index(who, start)
    return SourceSlot(at, at + len(who), QUOTED_FROM)


def _second_colon(folded: str, start: int, catalog) -> SourceSlot | None:
    """The source before a headline's second colon, whom its first reports ("رويترز: مسؤول أميركي رفيع: …")."""
    m = _HEADLINE.match(folded, start)
    if m is None or not m.group("source"):
        return None
    words = m.group("source").split()
    if len(words) > _HEADLINE_INNER_WORDS or not is_arabic_source_head(words[0], catalog):
        return None
    s, e = m.span("source")
    return SourceSlot(s, e, QUOTED_FROM)


_THAT_AFTER = re.compile(r"\s*(?:ان|انه|انها|انهم|بان)(?!\w)")


def bare_name_headline(text: str, start: int, end: int, found: list[ExtractedClaim],
                        language: str) -> tuple[int, int] | None:
    """The name of "بارو: …" on a line of its own that found no source: someone the story may name in full."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    whole_line = not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip()
    closed = text[start:end].rstrip(" \"'»”").endswith((".", "!", "?", "؟"))
    if len(found) != 1 or found[0].chain or not whole_line or closed:
        return None
    return headline_name(text, start, end, language=language)


def name_headlines_from_body(claims: list[ExtractedClaim], headlines: list[tuple[int, int, int]], text: str) -> None:
    """Headlines "بارو: …", "… is a joke: Al-Assiri" whose family name is a person the story quotes, as that person's."""
    if not headlines:
        return
    people: dict[str, ExtractedHop] = {}
    for claim in claims:
        for hop in claim.chain:
            if hop.kind is SourceKind.PERSON and hop.name:
                people.setdefault(family_key(hop.name), hop)
    for index, start, end in headlines:
        person = people.get(family_key(text[start:end]))
        colon = text.index(":", end) if text.find(":", end, end + 3) >= 0 else text.rindex(":", 0, start)
        # (last, after the colon: a country first is as often the section or the place, "Iraq: Blast at …")
        government = government_named(text[start:end]) if person is None and colon < start else None
        if government is not None:  # "… Not Caused by Israeli Strike: Syria": its government
            hop = extracted_hop(SourcePhrase(text[start:end], start, end, SourceKind.ORGANIZATION, name=government,
                                             confidence=0.6))
            claims[index] = replace(claims[index], cue=":", cue_start=colon, cue_end=colon + 1, chain=(hop,))
            continue
        if person is None or len(text[start:end].split()) > len(person.name.split()):
            continue
        hop = replace(person, surface=text[start:end], start=start, end=end, proposed=None,
                      confidence=round(person.confidence * 0.8, 2))
        claims[index] = replace(claims[index], cue=":", cue_start=colon, cue_end=colon + 1, chain=(hop,))
