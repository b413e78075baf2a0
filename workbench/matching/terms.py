"""The index form of text: fold, drop noise and stop words, light Arabic/English stemming, name skeletons.

`index_terms` is used for both stored claims and queries, so both sides always agree.
`skeleton` folds the letters Arabic spells foreign sounds with (سيرجي/سيرغي/سيرگي لافروف), and `root`
reduces an Arabic stem to the consonants its pattern is built on (تحرق/احراق/محروق → حرق); both are for
query expansion and rescoring only, never for the index itself (غرب and جرب are different words).
"""

import re
from functools import lru_cache
from itertools import chain

from workbench.matching.stopwords import STOP_WORDS
from workbench.text.normalize import fold

_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+", re.IGNORECASE)
_MENTION = re.compile(r"@(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# The date of a tweet's embedded signature ("— Name (@handle) February 25, 2016"); the name stays: who
# tweeted is often who the claim is about.
_SIGNATURE = re.compile(r"(\(@\w+\))\s*[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*$")
_TERM = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")

_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "هم", "ه", "ي")
_AR_PARTICLES = "بل"  # a preposition glued to a long word (not before ا: لافروف, لاعب are whole words)
_DIGIT_EDGE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_SKELETON = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "ث": "ت", "ذ": "ز", "ظ": "ض"})


def clean(text: str) -> str:
    """Text without URLs and tweet dates; @handles, hashtags and CamelCase split into words."""
    # Each pattern runs only on text holding what it needs (most claims hold no URL, handle or signature):
    # at a million claims the scans were a fifth of indexing them.
    if "(@" in text:
        text = _SIGNATURE.sub(r"\1", text)
    if "/" in text or "www." in text.lower():  # a URL has "://", "pic.twitter.com/" or "www." in any case
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(r" \1 ", text)
    return _CAMEL.sub(" ", text.replace("#", " "))


def stem_arabic(word: str) -> str:
    """Light10-style stem of a folded Arabic word: conjunction و, article forms, a final ا, common suffixes."""
    if len(word) >= 5 and word[0] == "و":
        word = word[1:]
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix):]
            break
    else:
        if len(word) >= 5 and word[0] in _AR_PARTICLES and word[1] != "ا":
            word = word[1:]
    if len(word) >= 5 and word[-1] == "ا":  # accusative ا, a country's name: احتجاجا/احتجاج, فرنسا/الفرنسية
        word = word[:-1]
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def stem_english(word: str) -> str:
    """A light English stem: plurals, -ing, -ed, -ly, and a final e, so hope/hoped/hoping agree."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and re.search("[aeiouy]", word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=500_000)
def _token_terms(token: str) -> tuple[str, ...]:
    out = []
    for word in _TERM.findall(_DIGIT_EDGE.sub(" ", fold(token))):
        if word in STOP_WORDS:
            continue
        stem = stem_arabic(word) if _ARABIC.match(word) else stem_english(word)
        if stem and stem not in STOP_WORDS:
            out.append(stem)
    return tuple(out)


def index_terms(text: str | None) -> list[str]:
    """The terms of text as the index holds them, in text order (repeats kept)."""
    if not text:
        return []
    return list(chain.from_iterable(map(_token_terms, clean(text).split())))  # no Python loop per word


def skeleton(term: str) -> str:
    """The term with the letters transliterations swap (ج/غ/ق/ك, ث/ت, ذ/ز, ظ/ض) folded together."""
    return term.translate(_SKELETON)


_VARIANT_LETTERS = "جغقك"


def variants(term: str) -> list[str]:
    """Spellings of a transliterated term that differ only in ج/غ/ق/ك (at most two such letters)."""
    positions = [i for i, ch in enumerate(term) if ch in _VARIANT_LETTERS]
    if not positions or len(positions) > 2:
        return []
    found = {""}
    for i, ch in enumerate(term):
        letters = _VARIANT_LETTERS if i in positions else ch
        found = {prefix + letter for prefix in found for letter in letters}
    found.discard(term)
    return sorted(found)


_PATTERN_PREFIXES = "اتيمن"  # letters Arabic verb and noun patterns put before the root
_LONG_VOWELS = "اوي"


@lru_cache(maxsize=200_000)
def root(term: str) -> str:
    """The consonantal root of a stemmed Arabic term, roughly: pattern prefixes dropped while more than three
    letters remain, then long vowels after the first letter unless fewer than three letters would be left
    (مظاهر/تظاهر/متظاهر → ظهر, مساجد → سجد, اصاب/مصاب → صاب). Other terms come back unchanged."""
    if not _ARABIC.match(term):
        return term
    core = term
    while len(core) > 3 and core[0] in _PATTERN_PREFIXES:
        core = core[1:]
    consonants = core[0] + "".join(ch for ch in core[1:] if ch not in _LONG_VOWELS)
    return consonants if len(consonants) >= 3 else core


def word_count(text: str | None) -> int:
    """How many words a reader sees in text (stop words included)."""
    return len(_TERM.findall(clean(text or "")))
