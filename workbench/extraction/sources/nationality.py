"""Nationality adjectives in Arabic and English news, with the country each one names."""

import re

# Folded Arabic masculine singular (without ال) → (English adjective, ISO 3166 code).
_ARABIC = {
    "بريطاني": ("British", "GB"), "امريكي": ("US", "US"), "اميركي": ("US", "US"), "ايراني": ("Iranian", "IR"),
    "لبناني": ("Lebanese", "LB"), "سوري": ("Syrian", "SY"), "عراقي": ("Iraqi", "IQ"), "مصري": ("Egyptian", "EG"),
    "سعودي": ("Saudi", "SA"), "اماراتي": ("Emirati", "AE"), "قطري": ("Qatari", "QA"), "كويتي": ("Kuwaiti", "KW"),
    "بحريني": ("Bahraini", "BH"), "عماني": ("Omani", "OM"), "يمني": ("Yemeni", "YE"), "اردني": ("Jordanian", "JO"),
    "فلسطيني": ("Palestinian", "PS"), "اسراييلي": ("Israeli", "IL"), "تركي": ("Turkish", "TR"),
    "روسي": ("Russian", "RU"), "فرنسي": ("French", "FR"), "الماني": ("German", "DE"), "ايطالي": ("Italian", "IT"),
    "اسباني": ("Spanish", "ES"), "صيني": ("Chinese", "CN"), "ياباني": ("Japanese", "JP"), "هندي": ("Indian", "IN"),
    "باكستاني": ("Pakistani", "PK"), "ليبي": ("Libyan", "LY"), "تونسي": ("Tunisian", "TN"),
    "جزايري": ("Algerian", "DZ"), "مغربي": ("Moroccan", "MA"), "سوداني": ("Sudanese", "SD"),
    "موريتاني": ("Mauritanian", "MR"), "كندي": ("Canadian", "CA"), "استرالي": ("Australian", "AU"),
    "اوكراني": ("Ukrainian", "UA"), "افغاني": ("Afghan", "AF"), "كوري": ("Korean", "KR"),
    "سويسري": ("Swiss", "CH"), "هولندي": ("Dutch", "NL"), "بلجيكي": ("Belgian", "BE"), "سويدي": ("Swedish", "SE"),
    "نرويجي": ("Norwegian", "NO"), "دنماركي": ("Danish", "DK"), "يوناني": ("Greek", "GR"),
    "قبرصي": ("Cypriot", "CY"), "اثيوبي": ("Ethiopian", "ET"), "صومالي": ("Somali", "SO"),
    "نيجيري": ("Nigerian", "NG"), "كردي": ("Kurdish", None), "اوروبي": ("European", None),
    "غربي": ("Western", None), "خليجي": ("Gulf", None), "عربي": ("Arab", None),
}
# Broken plurals that take no sound ending ("مسؤولون أتراك").
_ARABIC_PLURALS = {"اتراك": "تركي", "روس": "روسي", "اكراد": "كردي", "عرب": "عربي", "اجانب": None}
_ENGLISH = {label.lower(): (label, code) for label, code in _ARABIC.values() if code}
_ENGLISH |= {"american": ("US", "US"), "u.s.": ("US", "US"), "uk": ("British", "GB"), "emirati": ("Emirati", "AE"),
             "israeli": ("Israeli", "IL"), "saudi": ("Saudi", "SA")}
_ENDINGS = re.compile(r"(?:يه|يون|يين|يتان|يان)$")


def arabic_nationality(word: str) -> tuple[str, str | None] | None:
    """(English adjective, country code) of a folded Arabic nationality adjective in any form
    ("البريطانيه", "ايرانيون", "الاتراك"), or None."""
    bare = word[2:] if word.startswith("ال") else word
    if bare in _ARABIC_PLURALS:
        singular = _ARABIC_PLURALS[bare]
        return _ARABIC.get(singular) if singular else None
    for candidate in (bare, _ENDINGS.sub("ي", bare)):
        if candidate in _ARABIC:
            return _ARABIC[candidate]
    return None


def english_nationality(word: str) -> tuple[str, str | None] | None:
    """(adjective, country code) of an English nationality adjective ("Lebanese", "U.S."), or None."""
    return _ENGLISH.get(word.lower().strip(",."))


_ADJECTIVE_OF_COUNTRY = {code: label for label, code in _ARABIC.values() if code}


_ARABIC_OF_COUNTRY = {code: word for word, (_, code) in reversed(_ARABIC.items()) if code}


def arabic_adjective(code: str) -> str | None:
    """The folded Arabic masculine adjective of a country code ("JO" → "اردني")."""
    return _ARABIC_OF_COUNTRY.get(code)


def country_adjective(code: str) -> str | None:
    """The English adjective of a country code ("SY" → "Syrian"), as the catalog's "<adjective> state television"."""
    return _ADJECTIVE_OF_COUNTRY.get(code)
