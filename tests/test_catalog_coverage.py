"""The bundled catalog names the outlets and bodies real reports cite, under the spellings real pages use.

Every check goes through the alias index extraction uses (AliasIndex over load_bundled_entries), so a
spelling counts only if exact look-up and the scan of running text both find the right entry.
"""

import re
from functools import cache

import pytest

from bench.catalog_coverage import is_right, linked_outlets, read_phrases
from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.text.normalize import comparison_key

from .test_catalog_data import organizations, outlets

_ARABIC = re.compile("[\u0600-\u06ff]")
# The descriptor an Arabic page puts before an outlet of each kind ("صحيفة الغارديان", "قناة الميادين").
_DESCRIPTORS = {"newspaper": ("صحيفة", "جريدة"), "tabloid": ("صحيفة",), "broadcaster": ("قناة", "شبكة"),
                "news_agency": ("وكالة",), "online": ("موقع", "صحيفة"),
                "state_affiliated": ("صحيفة", "قناة", "وكالة")}


@cache
def index() -> AliasIndex:
    return AliasIndex(load_bundled_entries())


def _mentioned(text: str) -> list[str]:
    return [hit.name for hit in index().find_mentions(text)]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # The Telegraph (the scorer counts "The Telegraph" and "The Daily Telegraph" as one outlet)
        ("التلغراف", "The Telegraph"), ("التليجراف", "The Telegraph"), ("التلجراف", "The Telegraph"),
        ("تلغراف", "The Telegraph"), ("ديلي تلغراف", "The Telegraph"), ("الديلي تلغراف", "The Telegraph"),
        ("ديلي تليجراف", "The Telegraph"), ("Daily Telegraph", "The Telegraph"), ("Telegraph", "The Telegraph"),
        ("The Daily Telegraph", "The Telegraph"), ("صنداي تلغراف", "The Telegraph"),
        # The Times and the papers whose names end in "Times"
        ("التايمز", "The Times"), ("التايمس", "The Times"), ("تايمز", "The Times"), ("Times", "The Times"),
        ("نيويورك تايمز", "The New York Times"), ("نيويورك تايمس", "The New York Times"),
        ("صنداي تايمز", "The Sunday Times"), ("فايننشال تايمز", "Financial Times"),
        ("تايمز أوف إسرائيل", "Times of Israel"), ("لوس أنجلوس تايمز", "Los Angeles Times"),
        ("واشنطن تايمز", "The Washington Times"), ("هندوستان تايمز", "Hindustan Times"),
        ("موسكو تايمز", "The Moscow Times"), ("ستريتس تايمز", "The Straits Times"),
        # g and v written ج/غ/ق and ف/ڤ
        ("جارديان", "The Guardian"), ("غارديان", "The Guardian"), ("الجارديان", "The Guardian"),
        ("الغارديان", "The Guardian"), ("القارديان", "The Guardian"), ("ڤوكس", "Vox"), ("موقع فوكس", "Vox"),
        ("قناة فوكس", "Fox News"), ("فوكس نيوز", "Fox News"),
        # Sunday titles
        ("ديلي ستار", "Daily Star"), ("ديلي ستار صنداي", "Daily Star Sunday"),
        ("صن أون صنداي", "The Sun on Sunday"), ("ميل أون صنداي", "The Mail on Sunday"),
        ("Mail on Sunday", "The Mail on Sunday"), ("ديلي ميل", "Daily Mail"), ("أوبزرفر", "The Observer"),
        # agencies
        ("يو.بي.آي", "UPI"), ("يو بي آي", "UPI"), ("يونايتد برس إنترناشونال", "UPI"),
        ("فرانس برس", "AFP"), ("فرانس پرس", "AFP"), ("وكالة الصحافة الفرنسية", "AFP"), ("أ ف ب", "AFP"),
        ("رويترز", "Reuters"), ("رويتر", "Reuters"),
        ("أسوشيتد برس", "AP"), ("أسوشيتدبرس", "AP"), ("اسوشيتد برس", "AP"), ("Associated Press", "AP"),
        ("وكالة نينا", "NINA (Iraq)"), ("الوكالة الوطنية العراقية للأنباء", "NINA (Iraq)"),
        ("وكالة الأنباء الليبية", "LANA (Libya)"), ("يوروبا برس", "Europa Press"), ("Europa Press", "Europa Press"),
        ("وكالة بترا", "Petra News Agency"), ("واس", "Saudi Press Agency"), ("وكالة قنا", "QNA"),
        ("كونا", "KUNA"), ("وكالة أنباء الشرق الأوسط", "MENA"), ("إيرنا", "IRNA"), ("وكالة إيسنا", "ISNA"),
        # broadcasters
        ("فرانس إنفو", "franceinfo"), ("فرانس انفو", "franceinfo"), ("franceinfo", "franceinfo"),
        ("الميادين اللبنانية", "Al Mayadeen"), ("قناة الميادين", "Al Mayadeen"), ("al-Mayadeen", "Al Mayadeen"),
        ("قناة الغد", "Al Ghad TV"), ("التلفزيون العربي", "Al-Araby TV"), ("قناة الكوثر", "Al-Kawthar"),
        ("إم بي سي", "MBC"), ("أو تي في", "OTV (Lebanon)"), ("MSNBC", "MSNBC"), ("Channel 4 News", "Channel 4 News"),
        ("بي إف إم", "BFM TV"), ("القناة 14", "Channel 14 (Israel)"), ("القناة 12", "Channel 12 (Israel)"),
        ("إيران إنترناشيونال", "Iran International"), ("ايران انترناشيونال", "Iran International"),
        # online outlets and papers the issue names
        ("نون بوست", "Noon Post"), ("Noon Post", "Noon Post"), ("آمد نيوز", "Amad News"),
        ("آمدنيوز", "Amad News"), ("Yemen News Portal", "Yemen News Portal"),
        ("عربي21", "Arabi21"), ("عربي 21", "Arabi21"), ("أكسيوس", "Axios"), ("اكسيوس", "Axios"),
        ("بوليتيكو", "Politico"), ("ميدل إيست آي", "Middle East Eye"), ("ميدل ايست آي", "Middle East Eye"),
        ("ديلي بيست", "The Daily Beast"), ("عنب بلدي", "Enab Baladi"), ("رصيف22", "Raseef22"),
        ("الخليج أونلاين", "Khaleej Online"), ("ذا إنترسبت", "The Intercept"), ("بريتبارت", "Breitbart"),
        ("صحيفة الحياة", "Al-Hayat"), ("العرب اللندنية", "Al-Arab (London)"), ("الجريدة الكويتية", "Al-Jarida"),
        ("الصباح العراقية", "Al-Sabah (Iraq)"), ("صحيفة الجمهورية اللبنانية", "Al-Joumhouria"),
        ("اللواء اللبنانية", "Al-Liwaa"), ("الديار اللبنانية", "Ad-Diyar"), ("غلوبس", "Globes"),
        ("ماكور ريشون", "Makor Rishon"), ("صحيفة اعتماد", "Etemad"), ("صحيفة شرق", "Shargh"),
        ("همشهري", "Hamshahri"), ("صحيفة جوان", "Javan"), ("صحيفة اطلاعات", "Ettela'at"),
        ("جمهوري إسلامي", "Jomhouri Eslami"), ("إيران ديلي", "Iran Daily"), ("كيهان", "Kayhan"),
        ("ليزيكو", "Les Echos"), ("لوبوان", "Le Point"), ("ليكسبريس", "L'Express"), ("دي تسايت", "Die Zeit"),
        ("إيه بي سي الإسبانية", "ABC (Spain)"), ("NZZ", "Neue Zürcher Zeitung"), ("مترو البريطانية", "Metro (UK)"),
        ("بروبابليكا", "ProPublica"), ("فورين بوليسي", "Foreign Policy (magazine)"),
        ("فورين أفيرز", "Foreign Affairs (magazine)"), ("ديفنس نيوز", "Defense News"),
        ("ميليتاري تايمز", "Military Times"), ("ستارز آند سترايبس", "Stars and Stripes"),
        ("يني شفق", "Yeni Şafak"), ("جمهوريت", "Cumhuriyet"), ("فيدوموستي", "Vedomosti"),
        ("نوفايا غازيتا", "Novaya Gazeta"), ("ميدوزا", "Meduza"), ("كييف إندبندنت", "Kyiv Independent"),
        ("أوكراينسكا برافدا", "Ukrainska Pravda"), ("يوميوري", "Yomiuri Shimbun"), ("أساهي", "Asahi Shimbun"),
        # one name, several countries: the nationality says which
        ("الشروق المصرية", "Al-Shorouk"), ("الشروق الجزائرية", "Echorouk"), ("الشروق التونسية", "Al-Chourouk (Tunisia)"),
        ("الوطن البحرينية", "Al-Watan (Bahrain)"), ("الوطن الجزائرية", "El Watan (Algeria)"),
        ("النهار اللبنانية", "An-Nahar"), ("النهار الكويتية", "Al-Nahar (Kuwait)"), ("الصباح العراقية", "Al-Sabah (Iraq)"),
        ("الصباح التونسية", "Assabah (Tunisia)"), ("الأيام الفلسطينية", "Al-Ayyam (Palestine)"),
        ("الأيام اليمنية", "Al-Ayyam (Yemen)"), ("العرب القطرية", "Al-Arab (Qatar)"), ("الجزيرة السعودية", "Al-Jazirah (Saudi Arabia)"),
        ("الجزيرة", "Al Jazeera"), ("صحيفة الغد", "Al-Ghad"), ("قناة الغد", "Al Ghad TV"),
    ],
)
def test_spelling_is_the_outlet(given, expected):
    hit = index().exact(given)
    assert hit is not None and (hit.kind, hit.name) == ("outlet", expected), hit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت صحيفة التليجراف البريطانية إن المفاوضات توقفت.", ["The Telegraph"]),
        ("وقال مصدر أمني لوكالة أنباء العالم العربي إن القوة داهمت المنزل.", ["Arab World Press"]),  # train7
        ("وأبلغ المصدر وكالة انباء العالم العربي (AWP) أن القوة داهمت المنزل.", ["Arab World Press"]),
        ("وذكرت «التلغراف» أن الاتفاق جاهز.", ["The Telegraph"]),
        ("وقالت صحيفة “الجارديان” البريطانية إن", ["The Guardian"]),
        ("ذكرت صحيفة نيويورك تايمز أن الاتفاق جاهز.", ["The New York Times"]),
        ("ونقلت صحيفة «نيويورك تايمز» الأمريكية عن مسؤولين", ["The New York Times"]),
        ("وقالت صحيفة تايمز أوف إسرائيل إن", ["Times of Israel"]),
        ("التايمز: بريطانيا سترسل سفينة ثالثة إلى الخليج", ["The Times"]),
        ("وأفادت صحيفة التايمس البريطانية بأن", ["The Times"]),
        ("نقلت وكالة يو.بي.آي عن مصدر أمني أن", ["UPI"]),
        ("قناة الميادين اللبنانية", ["Al Mayadeen"]),
        ("the Lebanese al-Mayadeen television said", ["Al Mayadeen"]),
        ("موقع نون بوست", ["Noon Post"]),
        ("the Noon Post reported that", ["Noon Post"]),
        ("موقع آمد نيوز الإيراني المعارض", ["Amad News"]),
        ("according to Yemen News Portal", ["Yemen News Portal"]),
        ("نقلت صحيفة الغارديان عن مصدر حكومي أن الاتفاق جاهز.", ["The Guardian"]),
        ("بحسب صحيفة ديلي ستار صنداي البريطانية", ["Daily Star Sunday"]),
        ("وكشفت صحيفة صن أون صنداي أن", ["The Sun on Sunday"]),
        ("وكشفت صحيفة الصن أون صنداي أن", ["The Sun on Sunday"]),
        ("وقالت صحيفة ميل أون صنداي إن", ["The Mail on Sunday"]),
        ("ونشرت فرانس إنفو تقريرا", ["franceinfo"]),
        ("مسؤول أمريكي لفرانس برس: الهدنة قريبة", ["AFP"]),
        ("قال مسؤولان إيرانيان لرويترز إن", ["Reuters"]),
        ('أكد مصدر قيادي لـ"الجزيرة" أن', ["Al Jazeera"]),
        ("في تصريح لوكالة الأناضول", ["Anadolu Agency"]),
        ("Two officials told AFP and later spoke to CNN.", ["AFP", "CNN"]),
        ("وقال موقع ڤوكس الأمريكي", ["Vox"]),
        ("وقالت قناة فوكس نيوز", ["Fox News"]),
        ("وقال موقع فوكس نيوز", ["Fox News"]),
        ("وذكر موقع أكسيوس الأمريكي", ["Axios"]),
        ("ونقل موقع ميدل إيست آي البريطاني", ["Middle East Eye"]),
        ("وأفاد موقع عربي 21 بأن", ["Arabi21"]),
        ("وقالت القناة 12 الإسرائيلية", ["Channel 12 (Israel)"]),
        ("وأفادت قناة إيران إنترناشيونال", ["Iran International"]),
        ("The Kyiv Independent reported", ["Kyiv Independent"]),
        ("said the Atlantic Council's analyst", ["Atlantic Council"]),
        # a catalog name inside a longer one ("مونيتور", "إندبندنت", "Times") is the longer outlet
        ("ونقلت صحيفة كريستيان ساينس مونيتور عن", ["The Christian Science Monitor"]),
        ("وقال موقع إندبندنت فارسي", ["Independent Persian"]),
        ("according to Army Times", ["Military Times"]),
        ("وذكر موقع يمن مونيتور", ["Yemen Monitor"]),
        ('كما نقلت صحيفة «الاقتصادية» عن مسؤول', ["Al Eqtisadiah"]),
        ("وقال موقع والا العبري", ["Walla"]),
        ("ونقلت وكالة بغداد اليوم عن مصدر", ["Baghdad Today"]),
    ],
)
def test_outlet_found_in_a_sentence(text, expected):
    assert _mentioned(text) == expected


@pytest.mark.parametrize("phrase", read_phrases(), ids=lambda phrase: phrase.text)
def test_phrase_as_real_pages_write_it(phrase):
    """bench/data/outlet_phrases.tsv: outlets named as real pages name them link to their outlet, extraction's
    way (quoted bare names too); the ordinary words among them link to none."""
    found = linked_outlets(phrase.text, index())
    assert is_right(phrase, found), (phrase.expected, found)


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الحكومة ستعلن اليوم في بيان عن خطة جديدة للغد.",
        "وخرج المتظاهرون إلى الميادين في الصباح.",
        "وقالت الحكومة إن التحالف يتجه إلى تمديد التخفيضات.",
        "وتواجه إسرائيل اليوم ضغوطا دولية.",
        "واندلعت الثورة السورية قبل سنوات، وتتحدث الجمهورية اللبنانية عن الحياة الجديدة.",
        "The National Guard and the Foreign Affairs Committee met on the Korean Peninsula.",
        "The government said the coalition would meet in Ten days.",
        "وقال الطبيب إن متلازمة داون ليست مرضا، وإلا لما تحسنت الأزمة الاقتصادية.",
        "وأعلنت الإمارات اليوم عن مساعدات، فيما شهدت بغداد اليوم احتجاجات.",
    ],
)
def test_ordinary_words_are_no_catalog_entry(text):
    assert _mentioned(text) == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("التحالف الدولي", "US-led coalition"), ("US-led coalition", "US-led coalition"),
        ("التحالف الدولي ضد داعش", "US-led coalition"), ("البنتاغون", "Pentagon"), ("البنتاجون", "Pentagon"),
        ("وزارة الدفاع الأمريكية", "Pentagon"), ("the Pentagon", "Pentagon"), ("البيت الأبيض", "White House"),
        ("الخارجية الأمريكية", "US State Department"), ("الكرملين", "Kremlin"),
        ("الجيش الإسرائيلي", "Israel Defense Forces"), ("جيش الاحتلال", "Israel Defense Forces"),
        ("IDF", "Israel Defense Forces"), ("حماس", "Hamas"), ("حزب الله", "Hezbollah"), ("أنصار الله", "Houthis"),
        ("الحوثيون", "Houthis"), ("مليشيا الحوثي", "Houthis"), ("الأونروا", "UNRWA"),
        ("منظمة الصحة العالمية", "World Health Organization"), ("اليونيسف", "UNICEF"), ("أوتشا", "OCHA"),
        ("برنامج الأغذية العالمي", "World Food Programme"), ("مفوضية اللاجئين", "UNHCR"),
        ("UN nuclear watchdog", "IAEA"), ("الصليب الأحمر", "International Committee of the Red Cross"),
        ("جامعة الدول العربية", "Arab League"), ("الاتحاد الأوروبي", "European Union"), ("الناتو", "NATO"),
        ("وزارة الصحة في غزة", "Gaza Ministry of Health"), ("Hamas-run health ministry", "Gaza Ministry of Health"),
        ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
        ("منظمة العفو الدولية", "Amnesty International"), ("هيومن رايتس ووتش", "Human Rights Watch"),
        ("الحرس الثوري", "Islamic Revolutionary Guard Corps"), ("قسد", "Syrian Democratic Forces"),
        ("جهاز مكافحة الإرهاب", "Iraqi Counter-Terrorism Service"),
        ("الحشد الشعبي", "Popular Mobilization Forces"), ("معهد دراسة الحرب", "Institute for the Study of War"),
        ("الكنيست", "Knesset"), ("وزارة الصحة اللبنانية", "Lebanese Ministry of Public Health"),
    ],
)
def test_spelling_is_the_organization(given, expected):
    hit = index().exact(given)
    assert hit is not None and (hit.kind, hit.name) == ("organization", expected), hit


@pytest.mark.parametrize("word", ["الحكومة", "the government", "التحالف", "the coalition", "Coalition"])
def test_generic_heads_are_left_to_the_extractor(word):
    """"The government", "the coalition": which one the page means is the extractor's to work out."""
    assert index().exact(word) is None


@pytest.mark.parametrize(("given", "expected"), [("الميادين", "Al Mayadeen"), ("Metro", "Metro (UK)"),
                                                 ("الوطن", None), ("الرأي", None), ("الشروق", None),
                                                 ("الصباح", None), ("الأيام", None), ("النهار", None)])
def test_a_name_without_its_nationality(given, expected):
    hit = index().bare_name(given)
    assert (hit.name if hit else None) == expected


def test_every_outlet_has_an_arabic_spelling():
    assert [o["name"] for o in outlets() if not any(_ARABIC.search(a) for a in o["aliases"])] == []


def test_no_spelling_belongs_to_two_entries():
    """Compared as the index compares them (hamza, teh marbuta, alef maksura folded), across both files."""
    owners: dict[str, set[str]] = {}
    for entry in (*outlets(), *organizations()):
        for spelling in (entry["name"], *entry["aliases"]):
            owners.setdefault(comparison_key(spelling), set()).add(entry["name"])
    assert {k: sorted(v) for k, v in owners.items() if len(v) > 1} == {}


def test_every_spelling_finds_its_own_outlet():
    """Exact look-up, and in running text after the descriptor a page would use: "صحيفة الصن أون صنداي"
    must not stop at another outlet's "صحيفة الصن"."""
    wrong = []
    for outlet in outlets():
        for spelling in (outlet["name"], *outlet["aliases"]):
            hit = index().exact(spelling)
            if hit is None or hit.name != outlet["name"]:
                wrong.append((spelling, hit and hit.name))
            if not _ARABIC.search(spelling):
                continue
            for text in (spelling, *(f"وقالت {d} {spelling} إن" for d in _DESCRIPTORS[outlet["kind"]])):
                found = _mentioned(text)
                if found[:1] != [outlet["name"]]:
                    wrong.append((text, found))
    assert wrong == []


REQUIRED = {
    # news agencies
    "WAM", "Saudi Press Agency", "MENA", "QNA", "KUNA", "Petra News Agency", "SANA", "IRNA", "Fars", "Tasnim",
    "ISNA", "Mehr", "BNA", "ONA", "NINA (Iraq)", "Iraqi News Agency", "APS", "MAP", "TAP", "LANA (Libya)", "SUNA",
    "Saba News Agency", "Anadolu Agency", "WAFA", "Maan News Agency", "National News Agency (Lebanon)", "Xinhua",
    "TASS", "RIA Novosti", "Sputnik", "Interfax", "Kyodo News", "Yonhap", "dpa", "EFE", "ANSA", "UPI",
    "Europa Press", "Press Trust of India", "Reuters", "AFP", "AP",
    # broadcasters
    "Al Mayadeen", "Al-Manar", "Al-Masirah", "Channel 12 (Israel)", "Channel 13 (Israel)", "Kan", "i24NEWS",
    "Al-Araby TV", "Al Ghad TV", "Al Hadath", "Sky News Arabia", "Al Arabiya", "Al Jazeera Mubasher", "Alsumaria",
    "Rudaw", "Kurdistan 24", "Al-Sharqiya", "MBC", "LBCI", "MTV Lebanon", "Al Jadeed", "OTV (Lebanon)",
    "France 24", "Deutsche Welle", "BBC News Arabic", "Alhurra", "TRT", "Press TV", "Al-Alam", "Al-Kawthar", "CNN",
    "Fox News", "CBS News", "NBC News", "ABC News", "MSNBC", "Sky News", "ITV News", "Channel 4 News", "franceinfo",
    "BFM TV", "Euronews", "RT Arabic", "Iran International",
    # Israeli and Iranian papers
    "Haaretz", "Yedioth Ahronoth", "Ynet", "Maariv", "Israel Hayom", "Times of Israel", "The Jerusalem Post",
    "Globes", "Walla", "Makor Rishon", "Kayhan", "Etemad", "Shargh", "Hamshahri", "Tehran Times", "Iran Daily",
    "Javan", "Ettela'at", "Jomhouri Eslami",
    # online outlets
    "Amad News", "Axios", "Politico", "The Daily Beast", "Middle East Eye", "Noon Post", "Arabi21", "Enab Baladi",
    "Al-Monitor", "The Intercept", "Vox", "BuzzFeed News", "HuffPost", "Business Insider", "Breitbart",
    "Mada Masr", "Raseef22", "Khaleej Online", "Yemen News Portal",
    # Arab papers
    "Al-Akhbar (Lebanon)", "Al-Quds Al-Arabi", "Asharq Al-Awsat", "Al-Hayat", "Rai al-Youm", "Al-Arab (London)",
    "Al-Araby Al-Jadeed", "Independent Arabia", "Elaph", "Hespress", "Al-Masry Al-Youm", "Youm7", "Al-Ahram",
    "Al-Shorouk", "Al-Watan (Egypt)", "Al-Watan (Syria)", "Al-Watan (Saudi Arabia)", "Okaz", "Al-Riyadh",
    "Al-Madina", "Al-Bayan", "Al-Khaleej", "Gulf News", "The National (UAE)", "Khaleej Times", "Al-Rai (Kuwait)",
    "Al-Qabas", "Al-Jarida", "Al-Sabah (Iraq)", "Al-Mada", "Shafaq News", "Baghdad Today", "An-Nahar",
    "Al-Joumhouria", "L'Orient-Le Jour", "Al-Liwaa", "Ad-Diyar", "Al-Dustour (Jordan)", "Al-Ghad",
    "Al-Rai (Jordan)", "Roya", "Echorouk", "El Khabar",
    # European, American and Asian papers and magazines
    "Le Monde", "Le Figaro", "Libération", "Le Parisien", "Les Echos", "Le Point", "L'Express", "Der Spiegel",
    "Bild", "Die Welt", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Die Zeit",
    "Corriere della Sera", "La Repubblica", "El País", "El Mundo", "ABC (Spain)", "Neue Zürcher Zeitung",
    "The Economist", "Financial Times", "The Telegraph", "The Sunday Times", "The Times", "The Guardian",
    "The Observer", "The Independent", "Daily Mail", "The Mail on Sunday", "The Mirror", "Daily Express",
    "Daily Star", "Daily Star Sunday", "The Sun on Sunday", "Metro (UK)", "Evening Standard",
    "The New York Times", "The Wall Street Journal", "USA Today", "Los Angeles Times", "The Washington Times",
    "New York Post", "Newsweek", "Time", "The Atlantic", "The New Yorker", "Bloomberg", "CNBC", "NPR", "PBS",
    "ProPublica", "The Hill", "Foreign Policy (magazine)", "Foreign Affairs (magazine)", "Defense News",
    "Military Times", "Stars and Stripes", "South China Morning Post", "The Hindu", "Times of India", "Dawn",
    "Hürriyet", "Sabah", "Yeni Şafak", "Daily Sabah", "Cumhuriyet", "Kommersant", "Izvestia", "Vedomosti",
    "Novaya Gazeta", "Meduza", "Kyiv Independent", "Ukrainska Pravda", "Yomiuri Shimbun", "Asahi Shimbun",
}


def test_required_outlets_are_present():
    assert sorted(REQUIRED - {o["name"] for o in outlets()}) == []


def test_state_agencies_are_agencies():
    by_name = {o["name"]: o for o in outlets()}
    for name in ("NINA (Iraq)", "LANA (Libya)", "UPI", "Europa Press", "KCNA", "BelTA"):
        assert by_name[name]["kind"] == "news_agency", name
    assert "state-owned" in by_name["LANA (Libya)"]["notes"]
    assert by_name["Al-Kawthar"]["kind"] == "state_affiliated"
