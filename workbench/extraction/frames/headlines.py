"""Headlines whose speaker is a family name alone, given in full by the story ("بارو: …", "… is a joke: Al-Assiri"),
or an unnamed source named last ("… attack in Iraq: source")."""

import re

_NAME = r"[^\W\d][\w'’.-]{2,24}(?:\s+[^\W\d][\w'’.-]{1,24})?"
# "بارو: ترحيل الجزائر 12 موظفا …", "Barrot: …": one or two words, then the headline's words.
_NAME_FIRST = re.compile(rf"\s*(?P<name>{_NAME})\s*:\s*(?=[^\s\d].{{8,}})")
# "Al-Baghdadi's call to attack Kingdom is a joke: Al-Assiri": an English headline names its speaker last.
_NAME_LAST = re.compile(r"(?P<words>\S.{11,}?)\s*:\s*(?P<name>[A-Z][\w'’.-]{2,24}(?:\s+[A-Z][\w'’.-]{1,24})?)\s*")


def headline_name(text: str, start: int, end: int, *, language: str) -> tuple[int, int] | None:
    """The span of a name alone before a headline line's colon (or, in English, after it), or None."""
    m = _NAME_FIRST.match(text, start, end)
    if m is None and language == "en":
        m = _NAME_LAST.fullmatch(text, start, end)
    return m.span("name") if m else None



# "U.S. intel points to 'deniable' Iran-backed attack in Iraq: source", "…: Official Source", "…: sources", "…: report".
_UNNAMED_LAST = re.compile(
    r"(?P<words>\S.{11,}?)\s*:\s*(?P<who>(?:(?:[A-Z][\w.'’-]*|senior|western|official|intelligence|security|"
    r"diplomatic|military|government|multiple|several|two|three|media)\s+){0,3}(?:sources?|officials?|diplomats?|"
    r"witnesses|reports?|Sources?|Officials?|Diplomats?|Reports?))\s*",  # ("…next week: report")
)


def headline_unnamed_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an unnamed source an English headline names after its colon ("…: source"), or None."""
    m = _UNNAMED_LAST.fullmatch(text, start, end)
    return m.span("who") if m else None
