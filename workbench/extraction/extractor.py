"""The attribution extractor's public API: an article's claims, each with its chain of sources."""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from workbench.catalog.aliases import AliasIndex
from workbench.enums import SourceKind
from workbench.extraction.chains import SUBJECT, TOLD_TO, SourceSlot, dateline_length
from workbench.extraction.claims import ClaimDraft, arabic_drafts, english_drafts, opens_told_to
from workbench.extraction.coreference import OUTLET_MEDIA, Discourse, continues_report
from workbench.extraction.cues import Cue, has_cue, is_denial
from workbench.extraction.headlines import headline_name
from workbench.extraction.media import AR_DESCRIPTORS, EN_DESCRIPTORS
from workbench.extraction.namesakes import article_country
from workbench.extraction.outlet_references import (
    framed_chain,
    framing_outlet,
    name_described_outlets,
    reporter_outlet,
    thing_says,
    title_credit,
)
from workbench.extraction.persons import AR_ORG_SET, AR_ROLE_SET, family_key
from workbench.extraction.phrases import BackReference, SourcePhrase
from workbench.extraction.proposals import OutletProposal
from workbench.extraction.quoted_names import QuotedNameCatalog
from workbench.extraction.report_frames import (
    for_ones_part,
    goes_on_in_report,
    in_interview,
    in_own_medium,
    speaks_to_the_page,
)
from workbench.extraction.sources import classify, employer_outlet, is_arabic_source_head
from workbench.extraction.state_media import state_broadcaster
from workbench.text.boilerplate import boilerplate_spans
from workbench.text.normalize import FoldedText, comparison_key, fold, fold_with_offsets, to_original_span
from workbench.text.segment import split_sentences

_PRONOUNS = {"he": False, "she": False, "it": True, "they": None}
_LEADING_CLAIM_WORDS = 5
_CLAIM_EDGE = " \t\n,،;؛.-–—"
_WHOLE_QUOTE = re.compile(r'\s*["«“][^"«»“”]+["»”]\s*\.?')
_SCRIPTS = [
    ("ar", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F]")),
]
_LATIN_LANGUAGES = [
    ("fr", re.compile(r"\b(?:le|la|les|des|est|une|dans|selon)\b", re.IGNORECASE)),
    ("es", re.compile(r"\b(?:el|los|las|una|según|por|del)\b", re.IGNORECASE)),
    ("de", re.compile(r"\b(?:der|die|das|und|nicht|ist|mit)\b", re.IGNORECASE)),
    ("en", re.compile(r"\b(?:the|and|of|to|said|is|in|that)\b", re.IGNORECASE)),
]


@dataclass(frozen=True)
class ExtractedHop:
    """One source in a chain; a suggestion with a confidence until a reviewer confirms it."""

    surface: str
    start: int
    end: int
    kind: SourceKind
    outlet: str | None
    name: str | None
    role: str | None
    affiliation: str | None
    confidence: float
    proposed: OutletProposal | None = None  # an outlet to add to the catalog, when outlet is None


@dataclass(frozen=True)
class ExtractedClaim:
    """A claim span of the original text and its chain, outermost source first; empty if unattributed."""

    start: int
    end: int
    text: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    chain: tuple[ExtractedHop, ...]


@dataclass(frozen=True)
class Extraction:
    language: str
    claims: tuple[ExtractedClaim, ...]
    boilerplate: tuple[tuple[int, int], ...]


def detect_language(text: str) -> str:
    """"ar", "en" or another ISO code, from the script most letters are written in."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    script = max(counts, key=counts.get)
    if counts[script] == 0:
        return "und"
    if script != "latin":
        return script
    return max(_LATIN_LANGUAGES, key=lambda item: len(item[1].findall(text)))[0]


def extract(text: str, *, catalog: AliasIndex, language: str | None = None,
            progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Claims of an article with their attribution chains; every offset indexes text as given.

    `progress(done, total)` hears, about a hundred times, how much of the text has been read, in characters; the
    passes over the whole text before its sentences (country, page furniture) count as their share of the work."""
    written = text
    text = _EGYPTIAN_HAMZA.sub("مسؤول", text)  # "مسئول" read as "مسؤول"; same length, offsets unchanged
    language = language or detect_language(text)
    read = _PassProgress(progress, len(text))
    catalog = QuotedNameCatalog(catalog, country=article_country(text))
    read.passed(_COUNTRY_PASS)
    furniture = boilerplate_spans(text, has_cue=lambda line: has_cue(fold(line)),
                                  progress=lambda offset: read.passed(_COUNTRY_PASS, offset, _FURNITURE_PASS))
    discourse = Discourse()
    article = FoldedText(text)
    claims: list[ExtractedClaim] = []
    furniture_starts = [s for s, _ in furniture]
    outlets_named: list[tuple[int, object]] = []  # (start, catalog hit) of every outlet the article names
    named_headlines: list[tuple[int, int, int]] = []  # (claim index, name span) of "بارو: …" lines
    for start, end in split_sentences(text):
        read.passed(_COUNTRY_PASS + _FURNITURE_PASS, start, 1 - _COUNTRY_PASS - _FURNITURE_PASS)
        # Furniture spans are in order and never overlap: only the last one starting at or before the sentence can
        # hold it, or glue a dateline to its start; a wire credit may follow its last full stop.
        line = bisect_right(furniture_starts, start) - 1
        if line >= 0 and end <= furniture[line][1]:
            # a site line or dateline ("دمشق-سانا") claims nothing, but "للوكالة" below may mean its outlet
            outlets_named.extend((start + h.start, h) for h in catalog.find_mentions(text[start:end]) if h.kind == "outlet")
            continue
        glued = start  # where a dateline glued to the sentence begins ("Damascus, SANA- Information Minister …")
        if line >= 0 and start < furniture[line][1]:
            # "Damascus, SANA- …": the page's own agency, which "told the agency" may mean later.
            discourse.mention_outlets(text, start, catalog.find_mentions(text[start:furniture[line][1]]))
            start = furniture[line][1]
            start += len(text[start:end]) - len(text[start:end].lstrip())
        after = bisect_right(furniture_starts, end - 1) - 1
        if after >= 0 and start < furniture[after][0] < end:
            end = furniture[after][0]
        if not text[start:end].strip():
            continue
        found = _sentence_claims(text, start, end, language, catalog, discourse, article)
        mentions = catalog.find_mentions(text[start:end])
        late = _told_afterwards(text, start, end, mentions) if language == "ar" else None
        anonymity = _told_on_anonymity(text, start, end, mentions) if language == "en" and late is None else None
        if anonymity is not None:
            # "The officials described the threat to The Associated Press on condition of anonymity": their
            # words before were told to that outlet; the sentence itself claims nothing.
            found = [replace(c, chain=(), cue=None, cue_start=None, cue_end=None) for c in found]
            claims[:] = _unnamed_told_to(claims, anonymity)
        if late is not None:
            # "جاء ذلك في تصريح لوكالة الأناضول": the outlet the words before were given to.
            found = [replace(c, chain=(), cue=None, cue_start=None, cue_end=None) for c in found]
            claims[:] = _told_to_outlet(claims, late, discourse)
        dateline = catalog.find_mentions(text[glued:start]) if glued < start else []
        discourse.mention_outlets(text, glued, dateline)  # "Damascus, SANA- …": "told the agency" later is SANA
        discourse.mention_outlets(text, start, mentions)
        outlets_named.extend((glued + h.start, h) for h in dateline if h.kind == "outlet")
        outlets_named.extend((start + h.start, h) for h in mentions if h.kind == "outlet")
        if language == "en" and not any(c.chain for c in found):
            _remember_appearance(text, start, end, catalog, discourse)
        credit = title_credit(text, start, end, mentions, catalog) if _is_title_line(text, start, end) else None
        if credit is not None:  # "Iran says two border guards killed - state TV": the outlet it credits is outermost
            found = [replace(c, chain=(_extracted(credit), *c.chain)) if c.chain and
                     all(h.outlet != credit.outlet for h in c.chain) else c for c in found]
        if len(found) == 1 and not found[0].chain and claims and claims[-1].chain:
            found = [_quotation_continued(text, found[0], claims[-1])]
        for claim in found:
            _credit_outlet_named_late(claims, claim, start, interview=in_interview(fold(text[start:end])))
        name = _bare_name_headline(text, start, end, found, language)
        if name is not None:
            named_headlines.append((len(claims), *name))
        claims.extend(found)
    _name_headlines_from_body(claims, named_headlines, text)
    claims = name_described_outlets(claims, outlets_named, text)  # "A Kuwaiti daily insisted …": Al-Qabas, named next
    if written != text:
        claims = [_as_written(c, written) for c in claims]
    return Extraction(language, tuple(claims), tuple(furniture))


_EGYPTIAN_HAMZA = re.compile("مسئول")
# A live blog's "Peter Hollis, the environment secretary, is on Sky News.": whose words follow, and where.
_APPEARS_ON = re.compile(r"\s*(?P<who>[^.]{3,120}?),?\s+(?:is|was|has been|had been)\s+(?:(?:speaking|talking)\s+(?:to|on|with)|"
                         r"on|interviewed\s+(?:by|on)|appearing\s+on)\s+(?P<outlet>[^.,;]{2,60}?)\s*[.:]?\s*")


def _remember_appearance(text: str, start: int, end: int, catalog, discourse: Discourse) -> None:
    """"X is on Sky News." says nothing itself, but the "he says" after it are X's words to Sky News."""
    m = _APPEARS_ON.fullmatch(text, start, end)
    if m is None:
        return
    outlet = classify(text, *m.span("outlet"), catalog=catalog, language="en")
    speaker = classify(text, *m.span("who"), catalog=catalog, language="en")
    if isinstance(outlet, SourcePhrase) and outlet.kind is SourceKind.OUTLET and outlet.outlet and \
            isinstance(speaker, SourcePhrase) and speaker.kind is SourceKind.PERSON:
        discourse.remember((outlet, speaker))


def _as_written(claim: ExtractedClaim, written: str) -> ExtractedClaim:
    """The claim with its words and its hops' surfaces as the article spells them."""
    hops = tuple(replace(h, surface=written[h.start:h.end]) for h in claim.chain)
    cue = written[claim.cue_start:claim.cue_end] if claim.cue is not None else None
    return replace(claim, text=written[claim.start:claim.end], cue=cue, chain=hops)


_LATE_TOLD = re.compile(
    r"\W*[وف]?(?:(?:جاء|جاءت|وردت?)\s+(?:ذلك|هذا|هذه|تصريحات\w*|حديث\w*|كلام\w*|اقوال\w*)|ذلك)\s+(?:في|خلال)\s+"
    r"(?:تصريح(?:ات)?|حديث|مقابله|لقاء|اتصال|كلمه)\s+(?:\w+\s+)?(?:ل|مع|الي)"
)
_LATE_REACH = 8  # claims before "جاء ذلك …" that it can credit


def _told_afterwards(text: str, start: int, end: int, mentions) -> SourcePhrase | None:
    """The outlet of "جاء ذلك في تصريح لوكالة الأناضول": said after the words it credits."""
    if not _LATE_TOLD.match(fold(text[start:end])):
        return None
    hit = next((h for h in mentions if h.kind == "outlet"), None)
    if hit is None:
        return None
    s, e = start + hit.start, start + hit.end
    return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.8,
                        medium=hit.medium)


def _told_to_outlet(claims: list[ExtractedClaim], outlet: SourcePhrase, discourse: Discourse) -> list[ExtractedClaim]:
    """The claims just before a late "told to" line, back to the last one that already names an outlet, with
    that outlet outermost; the speaker goes on to it."""
    updated = list(claims)
    for i in range(len(updated) - 1, max(-1, len(updated) - 1 - _LATE_REACH), -1):
        claim = updated[i]
        if any(h.kind is SourceKind.OUTLET for h in claim.chain):
            break
        if claim.chain:
            updated[i] = replace(claim, chain=(_extracted(outlet), *claim.chain))
    speaker = discourse.latest_speaker()
    if speaker is not None:
        discourse.remember((outlet, speaker))
    return updated


_ON_ANONYMITY = re.compile(r"\b(?:to|with)\s+(?P<outlet>[^,.;]{2,60}?)\s*,?\s+on (?:the )?condition of anonymity\b")


def _told_on_anonymity(text: str, start: int, end: int, mentions) -> SourcePhrase | None:
    """The outlet of "… spoke to The Associated Press on condition of anonymity", named after the words it credits."""
    m = _ON_ANONYMITY.search(text, start, end)
    if m is None:
        return None
    hit = next((h for h in mentions if h.kind == "outlet" and start + h.start >= m.start("outlet")
                and start + h.end <= m.end("outlet")), None)
    if hit is None:
        return None
    s, e = start + hit.start, start + hit.end
    return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.8,
                        medium=hit.medium)


def _unnamed_told_to(claims: list[ExtractedClaim], outlet: SourcePhrase) -> list[ExtractedClaim]:
    """The claims of unnamed sources just before, with no outlet yet, under the outlet they spoke to."""
    updated = list(claims)
    for i in range(len(updated) - 1, max(-1, len(updated) - 1 - _LATE_REACH), -1):
        chain = updated[i].chain
        if chain and chain[-1].kind is SourceKind.ANONYMOUS and not any(h.kind is SourceKind.OUTLET for h in chain):
            updated[i] = replace(updated[i], chain=(_extracted(outlet), *chain))
    return updated


_QUOTING_CUE = re.compile(r"[وف]?(?:نقل|روت|روي)")
_NAMED_LATE_REACH = 4  # claims before one naming its outlet that the same speaker's words can go back over


def _credit_outlet_named_late(claims: list[ExtractedClaim], claim: ExtractedClaim, sentence_start: int, *,
                              interview: bool = False) -> None:
    """"كشفت مصادر مطلعة أن … وقالت المصادر، في حديث لصحيفة الأخبار، إن …": the outlet named only in a
    later sentence is outermost for the same speaker's words before it too, back to another source.
    interview: the sentence names an interview, which holds the speaker's words before too."""
    outlets = [h for h in claim.chain[:-1] if h.kind is SourceKind.OUTLET and h.start >= sentence_start]
    speaker = claim.chain[-1] if claim.chain else None
    if not outlets or len(outlets) != len(claim.chain) - 1 or speaker.kind is SourceKind.OUTLET or \
            opens_told_to(fold(claim.text)):
        return
    # A person named again ("وأضاف يلدز في تصريح لوكالة الأناضول") or quoted by the outlet ("ونقلت الوكالة
    # عنه") spoke before in their own right; one going on without a name ("وأوضح في تصريح لقناة …") did not.
    # One referred back by role ("وأعربت المتحدثة، في تصريحات خاصة لقناة العربية") goes on like a pronoun.
    relayed = _QUOTING_CUE.match(fold(claim.cue or ""))
    named_again = speaker.start >= sentence_start and (not speaker.name or speaker.surface.lower() in _PRONOUNS
                                                       or _family_name(speaker.name) in fold(speaker.surface))
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


_TOLD_IN_HEADLINE = re.compile(r"(?<!\w)ل")


def _headline_told_nobody(claim: ExtractedClaim) -> bool:
    """A headline "مسؤول أمريكي: …" credits only what stands before its colon; "مصدر رسمي للوطن:" names whom
    he told, which a later sentence may spell out."""
    return claim.cue == ":" and not _TOLD_IN_HEADLINE.search(claim.text[:claim.cue_start - claim.start], 1)


def _family_name(name: str) -> str:
    return fold(name).split()[-1]


def _same_source(a: ExtractedHop, b: ExtractedHop) -> bool:
    """Whether two hops name one source: the same kind and name, or a person again by the family name."""
    if a.kind is not b.kind or a.kind is SourceKind.OUTLET:
        return False
    if (a.name, a.role) == (b.name, b.role) and (a.name or a.role):
        return True
    return a.kind is SourceKind.PERSON and bool(a.name) and bool(b.name) and _family_name(a.name) == _family_name(b.name)


def _bare_name_headline(text: str, start: int, end: int, found: list[ExtractedClaim],
                        language: str) -> tuple[int, int] | None:
    """The name of "بارو: …" on a line of its own that found no source: someone the story may name in full."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    whole_line = not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip()
    closed = text[start:end].rstrip(" \"'»”").endswith((".", "!", "?", "؟"))
    if len(found) != 1 or found[0].chain or not whole_line or closed:
        return None
    return headline_name(text, start, end, language=language)


def _name_headlines_from_body(claims: list[ExtractedClaim], headlines: list[tuple[int, int, int]], text: str) -> None:
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
        if person is None or len(text[start:end].split()) > len(person.name.split()):
            continue
        colon = text.index(":", end) if text.find(":", end, end + 3) >= 0 else text.rindex(":", 0, start)
        hop = replace(person, surface=text[start:end], start=start, end=end, proposed=None,
                      confidence=round(person.confidence * 0.8, 2))
        claims[index] = replace(claims[index], cue=":", cue_start=colon, cue_end=colon + 1, chain=(hop,))


def _extracted(hop: SourcePhrase) -> ExtractedHop:
    return ExtractedHop(hop.surface, hop.start, hop.end, hop.kind, hop.outlet, hop.name, hop.role, hop.affiliation,
                        hop.confidence, hop.proposed if hop.outlet is None else None)


def _quotation_continued(text: str, claim: ExtractedClaim, previous: ExtractedClaim) -> ExtractedClaim:
    """A sentence that is only a quotation, right after an attributed one in the same paragraph, is
    the same speaker going on: '"…," said X, a spokesman. "We are seeing…"'."""
    whole_quote = _WHOLE_QUOTE.fullmatch(claim.text)
    same_paragraph = "\n" not in text[previous.end:claim.start]
    if not (whole_quote and same_paragraph):
        return claim
    return replace(claim, chain=tuple(_lowered(h) for h in previous.chain))


# The share of extraction time the passes over the whole text take before the sentences (measured on prose).
_COUNTRY_PASS, _FURNITURE_PASS = 0.1, 0.2


class _PassProgress:
    """Extraction's progress as characters of the text read, whichever pass is reading; told about 100 times."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int) -> None:
        self._progress, self._total = progress, total
        self._step, self._reported = max(total // 100, 1), -1

    def passed(self, before: float, offset: int = 0, share: float = 0.0) -> None:
        """A pass that starts after BEFORE of the work and takes SHARE of it has read the text up to OFFSET."""
        done = int(self._total * before + offset * share)
        if self._progress is not None and done - self._reported >= self._step:
            self._reported = done
            self._progress(done, self._total)


def _sentence_claims(text, start, end, language, catalog, discourse, article) -> list[ExtractedClaim]:
    folded, origin = fold_with_offsets(text[start:end])
    if language == "en":
        folded = folded.replace("''", '" ')  # the two apostrophes some papers print as quotation marks
        folded = _TAG.sub(lambda m: " " * len(m.group()), folded)  # markup left in pasted text ("<tweet …>")
    line_start = text.rfind("\n", 0, start) + 1
    base = dateline_length(folded) if not text[line_start:start].strip() else 0

    def to_text(fs: int, fe: int) -> tuple[int, int]:
        s, e = to_original_span(origin, fs, fe)
        return start + s, start + e

    headline = _headline_draft(text, text[start:end], folded, origin, base, to_text, catalog, language) if base == 0 or not text[
        line_start:start].strip() else None
    if headline is not None:
        drafts = [headline]
    elif language == "ar":
        mentions = [(s, e, folded[s] == "ل" and not comparison_key(alias).startswith("ل"))
                    for s, e, alias in _outlet_mentions(catalog, text[start:end], origin)]
        drafts = arabic_drafts(folded, base, lambda w: is_arabic_source_head(w, catalog), outlet_mentions=mentions)
    elif language == "en":
        drafts = english_drafts(folded, base, proper=_capitalized_inside(text, start, folded, origin))
    else:
        drafts = []
    def unattributed(fs: int, fe: int) -> list[ExtractedClaim]:
        s, e = _trim(text, *to_text(fs, fe))
        return [ExtractedClaim(s, e, text[s:e], None, None, None, ())] if e > s else []

    if drafts and drafts[0].cue is not None and is_denial(drafts[0].cue) and _is_title_line(text, start, end):
        drafts = []  # "الإمارات تنفي أنباء عن حريق", "Ministry denies reports of …": a headline's denial claims nothing
    named = catalog.find_mentions(text[start:end])
    frame = framing_outlet(text, start, end, named)
    if not drafts:
        says = thing_says(text, frame[0], frame[1], start, named) if frame is not None else None
        if says is not None:  # "A confidential UN report seen by the Guardian details 14 incidents …"
            (cue_start, cue_end), chain = says
            discourse.remember(chain)
            s, e = _trim(text, *to_text(base, len(folded)))
            return [ExtractedClaim(s, e, text[s:e], text[cue_start:cue_end], cue_start, cue_end,
                                   tuple(_extracted(h) for h in chain))]
        return unattributed(base, len(folded))
    claims = []
    # The publisher's own words before the first attribution ("وفى الوقت الذى ارتفعت …، ذكر شهود")
    # are a claim too, unless they are only a phrase like "فى السياق نفسه،".
    if len(folded[base:drafts[0].start].split()) > _LEADING_CLAIM_WORDS:
        claims += unattributed(base, drafts[0].start)
    for draft in drafts:
        chain = _chain(draft, text, language, catalog, discourse, to_text, article, frame=frame)
        if not chain:  # a cue whose source could not be found: the words stay, unattributed
            claims += unattributed(draft.start, draft.end)
            continue
        s, e = _trim(text, *to_text(draft.start, draft.end))
        cue_start, cue_end = to_text(draft.cue.start + draft.cue.conjoined, draft.cue.end)
        hops = tuple(_extracted(h) for h in chain)
        claims.append(ExtractedClaim(s, e, text[s:e], text[cue_start:cue_end], cue_start, cue_end, hops))
    return claims


_TAG = re.compile(r"<[^<>]{0,400}>")
_CLOSING = (".", "!", "?", "؟", '"', "»", "”", ":")


def _is_title_line(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a whole line without closing punctuation: a headline or a title."""
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    before = text[text.rfind("\n", 0, start) + 1:start]
    return not before.strip() and not after.strip() and not text[start:end].rstrip().endswith(_CLOSING)
_WORD_START = re.compile(r"(?<![\w'.-])\w")


def _capitalized_inside(text: str, start: int, folded: str, origin: list[int]) -> frozenset[int]:
    """Folded starts of the words written with a capital after the sentence's first word ("Washington Post")."""
    starts = [m.start() for m in _WORD_START.finditer(folded)]
    return frozenset(i for i in starts[1:] if text[start + origin[i]].isupper())


# "التايمز: بريطانيا سترسل سفينة ثالثة"، "مصادر دبلوماسية: هدنة لمدة 48 ساعة"، "Reuters: …": the words
# before a headline's colon name its source.
_HEADLINE = re.compile(
    r"(?:(?P<source>[^:\n\"«»“”][^:\n]{1,59}?)|\"(?P<quoted>[^:\n\"]{2,40})\")\s*:\s*(?=[^\s\d].{8,})")
_HEADLINE_WORDS = 7
_EN_ROLE_HEAD = re.compile(r"(?i)\b(?:spokes(?:person|man|woman)|minister|FM|president|ambassador|envoy|chief|"
                           r"secretary|commander|official)$")
_TOLD_TO_IN_HEADLINE = re.compile(r"(?<!\w)ل\s*\"?\s*$")


def _outlet_mentions(catalog, sentence: str, origin: list[int]) -> list[tuple[int, int, str]]:
    """Catalog outlets named in a sentence, as (start, end, alias) in its folded offsets: looked up in the
    sentence as written, since Latin aliases such as "RT" match only where the capitals are."""
    found = []
    for hit in catalog.find_mentions(sentence):
        if hit.kind == "outlet":
            found.append((bisect_left(origin, hit.start), bisect_left(origin, hit.end), hit.alias))
    return found


def _headline_draft(text, sentence, folded, origin, base, to_text, catalog, language) -> ClaimDraft | None:
    """A line "SOURCE: statement" whose SOURCE names an outlet, an unnamed source, a body or someone by role."""
    m = _HEADLINE.match(folded, base)
    group = "source" if m and m.group("source") else "quoted"  # '"البث الإسرائيلية": …'
    if not m:
        return None
    s, e = m.span(group)
    second = folded.rfind("..", s, e)
    if second >= 0:  # a second headline clause: "الظواهري والوحيشي ناقشا هجوما.. ونيويورك تايمز: …"
        s = second + 2 + len(folded[second + 2:e]) - len(folded[second + 2:e].lstrip())
    if len(folded[s:e].split()) > _HEADLINE_WORDS or has_cue(folded[s:e]):
        return None
    first_word = folded[s:e].split()[0] if folded[s:e].split() else ""
    if first_word[:1] == "و" and len(first_word) > 3 and first_word not in AR_ROLE_SET | AR_ORG_SET:
        s += 1  # "… .. ومصادر محلية: الأفران تعمل", but "وزير خارجية فرنسا:" is the minister
    slots = [SourceSlot(s, e, SUBJECT)]
    # "مسؤول أمريكي لفرانس برس:": the outlet he spoke to is outermost.
    for hit_start, hit_end, _ in _outlet_mentions(catalog, sentence, origin) if language == "ar" else ():
        if not s <= hit_start < e:
            continue
        # the ل is attached to the name ("لفرانس برس", inside the mention) or stands before a quote ("لـ«عكاظ»")
        told = (_TOLD_TO_IN_HEADLINE.search(folded, s, hit_start + 1) or _TOLD_TO_IN_HEADLINE.search(folded, s, hit_start))
        if told is not None:
            slots = [SourceSlot(s, told.start(), SUBJECT), SourceSlot(hit_start, hit_end, TOLD_TO)]
    first = classify(text, *to_text(slots[0].start, slots[0].end), catalog=catalog, language=language)
    # "العتيبي لـ«عكاظ»:": a name alone is a source when the outlet it spoke to follows.
    named = isinstance(first, SourcePhrase) and (first.kind is not SourceKind.PERSON or first.role or len(slots) > 1)
    if language == "en":  # English prose has many "Thing: explanation" lines; only a known outlet or unnamed source,
        # or, on a title line, someone by role alone ("Iranian FM Spokesperson: …")
        named = isinstance(first, SourcePhrase) and (first.outlet is not None or first.kind is SourceKind.ANONYMOUS or (
            first.kind is SourceKind.PERSON and first.role is not None and first.name is None
            and _EN_ROLE_HEAD.search(first.role) is not None and _is_title_line(text, *to_text(0, len(folded)))))
    if not named:
        return None
    colon = folded.index(":", e)
    return ClaimDraft(base, len(folded), Cue(colon, colon + 1, "headline", ":"), slots, None, m.end())


def _chain(draft: ClaimDraft, text, language, catalog, discourse, to_text, article: FoldedText, *,
           frame: tuple[SourcePhrase, int, bool] | None = None) -> tuple[SourcePhrase, ...]:
    """The draft's sources, classified, references resolved, outermost first; frame: the outlet the sentence names
    as having seen or carried what it reports, and where that frame begins (outlet_references.framing_outlet)."""
    hops: list[tuple[int, int, SourcePhrase]] = []
    pronoun_gender: bool | None = draft.feminine
    # "ونقلت عن أوساط …": a verb whose subject is only its pronoun, naming whom it quotes.
    # "وقال لوكالة رويترز": only whom it was said to, the speaker is the verb's pronoun.
    pronoun = not draft.slots or (language == "ar" and draft.cue is not None and draft.cue.form == "verb"
                                  and all(slot.rank != SUBJECT for slot in draft.slots))
    referred_back = False
    spoken: BackReference | None = None  # the English pronoun standing for the speaker ("he said")
    for slot in draft.slots:
        s, e = to_text(slot.start, slot.end)
        found = classify(text, s, e, catalog=catalog, language=language)
        state = state_broadcaster(found.surface, text[:s], catalog, country=catalog.country) \
            if found is not None and language == "ar" else None
        if state is not None:  # "للتلفزيون الرسمي" in a story about Syria, not the last channel named
            found = SourcePhrase(found.surface, found.start, found.end, SourceKind.OUTLET, outlet=state, name=state,
                                 confidence=0.6, medium="channel")
        if isinstance(found, BackReference):
            word = found.surface.lower()
            if word in _PRONOUNS:
                pronoun, pronoun_gender, spoken = True, _PRONOUNS[word], found
                continue
            found = _named_earlier_in_sentence(found, text, to_text(0, 0)[0], catalog) or discourse.resolve(found)
            referred_back = True
        if found is not None and language == "en":
            found = discourse.outlet_named_by(found) or found  # "The Post said", after The Washington Post
            state = state_broadcaster(found.surface, text[:s], catalog) if found.kind is SourceKind.OUTLET and \
                found.outlet is None else None
            if state is not None:  # "told state television" in a story about Iran
                found = replace(found, outlet=state, name=state, proposed=None, confidence=0.6)
        staff = _staff_of_outlet(found, discourse) if found is not None else None
        if staff is not None:  # "وقال مراسل القناة", "موقع القناة", "the paper's website"
            outlet, is_site = staff
            if is_site:
                found = outlet
            else:
                hops.append((TOLD_TO, slot.start, outlet))
        if found is None or (slot.rank == TOLD_TO and found.kind is not SourceKind.OUTLET):
            continue
        employer = employer_outlet(found, text, s, e, catalog)
        if employer is not None:
            hops.append((TOLD_TO, slot.start, employer))
        hops.append((slot.rank, slot.start, found))
    chain = tuple(h for _, _, h in sorted(hops, key=lambda item: (item[0], item[1])))
    sentence_start = to_text(0, 0)[0]
    sentence = fold(text[sentence_start:to_text(draft.end, draft.end)[0]])  # the sentence up to the draft's end
    speaker = discourse.latest_speaker() if draft.quotes_pronoun else None
    if speaker is not None and speaker.kind is SourceKind.PERSON and chain:
        chain = (*chain, _lowered(speaker))  # "ونقلت وكالة السودان للأنباء عنه القول": the outlet, then him
    if pronoun:
        continued = discourse.continued_chain(feminine=pronoun_gender)
        if continued and chain and all(rank > SUBJECT for rank, _, _ in hops):
            # "ونقلت عن أوساط": the outlet the pronoun stands for, then whom it quotes.
            chain = (*(_lowered(h) for h in continued), *chain)
        elif continued and chain:  # '"…," he told CNN': CNN, then the speaker "he" stands for
            chain = (*chain, _lowered(continued[-1]))
        elif continued:
            chain = tuple(_lowered(h) for h in continued)
        if not chain and language == "en" and draft.cue is not None and not draft.slots:
            # "The minister is said to have resigned": words of nobody named, and no report under way.
            chain = (SourcePhrase(*_cue_span(text, draft, to_text), SourceKind.ANONYMOUS, name="unnamed sources",
                                  confidence=0.3),)
        if spoken is not None:
            # The speaker hop is written here as the pronoun: its span, the antecedent's identity.
            speaker = chain[-1] if chain and continued else _unnamed_speaker(spoken)
            chain = (*chain[:-1], replace(speaker, surface=spoken.surface, start=spoken.start, end=spoken.end)) \
                if chain and continued else (*chain, speaker)
    elif len(chain) == 1 and (referred_back or chain[0].kind is SourceKind.PERSON) and not for_ones_part(sentence):
        # "وتابعت المتحدثة", "one of the officials said", "وأوضح الحرمي": the last speaker goes on,
        # to the same outlet.
        chain = discourse.same_speaker_chain(chain[0], introduced_as=_introduction(article, chain[0]),
                                             described=lambda name: _described(article, name)) or chain
    same_again = discourse.latest_chain() if chain and _SAME_SOURCE.search(fold(chain[-1].surface)) else None
    if same_again:
        # "وأوضح المصدر نفسه": the source of the latest claim again, in its own chain ("أورد بلاغ لوزارة الداخلية")
        chain = (*(_lowered(h) for h in same_again[:-1]), replace(same_again[-1], surface=chain[-1].surface,
                                                                   start=chain[-1].start, end=chain[-1].end))
    elif reporter_outlet(chain, text, to_text(0, 0)[0]):
        # "ونقل المراسل عن ضابط …", "وزعم كاتب المقال، يوني شاحر": the reporter of the outlet reporting.
        latest = discourse.latest_outlet()
        outlets = discourse.report_frame() or ((latest,) if latest is not None else ())
        chain = (*(_lowered(h) for h in outlets), *chain)
    elif chain and not any(h.kind is SourceKind.OUTLET for h in chain) and continues_report(chain[0]) and \
            not _opens_own_thread(draft, text, to_text):
        # "نقلت الغارديان عن مصدر حكومي … وأضاف المسؤول": the report's outlets stay outermost.
        chain = (*(_lowered(h) for h in discourse.report_frame()), *chain)
    elif len(chain) == 1 and chain[0].kind is SourceKind.ANONYMOUS and _goes_on_in_report(draft, text, to_text,
                                                                                          discourse):
        # "وبحسب الصحيفة، … وقال مصدر أردني رفيع": a source the report itself goes on to quote.
        chain = (*(_lowered(h) for h in discourse.report_frame(latest_only=True)), *chain)
    elif chain and not any(h.kind is SourceKind.OUTLET for h in chain) and goes_on_in_report(draft.cue) and \
            not _opens_own_thread(draft, text, to_text):
        # "قال عضو بمجلس الشيوخ لـ"رويترز" … وأضاف السيناتور كريس والدن": whoever is brought in goes on in it.
        chain = (*(_lowered(h) for h in discourse.report_frame(latest_only=True)), *chain)
    if chain and chain[-1].kind is not SourceKind.OUTLET and in_own_medium(sentence):
        # "In a separate tweet, he wrote": the speaker's own medium, out of the outlet's report carried over.
        chain = tuple(h for h in chain if h.kind is not SourceKind.OUTLET or h.start >= sentence_start)
    if frame is not None:
        # "Messages seen by the Guardian show …", "في رسالة نشرتها صحيفة X": that outlet is outermost.
        chain = framed_chain(chain, *frame, text=text, sentence_start=to_text(0, 0)[0],
                             cue_start=to_text(draft.cue.start, draft.cue.end)[0] if draft.cue else None) or chain
    discourse.remember(chain)
    return chain


_SAME_SOURCE = re.compile(r"^\W*(?:ال)?(?:مصدر|مصادر)\s+(?:نفسه|ذاته|نفسها|ذاتها)(?!\w)")
# Verbs of a view held ("ويرى مراقبون"): a fresh source holding one speaks in the article's own thread.
_VIEW_LEMMAS = {"راي", "توقع", "رجح"}
# A sentence opening a thread of its own ("وفي الخرطوم،", "في وقت سابق،", "Meanwhile,"), a source answering the
# report ("rejected the report", "نفت") or speaking to the press at large ("لوسائل الإعلام").
_NEW_THREAD = re.compile(
    r"^\W*(?:[وف]?(?:في|خلال|من جهت\w*|من جانب\w*|بالمقابل|بدور\w*|اما|غير ان|لكن)(?!\w)|"
    r"(?:earlier|meanwhile|separately|elsewhere|later|in|on|but|however)\b)"
)
_ANSWERS_REPORT = re.compile(
    r"(?<!\w)(?:[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|رفض\w*)|لوسايل الاعلام|للصحفيين|للاعلام)(?!\w)|"
    r"\b(?:denied|denies|rejected|rejects|dismissed|to reporters|to the media|to the press)\b"
)


def _goes_on_in_report(draft: ClaimDraft, text: str, to_text, discourse: Discourse) -> bool:
    """Whether a new unnamed source ("وقال مصدر أردني رفيع", "an intelligence source said") speaks inside the
    report of the outlet speaking or quoting just before ("وبحسب الصحيفة، …"), rather than in a thread of its own."""
    speaker = discourse.latest_speaker()
    if draft.cue is not None and draft.cue.lemma in _VIEW_LEMMAS:
        return False
    # the outlet itself, or an unnamed source it was quoting ("ونقلت الصحيفة عن مصدر خليجي … وقال مصدر أردني")
    if speaker is None or speaker.kind not in (SourceKind.OUTLET, SourceKind.ANONYMOUS) or \
            not discourse.report_frame(latest_only=True):
        return False
    return not _opens_own_thread(draft, text, to_text)


def _opens_own_thread(draft: ClaimDraft, text: str, to_text) -> bool:
    """Whether the draft's sentence turns from the report just before: a thread of its own, an answer to the
    report, or words given in the source's own medium ("في بيان", "in a separate tweet")."""
    sentence_start = to_text(0, 0)[0]
    start, end = to_text(draft.start, draft.end)
    sentence = fold(text[sentence_start:end])
    return bool(_NEW_THREAD.match(fold(text[sentence_start:start + 40])) or _ANSWERS_REPORT.search(fold(text[start:end]))
                or in_own_medium(sentence) or speaks_to_the_page(sentence) or for_ones_part(sentence))


# Someone or something of an outlet named before: "مراسل القناة", "كاتب المقال", "موقع القناة", "the channel's site".
_STAFF_OF = re.compile(
    r"^\W*(?:(?P<ar_site>موقع)|مراسل|مراسله|موفد|موفده|كاتب|كاتبه|محرر|محرره|معد|معده)\s+"
    r"ال(?P<ar>قناه|صحيفه|جريده|وكاله|شبكه|اذاعه|مجله|موقع|مقال|تقرير)(?!\w)"
    r"|^\W*the\s+(?P<en>paper|newspaper|channel|agency|broadcaster|network|site|tabloid|daily)'s\s+"
    r"(?:(?P<en_site>website|site)|correspondent|reporter|editor|writer)\b"
)
# "كاتب المقال": the article of the outlet named before.
_STAFF_MEDIUM = AR_DESCRIPTORS | EN_DESCRIPTORS | {"مقال": "report"}


def _staff_of_outlet(found, discourse: Discourse) -> tuple[SourcePhrase, bool] | None:
    """The outlet met earlier that "مراسل القناة" or "the paper's website" belongs to, and whether it is its site."""
    if isinstance(found, BackReference) or found.kind not in (SourceKind.PERSON, SourceKind.OUTLET):
        return None
    # "وزعم كاتب المقال، يوني شاحر": the staff noun may be the role a name was given.
    m = _STAFF_OF.match(fold(found.surface)) or _STAFF_OF.match(fold(found.role or ""))
    if not m:
        return None
    medium = _STAFF_MEDIUM[m.group("ar") or m.group("en")]
    outlet = discourse.resolve(BackReference(found.surface, found.start, found.end, medium, None))
    if outlet.kind is not SourceKind.OUTLET or not outlet.outlet:
        return None
    return outlet, bool(m.group("ar_site") or m.group("en_site"))


def _cue_span(text: str, draft: ClaimDraft, to_text) -> tuple[str, int, int]:
    start, end = to_text(draft.cue.start, draft.cue.end)
    return text[start:end], start, end


def _named_earlier_in_sentence(ref: BackReference, text: str, sentence_start: int, catalog) -> SourcePhrase | None:
    """The outlet of the reference's medium named earlier in its own sentence: "As for The Telegraph's claims,
    the paper revealed" is The Telegraph, whatever paper the article quoted before."""
    if ref.medium not in OUTLET_MEDIA:
        return None
    hits = [h for h in catalog.find_mentions(text[sentence_start:ref.start])
            if h.kind == "outlet" and h.medium in (ref.medium, None)]
    if not hits:
        return None
    hit = hits[-1]
    return SourcePhrase(ref.surface, ref.start, ref.end, SourceKind.OUTLET, outlet=hit.name, name=hit.name,
                        confidence=0.7, medium=hit.medium)


_INTRODUCTION_CHARS = 80


def _introduction(article: FoldedText, hop: SourcePhrase) -> str:
    """The folded words just before the article first wrote a person's family name, if before this mention
    ("استدعى وزير الخارجية …، سالم" before "الفيتوري")."""
    family = fold(hop.name).split()[-1] if hop.name else ""
    first = article.find_first(family, article.position(hop.start)) if family else -1
    return article.folded[max(0, first - _INTRODUCTION_CHARS):first] if first > 0 else ""


_DESCRIBED_AFTER = 60


def _described(article: FoldedText, name: str) -> str:
    """The folded words around the article's first writing of a person's name in full (else of the family
    name): the roles it gave him ("الرئيس الإيراني مسعود بزشكيان", "شريف فاروق، وزير التموين")."""
    folded = fold(name).strip()
    first = article.find_first(folded) if folded else -1
    if first < 0 and folded:
        folded = folded.split()[-1]
        first = article.find_first(folded)
    return article.folded[max(0, first - _INTRODUCTION_CHARS):first + len(folded) + _DESCRIBED_AFTER] if first >= 0 else ""


def _unnamed_speaker(pronoun: BackReference) -> SourcePhrase:
    """"he said" with nobody named before: a person (or, for "it"/"they", a body) the reviewer can name."""
    kind = SourceKind.PERSON if pronoun.surface.lower() in ("he", "she") else SourceKind.ORGANIZATION
    return SourcePhrase(pronoun.surface, pronoun.start, pronoun.end, kind, confidence=0.3)


def _lowered(hop: SourcePhrase) -> SourcePhrase:
    """A hop carried over from an earlier claim: the same source, a little less certain."""
    return replace(hop, confidence=round(hop.confidence * 0.8, 2))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _CLAIM_EDGE:
        start += 1
    while end > start and text[end - 1] in _CLAIM_EDGE:
        end -= 1
    return start, end


def _hop_as_json(hop: ExtractedHop) -> dict:
    found = {"surface": hop.surface, "start": hop.start, "end": hop.end, "kind": hop.kind.value,
             "outlet": hop.outlet, "name": hop.name, "role": hop.role}
    if hop.proposed is not None:
        found["proposed"] = {"name": hop.proposed.name, "kind": hop.proposed.kind, "country": hop.proposed.country}
    return found


def extraction_as_json(extraction: Extraction) -> dict:
    """The `extract --json` document: claims with chains, outermost first, and boilerplate spans."""
    return {
        "language": extraction.language,
        "claims": [
            {
                "start": c.start, "end": c.end, "text": c.text, "cue": c.cue,
                "chain": [_hop_as_json(h) for h in c.chain],
            }
            for c in extraction.claims
        ],
        "boilerplate": [{"start": s, "end": e} for s, e in extraction.boilerplate],
    }
