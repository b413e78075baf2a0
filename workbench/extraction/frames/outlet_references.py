"""Outlets named outside a sentence's subject: "seen by the Guardian", "- state TV", "A Kuwaiti daily", "المراسل"."""

import re
from dataclasses import replace

from workbench.catalog.aliases import AliasHit
from workbench.enums import SourceKind
from workbench.extraction.sources.media import AR_DESCRIPTORS, EN_DESCRIPTORS
from workbench.extraction.sources.nationality import arabic_nationality, english_nationality
from workbench.extraction.sources.phrases import SourcePhrase
from workbench.extraction.sources.state_media import state_broadcaster
from workbench.text.normalize import fold, fold_with_offsets

# What an outlet saw, obtained or published, then the outlet: "Messages seen by", "In a letter reported by",
# "documents obtained by", "وثائق اطلعت عليها", "رسالة مفتوحة نشرتها", "تسجيل بثته". The outlet is the outer source
# of whatever the sentence says about it.
_EN_THING = (r"(?:messages|documents|emails|e-mails|papers|files|records|minutes|notes|texts|letters|memos|recordings|"
             r"images|photos|footage|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|memo|document|email|e-mail|copy|draft|"
             r"recording|video|transcript|message|report|note|audio|file))")
_EN_SEEN = (r"(?:seen|obtained|reviewed|reported|published|released|revealed|leaked|shared|verified|heard|"
            r"broadcast|aired|viewed|carried)")
_EN_FRAME = re.compile(rf"(?<!\w){_EN_THING}\s+(?:[\w-]+\s+){{0,3}}?{_EN_SEEN}\s+(?:by|to|with)\s+(?:the\s+)?$")
_AR_THING = (r"(?:وثيقه|وثايق|رساله|رسايل|مراسلات|تسجيل|تسجيلات|مقابله|حوار|مذكره|مستندات|مستند|صور|فيديو|"
             r"شريط|محضر|خطاب|برقيه|وثيقتين)")
_AR_SEEN = (r"(?:اطلعت\s+عليها|اطلعت\s+عليه|اطلع\s+عليها|اطلع\s+عليه|نشرتها|نشرها|نشرته|بثتها|بثها|بثته|"
            r"حصلت\s+عليها|حصلت\s+عليه|حصل\s+عليها|حصل\s+عليه|كشفت\s+عنها|كشفتها|اوردتها|اوردها|نقلتها|نقلها|"
            r"سربتها|سربها|عرضتها|عرضها)")
_AR_FRAME = re.compile(rf"(?<!\w){_AR_THING}(?:\s+\w+){{0,3}}?\s+{_AR_SEEN}\s+(?:ل)?$")
# "According to Sepehr News, quoted by Mehr News Agency, …": the outlet that carried the words is outermost.
_QUOTED_BY = re.compile(r",\s*(?:as\s+)?(?:quoted|cited|carried|relayed)\s+by\s+(?:the\s+)?$")
# Words an outlet's name may carry before it ("صحيفة", "the"), between the frame and the catalog mention.
_DESCRIPTOR_GAP = re.compile(r"(?:(?<!\w)(?:ال)?(?:صحيفه|جريده|وكاله|قناه|موقع|شبكه|مجله|اذاعه)\W*)?$")
_FRAME_REACH = 60  # folded characters before an outlet mention that are looked at for a frame
_THING_LEAD_WORDS = 3  # words a sentence may open with before the thing an outlet saw ("Meanwhile, a UN report …")
_FRAME_TO_CUE_WORDS = 8  # "show that Treasury officials warned": the frame's own words before the cue


def framing_outlet(text: str, start: int, end: int, mentions) -> tuple[SourcePhrase, int, bool] | None:
    """The catalog outlet a sentence names as the one that saw, published or carried what it reports: the outlet as
    a source, where its frame begins in text ("Messages seen by the Guardian"), and whether it carried another
    outlet's words ("According to Sepehr News, quoted by Mehr News Agency")."""
    for hit in mentions:
        if hit.kind != "outlet":
            continue
        s = start + hit.start
        lead = max(start, s - _FRAME_REACH)
        folded, origin = fold_with_offsets(text[lead:s])
        before = folded[:_DESCRIPTOR_GAP.search(folded).start()]
        m = _EN_FRAME.search(before) or _AR_FRAME.search(before)
        relayed = _QUOTED_BY.search(before) if m is None else None
        m = m or relayed
        if m is None:
            continue
        e = start + hit.end
        outlet = SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.8,
                              medium=hit.medium)
        return outlet, lead + origin[m.start()], relayed is not None
    return None


def framed_chain(chain: tuple, outlet: SourcePhrase, frame_start: int, relayed: bool, *, text: str,
                 sentence_start: int, cue_start: int | None) -> tuple | None:
    """The chain of a claim in a sentence whose frame names outlet: that outlet outermost, then the sources the
    sentence itself names outside the frame; hops carried over from earlier sentences go, and so does the outlet
    whose words it carried (the reader has them as it relayed them). None if the chain is empty or names it, or
    if the frame is inside the words of a speaker named after them ("Emails seen by the BBC show …, a council
    spokesman said"): the cue then comes long after the frame."""
    if not chain or any(h.kind is SourceKind.OUTLET and h.outlet == outlet.outlet for h in chain):
        return None
    if cue_start is not None and len(text[outlet.end:cue_start].split()) > _FRAME_TO_CUE_WORDS:
        return None
    own = [h for h in chain if h.start >= sentence_start and not frame_start <= h.start < outlet.end]
    quoted = [i for i, h in enumerate(own) if h.kind is SourceKind.OUTLET and h.end <= frame_start]
    if relayed and quoted:
        del own[quoted[-1]]
    return (outlet, *own)


# A headline's credit after a dash: "Iran says two border guards killed by smugglers - state TV", "… – Reuters".
# ("… in Riyadh: Turkey's AA": after a colon too, an outlet alone, by its country's possessive)
_TITLE_CREDIT = re.compile(r"(?:\s[-–—]|:)\s*(?P<credit>[^-–—:\n]{2,40}?)\s*$")
_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s\s+$")


def title_credit(text: str, start: int, end: int, mentions, catalog) -> SourcePhrase | None:
    """The outlet a headline credits after a dash, a catalog outlet or a state medium ("state TV" of the country
    the headline names); None if the line ends otherwise."""
    m = _TITLE_CREDIT.search(text, start, end)
    if m is None:
        return None
    s, e = m.span("credit")
    if fold(text[s:e]).strip() in _REPORT_WORDS:  # "US set to release $3.5 billion to Israel — report": the lede's
        return SourcePhrase(text[s:e], s, e, SourceKind.ANONYMOUS, name="reports", confidence=0.4)
    hit = next((h for h in mentions if h.kind == "outlet" and start + h.end == e and (
        start + h.start == s or _POSSESSIVE.fullmatch(text, s, start + h.start))), None)
    colon = text[m.start()] == ":"
    name = hit.name if hit is not None else None if colon else state_broadcaster(text[s:e], text[start:s], catalog)
    if name is None:
        return None
    return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=name, name=name, confidence=0.7,
                        medium=hit.medium if hit is not None else "channel")


# What the thing an outlet saw does with its words: "A UN report seen by the Guardian details …", "Emails obtained by
# the BBC show …".
_EN_THING_SAYS = re.compile(r"\s*(?:\w+\s+)?(?P<verb>details|show|shows|showed|reveal|reveals|revealed|say|says|"
                            r"find|finds|found|suggest|suggests|indicate|indicates|describe|describes|document|"
                            r"documents|list|lists|confirm|confirms|outline|outlines)\b")


def thing_says(text: str, outlet: SourcePhrase, frame_start: int, sentence_start: int,
               mentions) -> tuple[tuple[int, int], tuple[SourcePhrase, ...]] | None:
    """The span of the verb by which what the outlet saw speaks, when the sentence opens with that thing ("A
    confidential UN report seen by the Guardian details …"), and the sentence's chain: the outlet, then the body
    whose thing it is when the catalog knows it ("UN"). mentions: the sentence's catalog hits."""
    if len(text[sentence_start:frame_start].split()) > _THING_LEAD_WORDS:
        return None
    m = _EN_THING_SAYS.match(text, outlet.end)
    if m is None:
        return None
    owner = next((h for h in mentions if h.kind == "organization"
                  and frame_start <= sentence_start + h.start and sentence_start + h.end <= outlet.start), None)
    if owner is None:
        return m.span("verb"), (outlet,)
    s, e = sentence_start + owner.start, sentence_start + owner.end
    return m.span("verb"), (outlet, SourcePhrase(text[s:e], s, e, SourceKind.ORGANIZATION, name=owner.name,
                                                 confidence=0.6))


# A correspondent or writer named by role alone, whose outlet the article has not named in the same breath:
# "ونقل المراسل عن ضابط", "وزعم كاتب المقال، يوني شاحر،", "the correspondent quoted", "the article's author".
_AR_REPORTER = (r"(?:ال)?(?:مراسل|مراسله|موفد|موفده|محرر|محرره)(?:ها|ه)?(?!\w)|"
                r"(?:كاتب|كاتبه|معد|معده|محرر|محرره)\s+(?:ال)?(?:مقال|تقرير|مقاله|عمود|تحقيق)(?!\w)")
_EN_REPORTER = (r"(?:the|its|her|his)\s+(?:\w+\s+)?(?:correspondent|reporter|columnist)\b|"
                r"the\s+(?:article's|report's|piece's|story's|column's)\s+(?:author|writer)\b|"
                r"the\s+(?:author|writer)\s+of\s+the\s+(?:article|report|piece|column)\b")
_REPORTER_HOP = re.compile(rf"^\W*(?:{_AR_REPORTER}|{_EN_REPORTER})", re.IGNORECASE)
_REPORTER_BEFORE = re.compile(rf"(?<!\w)(?:{_AR_REPORTER}|{_EN_REPORTER})\s*[,،]\s*$", re.IGNORECASE)
_APPOSITION_REACH = 40


def reporter_outlet(chain: tuple, text: str, sentence_start: int) -> bool:
    """Whether the chain's outermost source is a correspondent or writer named by role ("المراسل", "كاتب
    المقال، يوني شاحر"), and names no outlet: then the outlet reporting is the one whose reporter that is."""
    if not chain or any(h.kind is SourceKind.OUTLET for h in chain):
        return False
    first = chain[0]
    if first.kind not in (SourceKind.PERSON, SourceKind.ANONYMOUS) or first.start < sentence_start:
        return False
    if _REPORTER_HOP.match(fold(first.surface)):
        return True
    before = text[max(sentence_start, first.start - _APPOSITION_REACH):first.start]
    return bool(_REPORTER_BEFORE.search(fold(before)))




# Words that describe an outlet without naming it: "A Kuwaiti daily", "the American news site", "صحيفة كويتية".
_EN_DESCRIBING = {"a", "an", "the", "news", "local", "leading", "popular", "daily", "weekly", "online", "private",
                  "independent", "influential", "liberal", "conservative", "pan-arab", "arabic-language",
                  "english-language", "major", "prominent", "well-known"}
_AR_DESCRIBING = re.compile(r"^(?:ال)?(?:اخباري|الكتروني|محلي|يومي|اسبوعي|مستقل|خاص|معروف|بارز|شهير|"
                            r"ناطق|معارض|مقرب|دولي|اجنبي|غربي|عالمي|عربي)(?:ه)?$")
# A state medium ("state television", "التلفزيون الرسمي") is the state broadcaster, never the last channel named.
_STATE_WORDS = re.compile(r"^(?:ال)?(?:state|state-run|state-owned|official|semi-official|government|"
                          r"government-run|public|رسمي|رسميه|حكومي|حكوميه|وطني|وطنيه)$")
_AR_ARTICLE = re.compile(r"^[وف]?(?:لل|بال|ال|ل(?=ال|[^ل]))")  # "للوكالة", and "لوكالة" as a phrase cut after ل
_LOOK_AHEAD = 400  # characters after "A Kuwaiti daily" in which the outlet it describes may be named


def described_outlet(surface: str) -> tuple[str, str | None, bool] | None:
    """(medium, country, indefinite) of an outlet named only by description: "A Kuwaiti daily" → ("newspaper",
    "KW", True), "the American news site" → ("site", "US", False), "صحيفة كويتية" → ("newspaper", "KW", True);
    None if the phrase names the outlet or is a state medium."""
    words = [w.strip("\"'«»“”(),،.") for w in fold(surface).split()]
    words = [w for w in words if w]
    if not words:
        return None
    arabic = not words[0].isascii()
    medium, country = None, None
    for word in words:
        if _STATE_WORDS.match(word):
            return None
        bare = _AR_ARTICLE.sub("", word) if arabic else word
        said = (AR_DESCRIPTORS if arabic else EN_DESCRIPTORS).get(bare)
        nationality = arabic_nationality(word) if arabic else english_nationality(word)
        if said not in (None, "report"):
            medium = medium or said
        elif nationality is not None:
            country = country or nationality[1]
        elif not (_AR_DESCRIBING.match(word) if arabic else word in _EN_DESCRIBING or word.endswith("-based")):
            return None
    if medium is None:
        return None
    indefinite = words[0] in ("a", "an") if not arabic else not _AR_ARTICLE.match(words[0])
    return medium, country, indefinite


def name_described_outlets(claims: list, mentions: list[tuple[int, AliasHit]], text: str) -> list:
    """The claims with each outlet named only by description naming the catalog outlet it describes: for a definite
    one ("the American news site"), the last one named before that fits its medium and nationality; for an
    indefinite one with a nationality ("A Kuwaiti daily insisted … Al-Qabas published"), the first named soon after
    that fits; a headline's "Report: …" is the outlet its lede names.
    mentions: (start in text, hit) of the article's outlets."""
    named: dict[tuple[int, int], AliasHit | None] = {}
    updated = []
    for claim in claims:
        hops = []
        for hop in claim.chain:
            unnamed = hop.kind is SourceKind.OUTLET and hop.outlet is None and hop.proposed is None
            if unnamed or _reports_headline(hop, text):
                key = (hop.start, hop.end)
                if key not in named:
                    named[key] = _described_by(hop, mentions, text) if unnamed else _named_after(hop, mentions)
                hit = named[key]
                if hit is not None:
                    hop = replace(hop, kind=SourceKind.OUTLET, outlet=hit.name, name=hit.name,
                                  confidence=_DESCRIBED_CONFIDENCE)
            hops.append(hop)
        # (most claims keep every hop: they are kept as they are, not copied)
        changed = any(new is not old for new, old in zip(hops, claim.chain, strict=True))
        updated.append(replace(claim, chain=tuple(hops)) if changed else claim)
    return updated


_DESCRIBED_CONFIDENCE = 0.5


# (plural "Reports: …" is the press at large: several outlets, not the one its lede names)
_REPORT_WORDS = {"report", "تقرير"}


def _reports_headline(hop, text: str) -> bool:
    """Whether hop is the "Report" of a headline "Report: Ministers opposed strike …" or "… — report"."""
    return hop.kind is SourceKind.ANONYMOUS and fold(hop.surface).strip() in _REPORT_WORDS and (
        _heads_headline(hop, text) or _closes_headline(hop, text))


def _closes_headline(hop, text: str) -> bool:
    """Whether hop is the credit closing a line after a dash ("… to Israel — report")."""
    line_end = text.find("\n", hop.end)
    return not text[hop.end:line_end if line_end >= 0 else len(text)].strip() and \
        text[max(0, hop.start - 3):hop.start].strip()[-1:] in ("-", "–", "—")


def _named_after(hop, mentions: list[tuple[int, AliasHit]]) -> AliasHit | None:
    return next((hit for start, hit in mentions if hop.end <= start < hop.end + _LOOK_AHEAD), None)


def _heads_headline(hop, text: str) -> bool:
    """Whether hop opens a line and a colon follows it: the source of a headline "SOURCE: …"."""
    return text[hop.end:hop.end + 2].lstrip().startswith(":") and \
        not text[text.rfind("\n", 0, hop.start) + 1:hop.start].strip()


def _described_by(hop, mentions: list[tuple[int, AliasHit]], text: str) -> AliasHit | None:
    description = described_outlet(hop.surface)
    if description is None:
        return None
    medium, country, indefinite = description

    def fits(hit: AliasHit) -> bool:
        return hit.medium in (medium, None) and (country is None or hit.country == country)

    if not indefinite:  # "the American news site": one named before
        before = [hit for start, hit in mentions if start < hop.start and fits(hit)]
        return before[-1] if before else None
    # "A Kuwaiti daily" brings in an outlet the article names next; "a local newspaper" may never be named,
    # but a headline's "صحيفة: …" ("A paper: …") is the one its lede names
    headline = country is None and _heads_headline(hop, text)
    if country is None and not headline:
        return None
    after = [hit for start, hit in mentions if hop.end <= start < hop.end + _LOOK_AHEAD]
    # (a headline's paper is the first the lede names, whatever the catalog files it under: "صحيفة الأمناء" online)
    return next((hit for hit in after if fits(hit)), after[0] if headline and after else None)
