"""A draft's chain: its sources classified, references back resolved, and the report under way carried over."""

import re
from dataclasses import replace

from workbench.enums import SourceKind
from workbench.extraction.chains import SUBJECT, TELLING_LEMMAS, TOLD_TO
from workbench.extraction.claims import ClaimDraft
from workbench.extraction.frames.coreference import OUTLET_MEDIA, Discourse, continues_report
from workbench.extraction.frames.outlet_references import (
    framed_chain,
    reporter_outlet,
)
from workbench.extraction.frames.report_frames import (
    for_ones_part,
    goes_on_in_report,
    in_own_medium,
    speaks_to_the_page,
)
from workbench.extraction.results import copied, lowered
from workbench.extraction.sources.media import AR_DESCRIPTORS, EN_DESCRIPTORS
from workbench.extraction.sources.phrases import BackReference, SourcePhrase
from workbench.extraction.sources.sources import classify, employer_outlet, misspelt_paper, names_what_is_said
from workbench.extraction.sources.state_media import names_state_medium, official_agency, state_broadcaster
from workbench.extraction.sources.told_outlets import told_outlet
from workbench.text.normalize import FoldedText, fold

PRONOUNS = {"he": False, "she": False, "it": True, "they": None}


def draft_chain(draft: ClaimDraft, text, language, catalog, discourse, to_text, article: FoldedText, *,
           frame: tuple[SourcePhrase, int, bool] | None = None) -> tuple[SourcePhrase, ...]:
    """The draft's sources, classified, references resolved, outermost first; frame: the outlet the sentence names
    as having seen or carried what it reports, and where that frame begins (outlet_references.framing_outlet)."""
    hops: list[tuple[int, int, SourcePhrase]] = []
    pronoun_gender: bool | None = draft.feminine
    # "ونقلت عن أوساط …": a verb whose subject is only its pronoun, naming whom it quotes.
    # "وقال لوكالة رويترز": only whom it was said to, the speaker is the verb's pronoun.
    pronoun = not draft.slots or (language == "ar" and draft.cue is not None and draft.cue.form == "verb"
                                  and all(slot.rank != SUBJECT for slot in draft.slots))
    referred_back = False
    spoken: BackReference | None = None  # the English pronoun standing for the speaker ("he said")
    for slot in draft.slots:
        s, e = to_text(slot.start, slot.end)
        found = classify(text, s, e, catalog=catalog, language=language)
        # (the words before are read only for a state medium: copying them for every source is quadratic)
        state = _arabic_state_medium(found.surface, text[:s], catalog) \
            if found is not None and language == "ar" and names_state_medium(found.surface) else None
        if state is not None:  # "للتلفزيون الرسمي" in a story about Syria, not the last channel named
            found = SourcePhrase(found.surface, found.start, found.end, SourceKind.OUTLET, outlet=state[0],
                                 name=state[0], confidence=0.6, medium=state[1])
        if found is None and slot.rank == SUBJECT and language == "ar" and names_what_is_said(text[s:e]):
            pronoun = True  # "كما أكد حرصه التام على …": he, the speaker before, affirms it
            continue
        if isinstance(found, BackReference):
            word = found.surface.lower()
            if word in PRONOUNS:
                pronoun, pronoun_gender, spoken = True, PRONOUNS[word], found
                continue
            found = _named_earlier_in_sentence(found, text, to_text(0, 0)[0], catalog) or discourse.resolve(found)
            referred_back = True
        if found is not None and language == "en":
            found = discourse.outlet_named_by(found) or found  # "The Post said", after The Washington Post
            state = state_broadcaster(found.surface, text[:s], catalog) if found.kind in _UNLISTED and \
                found.outlet is None and names_state_medium(found.surface) else None
            if state is not None:  # "told state television" in a story about Iran, "the official Saudi news agency"
                found = replace(found, kind=SourceKind.OUTLET, outlet=state, name=state, proposed=None,
                                confidence=0.6)
        if found is not None and found.kind is SourceKind.PERSON and ((
                slot.rank == SUBJECT and draft.cue is not None and draft.cue.lemma in _WRITING_LEMMAS
                and len(found.surface.split()) == 1) or (language == "en" and _EN_ARABIC_TITLE.fullmatch(found.surface))):
            # "كتبت تشرين:", "According to Al Akhbar": a paper by its name alone (a shared one, of the story's country)
            found = _paper_by_bare_name(found, catalog) or found
        staff = _staff_of_outlet(found, discourse) if found is not None else None
        if staff is not None:  # "وقال مراسل القناة", "موقع القناة", "the paper's website"
            outlet, is_site = staff
            if is_site:
                found = outlet
            else:
                hops.append((TOLD_TO, slot.start, outlet))
        if slot.rank == TOLD_TO and (found is None or found.kind is not SourceKind.OUTLET):
            found = told_outlet(text, s, e, catalog)  # "في حديثه لـ"المواطن""
        if found is None or (slot.rank == TOLD_TO and found.kind is not SourceKind.OUTLET):
            continue
        employer = employer_outlet(found, text, s, e, catalog)
        if employer is not None:
            hops.append((TOLD_TO, slot.start, employer))
            if misspelt_paper(found, employer, text, s):
                continue
        theirs = _EN_OUTLETS_OWN.search(found.surface) if language == "en" and found.kind is SourceKind.OUTLET \
            and found.outlet else None
        if theirs:  # "The Axios sources claim": the outlet, then its unnamed sources
            s = found.start + theirs.start("who")
            hops.append((TOLD_TO, slot.start, replace(found, surface=text[found.start:found.start + theirs.start()],
                                                      end=found.start + theirs.start())))
            found = SourcePhrase(text[s:found.end], s, found.end, SourceKind.ANONYMOUS, name=theirs.group("who").lower(),
                                 confidence=0.6)
        hops.append((slot.rank, slot.start, found))
    chain = tuple(h for _, _, h in sorted(hops, key=lambda item: (item[0], item[1])))
    if draft.cue is not None and draft.cue.lemma in TELLING_LEMMAS and chain:
        # "قال مسؤول أمريكي إن … وأبلغ مسؤول وكالة رويترز أن": the source just heard, telling the outlet
        chain = (*chain[:-1], discourse.unnamed_again(chain[-1]) or chain[-1])
    sentence_start = to_text(0, 0)[0]
    sentence = fold(text[sentence_start:to_text(draft.end, draft.end)[0]])  # the sentence up to the draft's end
    speaker = discourse.latest_speaker() if draft.quotes_pronoun else None
    if speaker is not None and speaker.kind is SourceKind.PERSON and chain:
        chain = (*chain, lowered(speaker))  # "ونقلت وكالة السودان للأنباء عنه القول": the outlet, then him
    if pronoun:
        continued = discourse.continued_chain(feminine=pronoun_gender)
        if continued and chain and all(rank > SUBJECT for rank, _, _ in hops):
            # "ونقلت عن أوساط": the outlet the pronoun stands for, then whom it quotes.
            chain = (*(lowered(h) for h in continued), *chain)
        elif continued and chain:  # '"…," he told CNN': CNN, then the speaker "he" stands for
            chain = (*chain, lowered(continued[-1]))
        elif continued:
            chain = tuple(lowered(h) for h in continued)
        if not chain and language == "en" and draft.cue is not None and not draft.slots:
            # "The minister is said to have resigned": words of nobody named, and no report under way.
            chain = (SourcePhrase(*_cue_span(text, draft, to_text), SourceKind.ANONYMOUS, name="unnamed sources",
                                  confidence=0.3),)
        if spoken is not None:
            # The speaker hop is written here as the pronoun: its span, the antecedent's identity.
            speaker = chain[-1] if chain and continued else _unnamed_speaker(spoken)
            chain = (*chain[:-1], copied(speaker, surface=spoken.surface, start=spoken.start, end=spoken.end)) \
                if chain and continued else (*chain, speaker)
    elif len(chain) == 1 and (referred_back or chain[0].kind is SourceKind.PERSON) and not for_ones_part(sentence):
        # "وتابعت المتحدثة", "one of the officials said", "وأوضح الحرمي": the last speaker goes on,
        # to the same outlet.
        chain = discourse.same_speaker_chain(chain[0], introduced_as=_introduction(article, chain[0]),
                                             described=lambda name: _described(article, name)) or \
            (_named_in_a_report(chain[0], article, discourse, draft, text, to_text) if language == "ar" else None) or chain
    same_again = discourse.latest_chain() if chain and _SAME_SOURCE.search(fold(chain[-1].surface)) else None
    if same_again:
        # "وأوضح المصدر نفسه": the source of the latest claim again, in its own chain ("أورد بلاغ لوزارة الداخلية")
        chain = (*(lowered(h) for h in same_again[:-1]), replace(same_again[-1], surface=chain[-1].surface,
                                                                   start=chain[-1].start, end=chain[-1].end))
    elif reporter_outlet(chain, text, to_text(0, 0)[0]):
        # "ونقل المراسل عن ضابط …", "وزعم كاتب المقال، يوني شاحر": the reporter of the outlet reporting.
        latest = discourse.latest_outlet()
        outlets = discourse.report_frame() or ((latest,) if latest is not None else ())
        chain = (*(lowered(h) for h in outlets), *chain)
    elif chain and not any(h.kind is SourceKind.OUTLET for h in chain) and continues_report(chain[0]) and \
            not _opens_own_thread(draft, text, to_text, referring_back=True):
        # "نقلت الغارديان عن مصدر حكومي … وأضاف المسؤول": the report's outlets stay outermost.
        chain = (*(lowered(h) for h in discourse.report_frame()), *_as_met(chain, discourse))
    elif len(chain) == 1 and chain[0].kind is SourceKind.ANONYMOUS and not _MEDIA_AT_LARGE.search(
            chain[0].name or "") and _goes_on_in_report(draft, text, to_text, discourse):
        # "وبحسب الصحيفة، … وقال مصدر أردني رفيع": a source the report itself goes on to quote.
        chain = (*(lowered(h) for h in discourse.report_frame(latest_only=True)), *chain)
    elif chain and not any(h.kind is SourceKind.OUTLET for h in chain) and goes_on_in_report(draft.cue) and \
            not _opens_own_thread(draft, text, to_text):
        # "قال عضو بمجلس الشيوخ لـ"رويترز" … وأضاف السيناتور كريس والدن": whoever is brought in goes on in it.
        chain = (*(lowered(h) for h in discourse.report_frame(latest_only=True)), *chain)
    if chain and chain[-1].kind is not SourceKind.OUTLET and in_own_medium(sentence):
        # "In a separate tweet, he wrote": the speaker's own medium, out of the outlet's report carried over.
        chain = tuple(h for h in chain if h.kind is not SourceKind.OUTLET or h.start >= sentence_start)
    if frame is not None:
        # "Messages seen by the Guardian show …", "في رسالة نشرتها صحيفة X": that outlet is outermost.
        chain = framed_chain(chain, *frame, text=text, sentence_start=to_text(0, 0)[0],
                             cue_start=to_text(draft.cue.start, draft.cue.end)[0] if draft.cue else None) or chain
    span = None
    if chain and chain[0].kind is SourceKind.OUTLET and chain[0].outlet:
        # where an outlet's report is, for whoever it names there (_named_in_a_report); found only for such claims
        claim_start, claim_end = to_text(draft.start, draft.end)
        span = article.position(claim_start), article.position(claim_end)
    discourse.remember(chain, span)
    return chain


_EN_OUTLETS_OWN = re.compile(r"(?<=\S)\s+(?P<who>sources|officials|source|official)$", re.IGNORECASE)
# "according to Israeli media", "media reports": other outlets at large, never sources inside one's report
_MEDIA_AT_LARGE = re.compile(r"\b(?:media|reports|press|newspapers)$")


def _as_met(chain: tuple[SourcePhrase, ...], discourse: Discourse) -> tuple[SourcePhrase, ...]:
    """"The official" after "a U.S. official told Reuters": the unnamed source met before, not a person."""
    hop, speaker = chain[-1], discourse.latest_speaker()
    if hop.kind is not SourceKind.PERSON or hop.name or speaker is None or speaker.kind is not SourceKind.ANONYMOUS:
        return chain
    head = fold(hop.role or hop.surface).split()[-1:]
    if not head or head[0] not in fold(speaker.surface).split():
        return chain
    return (*chain[:-1], replace(hop, kind=SourceKind.ANONYMOUS, name=speaker.name, role=None))


def _named_in_a_report(person: SourcePhrase, article: FoldedText, discourse: Discourse, draft: ClaimDraft, text: str,
                       to_text) -> tuple[SourcePhrase, ...] | None:
    """"وأوضحت الصحيفة أن … المحلل جيل تماري … وقال تماري": someone the article first named inside an outlet's
    report, quoted next, speaks in that report (unless the sentence turns to a thread of its own)."""
    if person.kind is not SourceKind.PERSON or not person.name:
        return None
    name = fold(person.name).split()
    # a family name alone ("تماري") is looked for as written; a longer name in full ("ناشط حقوقي محلي" is no name
    # whose last word was met before)
    first = article.find_first(name[-1] if len(name) == 1 else " ".join(name), article.position(person.start))
    if first < 0:
        return None
    outlets = discourse.reported_in(first)
    sentence_start = to_text(0, 0)[0]
    # "وكان الفهداوي قد أعلن": what he said before, out of the report under way
    if not outlets or _opens_own_thread(draft, text, to_text) or _EARLIER.match(fold(text[sentence_start:sentence_start + 20])):
        return None
    return (*(lowered(h) for h in outlets), person)


_UNLISTED = (SourceKind.OUTLET, SourceKind.PERSON)  # "the official … news agency" read as an official
_EARLIER = re.compile(r"^\W*[وف]?(?:كان|كانت|كانوا|سبق)(?!\w)")


def _arabic_state_medium(surface: str, text_before: str, catalog) -> tuple[str, str] | None:
    """The catalog outlet and medium of "التلفزيون الرسمي" or "وكالة الأنباء الرسمية" where the article names them."""
    channel = state_broadcaster(surface, text_before, catalog, country=catalog.country)
    if channel is not None:
        return channel, "channel"
    agency = official_agency(surface, text_before, catalog, country=catalog.country)
    return (agency, "agency") if agency is not None else None


# "المصدر نفسه", and in the Maghreb's order "ذات المصادر", "نفس المصدر"; "مصدرنا": the page's own source again.
_SAME_SOURCE = re.compile(r"^\W*(?:ال)?(?:مصدر|مصادر)\s+(?:نفسه|ذاته|نفسها|ذاتها)(?!\w)"
                          r"|^\W*(?:ذات|نفس)\s+(?:ال)?(?:مصدر|مصادر)(?!\w)|^\W*(?:مصدرنا|مصادرنا)(?!\w)")
# Verbs of a view held ("ويرى مراقبون"): a fresh source holding one speaks in the article's own thread.
_VIEW_LEMMAS = {"راي", "توقع", "رجح"}
# A sentence opening a thread of its own ("وفي الخرطوم،", "في وقت سابق،", "Meanwhile,"), a source answering the
# report ("rejected the report", "نفت") or speaking to the press at large ("لوسائل الإعلام").
_NEW_THREAD = re.compile(
    r"^\W*(?![وف]?في\s+(?:ال)?سياق\s+(?:ذاته|نفسه)(?!\w))(?:[وف]?(?:في|خلال|من جهت\w*|من جانب\w*|من\s+(?:جهه|ناحيه)\s+اخري|بالمقابل|بدور\w*|اما|غير ان|لكن)(?!\w)|"
    r"(?:earlier|meanwhile|separately|elsewhere|later|in|on|but|however)\b)"
)
_ANSWERS_REPORT = re.compile(
    r"(?<!\w)(?:[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|رفض\w*)|لوسايل الاعلام|للصحفيين|للاعلام)(?!\w)|"
    r"\b(?:denied|denies|rejected|rejects|dismissed|to reporters|to the media|to the press)\b"
)


def _goes_on_in_report(draft: ClaimDraft, text: str, to_text, discourse: Discourse) -> bool:
    """Whether a new unnamed source ("وقال مصدر أردني رفيع", "an intelligence source said") speaks inside the
    report of the outlet speaking or quoting just before ("وبحسب الصحيفة، …"), rather than in a thread of its own."""
    speaker = discourse.latest_speaker()
    if draft.cue is not None and draft.cue.lemma in _VIEW_LEMMAS:
        return False
    # the outlet itself, or an unnamed source it was quoting ("ونقلت الصحيفة عن مصدر خليجي … وقال مصدر أردني")
    if speaker is None or speaker.kind not in (SourceKind.OUTLET, SourceKind.ANONYMOUS) or \
            not discourse.report_frame(latest_only=True):
        return False
    return not _opens_own_thread(draft, text, to_text)


def _opens_own_thread(draft: ClaimDraft, text: str, to_text, *, referring_back: bool = False) -> bool:
    """Whether the draft's sentence turns from the report just before: a thread of its own, an answer to the
    report, or words given in the source's own medium ("في بيان", "in a separate tweet"). Referring back ("The
    official, who spoke on condition of anonymity, said"), a source's terms of anonymity turn nowhere."""
    sentence_start = to_text(0, 0)[0]
    start, end = to_text(draft.start, draft.end)
    sentence = fold(text[sentence_start:end])
    return bool(_NEW_THREAD.match(fold(text[sentence_start:start + 40])) or _ANSWERS_REPORT.search(fold(text[start:end]))
                or in_own_medium(sentence) or (speaks_to_the_page(sentence) and not referring_back)
                or for_ones_part(sentence))


# Someone or something of an outlet named before: "مراسل القناة", "كاتب المقال", "موقع القناة", "the channel's site".
_STAFF_OF = re.compile(
    r"^\W*(?:(?P<ar_site>موقع)|(?:ال)?(?:مراسل|مراسله|موفد|موفده|كاتب|كاتبه|محرر|محرره|معد|معده))\s+"
    r"(?:(?:في|لدي)\s+ال|بال|ال)(?P<ar>قناه|صحيفه|جريده|وكاله|شبكه|اذاعه|مجله|موقع|مقال|تقرير)(?!\w)"
    r"|^\W*the\s+(?P<en>paper|newspaper|channel|agency|broadcaster|network|site|tabloid|daily)'s\s+"
    r"(?:(?P<en_site>website|site)|correspondent|reporter|editor|writer)\b"
)
# "كاتب المقال": the article of the outlet named before.
_STAFF_MEDIUM = AR_DESCRIPTORS | EN_DESCRIPTORS | {"مقال": "report"}


def _staff_of_outlet(found, discourse: Discourse) -> tuple[SourcePhrase, bool] | None:
    """The outlet met earlier that "مراسل القناة" or "the paper's website" belongs to, and whether it is its site."""
    if isinstance(found, BackReference) or found.kind not in (SourceKind.PERSON, SourceKind.OUTLET):
        return None
    # "وزعم كاتب المقال، يوني شاحر": the staff noun may be the role a name was given.
    m = _STAFF_OF.match(fold(found.surface)) or _STAFF_OF.match(fold(found.role or ""))
    if not m:
        return None
    medium = _STAFF_MEDIUM[m.group("ar") or m.group("en")]
    outlet = discourse.resolve(BackReference(found.surface, found.start, found.end, medium, None))
    if outlet.kind is not SourceKind.OUTLET or not outlet.outlet:
        return None
    return outlet, bool(m.group("ar_site") or m.group("en_site"))


def _cue_span(text: str, draft: ClaimDraft, to_text) -> tuple[str, int, int]:
    start, end = to_text(draft.cue.start, draft.cue.end)
    return text[start:end], start, end


def _named_earlier_in_sentence(ref: BackReference, text: str, sentence_start: int, catalog) -> SourcePhrase | None:
    """The outlet of the reference's medium named earlier in its own sentence: "As for The Telegraph's claims,
    the paper revealed" is The Telegraph, whatever paper the article quoted before."""
    if ref.medium not in OUTLET_MEDIA:
        return None
    hits = [h for h in catalog.find_mentions(text[sentence_start:ref.start])
            if h.kind == "outlet" and h.medium in (ref.medium, None)]
    if not hits:
        return None
    hit = hits[-1]
    return SourcePhrase(ref.surface, ref.start, ref.end, SourceKind.OUTLET, outlet=hit.name, name=hit.name,
                        confidence=0.7, medium=hit.medium)


_INTRODUCTION_CHARS = 80


def _introduction(article: FoldedText, hop: SourcePhrase) -> str:
    """The folded words just before the article first wrote a person's family name, if before this mention
    ("استدعى وزير الخارجية …، سالم" before "الفيتوري")."""
    family = fold(hop.name).split()[-1] if hop.name else ""
    first = article.find_first(family, article.position(hop.start)) if family else -1
    return article.folded[max(0, first - _INTRODUCTION_CHARS):first] if first > 0 else ""


_DESCRIBED_AFTER = 60


def _described(article: FoldedText, name: str) -> str:
    """The folded words around the article's first writing of a person's name in full (else of the family
    name): the roles it gave him ("الرئيس الإيراني مسعود بزشكيان", "شريف فاروق، وزير التموين")."""
    folded = fold(name).strip()
    first = article.find_first(folded) if folded else -1
    if first < 0 and folded:
        folded = folded.split()[-1]
        first = article.find_first(folded)
    return article.folded[max(0, first - _INTRODUCTION_CHARS):first + len(folded) + _DESCRIBED_AFTER] if first >= 0 else ""


# An Arabic paper's name written in Latin letters with its article ("Al Akhbar", "Al-Watan", "El Khabar").
_EN_ARABIC_TITLE = re.compile(r"(?:[Tt]he\s+)?(?:Al|El|Ash|As|Ad|An|Ar)[- ][A-Z][\w'-]+")
# Verbs whose subject, named by one word, is a paper rather than a person ("كتبت تشرين", "نشرت الأهرام").
_WRITING_LEMMAS = {"كتب", "نشر"}


def _paper_by_bare_name(found: SourcePhrase, catalog) -> SourcePhrase | None:
    """The one catalog outlet a bare name stands for ("تشرين" → Tishreen, listed as "صحيفة تشرين"), or None."""
    hit = catalog.bare_name(found.surface)
    if hit is None or hit.kind != "outlet":
        return None
    return replace(found, kind=SourceKind.OUTLET, outlet=hit.name, name=hit.name, role=None, medium=hit.medium,
                   confidence=0.7)


def _unnamed_speaker(pronoun: BackReference) -> SourcePhrase:
    """"he said" with nobody named before: a person (or, for "it"/"they", a body) the reviewer can name."""
    kind = SourceKind.PERSON if pronoun.surface.lower() in ("he", "she") else SourceKind.ORGANIZATION
    return SourcePhrase(pronoun.surface, pronoun.start, pronoun.end, kind, confidence=0.3)
