"""What a source phrase names: outlet (catalog), person with role, organization, unnamed source, reference back."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.enums import SourceKind
from workbench.extraction.sources.sources import BackReference, classify


@pytest.fixture(scope="module")
def catalog() -> AliasIndex:
    return AliasIndex.from_entries(load_bundled_entries())


def named(phrase: str, catalog: AliasIndex, language: str):
    return classify(phrase, 0, len(phrase), catalog=catalog, language=language)


@pytest.mark.parametrize(
    ("phrase", "outlet"),
    [
        ('صحيفة "صن" البريطانية', "The Sun"),
        ('تقرير "صن"', "The Sun"),
        ("صحيفة الصن البريطانية", "The Sun"),
        ('صحيفة "واشنطن بوست" الأمريكية', "The Washington Post"),
        ('موقع "روسيا اليوم"', "RT"),
        ("قناة الجزيرة", "Al Jazeera"),
        ("وكالة فرانس برس", "AFP"),
        ("وكالة سبوتنيك الروسية", "Sputnik"),
        ("صحيفة «الشرق الأوسط» اللندنية", "Asharq Al-Awsat"),
        ("«اليوم السابع»", "Youm7"),
        ("وكالة الأنباء الفلسطينية (وفا)", "WAFA"),
        ("Britain's Sun newspaper", "The Sun"),
        ("The Saudi-owned Al Arabiya channel", "Al Arabiya"),
        ("Syria's state news agency SANA", "SANA"),
        ("an earlier report by The Washington Post", "The Washington Post"),
        # Who owns or runs it, before the name; the medium after it.
        ("Egypt's state-linked Al-Qahera News television", "Al-Qahera News"),
        ("Iran's state-run Press TV", "Press TV"),
        # Cited by name without the nationality the catalog lists it with ("الميادين اللبنانية").
        ("معلومات «الميادين»", "Al Mayadeen"),
        ("صحيفة الميادين", "Al Mayadeen"),
    ],
)
def test_outlets(catalog, phrase, outlet):
    found = named(phrase, catalog, "en" if phrase.isascii() else "ar")
    assert found.kind is SourceKind.OUTLET and found.outlet == outlet


@pytest.mark.parametrize(
    ("phrase", "language", "name", "role"),
    [
        ("المتحدث باسم وزارة الدفاع العراقية، وقيادة العمليات المشتركة، يحيى رسول", "ar", "يحيى رسول",
         "المتحدث باسم وزارة الدفاع العراقية، وقيادة العمليات المشتركة"),
        ("وزير الخارجية الروسى سيرجى لافروف", "ar", "سيرجى لافروف", "وزير الخارجية الروسى"),
        ("رائد بالقوات العراقية الخاصة", "ar", None, "رائد بالقوات العراقية الخاصة"),
        ('أمين عام الحركة المسيحية "كتائب بابليون" المنضمة إلى كتائب الحشد', "ar", None,
         'أمين عام الحركة المسيحية "كتائب بابليون" المنضمة إلى كتائب الحشد'),
        ("محمود بصل المتحدث باسم جهاز الدفاع المدنى فى غزة", "ar", "محمود بصل", "المتحدث باسم جهاز الدفاع المدنى فى غزة"),
        ("الدكتور على المصيلحى، وزير التموين", "ar", "على المصيلحى", "الدكتور، وزير التموين"),
        ("رئيس الوزراء العراقي حيدر العبادي", "ar", "حيدر العبادي", "رئيس الوزراء العراقي"),
        ("المصيلحى", "ar", "المصيلحى", None),
        ("Interior Ministry spokesman Saad Maan", "en", "Saad Maan", "Interior Ministry spokesman"),
        ("Colonel John Dorrian, a spokesman for the coalition", "en", "John Dorrian", "Colonel, a spokesman for the coalition"),
        ("a spokesman for the U.S.-led coalition", "en", None, "a spokesman for the U.S.-led coalition"),
        ("an Iraqi special forces major", "en", None, "an Iraqi special forces major"),
        ("Lavrov", "en", "Lavrov", None),
        # a family name that begins as و + ال ("والدن", "والاس"); a relative clause after the comma names nobody
        ("السيناتور كريس والدن", "ar", "كريس والدن", "السيناتور"),
        ("السيناتور كريس والدن، أبرز الأعضاء الجمهوريين فى اللجنة والذى حضر الإفادة", "ar", "كريس والدن",
         "السيناتور، أبرز الأعضاء الجمهوريين فى اللجنة والذى حضر الإفادة"),
        ("المبعوث الأمريكي جون والاس", "ar", "جون والاس", "المبعوث الأمريكي"),
        # a nationality after the role is no name
        ("سيناتور أمريكى", "ar", None, "سيناتور أمريكى"),
        ("سفير إيراني", "ar", None, "سفير إيراني"),
    ],
)
def test_persons(catalog, phrase, language, name, role):
    found = named(phrase, catalog, language)
    assert (found.kind, found.name, found.role) == (SourceKind.PERSON, name, role)


@pytest.mark.parametrize(
    ("phrase", "language", "label"),
    [
        ("شهود عيان", "ar", "eyewitnesses"),
        ("مصادر عراقية", "ar", "Iraqi sources"),
        ("تقارير إعلامية", "ar", "media reports"),
        ("مصادر دبلوماسية مطلعة", "ar", "diplomatic informed sources"),
        ("مسؤولون فلسطينيون", "ar", "Palestinian officials"),
        ("مصدر أمني عراقي", "ar", "a security Iraqi source"),
        ("سكان فى مدينة أم درمان", "ar", "residents"),
        ("مسلحون مجهولون", "ar", "gunmen"),
        ("تدوينة متداولة", "ar", "a post"),
        ("Two Kurdish security officials", "en", "Kurdish security officials"),
        ("sources familiar with the matter", "en", "sources"),
        ("Residents reached by telephone", "en", "Residents"),
    ],
)
def test_unnamed_sources(catalog, phrase, language, label):
    found = named(phrase, catalog, language)
    assert (found.kind, found.name) == (SourceKind.ANONYMOUS, label)


@pytest.mark.parametrize(
    ("phrase", "language", "name"),
    [
        ('كتائب "الحشد الشعبى" العراقية', "ar", "Popular Mobilization Forces"),
        ('حركة "النجباء" العراقية', "ar", "Harakat al-Nujaba"),
        ("وزارة التموين والتجارة الداخلية", "ar", "وزارة التموين والتجارة الداخلية"),  # not in the catalog: by pattern
        ("بيانات الجهاز المركزى للتعبئة العامة والإحصاء", "ar", "CAPMAS"),
        ("جامعة الدول العربية", "ar", "Arab League"),  # holds Al Arabiya's alias, names the League
        ("الأمم المتحدة", "ar", "United Nations"),
        ("the United Nations", "en", "United Nations"),
        ("The U.N. refugee agency", "en", "UNHCR"),  # the longer name, not the United Nations it holds
    ],
)
def test_organizations(catalog, phrase, language, name):
    found = named(phrase, catalog, language)
    assert (found.kind, found.name) == (SourceKind.ORGANIZATION, name)


@pytest.mark.parametrize(
    ("phrase", "language", "medium", "adjective"),
    [
        ("الصحيفة", "ar", "newspaper", None),
        ("الصحيفة البريطانية", "ar", "newspaper", "البريطانيه"),
        ("الصحيفه", "ar", "newspaper", None),  # teh marbuta written as heh
        ("التقارير", "ar", "report", None),
        ("المصادر", "ar", "sources", None),
        ("المتحدثة", "ar", "person", None),
        ("The tabloid", "en", "newspaper", None),
        ("the paper", "en", "newspaper", None),
        ("The agency", "en", "agency", None),
        ("one of the officials", "en", "sources", None),
        ("he", "en", "person", None),
    ],
)
def test_references_back(catalog, phrase, language, medium, adjective):
    found = named(phrase, catalog, language)
    assert isinstance(found, BackReference)
    assert (found.medium, found.adjective) == (medium, adjective)


@pytest.mark.parametrize("phrase", ["الأسبوع الماضى", "", "  ،  "])
def test_no_source(catalog, phrase):
    assert named(phrase, catalog, "ar") is None


@pytest.mark.parametrize("given, expected", [
    ("مسؤول عراقي", "an Iraqi official"),
    ("مسؤول عراقى", "an Iraqi official"),
    ("مسؤول أوكراني", "a Ukrainian official"),
    ("مسؤول أوروبي", "a European official"),
    ("مسؤول إيراني", "an Iranian official"),
    ("مسؤول أمريكي", "a US official"),
    ("مصدر مصري", "an Egyptian source"),
])
def test_a_single_unnamed_source_takes_the_article_its_english_label_needs(given, expected):
    from workbench.extraction.sources.anonymous import arabic_label
    from workbench.text.normalize import fold

    assert arabic_label(fold(given)) == expected
