"""References back to sources named earlier: "الصحيفة البريطانية", "the agency", and bare pronoun cues."""

import re
from collections.abc import Callable
from dataclasses import replace

from workbench.enums import SourceKind
from workbench.extraction.sources.persons import family_key
from workbench.extraction.sources.phrases import BackReference, SourcePhrase
from workbench.text.normalize import fold

OUTLET_MEDIA = {"newspaper", "site", "agency", "channel", "magazine"}
# Arabic agreement: a woman by her role ("متحدثة", "رئيسة"), papers, agencies, ministries and
# plurals of things are feminine; men of unknown role, sites (موقع) and armies (جيش) masculine.
_FEMININE_PERSON = re.compile(r"^\W*(?:ال)?\w+ه(?!\w)")
_MASCULINE_BODY = re.compile(r"^\W*(?:ال)?(?:موقع|جيش|جهاز|مجلس|مكتب|تلفزيون|حزب|تنظيم|اتحاد|تحالف|مركز)(?!\w)")


# Unnamed people in the masculine: sound plurals ("مسؤولين", "دبلوماسيون") and singulars ("مصدر", "مسؤول").
# Broken plurals of things and circles ("مصادر", "أوساط", "تقارير", "جهات") take a feminine verb.
_MASCULINE_UNNAMED = re.compile(r"^\W*(?:ال)?(?:\w+(?:ون|ين)|مصدر|مسوول|متحدث|شاهد|دبلوماسي|خبير|محلل|ناطق|مراقب|مسعف|طبيب)(?!\w)")


def _is_feminine(source: SourcePhrase) -> bool:
    words = fold(source.role or source.surface)
    if source.kind is SourceKind.ANONYMOUS and _MASCULINE_UNNAMED.match(fold(source.surface)):
        return False
    if source.kind is SourceKind.PERSON:
        return bool(_FEMININE_PERSON.match(words)) and not words.startswith(("عبدالله", "عبد"))
    return not _MASCULINE_BODY.match(fold(source.surface)) and source.medium != "site"


# A source named as one already met, inside someone's report: "وأضاف المسؤول", "وتابع هذا المسؤول",
# "ورأت مصادر الصحيفة", "another source with direct knowledge", "the official". A fresh indefinite source
# ("شهود عيان", "Iraqi sources") starts a report of its own.
_AR_DEFINITE_UNNAMED = re.compile(
    r"^\W*(?:(?:هذا|هذه|ذلك|تلك|نفس|احد|احدي)\s+)?(?:ال)(?:مصدر|مصادر|مصدران|مصدرين|مسوول|مسوولون|مسوولين|"
    r"مسوولان|دبلوماسي|دبلوماسيون|دبلوماسيين|شاهد|شهود|ضابط|قيادي|خبير|محلل|مراقب|موظف|مهاجر|كاتب|مراسل|"
    r"مراسله|مندوب|معد|وزير|نايب|مسعف|متحدث|متحدثه|ناطق)(?!\w)(?!\s+باسم)"
    r"|^\W*(?:مصدر|مصادر|اوساط)\s+(?:ال)?(?:صحيفه|جريده|وكاله|قناه|موقع|شبكه)(?!\w)"
    r"|^\W*(?:المصدر|المصادر|المسوول)\s+(?:نفسه|ذاته|نفسها|ذاتها)(?!\w)"
    r"|^\W*(?:احدهم|احداهن|احدهما)(?!\w)"
    # "قال مصدر سوري آخر", "مصادر أخرى", "مسؤول ثان": another of the sources the report quotes.
    r"|^\W*(?:مصدر|مصادر|مسوول|مسوولون|مسوولين|دبلوماسي|ضابط)\s+(?:\w+\s+){0,2}?(?:اخر|اخري|اخرون|اخرين|ثان|ثاني|ثالث)$"
)
_EN_DEFINITE_UNNAMED = re.compile(
    r"^\W*(?:another|other|two other|the same|the|that|this|one of the|a second|a third)\s+(?:\w+\s+){0,2}?"
    r"(?:source|sources|official|officials|diplomat|diplomats|person|people|aide|aides|spokesman|spokeswoman|"
    r"spokesperson|minister|envoy|commander|officer|correspondent|officers|commanders|envoys|ministers)\b"
)


def continues_report(hop: SourcePhrase) -> bool:
    """Whether hop names an unnamed source as one already met, so it speaks inside the report that named it."""
    if hop.kind not in (SourceKind.ANONYMOUS, SourceKind.PERSON) or (hop.name and hop.kind is SourceKind.PERSON):
        return False
    words = fold(hop.surface)
    return bool(_AR_DEFINITE_UNNAMED.match(words) or _EN_DEFINITE_UNNAMED.match(words))


# The noun of an Arabic reference back to a body or medium ("الهيئة", "للوكالة"), and how many sources back
# it is looked for by that noun.
_AR_HEAD = re.compile(r"^\W*(?:[وف]?(?:لل|ال))(هييه|وكاله|صحيفه|قناه|جريده|شبكه|اذاعه|مجله|وزاره)(?!\w)")
_HEAD_REACH = 8


_NOT_AN_AGENCY = re.compile(r"\b(?:ministry|department|government|office|army|police|council|party|parliament)\b|"
                            r"(?<!\w)(?:ال)?(?:وزاره|حكومه|مكتب|جيش|شرطه|مجلس|حزب|برلمان)(?!\w)")
_SPEAKER_REACH = 6  # chains back that a speaker named again is looked for in


def _role_head(person: SourcePhrase) -> str:
    """The noun of a role named alone: "الوزير" → "وزير", "the foreign minister" → "minister"."""
    words = fold(person.role or person.surface).split()
    if not words:
        return ""
    return words[-1] if words[0].isascii() else words[0].removeprefix("ال")


def _role_words(person: SourcePhrase) -> set[str]:
    """The words of a role named alone, without the article: "وزير التموين" → {"وزير", "تموين"}."""
    return _bare_words(fold(person.role or person.surface)) if not person.name else set()


def _bare_words(folded: str) -> set[str]:
    return {w.strip(",:\"").removeprefix("ال") for w in folded.split()} - {""}


def unnamed_by_fewer_words(later: SourcePhrase, earlier: SourcePhrase) -> bool:
    """Whether two unnamed sources may be one, the later described by no word the earlier was not described by
    ("مسؤول" after "مسؤول أمريكي", "المسؤول الآخر" after "مسؤول أمريكي آخر"; not "مسؤول آخر" after "مسؤول")."""
    if later.kind is not SourceKind.ANONYMOUS or earlier.kind is not SourceKind.ANONYMOUS:
        return False
    words = _bare_words(fold(later.surface))
    return bool(words) and words <= _bare_words(fold(earlier.surface))


def _family_name(name: str) -> str:
    return family_key(name.strip("\"“”«»'"))


def _up_to_last_outlet(chain: tuple[SourcePhrase, ...]) -> tuple[SourcePhrase, ...]:
    """The chain up to its last outlet; empty if it names none."""
    outlets = [i for i, hop in enumerate(chain) if hop.kind is SourceKind.OUTLET]
    return chain[:outlets[-1] + 1] if outlets else ()


class Discourse:
    """What the article has named so far, most recent last; answers "who is meant by this reference?"."""

    def __init__(self) -> None:
        self._sources: list[SourcePhrase] = []
        self._chains: list[tuple[SourcePhrase, ...]] = []
        self._reported: list[tuple[int, int, tuple[SourcePhrase, ...]]] = []  # claim spans an outlet reports
        # report_frame(): kept as chains are remembered, so that a long text whose chains name no outlet is not
        # read back to its start for every sentence
        self._frame: tuple[SourcePhrase, ...] = ()
        # continued_chain(feminine=…): the latest chain holding a source of each gender, up to that source, as of
        # the first _genders_read chains (each chain is read once, not again for every cue without a subject)
        self._by_gender: dict[bool, tuple[SourcePhrase, ...]] = {}
        self._genders_read = 0
        self._outlet: SourcePhrase | None = None  # latest_outlet(), kept as sources are met
        self._issuer: SourcePhrase | None = None  # the innermost source of the latest chain not ending in an outlet
        # outlet_named_by(): the last word of each catalog outlet met → that outlet → (when, its latest mention)
        self._outlets_by_word: dict[str, dict[str, tuple[int, SourcePhrase]]] = {}

    def _meet(self, sources) -> None:
        """Sources as the text names them, in order."""
        for source in sources:
            self._sources.append(source)
            if source.kind is SourceKind.OUTLET and source.outlet:
                self._outlet = source
                words = source.outlet.split()
                if words:
                    self._outlets_by_word.setdefault(words[-1], {})[source.outlet] = (len(self._sources), source)

    def remember(self, chain: tuple[SourcePhrase, ...], span: tuple[int, int] | None = None) -> None:
        """The chain of the latest claim; span: where that claim's words are, in the article's folded text, given
        for a claim whose chain opens on a catalog outlet."""
        self._meet(chain)
        if chain:
            self._chains.append(chain)
            self._frame = _up_to_last_outlet(chain) or self._frame
            self._issuer = chain[-1] if chain[-1].kind is not SourceKind.OUTLET else self._issuer
        if span is not None:
            self._reported.append((*span, _up_to_last_outlet(chain)))

    def reported_in(self, position: int) -> tuple[SourcePhrase, ...]:
        """The outlets whose report holds the article's folded words at position ("وأوضحت الصحيفة أن … المحلل جيل
        تماري"), so that someone first named there and quoted next speaks in that report."""
        for start, end, outlets in reversed(self._reported[-_SPEAKER_REACH:]):
            if start <= position < end:
                return outlets
        return ()

    def mention_outlets(self, text: str, offset: int, hits) -> None:
        """Catalog outlets named in a sentence, attributed or not ("نشرت صحيفة X تقريرا"): "الصحيفة" may mean them."""
        for hit in hits:
            if hit.kind == "outlet":
                s, e = offset + hit.start, offset + hit.end
                met = SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name,
                                   confidence=0.9, medium=hit.medium)
                self._meet([self.outlet_named_by(met) or met])  # "The Times" after The New York Times is it

    def latest_chain(self) -> tuple[SourcePhrase, ...]:
        return self._chains[-1] if self._chains else ()

    def latest_speaker(self) -> SourcePhrase | None:
        """The innermost source of the latest chain."""
        return self._chains[-1][-1] if self._chains else None

    def report_frame(self, *, latest_only: bool = False) -> tuple[SourcePhrase, ...]:
        """The outlets of the report under way: the latest chain naming an outlet, up to its last outlet."""
        if latest_only:
            return _up_to_last_outlet(self._chains[-1]) if self._chains else ()
        return self._frame

    def latest_outlet(self) -> SourcePhrase | None:
        """The outlet named last, as a source or in passing ("The Guardian sent a reporter to Athens")."""
        return self._outlet

    def outlet_named_by(self, hop: SourcePhrase) -> SourcePhrase | None:
        """The outlet met earlier that "the Post" or "the Journal" names by its last word, as hop's span."""
        if hop.kind is SourceKind.OUTLET and hop.outlet:
            # "The Times said" after The New York Times: the paper met before, not the London one.
            words = hop.surface.split()
            words = words[1:] if words[:1] and words[0].lower() == "the" else words  # (a mention may be "Times")
            if len(words) != 1 or hop.outlet.split()[-1] != words[0] or hop.outlet == words[0]:
                return None
            word = words[0]
        else:
            word = (hop.name or "").removeprefix("the ").strip()
            if hop.kind is not SourceKind.PERSON or (hop.role or "the").lower() != "the" or " " in word or \
                    not word[:1].isupper():
                return None
        # the latest outlet met whose name ends in word, other than hop's own
        met = [when_source for outlet, when_source in self._outlets_by_word.get(word, {}).items() if outlet != hop.outlet]
        if not met:
            return None
        _, source = max(met, key=lambda when_source: when_source[0])
        return replace(source, surface=hop.surface, start=hop.start, end=hop.end,
                       confidence=round(source.confidence * 0.8, 2))

    def resolve(self, ref: BackReference) -> SourcePhrase:
        """The source ref points to, carrying ref's own span; a bare guess if nothing fits."""
        antecedent = self._antecedent(ref)
        if antecedent is None:
            return self._unresolved(ref)
        return replace(antecedent, surface=ref.surface, start=ref.start, end=ref.end,
                       confidence=round(antecedent.confidence * 0.8, 2))

    def same_speaker_chain(self, hop: SourcePhrase, *, introduced_as: str = "",
                           described: Callable[[str], str] = lambda _name: "") -> tuple[SourcePhrase, ...] | None:
        """The latest of the recent chains whose speaker (innermost source) is hop's source, ending with hop:
        "ويقول مونتي" goes on in the paper that published "مقالا للكاتب جورج مونتي" a few sentences before.
        introduced_as: the folded words before the article first wrote hop's name ("وزير الخارجية …، سالم");
        described(name): the folded words around the article's first writing of a name."""
        introduced = set(introduced_as.split())
        for chain in reversed(self._chains[-_SPEAKER_REACH:]):
            speaker = chain[-1]
            same = (speaker.kind, speaker.outlet, speaker.name, speaker.role) == (hop.kind, hop.outlet, hop.name,
                                                                                 hop.role)
            # "وأوضح الحرمي" after "كامل الحرمي": a person named again by the family name alone.
            same = same or (speaker.kind is hop.kind is SourceKind.PERSON and bool(speaker.name) and bool(hop.name)
                            and _family_name(speaker.name) == _family_name(hop.name))
            # "وشدد الوزير … ولفت الفيتوري": the speaker named by role only, the name introduced with that role.
            same = same or (speaker.kind is hop.kind is SourceKind.PERSON and not speaker.name and bool(hop.name)
                            and _role_head(speaker) in introduced)
            # "وأعرب الرئيس الإيراني" after "الرئيس الإيراني مسعود بزشكيان … وأضاف بزشكيان": the role again.
            same = same or (speaker.kind is hop.kind is SourceKind.PERSON and bool(speaker.name) and not hop.name
                            and bool(_role_words(hop)) and _role_words(hop) <= _bare_words(described(speaker.name)))
            # "وقال المحامي العام" after "المحامي العام في دمشق": an unnamed office holder by fewer words.
            same = same or (speaker.kind is hop.kind is SourceKind.PERSON and not speaker.name and not hop.name
                            and bool(_role_words(hop)) and _role_words(hop) <= _role_words(speaker))
            if same:
                return (*chain[:-1], hop) if len(chain) > 1 else None
        return None

    def unnamed_again(self, hop: SourcePhrase) -> SourcePhrase | None:
        """The unnamed speaker just heard, as hop's span, when hop describes him by no word he was not described
        by ("مسؤول" after "مسؤول أمريكي"; not "مسؤول آخر")."""
        speaker = self.latest_speaker()
        if speaker is None or not unnamed_by_fewer_words(hop, speaker):
            return None
        return replace(speaker, surface=hop.surface, start=hop.start, end=hop.end)

    def continued_chain(self, *, feminine: bool | None) -> tuple[SourcePhrase, ...] | None:
        """The chain a cue without a subject continues ("وأضافت", "he said"): the latest whose speaker fits."""
        if not self._chains:
            return None
        if feminine is not None:
            # "وأضافت الصحيفة نقلا عن مسؤولين … وأوضحت": the speaker if the verb agrees with it,
            # else the outlet that relayed it.
            for chain in self._chains[self._genders_read:]:
                genders = [_is_feminine(hop) for hop in chain]
                for gender in set(genders):
                    self._by_gender[gender] = chain[:len(genders) - genders[::-1].index(gender)]
            self._genders_read = len(self._chains)
            if feminine in self._by_gender:
                return self._by_gender[feminine]
        return self._chains[-1]

    def _antecedent(self, ref: BackReference) -> SourcePhrase | None:
        named = self._named_by_head(ref)
        if named is not None:
            return named
        candidates = reversed(self._sources)
        if ref.medium in OUTLET_MEDIA:
            # "the agency" may be a news agency or a UN agency: whichever was named last.
            kinds = (SourceKind.OUTLET, SourceKind.ORGANIZATION) if ref.medium == "agency" else (SourceKind.OUTLET,)
            # a ministry, a government or a party is never "the agency" ("the Ministry of Economy said …
            # Rana Haddad told the agency", after SANA's dateline)
            def fits(s: SourcePhrase) -> bool:
                return s.kind in kinds and not (
                    s.kind is SourceKind.ORGANIZATION and _NOT_AN_AGENCY.search(fold(s.name or s.surface)))
            for test in (
                lambda s: ref.adjective and s.adjective == ref.adjective and s.medium in (ref.medium, None),
                lambda s: s.medium in (ref.medium, None),
                lambda s: True,
            )[0 if ref.adjective else 1:]:  # (each reads back from the latest only as far as it must)
                found = next((s for s in reversed(self._sources) if fits(s) and test(s)), None)
                if found:
                    return found
            return None
        if ref.medium == "statement" and self._issuer is not None:
            # "وأضاف البيان", "the statement added": the words of whoever spoke last, not the outlet carrying them.
            return self._issuer
        wanted = {
            "statement": lambda s: s.kind in (SourceKind.ORGANIZATION, SourceKind.OUTLET),
            "report": lambda s: s.kind is SourceKind.OUTLET or (s.kind is SourceKind.ANONYMOUS and "report" in (s.name or "")),
            "sources": lambda s: s.kind is SourceKind.ANONYMOUS,
            "person": lambda s: s.kind is SourceKind.PERSON,
            # "the official", "the other official": an unnamed official just heard, or someone by that role
            "official": lambda s: s.kind in (SourceKind.PERSON, SourceKind.ANONYMOUS),
            "organization": lambda s: s.kind is SourceKind.ORGANIZATION,
            "any": lambda s: s.kind in (SourceKind.ORGANIZATION, SourceKind.OUTLET),
        }[ref.medium]
        found = next((s for s in candidates if wanted(s)), None)
        if found is None and ref.medium in ("any", "statement"):  # "the statement" of unnamed officials
            found = next((s for s in reversed(self._sources) if s.kind is not SourceKind.PERSON), None)
        return found

    def _named_by_head(self, ref: BackReference) -> SourcePhrase | None:
        """"الهيئة" after "هيئة البث الإسرائيلية" and "قناة القاهرة الإخبارية": the outlet or body whose name
        holds the reference's own noun, when a recent one does."""
        head = _AR_HEAD.match(fold(ref.surface))
        if head is None or ref.adjective:  # "الصحيفة البريطانية" is found by its adjective
            return None
        noun = re.compile(rf"(?<!\w)(?:ال)?{head.group(1)}(?!\w)")
        for source in reversed(self._sources[-_HEAD_REACH:]):
            if source.kind in (SourceKind.OUTLET, SourceKind.ORGANIZATION) and noun.search(fold(source.surface)):
                return source
        return None

    @staticmethod
    def _unresolved(ref: BackReference) -> SourcePhrase:
        kind = {
            "report": SourceKind.ANONYMOUS, "sources": SourceKind.ANONYMOUS, "person": SourceKind.PERSON,
            "official": SourceKind.ANONYMOUS,
            "organization": SourceKind.ORGANIZATION, "any": SourceKind.ORGANIZATION,
            "statement": SourceKind.ORGANIZATION,
        }.get(ref.medium, SourceKind.OUTLET)
        name = {"report": "reports", "sources": "sources"}.get(ref.medium)
        return SourcePhrase(ref.surface, ref.start, ref.end, kind, name=name, role=None, confidence=0.3,
                            medium=ref.medium if kind is SourceKind.OUTLET else None, adjective=ref.adjective)
