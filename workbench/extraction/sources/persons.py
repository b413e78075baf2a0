"""Persons named as sources: the name, the role before or after it, and the body they speak for."""

import re

from workbench.enums import SourceKind
from workbench.extraction.sources.nationality import arabic_nationality
from workbench.extraction.sources.phrases import EDGE, Phrase, SourcePhrase
from workbench.extraction.sources.places import government_named
from workbench.text.normalize import fold

_AR_ROLES = (  # noqa: SIM905 - word lists read best as text
    "المتحدث متحدث المتحدثه متحدثه الناطق ناطق الناطقه وزير وزيره الوزير رييس رييسه الرييس امين الامين "
    "مدير مديره المدير قايد القايد رايد الرايد عقيد العقيد لواء اللواء العميد عميد مقدم المقدم نقيب النقيب "
    "جنرال الجنرال سفير السفير نايب النايب عضو العضو مستشار المستشار محافظ المحافظ مساعد مندوب المندوب "
    "ممثل الممثل مراسل مراسله ضابط الضابط زعيم الزعيم القيادي قيادي الخبير خبير المحلل محلل استاذ الاستاذ "
    "الدكتور الدكتوره د الشيخ القاضي المفتي مفتي المرشد الملك الامير ولي المبعوث مبعوث رييسه قاده "
    "الصحفي صحفي الصحفيه صحفيه الصحافي صحافي الكاتب كاتب الكاتبه كاتبه المعلق معلق المحرر محرر السيناتور سيناتور المحامي محامي "
    "مدرب المدرب كبير كبيره"  # "كبير المفاوضين", "كبير محللي السوق في شركة …": the chief of a trade
).split()
AR_ROLE_SET = set(_AR_ROLES)
EN_ROLES = set(
    "spokesman spokeswoman spokesperson minister president premier secretary director commander chief head "  # noqa: SIM905 - word lists read best as text
    "colonel col. general gen. lieutenant lt. major maj. captain capt. sergeant sgt. brigadier ambassador "
    "envoy governor mayor senator rep. sen. gov. adviser advisor official aide leader deputy editor "
    "correspondent reporter analyst professor prof. dr. mr. mrs. ms. king prince emir sheikh judge "
    "prosecutor chairman chairwoman ceo founder member lawmaker mp publisher host anchor columnist commentator "
    "strategist consultant pollster economist historian attorney lawyer executive operative organizer researcher "
    "scholar fellow manager co-director co-founder candidate nominee congressman congresswoman officer "
    "demographer".split()
)
# Words that open the name of a body; never part of a person's name, so listed here and used by sources.
_AR_ORG_HEADS = (  # noqa: SIM905 - word lists read best as text
    "وزاره الوزاره هييه الهييه كتايب الكتايب حركه الحركه منظمه المنظمه جيش الجيش قوات القوات حكومه الحكومه "
    "مجلس المجلس لجنه اللجنه مكتب المكتب رياسه الرياسه تنظيم التنظيم جماعه الجماعه حزب الحزب مفوضيه "
    "المفوضيه شركه الشركه جامعه الجامعه اتحاد الاتحاد تحالف التحالف قياده القياده مديريه المديريه اداره "
    "الاداره دار الشرطه شرطه الداخليه الخارجيه محكمه المحكمه البرلمان برلمان النيابه الكرملين البنتاغون "
    "البيت الامم خليه مركز المركز بعثه البعثه سفاره السفاره وكاله جهاز الجهاز امانه الامانه بلديه البلديه "
    "المخابرات مخابرات الاستخبارات استخبارات الاركان اركان"
).split()
AR_ORG_SET = set(_AR_ORG_HEADS)
_ATTACHED_ARTICLE = ("بال", "لل", "وال", "فال", "كال")
# "علي" is not here: it is both the preposition على and the name Ali, and names matter more.
_AR_RELATIVES = {"الذي", "التي", "الذين", "والذي", "والتي", "والذين"}
# Prepositions after a role: the word that follows is the place or body of the office, not a name.
_AR_PLACE_BEFORE = {"في", "لدي", "بمدينه", "بمحافظه", "بولايه"}
_NAME_STOPS = AR_ROLE_SET | {"باسم", "عام", "عن", "الي", "في", "من", "مع", "لدي", "و"}


def starts_with_role(words: list[str]) -> bool:
    """English roles often follow modifiers: "a military spokesman", "an Iraqi special forces major"."""
    return any(w.strip(",") in EN_ROLES and not (w == "general" and i > 0 and words[i - 1] in _EN_GENERAL_BODIES)
               for i, w in enumerate(words[:4])) or words[-1].strip(",.") in EN_ROLES


_EN_GENERAL_BODIES = {"directorate", "secretariat", "inspectorate", "staff", "command"}  # "the Directorate General of …"


def person(phrase: Phrase, english: bool) -> SourcePhrase:
    """A person: the name is the trailing run of name-like words, the role what comes before it."""
    if "," in phrase.folded:
        return _appositive(phrase, english)
    folded = phrase.folded
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s,]+", folded)]
    if not english and tokens:
        leading = _leading_name(folded, tokens)
        place = next((s for s, e in tokens[1:] if folded[s:e] in _AR_PLACE_BEFORE), None)
        if place is not None and not leading:  # "… عبدالقادر المرتضى في تغريدة": the name before where he spoke
            named = person(Phrase(phrase.text, phrase.start, phrase.span(0, place)[1]), english)
            if named.name:
                return named
        if leading:
            name_end = tokens[leading - 1][1]
            surface = phrase.surface(0, name_end)
            role = phrase.text[slice(*phrase.span(tokens[leading][0], len(folded)))].strip(EDGE)
            return SourcePhrase(*surface, SourceKind.PERSON, name=surface[0], role=role,
                                affiliation=_affiliation(role, False), confidence=0.7)
    original = [phrase.text[slice(*phrase.span(s, e))] for s, e in tokens]
    run = 0
    for i in range(len(tokens) - 1, -1, -1):
        word = folded[tokens[i][0]:tokens[i][1]]
        if english:
            ok = (original[i][:1].isupper() or _EN_NAME_PARTICLE.match(original[i]) is not None
                  or (run > 0 and word in _EN_NAME_LINKS)) and word.strip(".") not in EN_ROLES and word not in ("the", "a")
            ok = ok and not (i > 0 and folded[tokens[i - 1][0]:tokens[i - 1][1]] == "of")  # "Minister of State"
            # "the Saudi ambassador to Egypt": his post, not a name ("Representative Steve Israel" is one)
            ok = ok and not (i > 0 and folded[tokens[i - 1][0]:tokens[i - 1][1]] in ("to", "from", "in")
                             and government_named(word) is not None)
        else:
            previous = folded[tokens[i - 1][0]:tokens[i - 1][1]] if i > 0 else ""
            # Family names often carry the article ("علي المصيلحي", "حيدر العبادي") after a given name.
            # ("كريس والدن", "جون والاس": a name that begins as و + ال does)
            family = i == len(tokens) - 1 and word.startswith(("ال", "وال")) and _name_like(previous)
            ok = _name_like(word) or previous in ("عبد", "ابو", "بن") or family
            # "وزير خارجية فرنسا": the country and the portfolio after the minister are his role, not a name;
            # "رئيس بلدية صيدا": the word after a body's head ("بلدية", not "الجيش") names the body
            ok = ok and government_named(word) is None and previous not in ("وزير", "وزيره") and not (
                previous in AR_ORG_SET and not previous.startswith("ال"))
        if not ok or run == 4:
            break
        run += 1
        if i > 0 and folded[tokens[i - 1][1]:tokens[i][0]].strip().startswith(","):
            break  # an appositive name ends at the comma before it
    before_name = folded[slice(*tokens[len(tokens) - run - 1])] if 0 < run < len(tokens) else ""
    if english and before_name == "the" and run + 2 <= len(tokens) and \
            folded[slice(*tokens[len(tokens) - run - 2])] in ("of", "for", "at", "to", "from"):
        run = 0  # "the head of the United Nations", "a spokesman for the Pentagon": the body, not a name
    if not english and (before_name in _AR_RELATIVES or before_name in _AR_PLACE_BEFORE):
        run = 0  # "… والذي حضر الإفادة": what he did; "المحامي العام في دمشق": where he serves, not a name
    confidence = 0.7 if run else 0.5
    if not english and run == 0 and 0 < len(tokens) <= 2 and not any(
            folded[s:e] in AR_ROLE_SET or folded[s:e] in AR_ORG_SET for s, e in tokens):
        run = len(tokens)  # a bare family name used again: "وأضاف المصيلحي"
    if run == len(tokens) and tokens:
        surface = phrase.surface(0, len(folded))
        return SourcePhrase(*surface, SourceKind.PERSON, name=surface[0], confidence=confidence)
    role_fold_end = tokens[len(tokens) - run - 1][1] if tokens else len(folded)
    role = phrase.text[slice(*phrase.span(0, role_fold_end))].strip(EDGE) or None
    affiliation = _affiliation(role, english)
    if run:
        name_start = tokens[len(tokens) - run][0]
        surface = phrase.surface(name_start, len(folded))
        return SourcePhrase(*surface, SourceKind.PERSON, name=surface[0], role=role, affiliation=affiliation,
                            confidence=confidence)
    return SourcePhrase(*phrase.surface(0, len(folded)), SourceKind.PERSON, role=role,
                        affiliation=affiliation, confidence=confidence)


# "تماري، المعروف بانتقاده لنتنياهو،": a description set off by commas, whose words are never the name.
_AR_DESCRIPTION_OPENERS = _AR_RELATIVES | {"المعروف", "المعروفه", "الملقب", "الملقبه", "المقرب", "المقربه",
                                           "المشهور", "المشهوره"}


def _appositive(phrase: Phrase, english: bool) -> SourcePhrase:
    """"Colonel John Dorrian, a spokesman for the coalition", "الدكتور علي المصيلحي، وزير التموين": name + role."""
    pieces, cursor = [], 0
    for part in phrase.folded.split(","):
        piece = Phrase(phrase.text, *phrase.span(cursor, cursor + len(part)))
        if not english and part.split() and part.split()[0] in _AR_DESCRIPTION_OPENERS:
            surface = piece.surface(0, len(piece.folded))
            pieces.append(SourcePhrase(*surface, SourceKind.PERSON, role=surface[0]))
        elif part.strip():
            pieces.append(person(piece, english))
        cursor += len(part) + 1
    named = [p for p in pieces if p.name]
    if not named:
        return SourcePhrase(*phrase.surface(0, len(phrase.folded)), SourceKind.PERSON,
                            role=phrase.text[phrase.start:phrase.end], confidence=0.5)
    # "Ben Domenech, publisher of The Federalist": the name, then roles naming others; Arabic puts the role
    # first ("الصحفي في صحيفة (معاريف)، نوعام أمير").
    # "يوسف عبودي، عضو لجنة تجار الذهب،": a piece opening on a role names no one ("الذهب" ends the role).
    bare_named = [p for p in named if not p.role]
    speaker = named[0] if english else (bare_named or named)[-1]
    roles = [p.role for p in pieces if p.role]
    role = ("، " if not english else ", ").join(roles) or None
    return SourcePhrase(speaker.surface, speaker.start, speaker.end, SourceKind.PERSON, name=speaker.name, role=role,
                        affiliation=_affiliation(role, english), confidence=0.7)


# "Khalid al-Suwaidi", "Ahmed el-Sayed": a lower-case article glued to a capital; "Hamad bin Jassim", "Ursula von
# der Leyen": lower-case links inside a name.
_EN_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)-[A-Z]")
_EN_NAME_LINKS = {"bin", "ben", "ibn", "abu", "al", "el", "de", "da", "van", "von", "der", "del", "la"}


def _name_like(word: str) -> bool:
    # ("سيناتور أمريكي": a nationality, not a name)
    return bool(word) and word not in _NAME_STOPS and word not in AR_ORG_SET and '"' not in word and \
        not word.startswith(("ال", *_ATTACHED_ARTICLE)) and arabic_nationality(word) is None


def _leading_name(folded: str, tokens: list[tuple[int, int]]) -> int:
    """How many words of a name come before the role in "محمود بصل المتحدث باسم …" (0 if none)."""
    words = [folded[s:e] for s, e in tokens]
    for k, word in enumerate(words[:4]):
        if word in AR_ROLE_SET:
            ok = k > 0 and all(_name_like(w) for w in words[:k])
            return k if ok else 0
    return 0


_AFFILIATION = re.compile(r"(?:\bباسم|\bفي|\bلدى|\bلدي|\bب(?=ال)|\bfor|\bat|\bof|\bwith)\s*(.+)$")


def _affiliation(role: str | None, english: bool) -> str | None:
    if not role:
        return None
    match = _AFFILIATION.search(role)
    return match.group(1).strip(EDGE) if match else None


_LATIN_VOWELS = re.compile(r"(?<=\w)[aeiouy]")


def family_key(name: str) -> str:
    """A family name as its spellings share it: folded, and in Latin letters without the vowels that
    transliterations vary ("Al-Jubeir" and "Al-Jubair" → "al-jbr")."""
    words = fold(name).lower().split()
    last = words[-1].strip(".,:\"'’") if words else ""
    return _LATIN_VOWELS.sub("", last) if last.isascii() else last
