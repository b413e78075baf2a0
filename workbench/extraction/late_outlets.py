"""Outlets named after the words they carry ("جاء ذلك في تصريح لوكالة …", "on condition of anonymity"), credited back."""

import re
from dataclasses import replace

from workbench.enums import SourceKind
from workbench.extraction.chain_building import PRONOUNS
from workbench.extraction.claims import opens_told_to
from workbench.extraction.frames.coreference import Discourse, unnamed_by_fewer_words
from workbench.extraction.results import ExtractedClaim, ExtractedHop, extracted_hop
from workbench.extraction.sources.persons import family_key
from workbench.extraction.sources.phrases import SourcePhrase
from workbench.text.normalize import fold

_LATE_TOLD = re.compile(
    r"\W*[وف]?(?:(?:جاء|جاءت|وردت?)\s+(?:ذلك|هذا|هذه|تصريحات\w*|حديث\w*|كلام\w*|اقوال\w*)|ذلك)\s+(?:في|خلال)\s+"
    r"(?:تصريح(?:ات)?|حديث|مقابله|لقاء|اتصال|كلمه)\s+(?:\w+\s+)?(?:ل|مع|الي)"
)
_LATE_REACH = 8  # claims before "جاء ذلك …" that it can credit


def told_afterwards(text: str, start: int, end: int, mentions) -> SourcePhrase | None:
    """The outlet of "جاء ذلك في تصريح لوكالة الأناضول": said after the words it credits."""
    if not _LATE_TOLD.match(fold(text[start:end])):
        return None
    hit = next((h for h in mentions if h.kind == "outlet"), None)
    if hit is None:
        return None
    s, e = start + hit.start, start + hit.end
    return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.8,
                        medium=hit.medium)


def told_to_outlet(claims: list[ExtractedClaim], outlet: SourcePhrase, discourse: Discourse) -> None:
    """Gives the claims just before a late "told to" line, back to the last one that already names an outlet,
    that outlet outermost (in place: the article's claims are not copied for each such line); the speaker goes on
    to it."""
    for i in range(len(claims) - 1, max(-1, len(claims) - 1 - _LATE_REACH), -1):
        claim = claims[i]
        if any(h.kind is SourceKind.OUTLET for h in claim.chain):
            break
        if claim.chain:
            claims[i] = replace(claim, chain=(extracted_hop(outlet), *claim.chain))
    speaker = discourse.latest_speaker()
    if speaker is not None:
        discourse.remember((outlet, speaker))


_ON_ANONYMITY = re.compile(r"\b(?:to|with)\s+(?P<outlet>[^,.;]{2,60}?)\s*,?\s+on (?:the )?condition of anonymity\b")


_OWN_CUE_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|tells|added|adds|confirmed|denied|warned|stated)\b")


def told_on_anonymity(text: str, start: int, end: int, mentions) -> SourcePhrase | None:
    """The outlet of "… spoke to The Associated Press on condition of anonymity", named after the words it credits."""
    m = _ON_ANONYMITY.search(text, start, end)
    if m is None or _OWN_CUE_AFTER.match(text, m.end(), end):
        return None  # ("a military source, speaking to SANA on condition of anonymity, said …": its own claim)
    hit = next((h for h in mentions if h.kind == "outlet" and start + h.start >= m.start("outlet")
                and start + h.end <= m.end("outlet")), None)
    if hit is None:
        return None
    s, e = start + hit.start, start + hit.end
    return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.8,
                        medium=hit.medium)


def unnamed_told_to(claims: list[ExtractedClaim], outlet: SourcePhrase) -> None:
    """Puts the claims of unnamed sources just before, with no outlet yet, under the outlet they spoke to (in
    place)."""
    for i in range(len(claims) - 1, max(-1, len(claims) - 1 - _LATE_REACH), -1):
        chain = claims[i].chain
        if chain and chain[-1].kind is SourceKind.ANONYMOUS and not any(h.kind is SourceKind.OUTLET for h in chain):
            claims[i] = replace(claims[i], chain=(extracted_hop(outlet), *chain))


_QUOTING_CUE = re.compile(r"[وف]?(?:نقل|روت|روي)")
_NAMED_LATE_REACH = 4  # claims before one naming its outlet that the same speaker's words can go back over


def credit_outlet_named_late(claims: list[ExtractedClaim], claim: ExtractedClaim, sentence_start: int, *,
                              interview: bool = False, page_outlets: frozenset[str] = frozenset()) -> None:
    """"كشفت مصادر مطلعة أن … وقالت المصادر، في حديث لصحيفة الأخبار، إن …": the outlet named only in a
    later sentence is outermost for the same speaker's words before it too, back to another source.
    interview: the sentence names an interview, which holds the speaker's words before too;
    page_outlets: the page's own outlets (site line, dateline), to which a speaker's earlier words were not told."""
    outlets = [h for h in claim.chain[:-1] if h.kind is SourceKind.OUTLET and h.start >= sentence_start]
    speaker = claim.chain[-1] if claim.chain else None
    if not outlets or len(outlets) != len(claim.chain) - 1 or speaker.kind is SourceKind.OUTLET or \
            opens_told_to(fold(claim.text)):
        return
    # A person named again ("وأضاف يلدز في تصريح لوكالة الأناضول") or quoted by the outlet ("ونقلت الوكالة
    # عنه") spoke before in their own right; one going on without a name ("وأوضح في تصريح لقناة …") did not.
    # One referred back by role ("وأعربت المتحدثة، في تصريحات خاصة لقناة العربية") goes on like a pronoun,
    # and so does one named again who told the outlet itself ("وصرح لودريان لشبكة CNN") or spoke with it
    # ("أضاف عريقات، خلال حواره مع الإعلامي … على فضائية الحياة"), unless it is the page's own outlet.
    relayed = _QUOTING_CUE.match(fold(claim.cue or ""))
    named_again = speaker.start >= sentence_start and (not speaker.name or speaker.surface.lower() in PRONOUNS
                                                       or fold(speaker.name).split()[-1] in fold(speaker.surface))
    if named_again and outlets[0].outlet not in page_outlets and _told_in_person(claim, speaker, outlets[0]):
        named_again = False
    if speaker.kind is SourceKind.PERSON and (relayed or (named_again and not interview)):
        return
    for i in range(len(claims) - 1, max(-1, len(claims) - 1 - _NAMED_LATE_REACH), -1):
        earlier = claims[i].chain
        if not earlier:
            continue
        if len(earlier) != 1 or not _same_source(earlier[0], speaker) or _headline_told_nobody(claims[i]):
            return
        claims[i] = replace(claims[i], chain=(*(replace(h, confidence=round(h.confidence * 0.8, 2)) for h in outlets),
                                              earlier[0]))


# Between an Arabic speaker named again and the outlet: "وقال فالس، لقناة X"، "وصرح لودريان لشبكة X"، or an interview
# with it ("خلال حواره مع قناة X"، "خلال مداخلة هاتفية مع برنامج … على قناة X"); not "في تصريح لوكالة X".
_TOLD_IN_PERSON = re.compile(r"[\s,\-\"«(]*(?:ل\s*[\"«(]?\s*)?"
                             r"|[\s,\-]*(?:خلال|في)\s+(?:حوار|حديث|مقابله|مداخله|لقاء)\w*(?:\s+\w+)?\s+مع(?!\w)[^.:]*")


def _told_in_person(claim: ExtractedClaim, speaker: ExtractedHop, outlet: ExtractedHop) -> bool:
    """Whether the claim's words were told to the outlet by the speaker himself, as its sentence writes it."""
    if not claim.start <= speaker.end <= outlet.start <= claim.end:
        return False
    return _TOLD_IN_PERSON.fullmatch(fold(claim.text[speaker.end - claim.start:outlet.start - claim.start])) is not None


_TOLD_IN_HEADLINE = re.compile(r"(?<!\w)ل")


def _headline_told_nobody(claim: ExtractedClaim) -> bool:
    """A headline "مسؤول أمريكي: …" credits only what stands before its colon; "مصدر رسمي للوطن:" names whom
    he told, which a later sentence may spell out."""
    return claim.cue == ":" and not _TOLD_IN_HEADLINE.search(claim.text[:claim.cue_start - claim.start], 1)


_SECOND = re.compile(r"(?<!\w)(?:ال)?(?:اخر|اخري|ثان|ثاني|ثانيه)(?!\w)")  # "آخر", "الثاني": another source


def _same_source(a: ExtractedHop, b: ExtractedHop) -> bool:
    """Whether two hops name one source: the same kind and name, a person again by the family name, or a second
    unnamed source again by fewer words."""
    if a.kind is not b.kind or a.kind is SourceKind.OUTLET:
        return False
    if (a.name, a.role) == (b.name, b.role) and (a.name or a.role):
        return True
    if _SECOND.search(fold(a.surface)) and _SECOND.search(fold(b.surface)) and unnamed_by_fewer_words(b, a):
        # "وفي السياق ذاته، قال مسؤول أمريكي آخر … ونقلت الصحيفة أيضا عن المسؤول الآخر": the second source again
        return True
    if a.kind is SourceKind.PERSON and not a.name and b.name:
        # "أعلن وزير الداخلية الفرنسي مانويل فالس" (a name the catalog lacks), then "وقال فالس"
        return family_key(b.name) in fold(a.surface).split()
    return a.kind is SourceKind.PERSON and bool(a.name) and bool(b.name) and family_key(a.name) == family_key(b.name)
