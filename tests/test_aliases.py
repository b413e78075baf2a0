"""Catalog alias look-up: exact with Arabic clitics, fuzzy for the picker, mentions in running text."""

import json

import pytest

from workbench.catalog.aliases import AliasEntry, AliasIndex, load_bundled_entries, outlet_medium
from workbench.resources import RESOURCES_DIR

CATALOG = {
    "The Sun": ["Sun", "صن", "الصن", "ذا صن"],
    "The Sunday Times": ["Sunday Times", "صنداي تايمز"],
    "The Washington Post": ["Washington Post", "واشنطن بوست"],
    "RT": ["Russia Today", "روسيا اليوم", "آر تي"],
    "Reuters": ["رويترز"],
    "Youm7": ["اليوم السابع"],
    "Al Arabiya": ["العربية", "قناة العربية"],
    "Channel 12 (Israel)": ["القناة الـ12", "القناة 12"],
    "i24NEWS": ["i24"],
    "Al-Maalomah": ["وكالة المعلومة"],
    "El País": ["ال بايس"],
    "The Independent": ["Independent"],
    "The Guardian": ["Guardian"],
    "Al Jazeera": ["الجزيرة"],
    "Rudaw": ["رووداو"],
}
ORGANIZATIONS = {"Arab League": ["جامعة الدول العربية"], "United Nations": ["UN", "الأمم المتحدة"]}


@pytest.fixture(scope="module")
def index() -> AliasIndex:
    entries = [AliasEntry(a, name, "outlet") for name, aliases in CATALOG.items() for a in [name, *aliases]]
    entries += [AliasEntry(a, name, "organization") for name, aliases in ORGANIZATIONS.items() for a in [name, *aliases]]
    return AliasIndex.from_entries(entries)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("صن", "The Sun"),
        ("الصن", "The Sun"),
        ("«صن»", "The Sun"),
        ("وصن", "The Sun"),  # conjunction attached
        ("بالصن", "The Sun"),  # preposition + article attached
        ("للصن", "The Sun"),  # ل + ال written لل
        ("the sun", "The Sun"),
        ("THE SUN", "The Sun"),
        ("واشنطن بوست", "The Washington Post"),
        ("الواشنطن بوست", "The Washington Post"),
        ("روسيا اليوم", "RT"),
        ("آر تي", "RT"),
        ("ار تى", "RT"),  # hamza dropped, final yeh as alef maksura
        ("لرويترز", "Reuters"),
        ("Washington Post", "The Washington Post"),
        ("الأمم المتحدة", "United Nations"),
        ("الامم المتحده", "United Nations"),
    ],
)
def test_exact(index, given, expected):
    hit = index.exact(given)
    assert hit is not None and hit.name == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("الميادين", "Al Mayadeen"),  # listed as "الميادين اللبنانية"
        ("«عكاظ»", "Okaz"),
        ("الوطن", None),  # Egyptian, Saudi, Syrian, Qatari, Omani: which one the text must say
        ("Al-Watan", None),
        ("الأخبار", None),  # Egyptian and Lebanese
        ("الموصل", None),
    ],
)
def test_bare_name_without_nationality(given, expected):
    entries = load_bundled_entries()
    hit = AliasIndex.from_entries(entries).bare_name(given)
    assert (hit.name if hit else None) == expected


@pytest.mark.parametrize("given", ["صحيفة", "الموصل", "", "Sunshine"])
def test_exact_misses(index, given):
    assert index.exact(given) is None


@pytest.mark.parametrize(
    ("typed", "first"),
    [("صن", "The Sun"), ("sun", "The Sun"), ("Sun", "The Sun"), ("واشنطن", "The Washington Post"),
     ("washington pst", "The Washington Post"), ("روسيا", "RT"), ("sunday", "The Sunday Times")],
)
def test_fuzzy_puts_the_intended_entry_first(index, typed, first):
    hits = index.fuzzy(typed)
    assert hits and hits[0].name == first
    assert len({h.name for h in hits}) == len(hits)  # one hit per entry


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('ذكرت صحيفة "صن" البريطانية، أن الآلية', ["The Sun"]),
        ('سبق نشره فى صحيفة "واشنطن بوست" الأمريكية', ["The Washington Post"]),
        ('مصادر عراقية لموقع "روسيا اليوم"، فإن', ["RT"]),
        ("وقال شهود لـ«اليوم السابع» إن", ["Youm7"]),
        ("Kurdish officials told Reuters and The Washington Post", ["Reuters", "The Washington Post"]),
        ("The sun rose over Mosul", []),  # the common word, not the paper
        ("صنعاء", []),  # word boundary: صن is not a prefix match
        ("جامعة الدول العربية", ["Arab League"]),  # longest match first, not Al Arabiya
        # the article written apart before a number or a quoted name reads as the article glued to it
        ("وقالت القناة الـ 12 العبرية", ["Channel 12 (Israel)"]),
        ('وقالت القناة الـ"12" الإسرائيلية', ["Channel 12 (Israel)"]),
        ("وقالت صحيفة ال بايس الإسبانية", ["El País"]),  # a name spelt with its article apart stays so
        # a brand written small is written small in text too
        ("وقالت قناة i24NEWS إن", ["i24NEWS"]),
        ("according to i24 on Monday", ["i24NEWS"]),
        ("وقال الصحاف لوكالة / المعلومة / إن", ["Al-Maalomah"]),  # the agency's name between slashes
        # a one-word name that is an adjective of the definite noun before it is that adjective
        ("وزار الرئيس المملكة العربية السعودية", []),
        ("وأعربت الدول العربية عن قلقها", []),
        ("دبي، الإمارات العربية المتحدة (CNN)", []),
        ("وقالت العربية إن الاتفاق جاهز", ["Al Arabiya"]),
        ("وقال المسؤول للعربية إن", ["Al Arabiya"]),
        ("وأكدت مصادر العربية أن", ["Al Arabiya"]),
        # a name that is an English word, run on into a capitalized word, is part of a longer name
        ("The Independent Electoral Commission said", []),
        ("BEIRUT, Sun Aug 25 (Reuters) - The talks", ["Reuters"]),
        ("The Independent said on Monday", ["The Independent"]),
        ("a minister told the Guardian Monday that", ["The Guardian"]),
        ("told The Guardian. Officials said", ["The Guardian"]),
        # a one-word name after a noun of place is that place
        ("وقال والي الجزيرة إن الأوضاع مستقرة", []),
        ("وسيطرت القوات على ولاية الجزيرة", []),
        ("في شبه الجزيرة الكورية", []),
        ("وقال مراسل الجزيرة في الخرطوم", ["Al Jazeera"]),
        ("وزير الزراعة في الإقليم لرووداو: خطة", ["Rudaw"]),  # a preposition glued on: to the outlet
    ],
)
def test_find_mentions(index, text, found):
    hits = index.find_mentions(text)
    assert [h.name for h in hits] == found


def test_mention_spans_index_the_original_text(index):
    text = "وقالت صحيفـــة «الصّن» إن"
    (hit,) = index.find_mentions(text)
    assert text[hit.start:hit.end] == "الصّن"


def test_load_bundled_entries(tmp_path):
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "outlets.json").write_text(json.dumps([{"name": "The Sun", "aliases": ["صن"]}]), encoding="utf-8")
    (catalog / "organizations.json").write_text(json.dumps([{"name": "Hamas", "aliases": ["حماس"]}]), encoding="utf-8")
    entries = load_bundled_entries(tmp_path)
    assert AliasEntry("صن", "The Sun", "outlet") in entries
    assert AliasEntry("The Sun", "The Sun", "outlet") in entries
    assert AliasEntry("حماس", "Hamas", "organization") in entries


def test_load_bundled_entries_without_a_catalog(tmp_path):
    assert load_bundled_entries(tmp_path) == []


@pytest.mark.parametrize(
    ("kind", "spellings", "expected"),
    [
        ("newspaper", ["Le Monde", "لوموند"], "newspaper"),
        ("news_agency", ["TASS", "تاس"], "agency"),
        # a state-affiliated outlet is a channel, a paper or an agency: its spellings' descriptor says which
        ("state_affiliated", ["Al-Alam", "قناة العالم", "العالم الإيرانية"], "channel"),
        ("state_affiliated", ["Syrian TV", "Syrian state television", "التلفزيون السوري"], "channel"),
        ("state_affiliated", ["Libyan state TV", "التليفزيون الليبي"], "channel"),
        ("state_affiliated", ["Tishreen", "صحيفة تشرين", "جريدة تشرين"], "newspaper"),
        ("state_affiliated", ["Sputnik", "وكالة سبوتنيك", "سبوتنيك"], "agency"),
        ("state_affiliated", ["Pars Today", "موقع بارس تودي"], "site"),
        ("state_affiliated", ["Radio Mogadishu", "إذاعة مقديشو"], "channel"),
        ("state_affiliated", ["KRT", "كيه آر تي"], None),
    ],
)
def test_outlet_medium(kind, spellings, expected):
    assert outlet_medium(kind, spellings) == expected


def test_every_bundled_state_affiliated_outlet_has_a_medium():
    """"The channel", "الوكالة" must be able to point back to RT, CGTN, Tishreen, Sputnik."""
    catalog = json.loads((RESOURCES_DIR / "catalog" / "outlets.json").read_text(encoding="utf-8"))
    state = {o["name"] for o in catalog if o["kind"] == "state_affiliated"}
    media = {e.name: e.medium for e in load_bundled_entries() if e.name in state}
    assert state and [name for name in sorted(state) if media[name] is None] == []
