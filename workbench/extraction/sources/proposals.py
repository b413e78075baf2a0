"""Outlets the catalog lacks, proposed from how the article names them ("موقع آمد نيوز الإيراني المعارض")."""

import re
from dataclasses import dataclass

from workbench.extraction.sources.media import AR_DESCRIPTORS, outlet_kind
from workbench.extraction.sources.nationality import arabic_nationality, english_nationality
from workbench.text.normalize import fold


@dataclass(frozen=True)
class OutletProposal:
    """A new catalog outlet as the article names it: the name as written, the kind its descriptor says
    (موقع → online, قناة → broadcaster, صحيفة → newspaper, وكالة → news agency) and the country its adjective says."""

    name: str
    kind: str  # an OutletKind value
    country: str | None


# Last words that are part of an English outlet's name and say its kind ("Yemen News Portal", "Noon Post").
_EN_NAME_ENDINGS = {
    "post": "newspaper", "times": "newspaper", "herald": "newspaper", "tribune": "newspaper", "journal": "newspaper",
    "gazette": "newspaper", "telegraph": "newspaper", "observer": "newspaper", "chronicle": "newspaper",
    "express": "newspaper", "mirror": "newspaper", "daily": "newspaper", "portal": "online", "online": "online",
    "news": "online", "tv": "broadcaster", "television": "broadcaster", "radio": "broadcaster",
    "channel": "broadcaster", "press": "news_agency", "agency": "news_agency",
}
# Words around a name that describe the outlet rather than name it.
_AR_QUALIFIERS = re.compile(
    r"^(?:ال)?(?:معارض|مستقل|رسمي|حكومي|خاص|اخباري|الكتروني|شهير|مقرب|يومي|اسبوعي|ناطق|تابع|محلي|دولي|عالمي|"
    r"عربي|اجنبي|غربي|اقليمي)(?:ه)?$"
)
_EN_QUALIFIERS = {"the", "a", "an", "opposition", "independent", "state", "state-run", "state-owned", "official",
                  "semi-official", "private", "popular", "leading", "local", "weekly", "pan-arab", "news"}
_QUOTES = "\"'«»“”‘’()"
# Words no outlet's name holds: they end it ("قناة الجزائر الدولية على موقعها").
AR_NAME_STOPS = frozenset({"علي", "في", "عن", "من", "الي", "مع", "ان", "انه", "انها", "الذي", "التي", "حول", "بشان", "عبر",
                 "خلال", "لدي", "منذ",
                 # "وكالة خطوة التابعة لجبهة النصرة": whose it is; "لشبكة عاجل الإخبارية فجر اليوم": when
                 "التابعه", "التابع", "المقربه", "المقرب", "فجر", "صباح", "مساء", "ظهر", "امس", "ليل", "ليله"})
_AR_MAX_NAME_WORDS = 3


def propose_outlet(surface: str) -> OutletProposal | None:
    """The outlet a phrase such as "قناة الميادين اللبنانية" or "the Lebanese al-Mayadeen television" proposes."""
    words = [w.strip(_QUOTES + ",،") for w in surface.split()]
    words = [w for w in words if w]
    folded = [fold(w) for w in words]
    if not words:
        return None
    if any("\u0600" <= ch <= "\u06ff" for ch in surface):
        return _arabic(words, folded)
    return _english(words, folded)


def _arabic(words: list[str], folded: list[str]) -> OutletProposal | None:
    at = next((i for i, w in enumerate(folded[:2]) if outlet_kind(_bare(w))), None)
    if at is None:
        return None
    kind, country = outlet_kind(_bare(folded[at])), None
    name = list(range(at + 1, len(words)))
    stop = next((i for i in name if folded[i] in AR_NAME_STOPS), None)
    if stop is not None:  # "قناة الجزائر الدولية على موقعها …": the name ends where a preposition starts
        name = name[:name.index(stop)]
    if len(name) > _AR_MAX_NAME_WORDS + sum(bool(arabic_nationality(folded[i]) or _AR_QUALIFIERS.match(folded[i]))
                                            for i in name):
        return None  # a clause after the descriptor ("وكالة الأنباء ترد على …"), not a name
    while name and (arabic_nationality(folded[name[-1]]) or _AR_QUALIFIERS.match(folded[name[-1]])):
        found = arabic_nationality(folded[name[-1]])
        country = country or (found[1] if found else None)
        name.pop()
    if not name or _bare(folded[name[0]]) in AR_DESCRIPTORS:
        return None  # "موقع القناة": the channel named before, not a new outlet
    return OutletProposal(" ".join(words[i] for i in name), kind, country)


def _english(words: list[str], folded: list[str]) -> OutletProposal | None:
    kind, country, name = None, None, []
    for word, low in zip(words, folded, strict=True):
        nationality = english_nationality(word)
        if nationality and not name:
            country = nationality[1]
        elif outlet_kind(low) and not (word[:1].isupper() and name):  # "television" describes, "Portal" names
            kind = kind or outlet_kind(low)
        elif low not in _EN_QUALIFIERS or name:
            name.append(word)
    if not name or not all(w[:1].isupper() or w[:3].lower() == "al-" for w in name):
        return None
    kind = kind or _EN_NAME_ENDINGS.get(name[-1].lower())
    return OutletProposal(" ".join(name), kind, country) if kind else None


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") else word
