"""A regular expression for a set of literal words as a trie: one branch per shared prefix, not one per word.

Python's re tries the alternatives of "said|says|..." one by one at every position of the text; a trie tries a
letter once. It matches exactly the strings the plain alternation does, so a pattern anchored at word boundaries
finds the same spans and groups."""

import re


def trie_pattern(words: list[str]) -> str:
    """A non-capturing group matching exactly the given words (the empty string is ignored)."""
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for letter in word:
                node = node.setdefault(letter, {})
            node[""] = {}  # a word ends here
    return _branch(trie) if trie else "(?!)"


def _branch(node: dict) -> str:
    ends = "" in node
    arms = [re.escape(letter) + _branch(child) for letter, child in sorted(node.items()) if letter]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else f"(?:{'|'.join(arms)})"
    return f"(?:{body})?" if ends else body
