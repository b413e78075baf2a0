"""Outlets of different countries sharing one bare name ("الشروق", "LBC"): the one of the country the article is
about, and none rather than a guess when the article names no such country."""

import re
from collections import Counter
from collections.abc import Mapping

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
    # the region's other countries and capitals ("عمان" is Amman and Oman, "طرابلس" a Libyan and a Lebanese city)
    "الكويت": "KW", "الاردن": "JO", "سوريا": "SY", "سوريه": "SY", "دمشق": "SY", "العراق": "IQ", "بغداد": "IQ",
    "الرياض": "SA", "قطر": "QA", "الدوحه": "QA", "الامارات": "AE", "ابوظبي": "AE", "دبي": "AE", "البحرين": "BH",
    "المنامه": "BH", "المغرب": "MA", "الرباط": "MA", "ليبيا": "LY", "بنغازي": "LY", "اليمن": "YE", "صنعاء": "YE",
    "عدن": "YE", "فلسطين": "PS", "غزه": "PS", "اسراييل": "IL", "ايران": "IR", "طهران": "IR", "تركيا": "TR",
    "انقره": "TR", "السودان": "SD", "الخرطوم": "SD", "موريتانيا": "MR",
    "kuwait": "KW", "jordan": "JO", "syria": "SY", "damascus": "SY", "iraq": "IQ", "baghdad": "IQ", "riyadh": "SA",
    "qatar": "QA", "doha": "QA", "uae": "AE", "dubai": "AE", "bahrain": "BH", "morocco": "MA", "rabat": "MA",
    "libya": "LY", "yemen": "YE", "sanaa": "YE", "gaza": "PS", "israel": "IL", "iran": "IR", "tehran": "IR",
    "turkey": "TR", "ankara": "TR", "sudan": "SD", "khartoum": "SD",
}
_CURRENCIES = {"£": "GB", "ج.م": "EG", "د.ج": "DZ"}
_WORD = re.compile(r"[\w.]+")
_PREFIXES = ("وب", "ول", "وال", "بال", "لل", "و", "ب", "ل", "ف")


def article_country(text: str) -> str | None:
    """The country an article names most (places, nationality adjectives, currency signs), or None."""
    return most_named(country_mentions(text))


def most_named(named: Mapping[str, int], among=None) -> str | None:
    """The country named strictly more often than any other (of among, if given), or None."""
    top = sorted(((code, n) for code, n in named.items() if n > 0 and (among is None or code in among)),
                 key=lambda item: -item[1])[:2]
    return top[0][0] if len(top) == 1 or (top and top[0][1] > top[1][1]) else None


def country_mentions(text: str) -> Counter[str]:
    """How often an article names each country (ISO 3166 code): places, nationality adjectives, currency signs."""
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
    return named


def country_code(place: str) -> str | None:
    """The country a place's folded name is in or is ("egypt", "cairo", "القاهره"), or None."""
    return _PLACES.get(place)


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


def namesake(name: str, named: Counter[str]) -> str | None:
    """The outlet a bare shared name means in the article: of the countries with an outlet of that name, the one
    it names most ("الأخبار" in a story about Lebanon, even if it names Israel more); None if it is no shared name
    or the story names none of them more than the others."""
    by_country = _NAMESAKES.get(comparison_key(name))
    local = most_named(named, by_country) if by_country else None
    return by_country[local] if local else None


def is_shared_name(name: str) -> bool:
    """Whether outlets of several countries go by this bare name."""
    return comparison_key(name) in _NAMESAKES
