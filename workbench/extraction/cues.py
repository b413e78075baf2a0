"""Reporting cues (verbs, participles, nominal phrases) in the folded text of Arabic and English news."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.text.word_trie import trie_pattern

# Verb lemma → its forms in folded spelling (hamza on alef dropped, ى→ي, ة→ه). Past forms ending in ت
# may carry an object pronoun ("ما كشفته مصادر"); present forms may carry ل ("ليضيف").
_AR_VERBS = {
    "قال": "قال قالت قالوا قالا يقول تقول يقولون",
    "ذكر": "ذكر ذكرت ذكروا يذكر تذكر",
    "افاد": "افاد افادت افادوا يفيد تفيد",
    "اكد": "اكد اكدت اكدوا يوكد توكد يوكدون",
    "اوضح": "اوضح اوضحت اوضحوا يوضح",
    "اضاف": "اضاف اضافت اضافوا يضيف تضيف",
    "كشف": "كشف كشفت كشفوا يكشف تكشف",
    "نقل": "نقل نقلت نقلوا ينقل تنقل",
    "اقتبس": "اقتبس اقتبست",
    "حذر": "حذر حذرت حذروا يحذر تحذر",
    "اعلن": "اعلن اعلنت اعلنوا يعلن تعلن",
    "اشار": "اشار اشارت اشاروا يشير تشير",
    "صرح": "صرح صرحت صرحوا",
    "لفت": "لفت لفتت",
    "نفي": "نفي نفت نفوا ينفي تنفي",
    "زعم": "زعم زعمت زعموا يزعم تزعم",
    "ادعي": "ادعي ادعت",
    "شدد": "شدد شددت يشدد تشدد",
    "اورد": "اورد اوردت",
    "روي": "روي روت",
    "اعرب": "اعرب اعربت اعربا اعربوا يعرب تعرب",
    "اعترف": "اعترف اعترفت اعترفوا يعترف تعترف",
    "اقر": "اقر اقرت يقر تقر",  # "وزير الخارجية الفرنسي يقر بحدوث خلل" (headline present)
    "اعتذر": "اعتذر اعتذرت اعتذروا يعتذر تعتذر",  # "القناة 13 العبرية تعتذر للمسلمين"
    "دعا": "دعا دعت دعوا يدعو تدعو",  # "ودعت وسائل الإعلام الأجنبية إلى تحري الدقة"
    "تحدث": "تحدثت تحدثوا يتحدث تتحدث",  # "قد تحدثت عن لقاء مرتقب"; "تحدث" alone is also "occurs"
    "اشتكي": "اشتكي اشتكت اشتكوا يشتكي تشتكي",
    "استنكر": "استنكر استنكرت استنكروا يستنكر تستنكر",  # "وتستنكر الحكومة هذه التصرفات"
    "ندد": "ندد نددت نددوا يندد تندد",
    "ادان": "ادان ادانت ادانوا يدين تدين يدينون",  # "وزراء … يدينون تفجيري"
    "شكك": "شكك شككت شككوا يشكك تشكك",
    "اهاب": "اهاب اهابت",
    "دافع": "دافع دافعت دافعوا يدافع تدافع",  # "كما دافع عن وزير الداخلية" (the noun "motive" comes as الدافع, بدافع)
    "نوه": "نوه نوهت",
    "رجح": "رجح رجحت يرجح ترجح",
    "تساءل": "تساءل تساءلت",
    "بث": "بثت",
    "نشر": "نشرت",  # "نشرت صحيفة X تقريرا عن …": the paper reports ("نشر" alone is as often "publication")
    "عزا": "عزا عزت",
    "اردف": "اردف اردفت",
    "بين": "بينت",  # "بين" alone is "between"; "وبين" is a weak verb below
    "اتهم": "اتهم اتهمت اتهموا",
    "انتقد": "انتقد انتقدت انتقدوا",
    "علق": "علق علقت",
    "جدد": "جدد جددت",
    "كرر": "كرر كررت",  # "وكرر الوزير، في مقابلة مع صحيفة X، أن …"
    "حمل": "حملت",  # "حملت قناة الميادين الجيش مسؤولية …"; "حمل" alone is "carried"
    "سلط": "سلطت",  # "سلطت صحيفة … الضوء على"
    "رحب": "رحب رحبت رحبوا",
    "وصف": "وصف وصفت وصفه وصفها وصفوا يصف تصف",
    "علم": "علمت",  # "علمت هسبريس من مصادر مطلعة أن": the outlet learned it from them ("علم" alone: "flag")
    "نسب": "نسبت",  # "نسبت صحيفة الشرق الأوسط إلى مصادر أمنية أن": words it attributes to them
    "خلص": "خلص خلصت خلصوا يخلص تخلص",  # "خلصت المخابرات إلى أن": what a body concluded, with its "إلى أن"
    # with what they take, checked by _reports: "وتبنت جماعة الحوثي المسؤولية", "واختتم المصدر تصريحه بـ",
    # "وتداولت وسائل إعلام أنباء عن"
    "تبني": "تبنت تبني تبنوا يتبني تتبني",
    "اختتم": "اختتم اختتمت",
    "ختم": "ختم ختمت",
    "غرد": "غرد غردت غردوا يغرد تغرد",  # "غرد عدد من المراسلين على تويتر أن …" (tweeted)  # "وختمت برقية الوكالة: …", "وختم المصدر بالقول إن" (not "ختم الجواز", a stamp)
    "تداول": "تداولت تداولوا يتداول تتداول",
    "تناقل": "تناقلت تناقلوا يتناقل تتناقل",  # "تناقلت وسائل إعلام أنباء عن" (passed round, as تداول)
    "ربط": "ربطت ربطوا",  # "وكانت مصادر قد ربطت بين جولة الوزير واتصالات طهران"
    "اكتفي": "اكتفي اكتفت اكتفوا يكتفي تكتفي",  # "واكتفى المصدر بالقول إن", "واكتفى شهود عيان بتأكيد وقوع انفجار"
}
# Forms that are also common nouns or adjectives (تابع "affiliated", راي "opinion", طالب "student"):
# cues only with و/ف attached or when a complementizer or colon follows at once.
_AR_WEAK_VERBS = {
    "تابع": "تابع تابعت",
    "راي": "راي رات راوا يري",
    "اعتبر": "اعتبر اعتبرت يعتبر تعتبر",
    "طالب": "طالب طالبت طالبوا يطالب تطالب",
    "توقع": "توقع توقعت يتوقع تتوقع",
    "ابدي": "ابدي ابدت ابدوا",
    "كتب": "كتب كتبت",  # also "books", and the byline "كتب:"
    "زاد": "زاد زادت",  # "وزاد أن …", "وزادت القناة بأن": "added", with و or a complementizer; otherwise "increased"
    "بين": "بين",  # "وبيّن أن …"; alone, "between"
    "علم": "علم",
    "نسب": "نسب",
    "برر": "برر بررت",  # "وبررت القناة ما جرى بأنه …"
    "اجاب": "اجاب اجابت اجابوا يجيب تجيب",  # "وعندما سألته الصحيفة …، أجاب المصدر بأن"
    "تطرق": "تطرق تطرقت",  # "وتطرق المتحدث إلى المحادثات …"
    "تحدث": "تحدث",  # "وتحدث الوزير عن"; alone, also "occurs"
    "استبعد": "استبعد استبعدت يستبعد تستبعد",  # "استبعد محللون أن", "ولم يستبعد مصدرنا أن"; also "excluded"
    "ابلغ": "ابلغ ابلغت ابلغوا",  # "وأبلغ المصدر، وكالة الأناضول، أن"; also "reported (a crime) to"
    "عبر": "عبر عبرت عبروا",  # "وعبّر المومني عن تضامن المملكة"; alone, "across" or "via"
    "ادعي": "يدعي تدعي يدعون",  # "تدوينة تدعي أن …"; alone, also "is called" ("ويدعى عزمي مجاهد")
}
_AR_PARTICIPLES = (  # noqa: SIM905 - word lists read best as text
    "مشيرا مشيره موضحا موضحه قايلا قايله مضيفا مضيفه موكدا موكده لافتا لافته منوها منوهه محذرا محذره "
    "مشددا مشدده معتبرا معتبره كاشفا كاشفه متابعا متابعه معربا معربه نافيا نافيه مستدركا مستدركه "
    "مطالبا مطالبه معلنا معلنه مستندا مستنده مكتفيا مكتفيه"
).split()
# Participles that report only with what was said after them: "مكتفيا بالقول إنها معروفة" (not "مكتفيا بالصمت").
_AR_SAID_ONLY_PARTICIPLES = {"مكتفيا", "مكتفيه"}
# Nominal cues put the source after them ("بحسب تقرير صن", "نقلا عن مصادر", "على لسان الوزير").
_AR_NOMINAL = (r"(?P<prefix>[وف]?)(?P<lemma>بحسب|حسبما|حسب|وفقا\s*ل|وفق|طبقا\s*ل|نقلا\s+عن|علي\s+لسان|استنادا\s+(?:الي|ل)"
               r"|(?:جاء|ورد)\s+في)")  # "وجاء في مذكرة لوزارة العدل أن", "جاء في صحيفة X مقال"
# Statement cues credit the clause's subject ("أبدت كتائب الحشد اندهاشها في بيان").
_AR_STATEMENT = r"(?:في|خلال|ب)\s*(?:بيان|تصريح(?:ات)?|حديث|مقابله|تغريده|رساله|مداخله)"
# English reporting verbs by lemma; _english_forms makes their forms ("urge" → urge urges urged urging).
_EN_LEMMAS = (  # noqa: SIM905 - word lists read best as text
    "say tell report quote cite claim add state announce warn deny confirm explain note write insist argue allege "
    "acknowledge reveal disclose admit ask suggest describe respond reply tweet declare urge predict promise vow "
    "threaten pledge contend comment remark stress emphasize emphasise recount testify assert publish post point "
    "call concede complain recall mention caution affirm underline reject express "
    "dispute refuse dismiss refute condemn denounce"
).split()
_EN_IRREGULAR_PAST = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"]}
_EN_DOUBLED = {"admit", "quip"}
# Forms that are as often nouns ("a report", "the United States", "his calls"): cues only when no determiner
# stands before them; "point" only as "point out" or "point to".
_EN_NOUN_LIKE = set(
    "calls notes posts points reports claims comments promises tweets vows pledges quotes remarks mentions "  # noqa: SIM905
    "report claim promise vow pledge quote remark mention warn".split()
)
# Bare forms that are nouns far more often than verbs ("a conference call", "for comment", "Islamic State").
_EN_NEVER = set("call note post point comment tweet stress state states caution written express dispute refuse".split())  # noqa: SIM905
# What a denial or rebuttal is about: "rejected the Saudi allegations", "disputes toll" (not "rejected the offer").
_EN_CLAIM_OWNER = (r"(?:(?:the|a|an|these|those|such|any|his|her|their|its|[a-z]+['’]s)\s+)?"
                   r"(?:[a-z.]+['’]s\s+)?(?:[a-z]+\s+)?")  # ("dismissed the Post's report")
_EN_CLAIM_WORD = r"(?:claims?|allegations?|accusations?|charges|reports?|assertions?|rumou?rs|remarks|statements?|comments)\b"
# Verbs of stance that report words only with what they are about: "refused to comment" (not "refused to leave"),
# "expressed hope that" (PolNeAR counts no "expressed concern"), "rejected the allegations" (not "rejected the offer").
_EN_SPEECH_AFTER = {
    "refuse": re.compile(r"\s+to\s+(?:comment|confirm|say|discuss|disclose|elaborate|specify|reveal|name|identify|give)\b"),
    "express": re.compile(r"\s+(?:(?:his|her|their|its|the)\s+)?hopes?\s+that\b"),
    "reject": re.compile(rf"\s+{_EN_CLAIM_OWNER}{_EN_CLAIM_WORD}"),
    "dismiss": re.compile(rf"\s+(?:as\s+\S+\s+)?{_EN_CLAIM_OWNER}{_EN_CLAIM_WORD}"),  # "dismissed as "incorrect" a report"
    "refute": re.compile(rf"\s+{_EN_CLAIM_OWNER}{_EN_CLAIM_WORD}"),
    "dispute": re.compile(rf"\s+{_EN_CLAIM_OWNER}(?:toll|figures?|account|{_EN_CLAIM_WORD})"),
}
# Infinitives and hypotheticals do not report anything said: "tried to explain", "how they would respond".
_EN_UNSAID_BEFORE = re.compile(r"\b(?:(?:to|would|could|might|should|may|can|will|without)\s+(?:not\s+)?|"
                               r"(?:did|does|do)\s+not\s+|(?:didn't|doesn't|don't|didn’t|doesn’t|don’t)\s+)(?:\w+ly\s+)?$")
# A participle opening a reduced conditional says nothing: "If confirmed, the breach would …".
_EN_FIRST_TO = re.compile(r"\b(?:was|were|is|are)\s+(?:the\s+)?first\s+to\s+$")
_EN_CONDITIONAL_BEFORE = re.compile(r"(?:^|\b)(?:if|unless|once|until|when|where|as)\s+$")
_EN_COMMA_AFTER = re.compile(r"\s*,")
_EN_OPENING = " \"'“‘("
_EN_NOT_REPORTING_AFTER = re.compile(r"\s+to\b")  # "added to his portfolio"
_EN_BY_AFTER = re.compile(r"\s+by\b")
_EN_TO_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|reporters\b|journalists\b)[a-z]+\b")
_EN_GERUND_DETERMINER = re.compile(r"\b(?:more|further|additional|fresh|the|his|her|their|its|our|my|your|this|that)\s+$")
_EN_AS_SAYING_SOON = re.compile(r"(?:\s+[^\s.;]+){1,12}?\s+as\s+saying\b")  # "a report by ISNA quotes X as saying"
_EN_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|of|no|any|every|each|such|whose|"
    r"united|new|first|last|phone|press|news|police|media|written|whose|one|two|several|many|some)\s+$"
)
_EN_VERB_AFTER = re.compile(r"\s*(?:that\b|to\b|[:\"]|he\b|she\b|it\b|they\b|the\b)")
_EN_SUBJECT_BEFORE = re.compile(r"\b(?:they|we|i|you|he|she|it|who|which|also|now|often|still|repeatedly|"
                                r"officials|sources|critics|reports|people|experts|analysts)\s+$")
_EN_POINT_ON = re.compile(r"\s+(?:out|to)\b")
# "so-called", "was called", "is described as": naming, not reporting.
_EN_NAMING_BEFORE = re.compile(r"(?:\bso-|\b(?:is|was|are|were|be|been|being|often|also)\s+)$")
_EN_NAMING_VERBS = {"called", "described", "asked", "quoted", "cited", "posted", "published", "stressed", "noted",
                    "confirmed", "revealed", "mentioned"}
# An -ed form after an article or possessive is an adjective: "the reported details", "its stated aim".
_EN_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|your|my|currently|previously|widely)\s+$")
# Verbs that report only with their "that" clause close by ("the CBO estimated in a report that …"),
# not "an estimated 300 people" or "forecast rain".
_EN_WEAK_VERBS = "estimated estimates forecast forecasts projected projects".split()  # noqa: SIM905
# A live blog's trailing present tense: "…, CNN reports, citing sources", "…, the Haaretz daily reports." (after a
# comma, a short subject, then the clause ends); not "…, the latest reports." or "…, and other reports".
_EN_TRAILING_FORMS = {"reports", "claims"}
_EN_TRAILING_AFTER = re.compile(r"\s*(?:[,.;]|$)")
_EN_TRAILING_SUBJECT = re.compile(r",\s+(?P<subject>(?!and\b|or\b|but\b)[^\s,]+(?:\s+[^\s,]+){0,3}\s+)$")
_EN_REPORTS_QUALIFIER = re.compile(r"\b(?:latest|recent|earlier|previous|conflicting|unconfirmed|initial|early|other|"
                                   r"such|similar|official|local|foreign|western|israeli|iranian|several|many|some)\s+$")
_EN_THAT_SOON = re.compile(r"(?:\s+[^\s,.;]+){0,8}?\s+that\b")


def _english_forms(lemma: str) -> list[str]:
    """A reporting verb's forms: "urge" → urge urges urged urging, "reply" → reply replies replied replying."""
    consonant_y = lemma.endswith("y") and lemma[-2] not in "aeiou"
    if consonant_y:
        third, past = lemma[:-1] + "ies", [lemma[:-1] + "ied"]
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = [lemma + "d" if lemma.endswith("e") else lemma + "ed"]
    ing = (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
    if lemma in _EN_DOUBLED:
        past, ing = [lemma + lemma[-1] + "ed"], lemma + lemma[-1] + "ing"
    return [lemma, third, *_EN_IRREGULAR_PAST.get(lemma, past), ing]


_EN_FORMS = {form: lemma for lemma in _EN_LEMMAS for form in _english_forms(lemma)}
_EN_VERBS = [f for f in _EN_FORMS if not f.endswith("ing")]
_EN_PARTICIPLES = [f for f in _EN_FORMS if f.endswith("ing")]
_EN_NOMINAL = r"according\s+to"
_EN_STATEMENT = r"in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|post|tweet|briefing|report)"

_AN_SOON = re.compile(r"(?<!\w)عن(?!\w)")
# "اكتفى" ("did no more than") reports only with what was said: "بالقول", "بتأكيد", "بالإشارة إلى".
_SAID_ONLY_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+ب(?:ال)?(?:قول|تاكيد|اشاره|تعليق|نفي|تلميح)(?!\w)")
# "ولم تكشف المصادر أي تفاصيل", "لن يعلن": a verb said not to have reported reports nothing.
_NEGATED = re.compile(r"(?<!\w)[وف]?(?:لم|لن)\s+$")
_NOT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:لم|لن|لا)\s+$")  # (a weak present form after it: "ولم يستبعد")
# "أي نفي رسمي", "دون نفي": after "any" or "without" the verb's form is its verbal noun (a denial), no cue.
_NOUN_AFTER = re.compile(r"(?<!\w)(?:(?:اي|دون|بدون|بلا)|اي\s+\S+\s+او)\s+$")
_AN_WINDOW = 80
# "تحدثت هيئة X، التي كان الصحافي … يعمل لصالحها، يوم الجمعة عن": "talked" (no other sense) reaches past a
# relative clause to its "about".
_TALKED_ABOUT_WINDOW = 160
# "مصادر تحدثت لـ عربي 21", "مصدر تحدث شريطة عدم الكشف عن هويته": who spoke to whom, on what terms.
_SPOKE_TO_AFTER = re.compile(r"\s*(?:ل|الي|شريطه|بشرط|مشترطا)")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*|(?<!\w)(?:كما|فيما|بينما|وقد|فقد|في حين)\s+)\s*$")
_COMPLEMENTIZER_NEAR = re.compile(r"(?:\s+\S+){1,8}?\s+(?:ان|انه|انها|انهم|بان)(?!\w)")
_QAD_BEFORE = re.compile(r"(?<!\w)(?:قد|لقد)\s+$")
_QUOTE_NEAR = re.compile(r"(?:\s+[^\s:\"]+){0,6}?\s*[:\"]")
_PASSED_ROUND = re.compile(r"(?:\s+\S+){0,6}?\s+(?:ال)?(?:انباء|اخبار|معلومات|تقارير|صورا|صور|مقاطع|مقطعا|شايعات|روايات)(?!\w)")
_OBJECT_NEEDED = {
    "تبني": re.compile(r"(?:\s+\S+){0,5}?\s+(?:ال)?مسووليه(?!\w)"),
    "اختتم": re.compile(r"(?:\s+\S+){0,4}?\s+(?:تصريح|حديث|كلمت|بيان|تصريحات|مداخلت|حوار|مقابلت|رسالت)(?:ه|ها|هم)(?!\w)"),
    "ختم": re.compile(r"(?:\s+\S+){0,6}?\s*(?::|بالقول|قايلا|قايله)"),
    "ربط": re.compile(r"(?:\s+\S+){0,6}?\s+بين(?!\w)"),
    "تداول": _PASSED_ROUND,
    "تناقل": _PASSED_ROUND,
}
_CONCLUDED_THAT = re.compile(r"(?:\s+\S+){0,10}?\s+(?:ب\S+\s+)?الي\s+(?:ان|انه|انها|انهم)(?!\w)")
# Weak forms that inside a statement are as often another word: "بين" (between), "علم" (flag), "زاد" (increased).
_NOT_IN_THAT = {"بين", "علم", "نسب", "زاد", "كتب", "تابع"}
_COMPLEMENTIZER_SOON = re.compile(r"(?:\s+\S+){1,12}?\s+(?:ان|انه|انها|انهم|بان)(?!\w)")
_THAT_SUBJECT_BEFORE = re.compile(r"(?<!\w)(?:ان|بان)\s+(?:[^\s,:\"]+\s+){1,6}$")
_NAME_THEN_COLON = re.compile(r"(?:\s+[^\s:\"]+){1,4}\s*:")
_COMPLEMENTIZER_AFTER = re.compile(r'\s*(?:[:"]|ان\b|انه|انها|انهم|بان)')


def _verb_pattern(forms: dict[str, str]) -> str:
    past_t = [f for v in forms.values() for f in v.split() if f.endswith("ت")]
    other = [f for v in forms.values() for f in v.split() if not f.endswith("ت")]
    present = [f for f in other if f[0] in "يت"]
    plain = [f for f in other if f[0] not in "يت"]
    return (
        rf"(?<!\w)(?P<prefix>[وف]?)(?P<verb>(?:{trie_pattern(past_t)})(?:ه|ها|هم)?"
        rf"|(?:ل)?(?:{trie_pattern(present)})|{trie_pattern(plain)})(?!\w)"
    )


_LEMMA_OF = {f: lemma for table in (_AR_VERBS, _AR_WEAK_VERBS) for lemma, v in table.items() for f in v.split()}
_AR_VERB_RE = re.compile(_verb_pattern(_AR_VERBS))
_AR_WEAK_RE = re.compile(_verb_pattern(_AR_WEAK_VERBS))
_AR_PARTICIPLE_RE = re.compile(rf"(?<!\w)[وف]?(?:{trie_pattern(_AR_PARTICIPLES)})(?!\w)")
_AR_NOMINAL_RE = re.compile(rf"(?<!\w)(?<!ما ){_AR_NOMINAL}(?=\s|\w|\")")  # not "على ما ورد في المقال"
_AR_STATEMENT_RE = re.compile(rf"(?<!\w){_AR_STATEMENT}(?!\w)")
_EN_VERB_RE = re.compile(rf"\b(?:{trie_pattern(_EN_VERBS)})\b")
_EN_WEAK_VERB_RE = re.compile(rf"\b(?:{trie_pattern(_EN_WEAK_VERBS)})\b")
_EN_PARTICIPLE_RE = re.compile(rf"\b(?:{trie_pattern(_EN_PARTICIPLES)})\b")
_EN_NOMINAL_RE = re.compile(rf"\b{_EN_NOMINAL}\b")
_EN_STATEMENT_RE = re.compile(rf"\b{_EN_STATEMENT}\b")


_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:التي|الذي|اللتي|اللذين|التى)\s+$")
_AR_FIRST_TO_RE = re.compile(r"(?<!\w)اول\s+من\s+(?P<verb>نشر|كشف|اورد|ذكر|اعلن|نقل)(?!\w)")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[a-z]")


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in folded text; start/end index that folded text."""

    start: int
    end: int
    form: str  # "verb", "participle", "nominal" or "statement"
    lemma: str
    feminine: bool = False
    plural: bool = False
    conjoined: bool = False  # و/ف attached: the cue opens a new clause


def arabic_lemma(word: str) -> str | None:
    """The lemma of an Arabic reporting verb as a claim's cue writes it (folded, with و/ف or not), or None."""
    return _LEMMA_OF.get(word) or (_LEMMA_OF.get(word[1:]) if word[:1] in ("و", "ف") else None)


def _ar_verb_cue(match: re.Match) -> Cue:
    verb = match.group("verb")
    base = verb if verb in _LEMMA_OF else re.sub(r"(?:ه|ها|هم)$", "", verb)
    base = base[1:] if base not in _LEMMA_OF and base.startswith("ل") else base
    lemma = _LEMMA_OF.get(base, base)
    # Past feminine adds ت ("قالت"); present feminine starts with it ("تقول") unless the lemma
    # itself does ("تابع" is masculine past).
    feminine = (base.endswith("ت") and base != lemma) or (base.startswith("ت") and not base.startswith(lemma[:2]))
    plural = base.endswith(("وا", "ون"))
    return Cue(match.start(), match.end(), "verb", lemma, feminine, plural,
               bool(match.group("prefix")))


def _reports(folded: str, cue: Cue) -> bool:
    """Whether an Arabic verb cue whose lemma has a non-speech sense reports words here."""
    if cue.lemma == "نقل":  # "to transfer" unless عن soon names whom the words are taken from
        return bool(_AN_SOON.search(folded, cue.end, cue.end + _AN_WINDOW) or _COMPLEMENTIZER_NEAR.match(folded, cue.end))
    if cue.lemma == "اكتفي":
        return bool(_SAID_ONLY_AFTER.match(folded, cue.end))
    if cue.lemma == "اجاب":  # "أجاب المصدر بأن …", "أجاب: …", not "أجاب على السؤال"
        return bool(_COMPLEMENTIZER_NEAR.match(folded, cue.end) or _QUOTE_NEAR.match(folded, cue.end))
    if cue.lemma == "عبر":  # "expressed … about" opening its clause, not "، عبر مقال لها،" or "عبر الحدود عن طريق"
        if not (cue.conjoined or not folded[:cue.start].strip()):
            return False
        about = _AN_SOON.search(folded, cue.end, cue.end + _AN_WINDOW)
        return bool(about) and not folded.startswith(" طريق", about.end())
    if cue.lemma == "خلص":
        return bool(_CONCLUDED_THAT.match(folded, cue.end))
    if cue.lemma in _OBJECT_NEEDED:  # "تبنى المسؤولية", "اختتم تصريحه", "تداولت أنباء": the object says it reports
        return bool(_OBJECT_NEEDED[cue.lemma].match(folded, cue.end))
    if cue.lemma == "نسب" and _RELATIVE_BEFORE.search(folded, max(0, cue.start - 8), cue.start):
        return False  # "التصريحات التي نسبت إلى السفير": the words attributed, what the sentence goes on about
    if cue.lemma == "تحدث":  # "talked about"
        return bool(_AN_SOON.search(folded, cue.end, cue.end + _TALKED_ABOUT_WINDOW)) and \
            not _SPOKE_TO_AFTER.match(folded, cue.end)
    return True


def find_arabic_cues(folded: str) -> list[Cue]:
    return sorted(_arabic_cues(folded), key=lambda c: c.start)


def _arabic_cues(folded: str) -> Iterator[Cue]:
    """Arabic cues by kind, each kind in text order (has_cue stops at the first)."""
    if not _ARABIC_LETTER.search(folded):
        return  # every Arabic cue holds an Arabic letter: a line of English is not read nine more times
    yield from (c for c in map(_ar_verb_cue, _AR_VERB_RE.finditer(folded)) if _reports(folded, c)
                and not _NEGATED.search(folded, max(0, c.start - 6), c.start)
                and not _NOUN_AFTER.search(folded, max(0, c.start - 24), c.start))
    for m in _AR_WEAK_RE.finditer(folded):
        # "توقع محللون استطلعت رويترز آراءهم أن": a clause-opening verb with its complementizer close by.
        opens_clause = _CLAUSE_OPENING.search(folded, 0, m.start()) is not None
        near = _COMPLEMENTIZER_NEAR.match(folded, m.end())
        after_qad = _QAD_BEFORE.search(folded, max(0, m.start() - 5), m.start())  # "وكان العنزي قد كتب … أنه"
        # "ولم يستبعد مصدرنا أن": a present form after a negation opens its clause, as after قد (its complementizer
        # close by, as there)
        negated_present = m.group("verb")[:1] in "يت" and _NOT_BEFORE.search(folded, max(0, m.start() - 6), m.start())
        cue = _ar_verb_cue(m)
        # "كتبت تشرين: أكد …": a paper writing, its name then a colon (not the byline "كتب: محمد")
        wrote = cue.lemma == "كتب" and opens_clause and _NAME_THEN_COLON.match(folded, m.end())
        # "إن مسؤولين بوزارة الدفاع أبلغوا أعضاء اللجنة أن": a subject's verb inside what is reported
        in_that = cue.lemma not in _NOT_IN_THAT and \
            _THAT_SUBJECT_BEFORE.search(folded, max(0, m.start() - 80), m.start()) is not None and \
            _COMPLEMENTIZER_SOON.match(folded, m.end()) is not None
        called = cue.lemma == "ادعي" and not (_COMPLEMENTIZER_AFTER.match(folded, m.end()) or near)  # "ويدعى عزمي"
        if (m.group("prefix") or _COMPLEMENTIZER_AFTER.match(folded, m.end())
                or ((opens_clause or after_qad or negated_present) and near)
                or in_that or wrote) and not called and _reports(folded, cue):
            yield cue
    # "وكانت صحيفة وول ستريت جورنال أول من نشر خبرا عن …": the paper that published it first
    yield from (Cue(m.start("verb"), m.end("verb"), "verb", _LEMMA_OF.get(m.group("verb"), m.group("verb")))
                for m in _AR_FIRST_TO_RE.finditer(folded))
    yield from (Cue(m.start(), m.end(), "participle", m.group()) for m in _AR_PARTICIPLE_RE.finditer(folded)
                if m.group().lstrip("وف") not in _AR_SAID_ONLY_PARTICIPLES or _SAID_ONLY_AFTER.match(folded, m.end()))
    yield from (Cue(m.start(), m.end(), "nominal", re.sub(r"\s+", " ", m.group("lemma")), conjoined=bool(m.group("prefix")))
                for m in _AR_NOMINAL_RE.finditer(folded))
    yield from (Cue(m.start(), m.end(), "statement", m.group()) for m in _AR_STATEMENT_RE.finditer(folded))


def find_english_cues(folded: str, proper: frozenset[int] = frozenset()) -> list[Cue]:
    """English cues in folded text; proper holds the starts of capitalized words inside the sentence."""
    return sorted(_english_cues(folded, proper), key=lambda c: c.start)


def _english_cues(folded: str, proper: frozenset[int]) -> Iterator[Cue]:
    """English cues by kind, each kind in text order (has_cue stops at the first)."""
    if not _LATIN_LETTER.search(folded):
        return  # (every English cue is written in small Latin letters)
    yield from (Cue(m.start(), m.end(), "verb", m.group()) for m in _EN_VERB_RE.finditer(folded)
                if _is_english_cue(folded, m, proper))
    yield from (Cue(m.start(), m.end(), "verb", m.group()) for m in _EN_WEAK_VERB_RE.finditer(folded)
                if _EN_THAT_SOON.match(folded, m.end()) and not re.search(r"\b(?:an|the|is|are|was|were|be|been)\s+$",
                                                                        folded[max(0, m.start() - 8):m.start()]))
    yield from (Cue(m.start(), m.end(), "participle", m.group()) for m in _EN_PARTICIPLE_RE.finditer(folded)
                if _is_english_cue(folded, m, proper))
    yield from (Cue(m.start(), m.end(), "nominal", "according to") for m in _EN_NOMINAL_RE.finditer(folded))
    yield from (Cue(m.start(), m.end(), "statement", m.group()) for m in _EN_STATEMENT_RE.finditer(folded))
    yield from (Cue(m.start(), m.end(), "verb", m.group()) for m in _EN_GOING_ON_RE.finditer(folded)
                if '"' in folded[:m.start()] or "”" in folded[:m.start()] or _EN_SHORT_SUBJECT_AFTER_COMMA.search(
                    folded, max(0, m.start() - 40), m.start()))
    yield from (Cue(m.start("cue"), m.end("cue"), "verb", m.group("cue"))
                for m in _EN_SOURCES_BELIEVE_RE.finditer(folded))
    # "made a statement to the Kan public broadcaster that": told it
    yield from (Cue(m.start(), m.end(), "verb", "told") for m in _EN_GAVE_WORDS_TO_RE.finditer(folded))


# '"In total it involves a five-figure sum," the source went on.': a quotation's speaker going on, last in its sentence.
# "Senior intelligence officials believe that …", "Investigators so far believe": the view unnamed officials are
# reported to hold (anyone else's thought is no attribution).
_EN_SOURCES_BELIEVE_RE = re.compile(r"\b(?:officials|investigators|intelligence|sources|authorities)\s+"
                                    r"(?:(?:so far|now|still|also|privately|increasingly)\s+)?(?P<cue>believe)\b")
_EN_GAVE_WORDS_TO_RE = re.compile(r"\b(?:made|gave|issued|delivered|makes|gives)\s+(?:a|an|the)\s+(?:\w+\s+)?"
                                  r"(?:statement|remarks|comments|interview)\s+to\b")
# "…, the statement went on.": a speaker named before, going on after a comma
_EN_SHORT_SUBJECT_AFTER_COMMA = re.compile(r",\s*(?:the|its|his|her|their)\s+(?:\w+\s+)?\w+\s+$")
_EN_GOING_ON_RE = re.compile(r"\b(?:went on|goes on|continued|continues)(?=\s*[.;]?\s*$)")


_EN_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:(?:\w+ly|first|also|later|earlier|since)\s+)?$")
_EN_REPORTED_HOW = re.compile(r"\s*(?:by|that|as|to|in\s+(?:the|a)\s+\w+\s+(?:media|press|newspaper|daily))\b")


def _is_english_cue(folded: str, match: re.Match, proper: frozenset[int]) -> bool:
    """Whether a reporting verb's form is used as one: not "a report", "so-called", "was described as",
    "Washington Post" (proper: starts of capitalized words that do not open the sentence)."""
    form, before = match.group(), folded[max(0, match.start() - 24):match.start()]
    lemma = _EN_FORMS[form]
    if form in _EN_NEVER or match.start() in proper or before.endswith(("<", "all ")):
        return False
    if form == lemma and not folded[:match.start()].strip(_EN_OPENING):
        return False  # "Add yours", "Tell us what you think": a page asking its reader, no report
    if form.endswith("ed") and form != lemma and _EN_ADJECTIVE_BEFORE.search(before):
        return False
    if lemma == "point" and not _EN_POINT_ON.match(folded, match.end()):
        return False
    if lemma in _EN_SPEECH_AFTER and not _EN_SPEECH_AFTER[lemma].match(folded, match.end()):
        return False
    if lemma == "add" and _EN_NOT_REPORTING_AFTER.match(folded, match.end()):
        return False
    if form in ("reported", "said") and _EN_PASSIVE_BEFORE.search(before) and \
            not _EN_REPORTED_HOW.match(folded, match.end()):
        return False  # "no casualties were reported", "nothing more was said": not anyone's report
    if form == "told" and _EN_TO_AFTER.match(folded, match.end()):
        return False  # "Israel Army Told to Prepare", "he was told to leave": an order, not a report
    if form == "quoted" and _EN_BY_AFTER.match(folded, match.end()):
        return False  # "Rostami, quoted by Mehr, said": whom the words reached, not a report of its own
    if form == lemma and _EN_UNSAID_BEFORE.search(before) and not _EN_FIRST_TO.search(before):
        return False  # ("The Washington Post was first to report the announcement": it reported it)
    if _EN_CONDITIONAL_BEFORE.search(before) and _EN_COMMA_AFTER.match(folded, match.end()):
        return False
    if lemma == "ask" and (not folded[:match.start()].strip(_EN_OPENING) or _EN_CONDITIONAL_BEFORE.search(before)):
        return False  # "Asked what steps …, she said:", "When asked about it, he said": the question, not a report
    if form.endswith("ing") and _EN_GERUND_DETERMINER.search(before):
        return False  # "more reporting in the coming days", "his warning": a noun
    if form in _EN_NOUN_LIKE and (_EN_DETERMINER_BEFORE.search(before) or match.start() == 0 or not (
            _EN_VERB_AFTER.match(folded, match.end()) or _EN_SUBJECT_BEFORE.search(before)
            or (lemma == "quote" and _EN_AS_SAYING_SOON.match(folded, match.end()))
            or _is_trailing_report(folded, match, proper))):
        return False  # "a confidential UN report seen by", but "officials claim that", "they report"
    return not (form in _EN_NAMING_VERBS and _EN_NAMING_BEFORE.search(before))


def _is_trailing_report(folded: str, match: re.Match, proper: frozenset[int]) -> bool:
    """"…, CNN reports, citing sources": a trailing present tense whose short subject names someone."""
    if match.group() not in _EN_TRAILING_FORMS or not _EN_TRAILING_AFTER.match(folded, match.end()):
        return False
    subject = _EN_TRAILING_SUBJECT.search(folded, 0, match.start())
    if not subject or _EN_REPORTS_QUALIFIER.search(folded, subject.start(), match.start()):
        return False
    first = subject.start("subject")
    return first in proper or folded.startswith(("the ", "a ", "an "), first)


def is_denial(cue: Cue) -> bool:
    """Whether a cue denies ("نفت", "ينفي", "denies") rather than states."""
    return cue.lemma == "نفي" or _EN_FORMS.get(cue.lemma) == "deny"


def find_cues(folded: str, language: str, *, proper: frozenset[int] = frozenset()) -> list[Cue]:
    """Cues in folded text, in order; English cues for "en", Arabic ones otherwise."""
    return find_english_cues(folded, proper) if language == "en" else find_arabic_cues(folded)


def has_cue(folded: str) -> bool:
    """Whether folded text holds any reporting cue, in either language."""
    return any(_arabic_cues(folded)) or any(_english_cues(folded, frozenset()))
