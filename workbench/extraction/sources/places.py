"""Countries and capitals named as a source ("فرنسا: …", "وقالت موسكو إن", "Tehran said"): the government."""

from workbench.text.normalize import fold

# Folded Arabic (أ/إ/آ → ا, ى → ي, ة → ه) and lower-case English names of a country or its capital, with the
# adjective of its government. Names that are also common words or other places are left out ("عمان" is
# Amman and Oman, "الجزائر" and "الكويت" name a city too, which is the same government).
_GOVERNMENTS = {
    "French": "فرنسا باريس france paris",
    "Egyptian": "مصر القاهره egypt cairo",
    "Saudi": "السعوديه الرياض riyadh",
    "Iranian": "ايران طهران iran tehran",
    "Russian": "روسيا موسكو الكرملين russia moscow",
    "Turkish": "تركيا انقره turkey ankara",
    "US": "واشنطن washington",
    "British": "بريطانيا لندن britain london",
    "German": "المانيا برلين germany berlin",
    "Chinese": "الصين بكين china beijing",
    "Israeli": "اسراييل israel",
    "Iraqi": "العراق بغداد iraq baghdad",
    "Syrian": "سوريا سوريه دمشق syria damascus",
    "Lebanese": "لبنان بيروت lebanon beirut",
    "Jordanian": "الاردن jordan",
    "Qatari": "قطر الدوحه qatar doha",
    "Emirati": "الامارات ابوظبي",
    "Kuwaiti": "الكويت kuwait",
    "Bahraini": "البحرين المنامه bahrain manama",
    "Algerian": "الجزاير algeria algiers",
    "Moroccan": "المغرب الرباط morocco rabat",
    "Tunisian": "تونس tunisia",
    "Sudanese": "السودان الخرطوم sudan khartoum",
    "Pakistani": "باكستان pakistan islamabad",
    "Indian": "الهند نيودلهي india",
    "Japanese": "اليابان طوكيو japan tokyo",
    "Italian": "ايطاليا روما italy rome",
    "Spanish": "اسبانيا مدريد spain madrid",
    "Ukrainian": "اوكرانيا كييف ukraine kyiv kiev",
}
_BY_NAME = {name: adjective for adjective, names in _GOVERNMENTS.items() for name in names.split()}
# Names of more than one word, and countries whose Arabic name is left out above.
_BY_NAME.update({"saudi arabia": "Saudi", "the united states": "US", "united states": "US", "the us": "US",
                 "the u.s": "US", "the uae": "Emirati", "uae": "Emirati", "united arab emirates": "Emirati",
                 "the united arab emirates": "Emirati", "abu dhabi": "Emirati", "the uk": "British",
                 "the united kingdom": "British", "oman": "Omani", "muscat": "Omani", "yemen": "Yemeni",
                 "libya": "Libyan", "اليمن": "Yemeni", "ليبيا": "Libyan",
                 "المملكه العربيه السعوديه": "Saudi", "الولايات المتحده": "US", "الولايات المتحده الامريكيه": "US",
                 "الامارات العربيه المتحده": "Emirati", "المملكه المتحده": "British"})


def country_named(phrase: str) -> str | None:
    """The adjective of the country a phrase names, if it is only a country or capital ("فرنسا", "وباريس",
    "Paris" → "French"), else None."""
    folded = fold(phrase).strip(" ,.:\"'").lower()
    if folded[:1] in ("و", "ف") and folded[1:] in _BY_NAME:
        folded = folded[1:]
    return _BY_NAME.get(folded)


def government_named(phrase: str) -> str | None:
    """"French government" for a phrase that is only a country or capital ("فرنسا", "وباريس", "Paris"), else None."""
    adjective = country_named(phrase)
    return f"{adjective} government" if adjective else None
