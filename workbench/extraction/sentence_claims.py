"""One sentence's claims: cut by its cues or headline colon, each with its chain, or left unattributed."""

import re
from dataclasses import replace

from workbench.enums import SourceKind
from workbench.extraction.chain_building import draft_chain
from workbench.extraction.chains import capitals_dateline_length, dateline_length
from workbench.extraction.claims import arabic_drafts, english_drafts
from workbench.extraction.cues import is_denial
from workbench.extraction.frames.coreference import Discourse
from workbench.extraction.frames.headlines import headline_unnamed_speaker
from workbench.extraction.frames.outlet_references import (
    framing_outlet,
    thing_says,
)
from workbench.extraction.headline_passes import headline_draft, is_title_line, outlet_mentions
from workbench.extraction.results import ExtractedClaim, extracted_hop, lowered
from workbench.extraction.sources.phrases import SourcePhrase
from workbench.extraction.sources.sources import classify, is_arabic_source_head
from workbench.text.normalize import comparison_key, fold_with_offsets, to_original_span

_LEADING_CLAIM_WORDS = 5
_HAS_WORD = re.compile(r"\w")
_CLAIM_EDGE = " \t\n,،;؛.-–—"
_WHOLE_QUOTE = re.compile(r'\s*["«“][^"«»“”]+["»”]\s*\.?')


# A live blog's "Peter Hollis, the environment secretary, is on Sky News.": whose words follow, and where.
_APPEARS_ON = re.compile(r"\s*(?P<who>[^.]{3,120}?),?\s+(?:is|was|has been|had been)\s+(?:(?:speaking|talking)\s+(?:to|on|with)|"
                         r"on|interviewed\s+(?:by|on)|appearing\s+on)\s+(?P<outlet>[^.,;]{2,60}?)\s*[.:]?\s*")


def remember_appearance(text: str, start: int, end: int, catalog, discourse: Discourse) -> None:
    """"X is on Sky News." says nothing itself, but the "he says" after it are X's words to Sky News."""
    m = _APPEARS_ON.fullmatch(text, start, end)
    if m is None:
        return
    outlet = classify(text, *m.span("outlet"), catalog=catalog, language="en")
    speaker = classify(text, *m.span("who"), catalog=catalog, language="en")
    if isinstance(outlet, SourcePhrase) and outlet.kind is SourceKind.OUTLET and outlet.outlet and \
            isinstance(speaker, SourcePhrase) and speaker.kind is SourceKind.PERSON:
        discourse.remember((outlet, speaker))


def is_whole_quote(claim_text: str) -> bool:
    """Whether a claim's text is one quotation and nothing else."""
    return _WHOLE_QUOTE.fullmatch(claim_text) is not None


def quotation_continued(text: str, claim: ExtractedClaim, previous: ExtractedClaim) -> ExtractedClaim:
    """A sentence that is only a quotation, right after an attributed one in the same paragraph, is
    the same speaker going on: '"…," said X, a spokesman. "We are seeing…"'."""
    whole_quote = is_whole_quote(claim.text)
    same_paragraph = "\n" not in text[previous.end:claim.start]
    if not (whole_quote and same_paragraph):
        return claim
    return replace(claim, chain=tuple(lowered(h) for h in previous.chain))


def sentence_claims(text, start, end, language, catalog, discourse, article) -> list[ExtractedClaim]:
    folded, origin = fold_with_offsets(text[start:end])
    if language == "en":
        folded = folded.replace("''", '" ')  # the two apostrophes some papers print as quotation marks
        folded = _TAG.sub(lambda m: " " * len(m.group()), folded)  # markup left in pasted text ("<tweet …>")
    if "http" in folded or "www." in folded:  # a link pasted with the text names nobody ("(https://…) Reports by")
        folded = _LINK.sub(lambda m: " " * len(m.group()), folded)
    line_start = text.rfind("\n", 0, start) + 1
    base = dateline_length(folded) if not text[line_start:start].strip() else 0
    if language == "en" and base == 0 and not text[line_start:start].strip():
        capitals = capitals_dateline_length(text[start:end])
        base = len(fold_with_offsets(text[start:start + capitals])[0]) if capitals else 0

    def to_text(fs: int, fe: int) -> tuple[int, int]:
        s, e = to_original_span(origin, fs, fe)
        return start + s, start + e

    headline = headline_draft(text, text[start:end], folded, origin, base, to_text, catalog, language) if base == 0 or not text[
        line_start:start].strip() else None
    if headline is not None:
        drafts = [headline]
    elif language == "ar":
        mentions = [(s, e, folded[s] == "ل" and not comparison_key(alias).startswith("ل"))
                    for s, e, alias in outlet_mentions(catalog, text[start:end], origin)]
        drafts = arabic_drafts(folded, base, lambda w: is_arabic_source_head(w, catalog), outlet_mentions=mentions)
    elif language == "en":
        drafts = english_drafts(folded, base, proper=_capitalized_inside(text, start, folded, origin))
    else:
        drafts = []
    def unattributed(fs: int, fe: int) -> list[ExtractedClaim]:
        s, e = _trim(text, *to_text(fs, fe))
        # (not a closing quotation mark left alone after "!" inside the quote: no words, no claim)
        return [ExtractedClaim(s, e, text[s:e], None, None, None, ())] if _HAS_WORD.search(text, s, e) else []

    if drafts and drafts[0].cue is not None and is_denial(drafts[0].cue) and is_title_line(text, start, end):
        drafts = []  # "الإمارات تنفي أنباء عن حريق", "Ministry denies reports of …": a headline's denial claims nothing
    named = catalog.find_mentions(text[start:end])
    frame = framing_outlet(text, start, end, named)
    if language == "en" and is_title_line(text, start, end) and \
            (who := headline_unnamed_speaker(text, start, end)) is not None:
        # "U.S. intel points to … attack in Iraq: source": the unnamed source the story goes on to quote, whatever
        # verbs the headline's words hold
        hop = SourcePhrase(text[who[0]:who[1]], *who, SourceKind.ANONYMOUS, name=text[who[0]:who[1]].lower(),
                           confidence=0.5)
        colon = text.rindex(":", start, who[0])
        s, e = _trim(text, start, colon)
        return [ExtractedClaim(s, e, text[s:e], ":", colon, colon + 1, (extracted_hop(hop),))]
    if not drafts:
        says = thing_says(text, frame[0], frame[1], start, named) if frame is not None else None
        if says is not None:  # "A confidential UN report seen by the Guardian details 14 incidents …"
            (cue_start, cue_end), chain = says
            discourse.remember(chain)
            s, e = _trim(text, *to_text(base, len(folded)))
            return [ExtractedClaim(s, e, text[s:e], text[cue_start:cue_end], cue_start, cue_end,
                                   tuple(extracted_hop(h) for h in chain))]
        return unattributed(base, len(folded))
    claims = []
    # The publisher's own words before the first attribution ("وفى الوقت الذى ارتفعت …، ذكر شهود")
    # are a claim too, unless they are only a phrase like "فى السياق نفسه،".
    if len(folded[base:drafts[0].start].split()) > _LEADING_CLAIM_WORDS:
        claims += unattributed(base, drafts[0].start)
    for draft in drafts:
        chain = draft_chain(draft, text, language, catalog, discourse, to_text, article, frame=frame)
        if not chain:  # a cue whose source could not be found: the words stay, unattributed
            claims += unattributed(draft.start, draft.end)
            continue
        s, e = _trim(text, *to_text(draft.start, draft.end))
        cue_start, cue_end = to_text(draft.cue.start + draft.cue.conjoined, draft.cue.end)
        hops = tuple(extracted_hop(h) for h in chain)
        claims.append(ExtractedClaim(s, e, text[s:e], text[cue_start:cue_end], cue_start, cue_end, hops))
    return claims


_TAG = re.compile(r"<[^<>]{0,400}>")
_LINK = re.compile(r"\(?(?:https?://|www\.)[^\s()]+\)?")


_WORD_START = re.compile(r"(?<![\w'.-])\w")


def _capitalized_inside(text: str, start: int, folded: str, origin: list[int]) -> frozenset[int]:
    """Folded starts of the words written with a capital after the sentence's first word ("Washington Post")."""
    starts = [m.start() for m in _WORD_START.finditer(folded)]
    capitalized = frozenset(i for i in starts[1:] if text[start + origin[i]].isupper())
    # A headline in title case ("Israel Will Not Strike Oil Sites, Axios Says") capitalizes its verbs too: only
    # the small words tell it, and there a capital says nothing of a name.
    if len(starts) > _TITLE_CASE_WORDS and len(capitalized) >= _TITLE_CASE_SHARE * (len(starts) - 1):
        return frozenset()
    return capitalized


_TITLE_CASE_WORDS, _TITLE_CASE_SHARE = 4, 0.75


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _CLAIM_EDGE:
        start += 1
    while end > start and text[end - 1] in _CLAIM_EDGE:
        end -= 1
    return start, end
