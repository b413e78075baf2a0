""""state television", "التلفزيون الرسمي", "وكالة الأنباء الرسمية": the state medium of the country the article means."""

import re
from collections import Counter

from workbench.extraction.sources.namesakes import article_country
from workbench.extraction.sources.nationality import (
    arabic_adjective,
    arabic_nationality,
    country_adjective,
    english_nationality,
)
from workbench.extraction.sources.places import country_named
from workbench.text.normalize import fold

_STATE_MEDIUM = re.compile(r"^(?:the\s+)?(?:country's\s+)?state(?:-run|-owned)?\s+(television|tv|broadcaster|radio)$",
                           re.IGNORECASE)
# "التلفزيون الرسمي", "للتلفزيون الحكومي", "الإذاعة الرسمية" (folded).
_AR_STATE_MEDIUM = re.compile(r"^\W*[وف]?(?:لل|ال|بال|ل)?(?:تلفزيون|تلفزه|اذاعه)\s+(?:ال)?(?:رسمي|رسميه|حكومي|حكوميه)\W*$")
# Countries named in English news, as the adjective the catalog's "<adjective> state television" uses.
_COUNTRY_ADJECTIVE = {
    "iran": "Iranian", "libya": "Libyan", "syria": "Syrian", "egypt": "Egyptian", "iraq": "Iraqi", "saudi arabia":
    "Saudi", "qatar": "Qatari", "kuwait": "Kuwaiti", "china": "Chinese", "russia": "Russian", "turkey": "Turkish",
    "lebanon": "Lebanese", "jordan": "Jordanian", "yemen": "Yemeni", "sudan": "Sudanese", "algeria": "Algerian",
    "tunisia": "Tunisian", "morocco": "Moroccan", "israel": "Israeli", "oman": "Omani", "bahrain": "Bahraini",
    # West and East Africa, Latin America, Asia: the country and its adjective ("Chad" alone is also a first name)
    "guinea": "Guinean", "guinean": "Guinean", "niger": "Nigerien", "nigerien": "Nigerien", "mali": "Malian",
    "malian": "Malian", "chadian": "Chadian", "senegal": "Senegalese", "senegalese": "Senegalese",
    "nigeria": "Nigerian", "ethiopia": "Ethiopian", "eritrea": "Eritrean", "eritrean": "Eritrean",
    "somalia": "Somali", "djibouti": "Djiboutian", "djiboutian": "Djiboutian", "comoros": "Comorian",
    "comorian": "Comorian", "mauritania": "Mauritanian", "cameroon": "Cameroonian", "cameroonian": "Cameroonian",
    "venezuela": "Venezuelan", "venezuelan": "Venezuelan", "cuba": "Cuban", "cuban": "Cuban",
    "afghanistan": "Afghan", "pakistan": "Pakistani", "belarus": "Belarusian", "belarusian": "Belarusian",
    "azerbaijan": "Azerbaijani", "azerbaijani": "Azerbaijani",
}
_COUNTRY_WORD = re.compile(r"\b(?:saudi arabia|[A-Z][a-z]+(?:'s)?)\b")


def names_state_medium(surface: str) -> bool:
    """Whether surface is "state television", "التلفزيون الرسمي", "وكالة الأنباء الرسمية" or the like, which
    state_broadcaster or official_agency names."""
    folded = fold(surface)
    return bool(_AR_STATE_MEDIUM.match(folded) or _AR_OFFICIAL_AGENCY.match(folded)
                or _STATE_MEDIUM.match(surface.strip()) or _STATE_AGENCY.match(surface.strip()))


def state_broadcaster(surface: str, text_before: str, catalog, *, country: str | None = None) -> str | None:
    """The catalog outlet "state TV" means: "<the last country named before> state television", if listed;
    "التلفزيون الرسمي" likewise, of the country the words before name most, else of country (the article's);
    "the official Saudi news agency", "Syria's state news agency": that country's agency."""
    if _AR_STATE_MEDIUM.match(fold(surface)):
        adjective = country_adjective(article_country(text_before) or country or "")
        hit = catalog.exact(f"{adjective} state television") if adjective else None
        return hit.name if hit is not None and hit.kind == "outlet" else None
    m = _STATE_AGENCY.match(surface.strip())
    if m is not None:
        return _english_official_agency(m, text_before, catalog)
    if not _STATE_MEDIUM.match(surface.strip()):
        return None
    adjective = _adjective_named_most(text_before)
    hit = catalog.exact(f"{adjective} state television") if adjective else None
    return hit.name if hit is not None and hit.kind == "outlet" else None


def _adjective_named_most(text_before: str) -> str | None:
    """The English adjective of the country named most in text_before; of two as often, the one named last."""
    named: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for order, m in enumerate(_COUNTRY_WORD.finditer(text_before)):
        word = m.group().removesuffix("'s")
        nationality = english_nationality(word)
        adjective = nationality[0] if nationality else _COUNTRY_ADJECTIVE.get(word.lower())
        if adjective is not None:
            named[adjective] += 1
            latest[adjective] = order
    if not named:
        return None
    # the country named most so far is what the story is about; of two as often, the one named last
    return max(named, key=lambda a: (named[a], latest[a]))


# "the official Saudi news agency", "Syria's state news agency", "the state-run news agency", "Egypt's official
# agency": the country's own agency, when no name of it is given.
_STATE_AGENCY = re.compile(r"^(?:[Tt]he\s+)?(?:(?P<country>[A-Z][a-z]+(?: Arabia)?)'s\s+|(?P<before>[A-Z][a-z]+)\s+)?(?:official|state|state-run|"
                           r"state-owned|government-run|government)\s+(?:(?P<adjective>[A-Z][a-z]+)\s+)?"
                           r"(?:news\s+|press\s+)?agency$")


def _english_official_agency(m: re.Match, text_before: str, catalog) -> str | None:
    if m.group("adjective") or m.group("before"):
        found = english_nationality(m.group("adjective") or m.group("before"))
        code = found[1] if found else None
    else:
        adjective = _COUNTRY_ADJECTIVE.get(m.group("country").lower()) if m.group("country") else \
            _adjective_named_most(text_before)
        found = english_nationality(adjective) if adjective else None
        code = found[1] if found else None
    return _agency_of(code, catalog) if code else None


# "وكالة الأنباء الرسمية", "لوكالة الانباء الحكومية الإيرانية", "… الرسمية في إيران", "… الرسمية التابعة للحكومة
# السورية" (folded): the country named after it, if any.
_AR_OFFICIAL_AGENCY = re.compile(r"^\W*[وف]?[لب]?وكاله\s+(?:ال)?انباء\s+(?:ال)?(?:رسميه|حكوميه)"
                                 r"(?:\s+(?:في\s+|ب|التابعه\s+للحكومه\s+)?(?P<country>\w+))?\W*$")
_AR_WORD = re.compile(r"\w+")


def official_agency(surface: str, text_before: str, catalog, *, country: str | None = None) -> str | None:
    """The catalog agency "وكالة الأنباء الرسمية" means: the official agency of the country its adjective names
    ("الإيرانية", "في إيران"), else of the country named last before it in its paragraph, else of country (the article's)."""
    m = _AR_OFFICIAL_AGENCY.match(fold(surface))
    if m is None:
        return None
    if m.group("country"):
        code = _country_code(m.group("country"))
    else:
        paragraph = text_before[text_before.rfind("\n") + 1:]
        code = next(filter(None, map(_country_code, reversed(_AR_WORD.findall(fold(paragraph))))), country)
    return _agency_of(code, catalog) if code else None


def _agency_of(code: str, catalog) -> str | None:
    """The catalog's official news agency of a country, listed as "وكالة الأنباء <adjective>"."""
    adjective = arabic_adjective(code)
    if adjective is None:
        return None
    for name in (f"وكاله الانباء ال{adjective}ه الرسميه", f"وكاله الانباء ال{adjective}ه"):
        hit = catalog.exact(name)
        if hit is not None and hit.kind == "outlet" and hit.medium == "agency":
            return hit.name
    return None


def _country_code(word: str) -> str | None:
    """The country a folded Arabic word names, as a nationality ("الأردني") or a country or capital ("طهران")."""
    nationality = arabic_nationality(word)
    if nationality is not None:
        return nationality[1]
    adjective = country_named(word)
    found = english_nationality(adjective) if adjective else None
    return found[1] if found else None
