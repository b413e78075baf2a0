"""How well a typed or printed name matches a catalog spelling: the one rule behind the picker and extraction."""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

_SIMILARITY_WEIGHT = 0.9  # a likeness scores at most 90, below any spelling the name begins

Owner = TypeVar("Owner", bound=Hashable)


def begins_a_word(name: str, spelling: str) -> bool:
    """Whether name is the start of a word of spelling, or of the word after its Arabic article
    ("sun" begins "the sun", "صن" begins "الصن", "رائد" begins "ضابط رائد")."""
    padded = " " + spelling
    return f" {name}" in padded or f" ال{name}" in padded


def match_score(name: str, spelling: str, *, similarity: float | None = None) -> float:
    """How well a typed or printed name matches a catalog spelling, both comparison keys (0-100): 100 the same;
    about 95 when the name begins a word of the spelling, less the longer the spelling goes on; otherwise 0.9 ×
    their rapidfuzz WRatio (`similarity`, when the caller has it already), the closer length first among equals."""
    if name == spelling:
        return 100.0
    # People type a name from its start: every spelling they have begun ranks above any that merely looks
    # alike ("sunday" → The Sunday Times before The Sun, "رائد" → the major before Rai al-Youm).
    if begins_a_word(name, spelling):
        return 95.0 - min(len(spelling) - len(name), 30) * 0.1
    if similarity is None:
        similarity = fuzz.WRatio(name, spelling)
    return similarity * _SIMILARITY_WEIGHT - abs(len(spelling) - len(name)) / 100


_MAX_NAME_CHARS = 300


@dataclass(frozen=True)
class Ranked(Generic[Owner]):
    """One catalog entry's best spelling for a name, and its match_score."""

    owner: Owner
    spelling: str
    score: float


class SpellingRanking(Generic[Owner]):
    """Catalog spellings (comparison keys) and the entries they belong to; ranks the entries by match_score of
    their best spelling, one hit per entry."""

    def __init__(self, spellings: Iterable[tuple[str, Owner]]):
        self._owners: dict[str, list[Owner]] = {}
        for spelling, owner in spellings:
            if spelling:
                self._owners.setdefault(spelling, []).append(owner)
        self._spellings = list(self._owners)

    def rank(self, name: str, *, limit: int, cutoff: float,
             accept: Callable[[Owner], bool] | None = None) -> list[Ranked[Owner]]:
        """The entries that accept allows with a spelling whose WRatio with name is at least cutoff, each by
        the match_score of its best spelling, best first. Beginning a word ranks a spelling higher but lets
        in nothing the cutoff keeps out (every spelling a name begins has a WRatio of at least 60)."""
        if not name:
            return []
        # WRatio's cost grows with the name's length times each spelling's; no real name comes near this
        # (the longest ranked in our real reporting and PolNeAR is 121 characters), a run-on phrase does.
        name = name[:_MAX_NAME_CHARS]
        best: dict[Owner, Ranked[Owner]] = {}
        # One C call scores every spelling; Python only sees those similar enough.
        for spelling, similarity, _ in process.extract(name, self._spellings, scorer=fuzz.WRatio, limit=None,
                                                       score_cutoff=cutoff):
            score = match_score(name, spelling, similarity=similarity)
            for owner in self._owners[spelling]:
                if (accept is None or accept(owner)) and (owner not in best or best[owner].score < score):
                    best[owner] = Ranked(owner, spelling, score)
        return sorted(best.values(), key=lambda hit: (-hit.score, hit.spelling))[:limit]
