"""An outlet's display name in a language, chosen from its aliases: in Arabic the first alias written in Arabic."""

import re
from collections.abc import Iterable

_SCRIPTS = {"ar": re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")}


def written_in(text: str, language: str) -> bool:
    """Whether a spelling is in the language's script (Arabic letters for "ar"); English reads Latin names."""
    script = _SCRIPTS.get(language)
    return script is not None and bool(script.search(text))


def display_name(name: str, aliases: Iterable[str], language: str) -> str:
    """The name to show in `language`: the catalog name, or, for a language with its own
    script, the first alias in that script (aliases keep the order they were added, and the catalog dialog's
    "Use as the Arabic name" moves one to the front), the catalog name when it has none."""
    if written_in(name, language) or language not in _SCRIPTS:
        return name
    return next((alias for alias in aliases if written_in(alias, language)), name)


def preferred_first(aliases: list[str], preferred: str, language: str) -> list[str]:
    """The aliases in the language's script, the preferred one first and the others in their old order."""
    own = [alias for alias in aliases if written_in(alias, language)]
    if preferred not in own:
        raise ValueError(f"{preferred!r} is not one of the aliases written in {language}")
    return [preferred, *(alias for alias in own if alias != preferred)]
