"""Sentence segmentation for news text: spans over the original text, fit for Arabic and English."""

import re

_TERMINATORS = ".!?؟"
_OPENING = {"«": "»", "“": "”"}
_CLOSING = set(_OPENING.values())
# Words after which a full stop marks an abbreviation, not a sentence end (folded to lower case).
_ABBREVIATIONS = {
    "u.s", "u.n", "u.k", "e.u", "dr", "mr", "mrs", "ms", "st", "gen", "col", "lt", "maj", "sgt", "capt",
    "rep", "sen", "gov", "prof", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "adm", "brig",
    "د", "م", "أ", "ص", "ش", "ج",  # Arabic: د. (doctor), م. (engineer), أ. (professor), ص./ش. in addresses
}
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." in "John J. Smith" or "A.F.P." are not sentence ends.
    return len(word) == 1 and word.isalpha() and word.isascii() and word.upper() == match.group(1)[-1]


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the terminator at i closes a sentence (not a decimal, an abbreviation or an ellipsis)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i else ""
    if ch == ".":
        if prev.isdigit() and nxt.isdigit():
            return False  # 3.5, 1.000
        if nxt == "." or prev == ".":
            return False  # ".." and "..." are pauses inside Arabic sentences
        if nxt and not nxt.isspace() and nxt not in "\"'»”)":
            return False  # "U.S.-led", "www.site.com"
        if _is_abbreviation(text, i):
            return False
    elif nxt and nxt in _TERMINATORS:
        return False  # "?!" ends at the last mark
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed; quotations stay whole, line ends always break."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    closing_wanted: list[str] = []
    straight_open = False
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            # An unbalanced quote must not swallow the next paragraph.
            closing_wanted.clear()
            straight_open = False
            span = _trimmed(text, sentence_start, i)
            if span:
                spans.append(span)
            sentence_start = i + 1
        elif ch in _OPENING:
            closing_wanted.append(_OPENING[ch])
        elif ch in _CLOSING:
            if closing_wanted and closing_wanted[-1] == ch:
                closing_wanted.pop()
        elif ch == '"' or (ch == "'" and text.startswith("''", i)):  # some papers print "''" for a quote mark
            straight_open = not straight_open
            i += ch == "'"
        elif ch in _TERMINATORS and not closing_wanted and not straight_open and _ends_sentence(text, i):
            span = _trimmed(text, sentence_start, i + 1)
            if span:
                spans.append(span)
            sentence_start = i + 1
        i += 1
    span = _trimmed(text, sentence_start, end)
    if span:
        spans.append(span)
    return spans
