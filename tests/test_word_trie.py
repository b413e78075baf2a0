"""trie_pattern matches exactly the words of a plain alternation, so cue patterns find the same spans."""

import re

import pytest

from workbench.text.word_trie import trie_pattern

WORDS = ["say", "says", "said", "saying", "tell", "told", "قال", "قالت", "قالوا", "اكد", "اكدت", "يوكد"]


@pytest.mark.parametrize("given", [*WORDS, "sa", "sayings", "tel", "tolds", "قا", "قالتا", "اك", "يوكدون", "", "x"])
def test_a_trie_matches_what_the_alternation_matches(given):
    plain = re.compile("|".join(sorted(WORDS, key=len, reverse=True)))
    assert bool(re.fullmatch(trie_pattern(WORDS), given)) == bool(plain.fullmatch(given))


@pytest.mark.parametrize(("given", "expected"), [
    ("He said that officials told reporters", ["said", "told"]),
    ("sayings of the tellers", []),
    ("وقالت الوزارة إن الوزير أكد", ["قالت"]),  # "أكد" unfolded: not the folded form listed
    ("وقال المتحدث وقالوا", ["قال", "قالوا"]),
])
def test_a_trie_finds_whole_words_in_text(given, expected):
    pattern = re.compile(rf"(?<!\w)[وف]?(?P<word>{trie_pattern(WORDS)})(?!\w)")
    assert [m.group("word") for m in pattern.finditer(given)] == expected


def test_no_words_match_nothing():
    assert re.search(trie_pattern([]), "anything") is None
