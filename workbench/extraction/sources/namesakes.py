"""Outlets of different countries sharing one bare name ("الشروق", "LBC"): the one of the country the article is
about, and none rather than a guess when the article names no such country."""

import re
from collections import Counter

from workbench.extraction.sources.nationality import arabic_nationality, english_nationality
from workbench.text.normalize import comparison_key, fold

# Bare name (comparison key) → the catalog outlet of that name in each country (ISO 3166 code).
_NAMESAKES = {
    comparison_key("الشروق"): {"DZ": "Echorouk", "EG": "Al-Shorouk", "TN": "Al-Chourouk (Tunisia)"},
    comparison_key("LBC"): {"GB": "LBC (UK)", "LB": "LBCI"},
    comparison_key("الأخبار"): {"LB": "Al-Akhbar (Lebanon)", "EG": "Al-Akhbar (Egypt)"},
}
# Countries and capitals as news names them (folded Arabic, lower-case English); nationality adjectives and
# currencies count too ("الجزائرية", "£2.4m").
_PLACES = {
    "الجزاير": "DZ", "مصر": "EG", "القاهره": "EG", "تونس": "TN", "لبنان": "LB", "بيروت": "LB", "بريطانيا": "GB",
    "لندن": "GB", "algeria": "DZ", "algiers": "DZ", "egypt": "EG", "cairo": "EG", "tunisia": "TN", "tunis": "TN",
    "lebanon": "LB", "beirut": "LB", "britain": "GB", "uk": "GB", "london": "GB", "england": "GB",
}
_CURRENCIES = {"£": "GB", "ج.م": "EG", "د.ج": "DZ"}
_WORD = re.compile(r"[\w.]+")
_PREFIXES = ("وب", "ول", "وال", "بال", "لل", "و", "ب", "ل", "ف")


def article_country(text: str) -> str | None:
    """The country an article names most (places, nationality adjectives, currency signs), or None."""
    named: Counter[str] = Counter()
    for sign, code in _CURRENCIES.items():
        named[code] += text.count(sign)
    words: Counter[str] = Counter()
    for written, times in Counter(_WORD.findall(fold(text))).items():  # each word looked up once
        words[written.strip(".")] += times
    for word, times in words.items():
        code = _country_of(word)
        if code is not None:
            named[code] += times
    if not named or max(named.values()) == 0:
        return None
    top = named.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None


def _country_of(word: str) -> str | None:
    if word in _PLACES:
        return _PLACES[word]
    nationality = english_nationality(word) or arabic_nationality(word)
    if nationality is None:
        for prefix in _PREFIXES:  # "والجزائر", "بمصر"
            if word.startswith(prefix) and word[len(prefix):] in _PLACES:
                return _PLACES[word[len(prefix):]]
        return None
    return nationality[1]


def namesake(name: str, country: str | None) -> str | None:
    """The outlet a bare shared name means in the article's country; None if it is no shared name or the
    country has none of that name."""
    return _NAMESAKES.get(comparison_key(name), {}).get(country) if country else None


def is_shared_name(name: str) -> bool:
    """Whether outlets of several countries go by this bare name."""
    return comparison_key(name) in _NAMESAKES
