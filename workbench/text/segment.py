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
_MARKS = re.compile("[\n\"'" + _TERMINATORS + "".join(_OPENING) + "".join(_CLOSING) + "]")
# The longest sentence in 33,584 of real reporting (PolNeAR, our Arabic and English sets) is 1,516
# characters. Longer runs are pasted lists or text with no full stops; extraction's work on a sentence
# grows faster than its length, so they are cut into pieces of at most this many characters.
_MAX_SENTENCE_CHARS = 3000
_CLAUSE_MARKS = (",", "،", ";", "؛")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." in "John J. Smith" or "A.F.P." are not sentence ends.
    return len(word) == 1 and word.isalpha() and word.isascii() and word.upper() == match.group(1)[-1]


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _glued_arabic_sentence(text: str, dot: int) -> bool:
    """Whether the full stop at dot ends an Arabic sentence the page glued to the next: "…الانسحاب.وأوضح"."""
    after = text[dot + 1:dot + 3]
    return dot > 1 and _is_arabic_letter(text[dot - 1]) and _is_arabic_letter(text[dot - 2]) and len(after) == 2 \
        and after[0] in "وف" and _is_arabic_letter(after[1])


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
        if nxt and not nxt.isspace() and nxt not in "\"'»”)" and not _glued_arabic_sentence(text, i):
            return False  # "U.S.-led", "www.site.com"
        if _is_abbreviation(text, i):
            return False
    elif nxt and nxt in _TERMINATORS:
        return False  # "?!" ends at the last mark
    return True


_BULLETS = frozenset("•▪●◦‣∙")  # a list item's mark ("  • Kremlin: …") opens no sentence


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed; quotations stay whole, line ends always break.

    A sentence longer than _MAX_SENTENCE_CHARS is cut into pieces (see _pieces), so that no single
    sentence makes the work on it grow with the size of the whole input.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    closing_wanted: list[str] = []
    straight_open = False
    skip = -1  # the second mark of a "''" pair, already handled with the first
    # Only these characters change the state; jumping from one to the next keeps the walk fast on long texts.
    for match in _MARKS.finditer(text, start, end):
        i = match.start()
        if i == skip:
            continue
        ch = match.group()
        if ch == "\n":
            # An unbalanced quote must not swallow the next paragraph.
            closing_wanted.clear()
            straight_open = False
            _add(spans, text, sentence_start, i)
            sentence_start = i + 1
        elif ch in _OPENING:
            closing_wanted.append(_OPENING[ch])
        elif ch in _CLOSING:
            if closing_wanted and closing_wanted[-1] == ch:
                closing_wanted.pop()
        elif ch == '"' or (ch == "'" and text.startswith("''", i)):  # some papers print "''" for a quote mark
            straight_open = not straight_open
            if ch == "'":
                skip = i + 1
        elif ch in _TERMINATORS and not closing_wanted and not straight_open and _ends_sentence(text, i):
            _add(spans, text, sentence_start, i + 1)
            sentence_start = i + 1
    _add(spans, text, sentence_start, end)
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    span = _trimmed(text, start, end)
    if span is None:
        return
    if span[1] - span[0] <= _MAX_SENTENCE_CHARS:
        spans.append(span)
    else:
        spans.extend(_pieces(text, *span))


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on "sentence" (a pasted list, text with no full stops) cut into pieces of at most
    _MAX_SENTENCE_CHARS: after the last comma or semicolon in the second half of each window, else at
    the last space, else where the window ends."""
    pieces = []
    while end - start > _MAX_SENTENCE_CHARS:
        low, high = start + _MAX_SENTENCE_CHARS // 2, start + _MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, low, high) for mark in _CLAUSE_MARKS) + 1
        if cut <= 0:
            cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
        if cut <= 0:
            cut = high
        span = _trimmed(text, start, cut)
        if span is not None:
            pieces.append(span)
        start = cut
    span = _trimmed(text, start, end)
    if span is not None:
        pieces.append(span)
    return pieces
