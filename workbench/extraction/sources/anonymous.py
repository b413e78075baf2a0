"""Unnamed sources (eyewitnesses, Iraqi sources, media reports, officials) and their English labels."""

import re

from workbench.extraction.sources.nationality import arabic_nationality

# Folded Arabic head nouns of unnamed sources → English label; the plural/singular both count.
_AR_HEADS = {
    "شهود عيان": "eyewitnesses", "شاهد عيان": "an eyewitness", "شهود": "witnesses",
    "مصادر": "sources", "مصدر": "a source", "تقارير": "reports", "تقرير": "a report",
    "وسايل الاعلام": "media", "وسايل اعلام": "media", "مسوولون": "officials", "مسوولين": "officials",
    "سكان": "residents", "السكان": "residents", "الاهالي": "residents", "اهالي": "residents",
    "ناشطون": "activists", "ناشطين": "activists", "مراقبون": "observers", "خبراء": "experts",
    "محللون": "analysts", "دبلوماسيون": "diplomats", "مسوول": "an official", "مسوول رفيع": "a senior official",
    "متحدث": "a spokesman", "ناطق": "a spokesman",
    "اوساط": "circles", "دوائر": "circles", "جهات": "parties", "اشخاص": "people", "مندوبون": "delegates",
    "مندوبين": "delegates", "دبلوماسيين": "diplomats", "مصادر مطلعه": "informed sources",
    # duals: "مسؤولان إيرانيان"، "المصدران"
    "حسابات": "accounts", "اعلام": "media",  # "حسابات مجهولة", "إعلام إسرائيلي:"
    "احدهم": "one of them", "احداهن": "one of them", "احدهما": "one of them",
    "مسوولان": "two officials", "مصدران": "two sources", "مصدرين": "two sources", "دبلوماسيان": "two diplomats",
    "شاهدان": "two witnesses", "ضابطان": "two officers", "مهاجر": "a migrant", "موظف": "an employee",
    # (a post passed round, "تدوينة تدعي أن", is its unnamed writers' when named after the cue; before it a
    # post is as often where a speaker wrote, "في تدوينة له", and no subject is looked for there)
    "تدوينه": "a post", "تدوينات": "posts",
    "مسلحون": "gunmen", "مسلحين": "gunmen",  # "وقال مسلحون مجهولون …"
    "مصدرنا": "our source", "مصادرنا": "our sources",  # "ولم يستبعد مصدرنا أن": the site's own source
}
_AR_ADJECTIVES = {  # besides nationalities (workbench.extraction.sources.nationality)
    "اعلاميه": "media", "صحفيه": "press", "صحافيه": "press", "امنيه": "security", "عسكريه": "military",
    "مطلعه": "informed", "دبلوماسيه": "diplomatic", "حكوميه": "government", "طبيه": "medical", "محليه": "local",
    "رسميه": "official", "مقربه": "close", "قضاييه": "judicial", "امنيون": "security", "عسكريون": "military",
    "حكوميون": "government", "طبيون": "medical", "مطلعون": "informed", "محليون": "local",
    "عسكري": "military", "امني": "security", "مطلع": "informed", "حكومي": "government", "طبي": "medical",
}
# Singular "مصدر"/"مسؤول" folds to adjectives without teh marbuta; the label then stays singular.
_AR_RE = re.compile(
    r"^(?:(?:هذا|هذه|ذلك|تلك|احد|احدي|ذات|نفس)\s+)?(?:ال)?(" + "|".join(sorted(_AR_HEADS, key=len, reverse=True)) + r")(?!\w)((?:\s+(?:ال)?\w+)*)"
)
_EN_HEADS = (  # noqa: SIM905 - word lists read best as text
    "officials official sources source witnesses witness eyewitnesses residents activists diplomats analysts "
    "observers experts people reports report media insiders aides agencies groups survivors authorities monitors document documents copy memo letter "
    "activist resident diplomat analyst observer expert insider aide survivor monitor person"
).split()
# The head noun is the last word unless a qualifier follows ("sources familiar with the matter"), so
# "media reports" has the head "reports", not "media".
_EN_RE = re.compile(
    r"^(?:(?:a|an|the|two|three|four|several|some|many|other|one|senior|local|western|another|second|third|"
    r"same|unnamed|anonymous)\s+)*"
    r"((?:[\w.'-]+\s+){0,3}?)(" + "|".join(_EN_HEADS) + r")\b"
    r"((?:\s+(?:familiar|close|with|briefed|who|in|at|from|on|of|reached|contacted|interviewed|knowledgeable|"
    r"involved|aware|speaking)\b.*)?)$"
)
# A noun phrase is unnamed if it has none of the words that make a person or body identifiable.
_EN_DISQUALIFY = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson|minister|president)\b")
_EN_LABEL_SKIP = {"a", "an", "the", "two", "three", "four", "several", "some", "many", "other", "one", "another"}


def arabic_label(folded: str) -> str | None:
    """The English label of an unnamed Arabic source phrase ("مصادر عراقية" → "Iraqi sources"), or None."""
    match = _AR_RE.match(" ".join(_without_accusative(w) for w in folded.split()))
    if not match:
        return None
    head = _AR_HEADS[match.group(1)]
    adjectives = []
    for word in match.group(2).split():
        nationality = arabic_nationality(word)
        label = _AR_ADJECTIVES.get(word[2:] if word.startswith("ال") else word) or (nationality and nationality[0])
        if label is None:
            break
        adjectives.append(label)
    if head.startswith("two "):  # duals: "مسؤولان إيرانيان" → "two Iranian officials"
        return " ".join(["two", *adjectives, head.split(" ", 1)[1]])
    if head.startswith(("a ", "an ")):
        noun = head.split(" ", 1)[1]
        body = " ".join([*adjectives, noun])
        return f"{_indefinite(body)} {body}"
    if head in ("reports", "media") and "media" in adjectives:
        return "media reports"
    return " ".join([*adjectives, head])


# Words that begin with a vowel letter but the sound of "you" ("a Ukrainian official"), and acronyms read letter
# by letter whose first letter's name begins with a vowel sound ("an EU official", "a US official").
_YOU_SOUND = ("uk", "ug", "uni", "uru", "eu")
_VOWEL_SOUND_LETTERS = "AEFHILMNORSX"


def _indefinite(phrase: str) -> str:
    """"a" or "an" before an English label, by the sound it begins with."""
    word = phrase.split()[0]
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in _VOWEL_SOUND_LETTERS else "a"
    lowered = word.lower()
    return "an" if lowered[0] in "aeiou" and not lowered.startswith(_YOU_SOUND) else "a"


def _without_accusative(word: str) -> str:
    """"مصدرا" → "مصدر", "طبيا" → "طبي" (the alef of ـاً after أن or as an object); other words as they are."""
    if not word.endswith("ا") or len(word) < 4:
        return word
    bare = word[:-1]
    known = bare in _AR_HEADS or bare in _AR_ADJECTIVES or arabic_nationality(bare) is not None
    return bare if known else word


def english_label(phrase: str) -> str | None:
    """The label of an unnamed English source phrase ("two senior Iraqi officials" → "senior Iraqi officials")."""
    original = phrase.strip()
    text = original.lower()
    if _EN_DISQUALIFY.search(text):
        return None
    match = _EN_RE.match(text)
    if not match:
        return None
    modifiers = [w for w in match.group(1).split() if w not in _EN_LABEL_SKIP]
    rest = match.group(3)
    words = original.split()
    label = " ".join(w for w in words[: len(words) - len(rest.split())] if w.lower() not in _EN_LABEL_SKIP)
    return label or " ".join([*modifiers, match.group(2)])
