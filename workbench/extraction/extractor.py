"""The attribution extractor's public API: an article's claims, each with its chain of sources."""

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from workbench.catalog.aliases import AliasIndex
from workbench.extraction.claims import AR_CALLING_LEMMAS
from workbench.extraction.cues import arabic_lemma, has_cue
from workbench.extraction.frames.coreference import Discourse
from workbench.extraction.frames.outlet_references import (
    name_described_outlets,
    title_credit,
)
from workbench.extraction.frames.report_frames import (
    in_interview,
)
from workbench.extraction.headline_passes import bare_name_headline, is_title_line, name_headlines_from_body
from workbench.extraction.late_outlets import (
    credit_outlet_named_late,
    told_afterwards,
    told_on_anonymity,
    told_to_outlet,
    unnamed_told_to,
)
from workbench.extraction.results import ExtractedClaim, ExtractedHop, Extraction, extracted_hop
from workbench.extraction.sentence_claims import (
    is_whole_quote,
    quotation_continued,
    remember_appearance,
    sentence_claims,
)
from workbench.extraction.sources.namesakes import country_mentions
from workbench.extraction.sources.quoted_names import QuotedNameCatalog
from workbench.text.boilerplate import boilerplate_spans
from workbench.text.normalize import FoldedText, fold
from workbench.text.segment import split_sentences

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
    catalog = QuotedNameCatalog(catalog, named=country_mentions(text))
    read.passed(_COUNTRY_PASS)
    furniture = boilerplate_spans(text, has_cue=lambda line: has_cue(fold(line)),
                                  progress=lambda offset: read.passed(_COUNTRY_PASS, offset, _FURNITURE_PASS))
    discourse = Discourse()
    article = FoldedText(text)
    claims: list[ExtractedClaim] = []
    furniture_starts = [s for s, _ in furniture]
    outlets_named: list[tuple[int, object]] = []  # (start, catalog hit) of every outlet the article names
    page_outlets: set[str] = set()  # outlets of its site lines and datelines: the page's own
    named_headlines: list[tuple[int, int, int]] = []  # (claim index, name span) of "بارو: …" lines
    for start, end in split_sentences(text):
        read.passed(_COUNTRY_PASS + _FURNITURE_PASS, start, 1 - _COUNTRY_PASS - _FURNITURE_PASS)
        # Furniture spans are in order and never overlap: only the last one starting at or before the sentence can
        # hold it, or glue a dateline to its start; a wire credit may follow its last full stop.
        line = bisect_right(furniture_starts, start) - 1
        if line >= 0 and end <= furniture[line][1]:
            # a site line or dateline ("دمشق-سانا") claims nothing, but "للوكالة" below may mean its outlet
            site = [h for h in catalog.find_mentions(text[start:end]) if h.kind == "outlet"]
            outlets_named.extend((start + h.start, h) for h in site)
            page_outlets.update(h.name for h in site)
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
        found = sentence_claims(text, start, end, language, catalog, discourse, article)
        mentions = catalog.find_mentions(text[start:end])
        late = told_afterwards(text, start, end, mentions) if language == "ar" else None
        anonymity = told_on_anonymity(text, start, end, mentions) if language == "en" and late is None else None
        if anonymity is not None:
            # "The officials described the threat to The Associated Press on condition of anonymity": their
            # words before were told to that outlet; the sentence itself claims nothing.
            found = [replace(c, chain=(), cue=None, cue_start=None, cue_end=None) for c in found]
            unnamed_told_to(claims, anonymity)
        if late is not None:
            # "جاء ذلك في تصريح لوكالة الأناضول": the outlet the words before were given to.
            found = [replace(c, chain=(), cue=None, cue_start=None, cue_end=None) for c in found]
            told_to_outlet(claims, late, discourse)
        dateline = catalog.find_mentions(text[glued:start]) if glued < start else []
        discourse.mention_outlets(text, glued, dateline)  # "Damascus, SANA- …": "told the agency" later is SANA
        discourse.mention_outlets(text, start, mentions)
        outlets_named.extend((glued + h.start, h) for h in dateline if h.kind == "outlet")
        page_outlets.update(h.name for h in dateline if h.kind == "outlet")
        outlets_named.extend((start + h.start, h) for h in mentions if h.kind == "outlet")
        if language == "en" and not any(c.chain for c in found):
            remember_appearance(text, start, end, catalog, discourse)
        credit = title_credit(text, start, end, mentions, catalog) if is_title_line(text, start, end) else None
        if credit is not None:  # "Iran says two border guards killed - state TV": the outlet it credits is outermost
            # (a headline with no cue of its own is the credited outlet's: "… to Israel — report", "… - Reuters")
            found = [replace(c, chain=(extracted_hop(credit), *c.chain)) if all(h.outlet != credit.outlet for h in c.chain)
                     or not c.chain else c for c in found]
        # (a sentence all quotation is the speaker going on even when a verb inside it reports someone: '"People
        # around Pompeo have denied that he intended to quit."' after '…," Time reported.')
        if len(found) == 1 and claims and claims[-1].chain and (not found[0].chain or is_whole_quote(found[0].text)):
            found = [quotation_continued(text, found[0], claims[-1])]
        for claim in found:
            credit_outlet_named_late(claims, claim, start, interview=in_interview(fold(text[start:end])),
                                     page_outlets=frozenset(page_outlets))
        if language == "ar":
            found = _one_claim_per_speaker(found, text)
        name = bare_name_headline(text, start, end, found, language)
        if name is not None:
            named_headlines.append((len(claims), *name))
        claims.extend(found)
    name_headlines_from_body(claims, named_headlines, text)
    claims = name_described_outlets(claims, outlets_named, text)  # "A Kuwaiti daily insisted …": Al-Qabas, named next
    if written != text:
        claims = [_as_written(c, written) for c in claims]
    return Extraction(language, tuple(claims), tuple(furniture))


_EGYPTIAN_HAMZA = re.compile("مسئول")


def _one_claim_per_speaker(found: list[ExtractedClaim], text: str) -> list[ExtractedClaim]:
    """A sentence's claims with the same chain one after another as one claim: "أكدت الوزارة أن …، وشددت على
    أن …" is one statement of one source, as a reviewer (and the product owner's references) read it."""
    merged: list[ExtractedClaim] = []
    for claim in found:
        last = merged[-1] if merged else None
        # (not a call that follows: "قالت إن التقرير كاذب، ودعت وسائل الإعلام إلى تحري الدقة" asks, it claims nothing more)
        if last is not None and claim.chain and _same_sources(last.chain, claim.chain) and \
                arabic_lemma(fold(claim.cue or "")) not in AR_CALLING_LEMMAS:
            merged[-1] = replace(last, end=claim.end, text=text[last.start:claim.end])
        else:
            merged.append(claim)
    return merged


def _same_sources(first, second) -> bool:
    return len(first) == len(second) and all(
        (a.kind, a.outlet, a.name) == (b.kind, b.outlet, b.name) for a, b in zip(first, second))


def _as_written(claim: ExtractedClaim, written: str) -> ExtractedClaim:
    """The claim with its words and its hops' surfaces as the article spells them."""
    # (only what the spelling changed is copied: a long article with one "مسئول" holds thousands of claims)
    hops = tuple(h if written[h.start:h.end] == h.surface else replace(h, surface=written[h.start:h.end])
                 for h in claim.chain)
    cue = written[claim.cue_start:claim.cue_end] if claim.cue is not None else None
    if written[claim.start:claim.end] == claim.text and cue == claim.cue and hops == claim.chain:
        return claim
    return replace(claim, text=written[claim.start:claim.end], cue=cue, chain=hops)


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
