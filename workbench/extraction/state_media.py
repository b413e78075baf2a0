"""English "state television", "state TV": the state broadcaster of the country the article is about."""

import re
from collections import Counter

from workbench.extraction.nationality import english_nationality

_STATE_MEDIUM = re.compile(r"^(?:the\s+)?(?:country's\s+)?state(?:-run|-owned)?\s+(television|tv|broadcaster|radio)$",
                           re.IGNORECASE)
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


def state_broadcaster(surface: str, text_before: str, catalog) -> str | None:
    """The catalog outlet "state TV" means: "<the last country named before> state television", if listed."""
    if not _STATE_MEDIUM.match(surface.strip()):
        return None
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
    adjective = max(named, key=lambda a: (named[a], latest[a]))
    hit = catalog.exact(f"{adjective} state television")
    return hit.name if hit is not None and hit.kind == "outlet" else None
