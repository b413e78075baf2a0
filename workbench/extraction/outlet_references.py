"""Outlets a sentence names without making them its subject: "Messages seen by the Guardian", an outlet's reporter."""

import re

from workbench.enums import SourceKind
from workbench.extraction.phrases import SourcePhrase
from workbench.text.normalize import fold, fold_with_offsets

# What an outlet saw, obtained or published, then the outlet: "Messages seen by", "In a letter reported by",
# "documents obtained by", "وثائق اطلعت عليها", "رسالة مفتوحة نشرتها", "تسجيل بثته". The outlet is the outer source
# of whatever the sentence says about it.
_EN_THING = (r"(?:messages|documents|emails|e-mails|papers|files|records|minutes|notes|texts|letters|memos|recordings|"
             r"images|photos|footage|(?:a|an|the)\s+(?:\w+\s+)?(?:letter|memo|document|email|e-mail|copy|draft|"
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

