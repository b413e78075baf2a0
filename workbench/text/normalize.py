"""The comparison form of text, used by extraction, catalog look-up and matching; stored text never changes.

Folding rules (Arabic news orthography varies by desk and country):
- NFKC (presentation forms and ligatures become plain letters),
- alef forms أ إ آ ٱ → ا, alef maksura ى → ي (the Egyptian "فى"), teh marbuta ة → ه,
  hamza carriers ؤ → و and ئ → ي, Persian/Urdu ک ی ہ → ك ي ه,
- tatweel, harakat and Quranic marks removed,
- Arabic-Indic and Persian digits → ASCII digits,
- zero-width and bidirectional control characters removed,
- case folded.
`fold_with_offsets` also says, for every folded character, which original character it came from,
so that a match found in the folded text maps back to a span of the stored text.
"""

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    "ؤ": "و",
    "ک": "ك", "گ": "ك",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "،": ",", "؛": ";", "؟": "?",
    "ـ": "",
}
# Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks.
_REMOVED_RANGES = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED)]
# Zero-width and bidirectional controls: invisible, but they break exact comparison.
_INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u00ad") | {
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def _is_removed(ch: str) -> bool:
    cp = ord(ch)
    return ch in _INVISIBLE or any(lo <= cp <= hi for lo, hi in _REMOVED_RANGES)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if _is_removed(ch):
        return ""
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _LETTER_MAP:
        return _LETTER_MAP[ch]
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if _is_removed(c):
            continue
        c = _DIGITS.get(c, _LETTER_MAP.get(c, c))
        out.append(c.casefold())
    return "".join(out)


class _FoldTable(dict):
    """ord(character) -> its folded form, for str.translate; filled the first time each character is met."""

    def __missing__(self, code: int) -> str:
        if len(self) > _FOLD_TABLE_LIMIT:  # text of every code point under the sun: keep memory bounded
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        if len(folded) != 1:
            _UNEVEN.add(chr(code))
        return folded


_FOLD_TABLE_LIMIT = 100_000
# Every character met that folds to none or to several (kept when the table is emptied: a few thousand at most).
_UNEVEN: set[str] = set()
# str.translate through one table: a C pass instead of a Python step per character.
_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The comparison form of text (same length or shorter; never stored in place of the original)."""
    return text.translate(_FOLD_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The comparison form and, per folded character, the index of the original character it came from.

    The list has one extra trailing entry, len(text), so a folded end offset maps to an original end.
    """
    folded = text.translate(_FOLD_TABLE)  # (meets every character of text, so _UNEVEN knows them)
    if _UNEVEN.isdisjoint(text):  # every character folds to exactly one: offsets are unchanged
        return folded, list(range(len(text) + 1))
    uneven = "".join(ch for ch in set(text) if ch in _UNEVEN)
    origin: list[int] = []
    done = 0
    for match in re.finditer(f"[{re.escape(uneven)}]", text):
        i = match.start()
        origin.extend(range(done, i))
        origin.extend([i] * len(_fold_char(match.group())))
        done = i + 1
    origin.extend(range(done, len(text) + 1))
    return folded, origin


class FoldedText:
    """The comparison form of a whole article, and the folded position of any original offset without refolding."""

    _BLOCK = 256

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self._first: dict[str, int] = {}
        # Folded length before each block of the original: a position costs at most one block's fold.
        self._block_starts = list(accumulate(
            (len(fold(text[i:i + self._BLOCK])) for i in range(0, len(text), self._BLOCK)), initial=0))

    def position(self, offset: int) -> int:
        """Where the original text's OFFSET falls in the folded form: len(fold(text[:offset]))."""
        block = offset // self._BLOCK
        return self._block_starts[block] + len(fold(self.text[block * self._BLOCK:offset]))

    def find_first(self, word: str, end: int | None = None) -> int:
        """folded.find(word, 0, end): where the folded text first holds word (ending by END), else -1. Each
        word's first place is looked up once, so asking about every mention does not read the article again."""
        first = self._first.get(word)
        if first is None:
            first = self._first[word] = self.folded.find(word)
        return -1 if first < 0 or (end is not None and first + len(word) > end) else first


def to_original_span(origin: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of the folded text back to the original text."""
    if end <= start:
        return origin[start], origin[start]
    return origin[start], origin[end - 1] + 1


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of the comparison form of text."""
    return _WORD.findall(fold(text))


def comparison_key(text: str) -> str:
    """A key for exact look-ups: folded, punctuation dropped, single spaces (e.g. catalog aliases)."""
    return " ".join(words(text))

