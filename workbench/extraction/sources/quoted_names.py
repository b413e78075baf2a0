"""Catalog mentions as extraction reads them: outlets whose bare name is a common word ("المملكة", "العالم")
found where quoted (لـ"المملكة"), a name outlets of several countries share read as the article's country's
("الشروق" in a story about Algeria), and short names that only fold to an alias ("ابنأ" is not "أبنا") left out."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from workbench.catalog.aliases import AliasHit, AliasIndex
from workbench.extraction.sources.media import AR_DESCRIPTORS
from workbench.extraction.sources.namesakes import most_named, namesake
from workbench.extraction.sources.nationality import arabic_nationality
from workbench.text.normalize import comparison_key, fold

# A short name between quotation marks or brackets; the common word alone in running text is not an outlet.
_QUOTED = re.compile(r"""(?:(?<=["«“”])|(?<=\())\s*(?P<name>[^"«»“”()\n,،.:]{2,30}?)\s*(?=["»”“)])""")
# What may open such a name: Lebanese and Sudanese papers open with ” as often as with “ ('لـ”الأخبار”').
_OPENING_MARKS = re.compile(r"[\"«“”(]")
_MAX_WORDS = 3
# The descriptors the catalog lists such names with ("قناة المملكة", "صحيفة الوطن").
_DESCRIPTORS = ("قناة", "صحيفة", "جريدة", "وكالة", "موقع", "شبكة", "إذاعة", "مجلة", "تلفزيون")
_EDGE = " \t\n\"'«»“”()ـ"


_SEEN_LIMIT = 4096


@dataclass(frozen=True)
class _Mentions:
    """A text's mentions before the quoted names met earlier in the article: the catalog's hits, those with the
    quoted bare names it holds, and those names (key, hit) to remember."""

    catalog_hits: tuple[AliasHit, ...]
    hits: tuple[AliasHit, ...]
    quoted: tuple[tuple[str, AliasHit], ...]


class QuotedNameCatalog:
    """The catalog as extraction reads it: its mentions, plus quoted names that are the bare name of exactly
    one outlet (listed with a descriptor, "قناة المملكة", or with its nationality, "العالم الإيرانية")."""

    def __init__(self, catalog: AliasIndex, *, named: Mapping[str, int] | None = None):
        self._catalog = catalog
        self._named = named or {}  # how often the article names each country, for names outlets of several share
        self._country = most_named(self._named)  # the country the article is about
        self._quoted: dict[str, AliasHit] = {}  # names met quoted in this article: a source phrase of that name alone
        # Extraction asks about the same sentence and phrase several times: what a text's mentions are apart from
        # the quoted names met before it (_Mentions) is worked out once.
        self._seen: dict[str, _Mentions] = {}
        self._keys: dict[str, str] = {}  # comparison keys of texts, needed once a quoted name has been met
        self._bare: dict[str, AliasHit | None] = {}

    def __getattr__(self, name):
        return getattr(self._catalog, name)

    def find_mentions(self, text: str) -> list[AliasHit]:
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) > _SEEN_LIMIT:
                self._seen.clear()
                self._keys.clear()
            found = self._seen[text] = self._mentions(text)
        alone = self._quoted.get(self._key(text)) if self._quoted else None
        if alone is not None and not found.catalog_hits:  # 'لـ"المملكة"' read again as the phrase naming the source
            start = len(text) - len(text.lstrip(_EDGE))
            return [AliasHit(alone.name, "outlet", alone.alias, alone.score, start, len(text.rstrip(_EDGE)),
                             alone.medium)]
        self._quoted.update(found.quoted)
        return list(found.hits)

    def _mentions(self, text: str) -> "_Mentions":
        hits = [self._of_country(h) for h in self._catalog.find_mentions(text)
                if not _hamza_apart(h.alias, text[h.start:h.end])]
        catalog_hits = tuple(hits)
        quoted: list[tuple[str, AliasHit]] = []
        told = self._told_bare(text, hits)
        hits.extend(hit for _, hit in told)
        if not _OPENING_MARKS.search(text):
            hits.sort(key=lambda h: h.start)
            return _Mentions(catalog_hits, tuple(hits), tuple(told))
        for m in _QUOTED.finditer(text):
            start, end = m.span("name")
            if len(m.group("name").split()) > _MAX_WORDS or any(h.start < end and start < h.end for h in hits):
                continue
            outlet = self._bare_outlet(m.group("name"))
            if outlet is not None:
                hits.append(AliasHit(outlet.name, "outlet", m.group("name"), 95.0, start, end, outlet.medium))
                quoted.append((comparison_key(m.group("name")), hits[-1]))
        return _Mentions(catalog_hits, tuple(sorted(hits, key=lambda h: h.start)), (*told, *quoted))

    def _told_bare(self, text: str, hits: list[AliasHit]) -> list[tuple[str, AliasHit]]:
        """Outlets told something under a bare name that is also an ordinary phrase, unquoted: "قال مسؤول أمني
        للشرق الأوسط إن" (Asharq Al-Awsat), a name of two words or more found only right after a speech cue and its
        speaker, never after a role or office ("المبعوث الأمريكي للشرق الأوسط", "مستشار الرئيس لشؤون الشرق
        الأوسط"); (key, hit) of the phrase as written with its ل, to read the phrase "للشرق الأوسط" alone again."""
        if "ل" not in text:
            return []
        found = []
        for m in _TOLD_BARE.finditer(text):
            start = m.start()
            if any(h.start <= start < h.end for h in hits) or not _told_after_speaker(text[:start]):
                continue
            words = m.group("name").split()
            # two words or more: one ("للعالم", "للمملكة", "للرياض") is as often the world, the kingdom, the city
            for n in range(min(len(words), _MAX_WORDS), 1, -1):
                name = " ".join(words[:n])
                bare = ("ال" + name) if m.group("lam") else name  # "للشرق" is ل + الشرق
                outlet = self._bare_outlet(bare)
                if outlet is None:
                    continue
                end = m.start("name") + len(name)
                hit = AliasHit(outlet.name, "outlet", bare, 90.0, start, end, outlet.medium)
                found.append((comparison_key(text[start:end]), hit))
                break
        return found

    def _key(self, text: str) -> str:
        if text not in self._keys:
            self._keys[text] = comparison_key(text)
        return self._keys[text]

    @property
    def country(self) -> str | None:
        """The country the article is about, if it names one most."""
        return self._country

    def bare_name(self, text: str) -> AliasHit | None:
        """The catalog's bare_name, choosing among outlets sharing the name the one of the article's country."""
        return self._catalog.bare_name(text, country=self._country, named=self._named)

    def _of_country(self, hit: AliasHit) -> AliasHit:
        """The hit, or the namesake of the article's country when its alias is a name several outlets share."""
        local = namesake(hit.alias, self._named)
        listed = self._catalog.exact(local) if local and local != hit.name else None
        return replace(hit, name=listed.name) if listed is not None and listed.kind == "outlet" else hit

    def _bare_outlet(self, name: str) -> AliasHit | None:
        if name not in self._bare:
            self._bare[name] = self._bare_outlet_of(name)
        return self._bare[name]

    def _bare_outlet_of(self, name: str) -> AliasHit | None:
        local = namesake(name, self._named)
        listed = self._catalog.exact(local) if local else None
        if listed is not None and listed.kind == "outlet":
            return listed
        if self._catalog.shares_bare_name(name) and (shared := self.bare_name(name)) is not None:
            return shared  # "الجمهورية" in a story about Lebanon, before "جريدة الجمهورية" (the Egyptian paper's)
        # ("للقناة “13 العبرية”": listed as "القناة 13 العبرية", the descriptor definite; but a nationality alone,
        # 'لـ(السوداني)', is the paper "صحيفة السوداني", not "التلفزيون السوداني", the Sudanese television)
        articles = ("",) if arabic_nationality(fold(name)) else ("", "ال")
        listed = {hit.name: (hit, d) for d in _DESCRIPTORS for a in articles
                  if (hit := self._catalog.exact(f"{a}{d} {name}")) and hit.kind == "outlet"}
        if len(listed) == 1:
            hit, descriptor = next(iter(listed.values()))
            return AliasHit(hit.name, hit.kind, hit.alias, hit.score, medium=AR_DESCRIPTORS.get(fold(descriptor)))
        return self.bare_name(name) if not listed else None


# ل glued to a name ("للشرق الأوسط", "لشبكة") and the up to three words it may be.
_TOLD_BARE = re.compile(r"(?<!\w)ل(?P<lam>ل)?(?P<name>\w+(?: \w+){0,2})")
# A role or office the phrase after it belongs to ("المبعوث … للشرق الأوسط", "شؤون الشرق الأوسط"), folded.
_ROLE_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:ال)?(?:مبعوث|منسق|مستشار|مساعد|ممثل|مندوب|سفير|مفوض|مدير|نايب|دوله|خاص|"
                          r"شوون|مركز|معهد|مكتب|اداره|قسم|لجنه|برنامج)\w{0,2})(?:\s+\S+){0,2}\s*$")
# A speech cue, then its speaker, then the ل: "قال مسؤول أمني ل", "وقالت مصادر أمنية أردنية ل" (folded).
_SPEAKER_BEFORE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|كشف|كشفت|ذكر|ذكرت|افاد|افادت|"
                             r"اضاف|اضافت|تحدث|تحدثت)(?:\s+\S+){1,4}\s*$")


def _told_after_speaker(before: str) -> bool:
    """Whether the words before a ل are a speech cue and its speaker, and not a role or office."""
    tail = fold(before[-80:])
    return bool(_SPEAKER_BEFORE.search(tail)) and not _ROLE_BEFORE.search(tail)


_HAMZA = re.compile("[أإآءؤئ]")
_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
_SHORT_NAME = 5


def _hamza_apart(alias: str, written: str) -> bool:
    """Whether a short name matched the alias only once folded: its hamza sits elsewhere ("وكالة ابنأ السودان",
    a misspelt "أنباء", against ABNA's "وكالة أبنا"). Long names keep their fold-insensitive match."""
    for alias_word, word in zip(alias.split(), _MARKS.sub("", written).split(), strict=False):
        # counted from the word's end, so that a glued ل or و ("لأبنا") does not move it
        at_alias = [len(alias_word) - m.start() for m in _HAMZA.finditer(alias_word)]
        at_text = [len(word) - m.start() for m in _HAMZA.finditer(word)]
        if len(word) <= _SHORT_NAME and at_alias and at_text and at_alias != at_text:
            return True
    return False
