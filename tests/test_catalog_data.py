"""The bundled outlet and organization catalog is well formed and links common spellings to the right entry.

Pure data checks (json and the standard library only): the catalog files are read straight from
resources/catalog, so a broken edit is caught before any database is seeded from them.
"""

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

CATALOG_DIR = Path(__file__).resolve().parents[1] / "resources" / "catalog"
OUTLET_KINDS = {"newspaper", "tabloid", "broadcaster", "news_agency", "state_affiliated", "online"}
OUTLET_FIELDS = ("name", "kind", "country", "language", "domain", "notes", "aliases")
ORGANIZATION_FIELDS = ("name", "aliases", "country", "notes")
_COUNTRY = re.compile(r"[A-Z]{2}")


def _key(text: str) -> str:
    """Case-folded, white space collapsed: the uniqueness key of an alias."""
    return " ".join(text.casefold().split())


@cache
def _load(file_name: str) -> tuple[dict, ...]:
    data = json.loads((CATALOG_DIR / file_name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return tuple(data)


def outlets() -> tuple[dict, ...]:
    return _load("outlets.json")


def organizations() -> tuple[dict, ...]:
    return _load("organizations.json")


def _owner_of(entries, alias: str) -> list[str]:
    key = _key(alias)
    return [e["name"] for e in entries if key in {_key(a) for a in e["aliases"]}]


def _assert_aliases_unique(entries):
    owners: dict[str, set[str]] = {}
    for entry in entries:
        # One entry may list a spelling in two cases: the alias index matches a spelling with capitals
        # only in capitalized text, so "al-mayadeen" is what finds "the Lebanese al-Mayadeen television".
        twice = sorted(a for a, n in Counter(entry["aliases"]).items() if n > 1)
        assert not twice, f"{entry['name']}: aliases listed twice: {twice}"
        for alias in entry["aliases"]:
            owners.setdefault(_key(alias), set()).add(entry["name"])
    shared = sorted(k for k, names in owners.items() if len(names) > 1)
    assert not shared, f"aliases of more than one entry: {shared}"
    # A name is an alias too (the catalog loader adds it), so it must not be another entry's alias.
    for entry in entries:
        others = [n for n in _owner_of(entries, entry["name"]) if n != entry["name"]]
        assert not others, f"name {entry['name']!r} is an alias of {others}"


def _assert_aliases_well_formed(entry):
    aliases = entry["aliases"]
    assert isinstance(aliases, list) and aliases, entry["name"]
    for alias in aliases:
        assert isinstance(alias, str) and alias.strip() == alias and alias, (entry["name"], alias)
        assert "  " not in alias, (entry["name"], alias)


# ----------------------------------------------------------------------------------------------- outlets


def test_files_are_utf8_json_lists():
    for name in ("outlets.json", "organizations.json"):
        text = (CATALOG_DIR / name).read_text(encoding="utf-8")
        assert text.lstrip().startswith("[")
        assert "\\u06" not in text, f"{name} should keep Arabic unescaped (ensure_ascii=False)"


def test_at_least_1000_outlets():
    assert len(outlets()) >= 1000


@pytest.mark.parametrize(
    ("name", "country"),
    [("Radio Télévision Guinéenne", "GN"), ("Télé Sahel", "NE"), ("ORTM", "ML"), ("RTB (Burkina Faso)", "BF"),
     ("Télé Tchad", "TD"), ("VTV (Venezuela)", "VE"), ("Korean Central Television", "KP"), ("SNTV (Somalia)", "SO"),
     ("SONNA", "SO"), ("RTD (Djibouti)", "DJ"), ("ADI (Djibouti)", "DJ"), ("ORTC (Comoros)", "KM"),
     ("Mauritanian Television", "MR"), ("RTA (Afghanistan)", "AF"), ("Bakhtar News Agency", "AF"),
     ("Radio Pakistan", "PK"), ("Doordarshan", "IN"), ("Ethiopian News Agency", "ET"), ("Prensa Latina", "CU")],
)
def test_state_broadcasters_and_agencies_have_their_country(name, country):
    """What "state television said" means in a story about that country."""
    by_name = {o["name"]: o for o in outlets()}
    assert by_name[name]["country"] == country
    assert "state-owned" in by_name[name]["notes"]


def test_every_outlet_has_valid_fields():
    for outlet in outlets():
        assert set(OUTLET_FIELDS) <= set(outlet), outlet.get("name")
        name = outlet["name"]
        assert isinstance(name, str) and name.strip() == name and name
        assert outlet["kind"] in OUTLET_KINDS, name
        assert isinstance(outlet["country"], str) and _COUNTRY.fullmatch(outlet["country"]), name
        assert isinstance(outlet["language"], str) and re.fullmatch(r"[a-z]{2,3}", outlet["language"]), name
        assert isinstance(outlet["domain"], str) and " " not in outlet["domain"], name
        assert not outlet["domain"].startswith(("http", "www.")), name
        assert isinstance(outlet["notes"], str) and outlet["notes"].strip(), name
        _assert_aliases_well_formed(outlet)


def test_outlet_names_are_unique():
    counts = Counter(o["name"] for o in outlets())
    assert [n for n, c in counts.items() if c > 1] == []


def test_outlet_aliases_are_unique_across_the_file():
    _assert_aliases_unique(outlets())


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("صن", "The Sun"),
        ("الصن", "The Sun"),
        ("ذا صن", "The Sun"),
        ("واشنطن بوست", "The Washington Post"),
        ("الواشنطن بوست", "The Washington Post"),
        ("روسيا اليوم", "RT"),
        ("آر تي", "RT"),
        ("Russia Today", "RT"),
        ("آر تي عربي", "RT Arabic"),
        ("رويترز", "Reuters"),
        ("فرانس برس", "AFP"),
        ("أ ف ب", "AFP"),
        ("أسوشيتد برس", "AP"),
        ("أسوشيتيد برس", "AP"),
        ("بي بي سي", "BBC"),
        ("بي بي سي عربي", "BBC News Arabic"),
        ("سكاي نيوز", "Sky News"),
        ("سكاي نيوز عربية", "Sky News Arabia"),
        ("الجزيرة", "Al Jazeera"),
        ("الجزيرة الإنجليزية", "Al Jazeera English"),
        ("العربية", "Al Arabiya"),
        ("اليوم السابع", "Youm7"),
        ("المصري اليوم", "Al-Masry Al-Youm"),
        ("الأهرام", "Al-Ahram"),
        ("بوابة الأهرام", "Al-Ahram Gate"),
        ("سبوتنيك", "Sputnik"),
        ("سبوتنيك عربي", "Sputnik Arabic"),
        ("تاس", "TASS"),
        ("شينخوا", "Xinhua"),
        ("الأناضول", "Anadolu Agency"),
        ("الغارديان", "The Guardian"),
        ("نيويورك تايمز", "The New York Times"),
        ("ديلي ميل", "Daily Mail"),
        ("هآرتس", "Haaretz"),
        ("يديعوت أحرونوت", "Yedioth Ahronoth"),
        ("القناة 12 الإسرائيلية", "Channel 12 (Israel)"),
        ("هيئة البث الإسرائيلية", "Kan"),
        ("الشرق الأوسط اللندنية", "Asharq Al-Awsat"),
        ("الوطن المصرية", "Al-Watan (Egypt)"),
        ("الوطن السورية", "Al-Watan (Syria)"),
        ("الوطن السعودية", "Al-Watan (Saudi Arabia)"),
        ("الرأي الكويتية", "Al-Rai (Kuwait)"),
        ("الرأي الأردنية", "Al-Rai (Jordan)"),
        ("الأخبار اللبنانية", "Al-Akhbar (Lebanon)"),
        ("الأخبار المصرية", "Al-Akhbar (Egypt)"),
        ("واس", "Saudi Press Agency"),
        ("وام", "WAM"),
        ("سانا", "SANA"),
        ("وكالة الأنباء العراقية", "Iraqi News Agency"),
        ("وكالة أنباء الشرق الأوسط", "MENA"),
        ("شفق نيوز", "Shafaq News"),
        ("السومرية", "Alsumaria"),
        ("روداو", "Rudaw"),
        ("قناة الميادين", "Al Mayadeen"),
        ("هسبريس", "Hespress"),
        ("إرنا", "IRNA"),
        ("وكالة تسنيم", "Tasnim"),
    ],
)
def test_alias_belongs_to_the_expected_outlet(alias, expected):
    assert expected in {o["name"] for o in outlets()}, f"no outlet named {expected!r}"
    assert _owner_of(outlets(), alias) == [expected]


@pytest.mark.parametrize("ambiguous", ["الوطن", "الرأي", "الأخبار", "الشرق الأوسط", "الرياض", "صباح", "كان"])
def test_ambiguous_bare_words_are_not_outlet_aliases(ambiguous):
    """Shared names and ordinary words would link any sentence containing them to one arbitrary outlet."""
    assert _owner_of(outlets(), ambiguous) == []


def test_arabic_services_are_separate_entries_with_arabic_language():
    by_name = {o["name"]: o for o in outlets()}
    for arabic, parent in [("BBC News Arabic", "BBC"), ("RT Arabic", "RT"), ("Sputnik Arabic", "Sputnik"),
                           ("France 24 Arabic", "France 24"), ("DW Arabic", "Deutsche Welle"),
                           ("CNN Arabic", "CNN"), ("Sky News Arabia", "Sky News"),
                           ("Independent Arabia", "The Independent"), ("Anadolu Arabic", "Anadolu Agency"),
                           ("TRT Arabi", "TRT")]:
        assert by_name[arabic]["language"] == "ar", arabic
        assert parent in by_name, parent


def test_required_outlets_are_present():
    names = {o["name"] for o in outlets()}
    required = {
        "The Sun", "The Washington Post", "RT", "Reuters", "AFP", "AP", "BBC", "CNN", "The New York Times",
        "The Guardian", "The Times", "The Telegraph", "Daily Mail", "The Independent", "Le Monde",
        "Der Spiegel", "TASS", "Sputnik", "Xinhua", "Anadolu Agency", "Bloomberg", "Financial Times",
        "Haaretz", "Times of Israel", "Press TV", "Al-Alam", "Al Jazeera", "Al Arabiya", "Asharq Al-Awsat",
        "Al-Ahram", "Youm7", "SANA", "Al Mayadeen", "WAFA", "Hespress",
    }
    assert required - names == set()


def test_state_media_kinds():
    by_name = {o["name"]: o for o in outlets()}
    for name in ("RT", "Sputnik", "CGTN", "Press TV", "Al-Alam", "TRT"):
        assert by_name[name]["kind"] == "state_affiliated", name
    for name in ("TASS", "Xinhua", "SANA", "IRNA", "WAM", "Saudi Press Agency", "MENA"):
        assert by_name[name]["kind"] == "news_agency", name
        assert "state-owned" in by_name[name]["notes"], name


# ------------------------------------------------------------------------------------------ organizations


def test_enough_organizations():
    assert len(organizations()) >= 180


def test_every_organization_has_valid_fields():
    for org in organizations():
        assert set(ORGANIZATION_FIELDS) <= set(org), org.get("name")
        name = org["name"]
        assert isinstance(name, str) and name.strip() == name and name
        # International bodies have no single country: "".
        assert org["country"] == "" or _COUNTRY.fullmatch(org["country"]), name
        assert isinstance(org["notes"], str) and org["notes"].strip(), name
        _assert_aliases_well_formed(org)


def test_organization_names_are_unique():
    counts = Counter(o["name"] for o in organizations())
    assert [n for n, c in counts.items() if c > 1] == []


def test_organization_aliases_are_unique_across_the_file():
    _assert_aliases_unique(organizations())


def test_no_spelling_is_both_an_outlet_and_an_organization():
    outlet_keys = {_key(t) for o in outlets() for t in (o["name"], *o["aliases"])}
    org_keys = {_key(t) for o in organizations() for t in (o["name"], *o["aliases"])}
    assert outlet_keys & org_keys == set()


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("الحشد الشعبي", "Popular Mobilization Forces"),
        ("PMF", "Popular Mobilization Forces"),
        ("كتائب بابليون", "Babylon Brigades"),
        ("داعش", "Islamic State"),
        ("تنظيم الدولة", "Islamic State"),
        ("الدولة الإسلامية", "Islamic State"),
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("حزب الله", "Hezbollah"),
        ("كتائب حزب الله", "Kataib Hezbollah"),
        ("حماس", "Hamas"),
        ("أنصار الله", "Houthis"),
        ("الحوثيون", "Houthis"),
        ("حكومة إقليم كردستان", "Kurdistan Regional Government"),
        ("البيشمركة", "Peshmerga"),
        ("قسد", "Syrian Democratic Forces"),
        ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
        ("الأمم المتحدة", "United Nations"),
        ("مجلس الأمن الدولي", "UN Security Council"),
        ("منظمة الصحة العالمية", "World Health Organization"),
        ("اليونيسف", "UNICEF"),
        ("مفوضية الأمم المتحدة لشؤون اللاجئين", "UNHCR"),
        ("الأونروا", "UNRWA"),
        ("الوكالة الدولية للطاقة الذرية", "IAEA"),
        ("حلف شمال الأطلسي", "NATO"),
        ("الاتحاد الأوروبي", "European Union"),
        ("جامعة الدول العربية", "Arab League"),
        ("الصليب الأحمر", "International Committee of the Red Cross"),
        ("الهلال الأحمر", "Red Crescent"),
        ("منظمة العفو الدولية", "Amnesty International"),
        ("هيومن رايتس ووتش", "Human Rights Watch"),
        ("وزارة الدفاع العراقية", "Iraqi Ministry of Defence"),
        ("قيادة العمليات المشتركة", "Iraqi Joint Operations Command"),
        ("البنتاغون", "Pentagon"),
        ("وزارة الخارجية الأمريكية", "US State Department"),
        ("البيت الأبيض", "White House"),
        ("الكرملين", "Kremlin"),
        ("وزارة الخارجية الروسية", "Russian Foreign Ministry"),
        ("وزارة الصحة المصرية", "Egyptian Ministry of Health"),
    ],
)
def test_alias_belongs_to_the_expected_organization(alias, expected):
    assert expected in {o["name"] for o in organizations()}, f"no organization named {expected!r}"
    assert _owner_of(organizations(), alias) == [expected]


@pytest.mark.parametrize("word", ["WHO", "IS", "فتح", "القاعدة", "الشباب", "أمل"])
def test_common_words_are_not_organization_aliases(word):
    assert _owner_of(organizations(), word) == []
