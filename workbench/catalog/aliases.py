"""Finding catalog outlets and organizations by alias: exact, fuzzy (by catalog.ranking) and in running text."""

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.catalog.ranking import SpellingRanking
from workbench.extraction.sources.media import AR_DESCRIPTORS, EN_DESCRIPTORS
from workbench.extraction.sources.namesakes import most_named
from workbench.resources import RESOURCES_DIR
from workbench.text.normalize import comparison_key, fold_with_offsets, to_original_span

# Arabic glues conjunctions and prepositions to the next word ("وصحيفة", "لموقع", "بالصن"), and
# English names carry an article the alias may lack; these are the shapes a mention takes in text.
_ARTICLE_PREFIXES = ("ال",)
_CLITIC_PREFIXES = ("و", "ف", "ب", "ل")
_MENTION_CACHE = 4096
_FIRST_WORDS_CACHE = 200_000
_ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"}
_TOKEN = re.compile(r"\w+", re.UNICODE)
# Between two words of one alias only spaces, quotes and hyphens may stand ("واشنطن" "بوست"), or one dot
# of an abbreviation or a domain, with the space after it ("يو.بي.آي", "Lenta.ru", "U.N. refugee agency"), or
# brackets ("قناة (كان)"), or the slashes some agencies set their name between ("وكالة / المعلومة /").
_JOINER = re.compile(r"""\.?[\s"'()\-–/]*""")
# The article written apart, before a number or a quoted name ("القناة الـ 12", 'القناة الـ"12"'), is read
# glued to the word after it, as "القناة الـ12" is (a name spelt with its article apart, "ال بايس", stays so).
_APART_ARTICLE = "ال"
_QUOTED_GAP = re.compile(r"""\s*["'«»“”]+\s*""")


@dataclass(frozen=True)
class AliasEntry:
    """One spelling under which a catalog outlet or organization appears."""

    alias: str
    name: str
    kind: str  # "outlet" or "organization"
    medium: str | None = None  # newspaper/agency/channel/site, for resolving "the paper", "the agency"
    country: str | None = None  # ISO 3166 code of an outlet's country, for "A Kuwaiti daily", "الصحيفة اللبنانية"


@dataclass(frozen=True)
class AliasHit:
    """A catalog entry found by alias; start/end index the original text for find_mentions."""

    name: str
    kind: str
    alias: str
    score: float
    start: int | None = None
    end: int | None = None
    medium: str | None = None
    country: str | None = None


@lru_cache(maxsize=65536)
def _key_variants(key: str) -> tuple[str, ...]:
    """The key itself and the key without the prefixes Arabic or English glue to a name."""
    variants = [key]
    if key.startswith("the "):
        variants.append(key[4:])
    for clitic in ("", *_CLITIC_PREFIXES):
        if clitic and not key.startswith(clitic):
            continue
        rest = key[len(clitic):]
        if clitic == "ل" and rest.startswith("ل"):  # "للصحيفه" is ل + الصحيفه
            rest = "ا" + rest
        if rest.startswith(_ARTICLE_PREFIXES) and len(rest) > 3:
            variants.append(rest[2:])
        if clitic and len(rest) > 1:
            variants.append(rest)
    return tuple(dict.fromkeys(variants))


class AliasIndex:
    """Alias look-up built once from catalog entries; every query works on the comparison form."""

    def __init__(self, entries: list[AliasEntry]):
        self._by_key: dict[str, AliasEntry] = {}
        # first word of an alias → (alias words, entry), longest alias first, for scanning text
        self._by_first: dict[str, list[tuple[tuple[str, ...], AliasEntry, bool]]] = {}
        # an alias without its nationality ("الميادين" of "الميادين اللبنانية") → the outlets it may mean
        self._by_stem: dict[str, dict[str, AliasEntry]] = {}
        unqualified: dict[str, dict[str, AliasEntry]] = {}  # "صحيفة X اللبنانية" → X
        for entry in entries:
            key = comparison_key(entry.alias)
            if not key:
                continue
            # "The Sun" is also looked up as "sun"; the first entry to claim a key keeps it.
            for variant in [key, key[4:]] if key.startswith("the ") else [key]:
                self._by_key.setdefault(variant, entry)
            tokens = tuple(key.split())
            if tokens[0] == "the" and len(tokens) > 1:
                tokens = tokens[1:]
            # Latin aliases written with a capital ("Sun", "AP") only match capitalized text, so the common word
            # "sun" in a sentence is not The Sun; a brand written small ("i24NEWS", "teleSUR") is written so in text.
            needs_capital = entry.alias.isascii() and _begins_with_capital(entry.alias)
            # "SANA", "WAM", "SPA": an acronym is written in capitals, "Sana'a" and "spa" are other words
            if needs_capital and entry.kind == "outlet" and len(tokens) == 1 and entry.alias.isupper() and \
                    entry.alias.isalpha():
                needs_capital = _ALL_CAPITALS
            # "The Independent", "The Times": an English word, which before another capitalized word is part
            # of a longer name ("The Independent Electoral Commission", "Times Square", "Sun Aug 25").
            word_name = needs_capital and len(tokens) == 1 and (key.startswith("the ") or entry.name.startswith("The "))
            self._by_first.setdefault(tokens[0], []).append((tokens, entry, needs_capital, word_name))
            stem = _qualified_stem(entry.alias, tokens)
            if stem and entry.kind == "outlet":
                self._by_stem.setdefault(stem, {}).setdefault(entry.name, entry)
                first, _, rest = stem.partition(" ")
                if rest and first in _PAPER_DESCRIPTORS:
                    unqualified.setdefault(rest, {}).setdefault(entry.name, entry)
        # "صحيفة الجمهورية اللبنانية" is also a paper called "الجمهورية", which Egypt has too: a name the paper's
        # shares with another outlet's, never a bare name of its own ("حركة "التغيير"" is no Sudanese paper)
        for rest, found in unqualified.items():
            shared = {**self._by_stem.get(rest, {}), **found}
            if len(shared) > 1:
                self._by_stem[rest] = shared
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # _match_at tries, of a first word's aliases ("صحيفه" begins 556), only those whose second word is the
        # text's next one, longest first, then the one-word aliases: the order of _by_first, without the misses.
        self._by_second: dict[str, tuple[dict[str, list], list]] = {}
        for first, candidates in self._by_first.items():
            longer: dict[str, list] = {}
            for candidate in candidates:
                if len(candidate[0]) > 1:
                    longer.setdefault(candidate[0][1], []).append(candidate)
            self._by_second[first] = (longer, [c for c in candidates if len(c[0]) == 1])
        self._ranking = SpellingRanking((key, entry.name) for key, entry in self._by_key.items())
        self.alias_keys = tuple(sorted({comparison_key(entry.alias) for entry in entries} - {""}))
        self._mentions: dict[str, tuple[AliasHit, ...]] = {}
        self._first_words: dict[str, bool] = {}

    @classmethod
    def from_entries(cls, entries) -> "AliasIndex":
        return cls(list(entries))

    def __len__(self) -> int:
        return len(self._by_key)

    def exact(self, text: str) -> AliasHit | None:
        """The entry whose alias is text, allowing an article and attached و/ف/ب/ل before it."""
        key = comparison_key(text)
        if not key:
            return None
        for variant in _key_variants(key):
            entry = self._by_key.get(variant)
            if entry is not None:
                return AliasHit(entry.name, entry.kind, entry.alias, 100.0, medium=entry.medium, country=entry.country)
        return None

    def bare_name(self, text: str, *, country: str | None = None,
                  named: Mapping[str, int] | None = None) -> AliasHit | None:
        """The one outlet listed as text plus its nationality ("الميادين" → "الميادين اللبنانية", "Al-Watan"
        → "Al-Watan (Syria)"); of several, the one of country ("الأخبار" in a story about Lebanon), or of the
        country the story names most of theirs (named: how often it names each); else None."""
        key = comparison_key(text)
        if not key:
            return None
        for variant in _key_variants(key):
            found = self._by_stem.get(variant)
            if found:
                if len(found) > 1 and named:
                    country = most_named(named, {e.country for e in found.values()}) or country
                local = [e for e in found.values() if country and e.country == country]
                if len(found) > 1 and len(local) != 1:
                    return None
                entry = local[0] if local else next(iter(found.values()))
                return AliasHit(entry.name, entry.kind, entry.alias, 90.0, medium=entry.medium, country=entry.country)
        return None

    def shares_bare_name(self, text: str) -> bool:
        """Whether text is the bare name of several listed outlets ("الشروق": a paper in Egypt, a channel in Algeria)."""
        key = comparison_key(text)
        return bool(key) and any(len(self._by_stem.get(variant) or ()) > 1 for variant in _key_variants(key))

    def fuzzy(self, text: str, *, limit: int = 10, cutoff: float = 70.0) -> list[AliasHit]:
        """Best entries for a typed or misspelt name by ranking.match_score, one hit per entry, best first;
        an exact alias (with the prefixes exact allows) comes first at 100."""
        exact = self.exact(text)
        hits = [exact] if exact is not None else []
        for ranked in self._ranking.rank(comparison_key(text), limit=limit, cutoff=cutoff):
            entry = self._by_key[ranked.spelling]
            if exact is None or entry.name != exact.name:
                hits.append(AliasHit(entry.name, entry.kind, entry.alias, ranked.score))
        return hits[:limit]

    def find_mentions(self, text: str) -> list[AliasHit]:
        """Alias occurrences in text, on word boundaries, longest first, as spans of the original text."""
        # Extraction asks about the same sentence and phrase several times; the index never changes.
        found = self._mentions.get(text)
        if found is None:
            if len(self._mentions) > _MENTION_CACHE:
                self._mentions.clear()
            found = self._mentions[text] = tuple(self._scan(text))
        return list(found)

    def forget_mentions(self) -> None:
        """Empty the cache of find_mentions (benchmarks time a new article each run)."""
        self._mentions.clear()

    def _scan(self, text: str) -> list[AliasHit]:
        folded, origin = fold_with_offsets(text)
        # Most sentences name nothing in the catalog: when no word may begin an alias (and none is an article
        # written apart, which glues to the next word), there is nothing to match and no token spans to build.
        first_words = self._first_words
        if not any(word == _APART_ARTICLE or (first_words[word] if word in first_words else self._may_begin_alias(word))
                   for word in _TOKEN.findall(folded)):
            return []
        tokens = _glue_apart_articles([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)], folded)
        words = tuple(token[0] for token in tokens)
        hits: list[AliasHit] = []
        i = 0
        while i < len(tokens):
            begins = first_words.get(words[i])  # (looked up here: a call per word of every sentence costs)
            if begins is None:
                begins = self._may_begin_alias(words[i])
            if not begins:
                i += 1
                continue
            match = self._match_at(tokens, words, i, folded, text, origin)
            if match is None:
                i += 1
                continue
            n_tokens, entry = match
            start, end = to_original_span(origin, tokens[i][1], tokens[i + n_tokens - 1][2])
            hits.append(AliasHit(entry.name, entry.kind, entry.alias, 100.0, start, end, entry.medium, entry.country))
            i += n_tokens
        return hits

    def _may_begin_alias(self, word: str) -> bool:
        """Whether some alias begins with word, in any of the shapes _key_variants gives it (kept per word)."""
        if len(self._first_words) > _FIRST_WORDS_CACHE:
            self._first_words.clear()
        # (a word of Latin letters or digits has no Arabic prefix and no "the " to take off: it is its only shape)
        begins = self._first_words[word] = word in self._by_first if word.isascii() else \
            any(v in self._by_first for v in _key_variants(word))
        return begins

    def _match_at(self, tokens, words, i, folded, text, origin):
        first = words[i]
        following = words[i + 1] if i + 1 < len(words) else None
        for variant in _key_variants(first):
            longer, single = self._by_second.get(variant, _NO_CANDIDATES)
            for alias_tokens, entry, needs_capital, word_name in (*longer.get(following, ()), *single):
                n = len(alias_tokens)
                if n > 2 and words[i + 2:i + n] != alias_tokens[2:]:  # (shorter at the text's end)
                    continue
                if any(not _JOINER.fullmatch(folded, tokens[i + k - 1][2], tokens[i + k][1]) for k in range(1, n)):
                    continue
                # "al-Ekhbariya", "el-Watan": the article is written small, the name is not.
                named = i + 1 if alias_tokens[0] in _ARABIC_ARTICLES and n > 1 else i
                # "لـRT": the capital comes after the glued ل
                glued = len(first) - len(variant) if named == i and first.endswith(variant) else 0
                if needs_capital and not text[origin[tokens[named][1] + glued]].isupper():
                    continue
                if needs_capital is _ALL_CAPITALS and not text[slice(*to_original_span(
                        origin, tokens[i][1] + glued, tokens[i][2]))].isupper():
                    continue
                # "لرووداو" after "الإقليم" is to Rudaw; "الجزيرة" right after "والي" is the place
                if n == 1 and (_is_adjective_of(tokens, i, folded) or (first == variant and _names_a_place(tokens, i, folded))):
                    continue
                if word_name and _begins_a_longer_name(tokens, i, folded, text, origin):
                    continue
                return n, entry
        return None


_ALL_CAPITALS = 2  # needs_capital of an acronym alias: every letter a capital
_NO_CANDIDATES: tuple[dict, list] = ({}, [])
_PAPER_DESCRIPTORS = ("صحيفه", "جريده")


def _begins_with_capital(alias: str) -> bool:
    """Whether a Latin alias's name begins with a capital ("The Sun", "AP"; not "i24NEWS", "franceinfo")."""
    name = alias[4:] if alias.lower().startswith("the ") else alias
    return name[:1].isupper()


def _glue_apart_articles(tokens: list[tuple[str, int, int]], folded: str) -> list[tuple[str, int, int]]:
    """The text's words, with an article written apart ("الـ 12", 'الـ"12"') joined to the word after it."""
    if not any(token[0] == _APART_ARTICLE for token in tokens):
        return tokens
    glued: list[tuple[str, int, int]] = []
    for token in tokens:
        gap = folded[glued[-1][2]:token[1]] if glued and glued[-1][0] == _APART_ARTICLE else None
        if gap is not None and (_QUOTED_GAP.fullmatch(gap) or (gap.isspace() and token[0][0].isdigit())):
            article = glued.pop()
            token = (article[0] + token[0], article[1], token[2])
        glued.append(token)
    return glued


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _begins_a_longer_name(tokens: list[tuple[str, int, int]], i: int, folded: str, text: str, origin: list[int]) -> bool:
    """Whether the word at i runs on into a capitalized word after one space ("Independent Electoral", "Sun Aug");
    a weekday may follow a name ("told the Guardian Monday")."""
    if i + 1 >= len(tokens) or folded[tokens[i][2]:tokens[i + 1][1]] != " ":
        return False
    after = tokens[i + 1]
    return text[origin[after[1]]].isupper() and after[0] not in _WEEKDAYS


def _is_adjective_of(tokens: list[tuple[str, int, int]], i: int, folded: str) -> bool:
    """Whether a one-word name that reads as an adjective ("العربيه", "السومريه") qualifies the definite noun
    or country just before it ("المملكه العربيه", "اللغه العربيه", "الدول العربيه", "مصر العربيه"): then it is
    no outlet."""
    word = tokens[i][0]
    if i == 0 or not word.startswith("ال") or not word.endswith("يه"):
        return False
    before, _, end = tokens[i - 1]
    definite = (any(before.startswith(clitic + "ال") for clitic in ("", *_CLITIC_PREFIXES)) or before.startswith("لل")
                or before in _DEFINITE_NAMES)
    return definite and folded[end:tokens[i][1]].isspace()


# Names of countries, definite without an article, that an official name qualifies ("جمهورية مصر العربية").
_DEFINITE_NAMES = {"مصر", "سوريا", "سوريه"}


# Nouns of a place or an institution that make the one-word name after them that place ("ولاية الجزيرة",
# "والي الجزيرة", "شبه الجزيرة", "سوق عكاظ", "جامعة الجزيرة"), in comparison form.
_PLACE_NOUNS = {"ولايه", "والي", "منطقه", "شبه", "اقليم", "محافظه", "محافظ", "مدينه", "بلده", "قريه", "جزيره",
                "سوق", "جامعه", "نادي", "مستشفى", "فندق", "ميناء", "مطار", "سهل", "وادي", "جبل", "نهر"}


def _names_a_place(tokens: list[tuple[str, int, int]], i: int, folded: str) -> bool:
    """Whether a one-word Arabic name comes right after a noun of place or institution, which it then names."""
    if i == 0 or tokens[i][0].isascii() or not folded[tokens[i - 1][2]:tokens[i][1]].isspace():
        return False
    return any(variant in _PLACE_NOUNS for variant in _key_variants(tokens[i - 1][0]))


_PARENTHESIS = re.compile(r"(.+?)\s*\([^()]+\)\s*")


def _qualified_stem(alias: str, tokens: tuple[str, ...]) -> str | None:
    """An alias's name without the nationality that qualifies it: "الميادين اللبنانية", "Al-Watan (Syria)"."""
    m = _PARENTHESIS.fullmatch(alias)
    if m:
        return comparison_key(m.group(1)) or None
    last = tokens[-1]
    if len(tokens) >= 2 and last.startswith("ال") and last.endswith(("يه", "ي")) and len(last) > 5:
        return " ".join(tokens[:-1])
    return None


# The catalog's outlet kinds, as the words an article uses to refer back ("the paper", "الوكالة").
_MEDIUM_OF_OUTLET_KIND = {"newspaper": "newspaper", "tabloid": "newspaper", "news_agency": "agency",
                          "broadcaster": "channel", "online": "site"}


def medium_of_outlet_kind(kind: str | None) -> str | None:
    """What "the paper", "the agency", "the channel" can refer back to, from an outlet's catalog kind."""
    return _MEDIUM_OF_OUTLET_KIND.get(kind or "")


_REFERRING_MEDIA = {"newspaper", "agency", "channel", "site", "magazine"}


def outlet_medium(kind: str | None, spellings) -> str | None:
    """What "the channel", "الوكالة" can refer back to: the outlet's kind says it, or, for a state-affiliated
    outlet (a channel, a paper or an agency), the descriptor its spellings carry most ("قناة العالم",
    "Syrian state television", "صحيفة تشرين")."""
    medium = medium_of_outlet_kind(kind)
    if medium or kind != "state_affiliated":
        return medium
    said = Counter()
    for spelling in spellings:
        for word in _TOKEN.findall(comparison_key(spelling)):
            word = word[2:] if word.startswith("ال") and len(word) > 4 else word
            found = AR_DESCRIPTORS.get(word) or EN_DESCRIPTORS.get(word)
            if found in _REFERRING_MEDIA:
                said[found] += 1
    return said.most_common(1)[0][0] if said else None


def load_bundled_entries(resources_dir: Path = RESOURCES_DIR) -> list[AliasEntry]:
    """Alias entries for every outlet and organization in the bundled catalog (names count as aliases)."""
    catalog_dir = resources_dir / "catalog"
    entries: list[AliasEntry] = []
    for file_name, kind in (("outlets.json", "outlet"), ("organizations.json", "organization")):
        path = catalog_dir / file_name
        if not path.exists():
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            spellings = (record["name"], *record.get("aliases", []))
            medium = outlet_medium(record.get("kind"), spellings) if kind == "outlet" else None
            country = record.get("country") if kind == "outlet" else None
            for alias in spellings:
                entries.append(AliasEntry(alias, record["name"], kind, medium, country))
    return entries
