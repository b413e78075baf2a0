"""What a source phrase names: a catalog outlet, a person with role, an organization, an unnamed source."""

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from workbench.catalog.aliases import AliasIndex, medium_of_outlet_kind
from workbench.enums import SourceKind
from workbench.extraction.sources.anonymous import arabic_label, english_label
from workbench.extraction.sources.media import AR_DESCRIPTORS, EN_DESCRIPTORS
from workbench.extraction.sources.nationality import english_nationality
from workbench.extraction.sources.persons import (
    AR_ORG_SET,
    AR_ROLE_SET,
    EN_ROLES,
    person,
    starts_with_role,
)
from workbench.extraction.sources.phrases import EDGE, BackReference, Phrase, SourcePhrase
from workbench.extraction.sources.nationality import arabic_nationality
from workbench.extraction.sources.places import country_named, government_named
from workbench.extraction.sources.proposals import AR_NAME_STOPS, propose_outlet
from workbench.text.normalize import comparison_key, fold

_EN_ORG_WORDS = re.compile(
    r"\b(?:ministry|department|agency|army|military|government|police|office|council|committee|commission|"
    r"organi[sz]ation|movement|party|brigades|forces|coalition|pentagon|white house|kremlin|united nations|"
    r"u\.n\.|union|authority|court|parliament|company|group|institute|center|centre|bank|fund|command|embassy|"
    r"directorate|secretariat|inspectorate|observatory|administration|bureau|federation|association)\b"
)
# Definite references back to a medium or a body named earlier: "الصحيفة البريطانية", "the paper".
_AR_BACK_REF = re.compile(
    r"^(?:ال|لل|ل)(صحيفه|جريده|موقع|وكاله|قناه|شبكه|مجله|تلفزيون|اذاعه|تقارير|تقرير|تحقيق|خبر|مصادر|مصدر|متحدث|متحدثه|وزير|"
    r"وزاره|بيان|هييه)"
    r"((?:\s+ال\w+)*)(?:\s+للانباء)?(?:\s+(?:ذاتها|نفسها|ذاته|نفسه))?(?:\s+(?:تقرير|تقريرا|مقال|مقالا|بيان|بيانا)(?:\s+\w+)?)?$"
)
_EN_BACK_REF = re.compile(
    r"^(?:the\s+)(?:\w+\s+)?(newspaper|paper|daily|tabloid|agency|news agency|broadcaster|broadcast|channel|"
    r"network|publication|"
    r"website|site|magazine|report|reports|sources|source|spokesman|spokeswoman|ministry|minister|official|officials|"
    r"statement|message|letter|cable)$"
    r"|^(?:one|two|some|another)\s+of\s+(?:the|those)\s+(officials|sources|witnesses|diplomats)$"
    r"|^(he|she|it|they)$"
)
# Nouns for what a source put out ("بيانات الجهاز المركزي", "تقديرات الأمم المتحدة"): the source follows.
_AR_LEADING = re.compile(
    r"^(?:(?:الاسبوع|الشهر|العام)\s+(?:الماضي|المنصرم)|امس|اليوم|مساء\s+\w+|صباح\s+\w+|"
    # "وفقا لبيان صادر عن الجيش": the body that issued it
    r"(?:بيان|بيانا|تقرير|بلاغ|تعميم|وثيقه)\s+(?:\w+\s+)?(?:صادر|صادره|الصادر|الصادره)\s+(?:عن|من)|"
    r"بيانات|تقديرات|ارقام|احصاءات|احصاييات|دراسه|معلومات|بيان|تصريحات|وثيقه|وثايق|مذكره|رساله|برقيه|"
    # "إلى ما أسمتهم مصادر أمنية": the outlet's own naming of its sources
    r"(?:ما|من)\s+(?:اسمت|اسمي|سمت|سمي|وصفت|وصف|اسمته|سمته)\w*)(?:\s+|$)"
)
# Words that open what a cue says or does, never who says it: prepositions, verbal nouns as objects, and the
# verbal nouns of "أكد حرصه/رفضه/استعداده" with the speaker's pronoun (folded).
_AR_NOT_A_SOURCE = frozenset(
    "بين حول ضد خلاله خلالها خلالهم خلالهما".split()  # ("أكد خلالها صحة التسجيلات": during it)
    # the verbal noun a denial or an assurance takes as its object: "ونفى المصدر وجود أي مفاوضات"
    + "وجود حصول وقوع حدوث صحه تلقي قيام امكانيه احتمال نيه تورط استمرار رغم".split()
    + ["الانتباه", "النظر"]  # "ولفتت الانتباه إلى أن": she drew attention to it
    + [f"{noun}{pronoun}" for noun in ("حرص", "رفض", "دعم", "تمسك", "استعداد", "ترحيب", "قلق", "اسف", "ثقت",
                                       "التزام", "تاييد", "ادانت", "رغبت", "امل",
                                       "استغراب", "استهجان", "ارتياح", "استياء", "تفاول")
       for pronoun in ("ه", "ها", "هم")])
_AR_WHAT_IS_KNOWN = frozenset({"معلومات", "المعلومات", "معطيات", "المعطيات"})
_AR_IN_TURN = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما"})
# What "تبنت … المسؤولية" or "تداولت … أنباء" takes, after its subject; not "وكالة أنباء الإمارات".
_AR_OBJECT_NOUNS = frozenset("المسووليه مسووليه انباء اخبار صورا مقاطع شايعات".split())
_AR_DEMONSTRATIVES = frozenset("ذلك تلك هذا هذه".split())  # alone, "that"; before a noun, "this official"
# A phrase ending on an unnamed source's head, with no article ("US Official to …:", "Israeli officials said").
_EN_UNNAMED_HEAD = re.compile(r"\b(?:officials?|sources?|diplomats?)$")
_EN_LEADING = re.compile(r"^(?:figures|data|estimates|a statement|statements|a study|documents|"
                         r"(?:a|an|the) (?:report|analysis|survey|poll|investigation|article|story)) (?:from|by|of|in)\s+")
_AR_TRAILING_TIME = re.compile(
    r"(?:\s+(?:امس|اليوم|مساء|صباح|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|لها|له|لهم|ايضا|كذلك))+$"
)
_EN_TRAILING_TIME = re.compile(
    r"(?:,?\s+(?:on|late on|early on|last|this|earlier|later|yesterday|today|tonight|in|at)\b.*)$"
)
_FUZZY_WHOLE = 85
_FUZZY_LETTERS = 8


def _cut_trailing(phrase: Phrase, pattern: re.Pattern) -> Phrase:
    match = pattern.search(phrase.folded)
    if match and match.start() > 0:
        _, end = phrase.span(0, match.start())
        return Phrase(phrase.text, phrase.start, end)
    return phrase


def names_what_is_said(surface: str) -> bool:
    """Whether an Arabic subject phrase opens with what is said rather than who says it ("حرصه التام على …")."""
    words = fold(surface).split()
    return bool(words) and (words[0] in _AR_NOT_A_SOURCE or (words[0] in _AR_IN_TURN and len(words) == 1))


def classify(text: str, start: int, end: int, *, catalog: AliasIndex, language: str):
    """The source named by text[start:end]: a SourcePhrase, a BackReference, or None if it names none."""
    phrase = Phrase(text, start, end)
    if not phrase.folded.strip():
        return None
    english = language == "en"
    names_outlet = any(m.kind == "outlet" for m in catalog.find_mentions(text[phrase.start:phrase.end]))
    if not names_outlet:  # keep "روسيا اليوم" and "اليوم السابع" whole: time words are part of them
        phrase = _cut_trailing(phrase, _EN_TRAILING_TIME if english else _AR_TRAILING_TIME)
    lead = None if names_outlet else (_EN_LEADING if english else _AR_LEADING).match(phrase.folded)
    lead_only = bool(lead) and lead.end() >= len(phrase.folded)  # before the lead is cut off
    if lead and not lead_only:
        phrase = Phrase(text, phrase.span(lead.end(), len(phrase.folded))[0], phrase.end)
    folded = phrase.folded.strip()
    if not folded or lead_only:
        return None
    words = folded.split()
    first = words[0]
    if not english and (first in _AR_WHAT_IS_KNOWN or (first in ("ما", "من") and _AR_WHAT_IS_KNOWN.intersection(words[:4]))):
        # "وبحسب ما توفر من معلومات": what is known, nobody's words; "معلومات حصلت عليها صحيفة الشرق الأوسط": the
        # paper's
        outlet = next((m for m in catalog.find_mentions(text[phrase.start:phrase.end]) if m.kind == "outlet"), None)
        if outlet is None:
            return None
        return classify(text, phrase.start + outlet.start, phrase.end, catalog=catalog, language=language)
    if not english and first in _AR_IN_TURN:  # "أكد بدوره ما قاله": he, in his turn; "أكد بدوره الوزير": the minister
        if len(words) == 1:
            return None
        at = phrase.folded.index(words[1], phrase.folded.index(first) + len(first))
        return classify(text, phrase.span(at, len(phrase.folded))[0], phrase.end, catalog=catalog, language=language)
    back = (_EN_BACK_REF if english else _AR_BACK_REF).match(folded) if not names_outlet else None
    if not english and not back:
        cut = next((i for i, w in enumerate(words) if w in _AR_NOT_A_SOURCE or words[i:i + 2] == ["عدم", "صحه"] or (
            # "ونفى الوزير أي علاقة له": what he denies ("أي بي سي" is ABC)
            i > 0 and w == "اي" and not names_outlet and i + 1 < len(words) and words[i + 1] != "بي") or (
            i > 0 and w in _AR_OBJECT_NOUNS and words[i - 1] not in AR_DESCRIPTORS) or (
            w in _AR_DEMONSTRATIVES and (i + 1 == len(words) or not words[i + 1].lstrip('"').startswith("ال")))), None)
        if cut == 0:
            return None  # "ونسبت ذلك إلى", "كما أكد حرصه التام": what is said, not who says it
        if cut is not None:  # "وربطت الصحيفة بين ذلك وبين …": the paper, then what it links
            at = phrase.folded.index(words[cut], phrase.folded.index(first) + len(first))
            return classify(text, phrase.start, phrase.span(0, at)[1], catalog=catalog, language=language)
    if back:  # ("لصحيفة الشرق الأوسط" names the paper; "للصحيفة البريطانية" refers back to one)
        return _back_reference(phrase, back, english)
    if english and names_outlet and (outlet := _outlet(phrase, catalog, english, named_only=True)):
        return outlet  # "The UAE's official news agency WAM": "official" is no role here
    if english and (of_someone := _EN_ROLE_OF_SOMEONE.match(folded)):
        # "A senior adviser to Prime Minister Benjamin Netanyahu", "an aide to Putin": his aide, not the man
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.ANONYMOUS,
                            name=of_someone.group("role"), confidence=0.6)
    if english and (first in _EN_INDEFINITE or _EN_UNNAMED_HEAD.search(folded)) and \
            (label := english_label(text[phrase.start:phrase.end])):
        # "a senior US official", "an unnamed local activist": a role with no name is an unnamed source.
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.ANONYMOUS, name=label, confidence=0.7)
    if (first in EN_ROLES if english else first in AR_ROLE_SET) or (english and starts_with_role(words)) or \
            (english and (_named_then_role(text[phrase.start:phrase.end])
                          or _EN_BODY_ROLE_NAME.fullmatch(text, phrase.start, phrase.end))):
        return person(phrase, english)
    outlet = _outlet(phrase, catalog, english, named_only=True)
    if outlet:
        return outlet
    label = english_label(text[phrase.start:phrase.end]) if english else arabic_label(folded)
    if label:
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.ANONYMOUS, name=label, confidence=0.7)
    outlet = _outlet(phrase, catalog, english, named_only=False)
    if outlet:
        return outlet
    organization = [m for m in catalog.find_mentions(text[phrase.start:phrase.end]) if m.kind == "organization"]
    # ("بيان للجيش": the army's)
    body_word = "ال" + first[2:] if not english and first.startswith("لل") and lead else first
    if organization or (body_word in _AR_BODIES if not english else _EN_ORG_WORDS.search(folded)):
        name = organization[0].name if organization else None
        surface = phrase.surface(0, len(phrase.folded))
        definite = _AR_DEFINITE_RUN.match(phrase.folded) if not english and len(words) > _MAX_NAME_WORDS else None
        if definite and not organization:  # "أعلنت السلطات السودانية فرض حظر …": the body, not what it announced
            surface = phrase.surface(0, definite.end())
        return SourcePhrase(*surface, SourceKind.ORGANIZATION, name=name or surface[0],
                            confidence=0.8 if organization else 0.6)
    medium_named = _AR_MEDIUM_OF.match(folded) if not english else None
    if not english and ((lead and lead.group().split()[0] == "معلومات") or medium_named):
        # "بحسب معلومات «الميادين»", "وفق تقرير «X»": whoever a report or information is of, quoted,
        # is a medium even when the catalog lacks it.
        name_start = medium_named.end() if medium_named else 0
        quoted = _QUOTED_NAME.fullmatch(phrase.text[phrase.start - 1:phrase.end + 1]) if not medium_named else (
            _QUOTED_NAME.fullmatch(folded[name_start:].strip()))
        if quoted:
            name = folded[name_start:].strip(EDGE)
            bare = catalog.bare_name(name) if name else None
            return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.OUTLET,
                                outlet=bare.name if bare else None, name=bare.name if bare else name or None,
                                confidence=0.6 if bare else 0.4, medium=bare.medium if bare else "report")
    if not english and any(w in AR_ROLE_SET for w in words[1:6]):
        return person(phrase, english)  # "محمود بصل المتحدث باسم الدفاع المدني": name, then role
    government = government_named(folded) if len(words) <= 4 else None
    if government:  # "فرنسا: …", "وقالت موسكو إن", "Tehran said": the country's government
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.ORGANIZATION, name=government,
                            confidence=0.6)
    government = government_named(first) if not english and len(words) > 1 and words[1].startswith("ال") \
        and not arabic_nationality(words[1]) else None
    if government:  # "نفت الرياض الأنباء التي …": the capital speaks, what follows is what it denies
        at = phrase.folded.index(first)
        return SourcePhrase(*phrase.surface(at, at + len(first)), SourceKind.ORGANIZATION, name=government,
                            confidence=0.6)
    if len(words) > _MAX_NAME_WORDS:
        return None  # a clause, not a noun phrase naming someone
    if english and _EN_ACRONYM.fullmatch(text[phrase.start:phrase.end].strip()):
        # "According to ICANA", "a report by ICANA": a body or an outlet the catalog lacks, never a person
        surface = phrase.surface(0, len(phrase.folded))
        if lead:
            return SourcePhrase(*surface, SourceKind.OUTLET, name=surface[0], confidence=0.4, medium="report")
        return SourcePhrase(*surface, SourceKind.ORGANIZATION, name=surface[0], confidence=0.5)
    proposed = propose_outlet(text[phrase.start:phrase.end]) if english else None
    if proposed and len(proposed.name.split()) > 1:  # "the Noon Post", "Yemen News Portal"
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.OUTLET, name=proposed.name,
                            confidence=0.4, medium=medium_of_outlet_kind(proposed.kind), proposed=proposed)
    if english and _EN_TIME_ONLY.fullmatch(folded):
        return None  # "last month" before a cue names no one
    if english and all(w in _EN_NO_ONE for w in words):
        # "Mr. Trump has attacked loopholes, and has called for": a verb's helper where its subject was left out,
        # which is whoever spoke last
        return BackReference(*phrase.surface(0, len(phrase.folded)), "person", None)
    return person(phrase, english)


# Words that alone name no one (a verb's subject found where a clause was cut short).
_EN_NO_ONE = frozenset({"has", "have", "had", "then", "there", "even", "a", "an", "the", "that", "this", "these",
                       "those", "also", "which", "what", "so", "just", "still", "now", "and", "but", "or", "is", "was",
                       "were", "are", "be", "been", "will", "would", "can", "could", "may", "might", "did", "does",
                       "do"})
_EN_TIME_ONLY = re.compile(r"(?:last|this|next|earlier|later)\s+(?:week|month|year|weekend|night|morning|summer|"
                           r"winter|spring|fall|autumn)")
_EN_NAME = re.compile(r"\s*(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*\s*")


# "Foundation for the Defense of Democracies senior fellow Behnam ben Taleblu": a body, his role, his name.
_EN_BODY_ROLE_NAME = re.compile(
    r"\s*[A-Z][^,;:\"]{2,80}?\s(?:" + "|".join(sorted(EN_ROLES, key=len, reverse=True)).replace(".", r"\.") + r")"
    r"\s+[A-Z][\w'-]+(?:\s+(?:bin|ben|ibn|abu|al|el|de|da|van|von|der|del|la)\b)*(?:\s+[A-Z][\w'-]+){0,3}\s*")


def _named_then_role(written: str) -> bool:
    """"David Mendel, the assistant director of the Chicago field office": a name, then his role (whatever
    body the role names)."""
    name, _, rest = written.partition(",")
    return bool(rest) and bool(_EN_NAME.fullmatch(name)) and starts_with_role(rest.lower().split()[:5])


_MAX_NAME_WORDS = 8
_TOKEN = re.compile(r"\S+")
_EN_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z][A-Z0-9&]{2,7}")
# "السلطات" names a body when it is the cue's subject, though too vague to head one written before its verb.
_AR_BODIES = AR_ORG_SET | {"سلطات", "السلطات"}
# A head noun and the definite words after it: "السلطات السودانية", "وزارة الخارجية الأمريكية".
_AR_DEFINITE_RUN = re.compile(r"\s*\S+(?:\s+ال\w+)*")
_EN_ROLE_OF_SOMEONE = re.compile(
    r"(?:a|an|one)\s+(?P<role>(?:(?:senior|close|top|former|key|longtime|chief|deputy)\s+)*(?:adviser|advisor|aide|"
    r"associate|confidant|ally|assistant|staffer))"
    r"\s+(?:to|for|of|close to|in the office of)\s+\S")
_EN_INDEFINITE = {"a", "an", "two", "three", "four", "several", "some", "many", "another", "one", "unnamed"}
_QUOTED_NAME = re.compile(r'\W?\s*["«“][^"«»“”]{2,40}["»”]\s*\W?')
_AR_MEDIUM_OF = re.compile(r"^(?:تقرير|تقارير)\s+(?=[\"«“])")


# What a reference back that is no medium's descriptor stands for ("he", "the officials", "المصدر").
_EN_BACK_REF_MEDIA = {"he": "person", "she": "person", "spokesman": "person", "spokeswoman": "person", "minister": "person",
                      "official": "official", "sources": "sources", "officials": "sources", "witnesses": "sources",
                      "diplomats": "sources", "statement": "statement",
                      "message": "statement", "letter": "statement", "cable": "statement", "source": "sources", "ministry": "organization"}
_AR_BACK_REF_MEDIA = {"مصادر": "sources", "مصدر": "sources", "متحدث": "person", "متحدثه": "person", "وزير": "person",
                      "وزاره": "organization", "بيان": "statement", "هييه": "any",
                      "خبر": "report",  # "ونقل الخبر عن ستيفن أدلر": the news item, the outlet's report
                      "تحقيق": "report"}  # "بحسب التحقيق": the investigation a paper published


def _back_reference(phrase: Phrase, match: re.Match, english: bool) -> BackReference:
    surface = phrase.surface(0, len(phrase.folded))
    if english:
        head = match.group(1) or match.group(2) or match.group(3)
        medium = EN_DESCRIPTORS.get(head.split()[-1], _EN_BACK_REF_MEDIA.get(head, "any"))
        return BackReference(*surface, medium, None)
    head = match.group(1)
    medium = AR_DESCRIPTORS.get(head) or _AR_BACK_REF_MEDIA[head]
    adjectives = match.group(2).split()
    return BackReference(*surface, medium, adjectives[-1] if adjectives else None)


def _outlet(phrase: Phrase, catalog: AliasIndex, english: bool, *, named_only: bool) -> SourcePhrase | None:
    segment = phrase.text[phrase.start:phrase.end]
    descriptors = EN_DESCRIPTORS if english else AR_DESCRIPTORS
    words = phrase.folded.split()
    # Arabic puts the descriptor first ("صحيفة الأيام"); English anywhere ("the Turkish broadcaster NTV").
    # "التلفزيون المصري" is as much a descriptor as "تلفزيون" (a definite one with no name is not a
    # reference back unless listed there).
    bare = [w[2:] if not english and w.startswith("ال") else w for w in words]
    at = next((i for i, w in enumerate(bare if english else bare[:2]) if w in descriptors
               # "agency" alone is as often a UN or state agency as a news agency
               and (w != "agency" or (i > 0 and words[i - 1] in ("news", "press", "wire")))), None)
    medium = descriptors[bare[at]] if at is not None else None
    for hit in catalog.find_mentions(segment):
        at_end = english and not segment[hit.end:].strip(EDGE)
        if hit.kind != "outlet" or not (at_end or _heads_phrase(segment[:hit.start], descriptors)):
            continue
        going_on = _NAME_GOES_ON.search(segment[:hit.start]) if english else None
        word = going_on.group().split()[-1] if going_on else ""
        if going_on and not english_nationality(word) and word.lower() not in descriptors:
            # "the Kyiv Independent" is not The Independent; "the Lebanese Al Mayadeen" is Al Mayadeen, and
            # "Iran's News Agency IRNA" is IRNA
            continue
        adjective = next((w for w in words if w.startswith("ال") and w.endswith(("يه", "ي")) and len(w) > 4), None)
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.OUTLET, outlet=hit.name,
                            name=hit.name, confidence=0.95, medium=medium if medium != "report" and medium
                            else hit.medium, adjective=adjective)
    if named_only or medium is None or medium == "report":
        return None
    stop = next((m.start() for m in _TOKEN.finditer(phrase.folded) if m.group() in AR_NAME_STOPS), None) \
        if not english else None
    comma = phrase.folded.find(",") if not english else -1
    stop = comma if comma > 0 and (stop is None or comma < stop) else stop  # "…، كذب ما تبثه": the name ended
    if stop is not None and stop > 0:  # "قناة الجزائر الدولية على موقعها …": the outlet, not what follows
        phrase = Phrase(phrase.text, phrase.start, phrase.span(0, stop)[1])
        segment, words = phrase.text[phrase.start:phrase.end], phrase.folded.split()
        bare = [w[2:] if w.startswith("ال") else w for w in words]
    # A medium the catalog lacks, or spelt differently: try the words after the descriptor, or before
    # it when it comes last ("the Kyiv Independent newspaper").
    original = segment.split()
    named = original if len(original) == len(words) else words
    last = at
    while last + 1 < len(bare) and bare[last + 1] in descriptors:  # "al-Ekhbariya TV channel": one descriptor
        last += 1
    name_words = named[last + 1:] if last < len(words) - 1 else [w for w in named[:at] if w.lower() != "the"]
    rest = comparison_key(" ".join(name_words))
    surface = phrase.surface(0, len(phrase.folded))
    bare = catalog.bare_name(rest) if rest else None  # "صحيفة الميادين": listed only as "الميادين اللبنانية"
    if bare:  # a listed name before any misspelling of another ("Al-Ayam newspaper" is not Al-Alam)
        return SourcePhrase(*surface, SourceKind.OUTLET, outlet=bare.name, name=bare.name, confidence=0.55,
                            medium=medium)
    # A short name is too near too many others to be taken for a misspelling of one.
    long_enough = len(rest.replace(" ", "")) >= _FUZZY_LETTERS
    fuzzy = catalog.fuzzy(rest, limit=3, cutoff=75) if long_enough and _may_match_whole(rest, catalog) else []
    # The picker's scorer forgives partial matches; a source named in print must match as a whole.
    fuzzy = [h for h in fuzzy if h.kind == "outlet" and _whole_ratio(rest, h.alias, descriptors) >= _FUZZY_WHOLE]
    if fuzzy:
        return SourcePhrase(*surface, SourceKind.OUTLET, outlet=fuzzy[0].name, name=fuzzy[0].name,
                            confidence=0.6 * fuzzy[0].score / 100, medium=medium)
    proposed = propose_outlet(surface[0])
    return SourcePhrase(*surface, SourceKind.OUTLET, name=proposed.name if proposed else None, confidence=0.4,
                        medium=medium, proposed=proposed)


def _may_match_whole(name: str, catalog: AliasIndex) -> bool:
    """Whether some alias, with or without its descriptor, comes near enough name for _whole_ratio: one quick
    fuzz.ratio pass over the catalog, before the picker's slower ranking."""
    return process.extractOne(name, _whole_spellings(catalog.alias_keys), scorer=fuzz.ratio,
                              score_cutoff=_FUZZY_WHOLE) is not None


@lru_cache(maxsize=4)
def _whole_spellings(alias_keys: tuple[str, ...]) -> list[str]:
    """Every alias key, and each without its leading descriptor in either language: all _whole_ratio compares."""
    spellings = set(alias_keys)
    for key in alias_keys:
        words = key.split()
        if len(words) > 1 and (words[0] in AR_DESCRIPTORS or words[0] in EN_DESCRIPTORS):
            spellings.add(" ".join(words[1:]))
    return sorted(spellings)


def _whole_ratio(name: str, alias: str, descriptors: dict[str, str]) -> float:
    """How closely a name written after its descriptor matches an alias, with or without the alias's own
    descriptor ("ابنا السودان" against "وكالة أنباء السودان")."""
    key = comparison_key(alias)
    words = key.split()
    bare = " ".join(words[1:]) if len(words) > 1 and words[0] in descriptors else key
    whole = max(fuzz.ratio(name, key), fuzz.ratio(name, bare))
    # "شبكة عاجل الإخبارية" is not "شبكة معا الإخبارية": the words every outlet may carry match nothing
    own, listed = _own_words(name), _own_words(bare)
    return min(whole, fuzz.ratio(own, listed)) if own and listed and (own != name or listed != bare) else whole


def _own_words(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _GENERIC_NAME_WORDS)


_GENERIC_NAME_WORDS = frozenset({"الاخباريه", "الاخباري", "الاخبار", "للانباء", "الانباء", "نيوز", "الفضاييه",
                                 "news", "tv", "online", "today", "24"})


_NAME_GOES_ON = re.compile(r"(?<![\w'’-])(?!The\b|A\b|An\b)[A-Z]\w*(?<!'s)(?<!’s)\s+$")
_LEAD_IN = {"the", "a", "an", "by", "of", "from", "ل", "في", "تقرير", "report", "reports", "for"}


def _heads_phrase(before: str, descriptors: dict[str, str]) -> bool:
    """Whether an alias found after `before` is what the phrase names, not a word inside another name
    ("جامعة الدول العربية" holds the alias "العربية" of Al Arabiya but names the Arab League)."""
    words = [w for w in re.findall(r"[\w'’.-]+", fold(before)) if w not in _LEAD_IN and w not in descriptors
             # "Egypt's state-linked Al-Qahera News", "the Saudi-owned Al Arabiya": who owns or runs it
             and not (w.endswith(("'s", "’s")) or "-" in w.strip("-") or w in _EN_OUTLET_MODIFIERS)
             # "الشبكة الإخبارية العالمية (سي إن إن)": adjectives of the descriptor
             and not (w[2:] in descriptors or (w.startswith("ال") and w.endswith(("يه", "ي")) and len(w) > 5))]
    return len(words) <= 1


_EN_OUTLET_MODIFIERS = {"state", "official", "semi-official", "independent", "private", "public", "leading",
                        "popular", "local", "daily", "weekly", "online", "influential", "liberal", "conservative"}


_CORRESPONDENT = re.compile(r"(?<!\w)(?:ال)?(?:مراسل|مراسله|موفد|موفده|مندوب|مندوبه|صحفي|صحفيه|صحافي|صحافيه|كاتب|كاتبه|معلق|"
                            r"معلقه|محرر|محرره|محلل|محلله|correspondent|reporter|columnist|writer)(?!\w)")


def employer_outlet(person: SourcePhrase, text: str, start: int, end: int, catalog: AliasIndex) -> SourcePhrase | None:
    """The outlet whose correspondent speaks ("أفادت مراسلة الجزيرة"): it is the source the article cites."""
    if person.kind is not SourceKind.PERSON or not _CORRESPONDENT.search(fold(person.role or "")):
        return None
    for hit in catalog.find_mentions(text[start:end]):
        if hit.kind == "outlet":
            s, e = start + hit.start, start + hit.end
            return SourcePhrase(text[s:e], s, e, SourceKind.OUTLET, outlet=hit.name, name=hit.name, confidence=0.9)
    return None


_MISSPELT_PAPER = re.compile(r"^\W*[وف]?صحفيه\W*$")


def misspelt_paper(person: SourcePhrase, employer: SourcePhrase, text: str, start: int) -> bool:
    """Whether "صحفية “هآرتس”" (the phrase from START) is the paper misspelt, صحفية for صحيفة, rather than a
    journalist of it: nothing but that word before the outlet's name, and no name of her own after it."""
    own_name = person.name is not None and person.start >= employer.end
    return not own_name and start <= employer.start and bool(_MISSPELT_PAPER.match(fold(text[start:employer.start])))


_AR_ANONYMOUS_HEADS = {"شهود", "مصادر", "مصدر", "تقارير", "مسوولون", "مسوولين", "وسايل", "سكان", "ناشطون", "خبراء",
                       "اهالي", "مسوولان", "مصدران", "ناشطين", "محللون", "مراقبون", "مسوول", "شاهد", "دبلوماسي",
                       "ضابط", "دبلوماسيون", "حسابات", "بيان", "بيانا", "اعلام", "صحفي", "صحافي", "كاتب", "مصور"}


def is_arabic_source_head(word: str, catalog: AliasIndex) -> bool:
    """Whether a folded Arabic word can begin a phrase naming a source (a subject written before its cue)."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    # "أن مصدراً طبياً قال": the accusative ending after أن.
    for w in (word, bare, *((word[:-1],) if word.endswith("ا") and len(word) > 4 else ())):
        if w in AR_ROLE_SET or w in AR_ORG_SET or w in AR_DESCRIPTORS or w in _AR_ANONYMOUS_HEADS:
            return True
        if w.startswith("ال") and (w[2:] in AR_DESCRIPTORS or w[2:] in _AR_ANONYMOUS_HEADS):
            return True
    if country_named(word):  # "مصر تؤكد أن …", "السعودية تزعم …": a country's government speaks
        return True
    hit = catalog.exact(word)
    return hit is not None and len(word) > 2
