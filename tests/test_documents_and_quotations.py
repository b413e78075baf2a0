"""Documents that carry a source's words ("حسبما ورد في برقية لوكالة الأنباء الجزائرية", "بيان للجيش", "وختمت برقية
الوكالة: …", "نشرت الوكالة برقية …"), "وذلك نقلا عن" closing a sentence, a quotation opening right after the
speaker's name, and no claim made of a lone closing quotation mark."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def claims(text: str):
    return extract(text, catalog=CATALOG).claims


def chain(claim) -> list[tuple[str, str | None]]:
    return [(h.kind.value, h.outlet) for h in claim.chain]


@pytest.mark.parametrize("stated", ["حسبما ورد في برقية لوكالة الأنباء الجزائرية",
                                    "حسبما جاء في برقية لوكالة الأنباء الجزائرية"])
def test_as_stated_in_a_document_of_an_outlet(stated):
    found = claims(f"“بلا أدنى حياء، تسخر آلة الدعاية كل ما لديها لنشر الأكاذيب”، {stated}.")
    assert [chain(c) for c in found] == [[("outlet", "APS")]]


@pytest.mark.parametrize("cue", ["حسبما جاء في بيان للجيش", "بحسب بيان للجيش"])
def test_a_statement_of_a_body_with_the_attached_article(cue):
    found = claims(f"الهجوم أسفر عن ثلاثة قتلى، {cue}.")
    assert found[0].chain[0].kind.value == "organization" and found[0].chain[0].surface == "للجيش"


def test_a_cable_concluding_with_a_colon():
    found = [c for c in claims("نشرت وكالة الأنباء الجزائرية برقية ردت فيها على مزاعم وإشاعات.\n"
                               "وختمت برقية وكالة الأنباء الجزائرية: ”تحية لمن يريد أن يسمع!”") if c.chain]
    assert [chain(c) for c in found] == [[("outlet", "APS")], [("outlet", "APS")]]
    assert found[0].chain[0].surface == "وكالة الأنباء الجزائرية"


def test_concluded_with_saying():
    assert chain(claims("وختم المصدر بالقول إن الوضع هادئ.")[0]) == [("anonymous", None)]


def test_a_stamp_is_no_conclusion():
    assert all(not c.chain for c in claims("وختم الموظف الجواز بسرعة."))


def test_a_lone_closing_quote_is_no_claim():
    assert all(any(ch.isalnum() for ch in c.text) for c in claims("وختمت البرقية: ”تحية لمن يريد أن يسمع!”"))


@pytest.mark.parametrize("closing, cue", [("وذلك نقلا عن وكالة الأنباء الكويتية «كونا»", "نقلا عن"),
                                          ("وذلك بحسب وكالة الأنباء الكويتية", "بحسب")])
def test_that_according_to_closes_the_sentence(closing, cue):
    found = claims("والجدير بالذكر أن أمير البلاد الشيخ صباح الأحمد الصباح غادر يوم الجمعة الماضية مستشفى في "
                   f"الولايات المتحدة، عقب استكمال فحوص طبية ناجحة، {closing}.")
    assert len(found) == 1 and chain(found[0]) == [("outlet", "KUNA")] and found[0].cue == cue


def test_a_quotation_right_after_the_speakers_name():
    found = claims("وقال السفير أسامة نقلي رئيس الدائرة الإعلامية بوزارة الخارجية السعودية «اتصلنا برويترز على الفور "
                   "للتحقق من مصدر الخبر».")
    assert found[0].chain[-1].surface == "السفير أسامة نقلي رئيس الدائرة الإعلامية بوزارة الخارجية السعودية"


@pytest.mark.parametrize("text, outlet", [
    ('وقالت صحيفة "الأخبار" اللبنانية إن الاتفاق جاهز.', "Al-Akhbar (Lebanon)"),
    ('وقال فالس، لقناة "بي اف ام تي في" التلفزيونية، "هناك اليوم بلا شك بضعة فرنسيين".', "BFM TV"),
])
def test_a_quoted_outlet_name_is_no_quotation(text, outlet):
    assert claims(text)[0].chain[0].outlet == outlet


def test_relying_on_a_source_names_whom_the_outlet_has_it_from():
    found = claims('من جانبها، تحدثت وكالة "سبوتنيك"، استنادا إلى مصدر محلي آخر، عن سقوط 11 قتيلا و25 جريحا.')
    assert chain(found[0]) == [("outlet", "Sputnik"), ("anonymous", None)]


@pytest.mark.parametrize("relied", ["إحصاءات المستشفيات", "مراسلها في المدينة"])
def test_relying_on_figures_or_its_own_correspondent_adds_no_one(relied):
    found = claims(f"وكانت وكالة إرنا قد ذكرت أن الميناء مغلق. وأكدت الوكالة استنادا إلى {relied} أن حركة الملاحة لم تتوقف.")
    assert chain(found[1]) == [("outlet", "IRNA")]


def test_a_spokesman_relaying_his_ministers_words():
    found = claims("وشدد الوزير الفرنسي، بحسب المتحدث، على ضرورة عدم التصعيد وضبط النفس.")
    assert [(h.kind.value, h.surface) for h in found[0].chain] == [("person", "المتحدث"), ("person", "الوزير الفرنسي")]


def test_according_to_a_body_opening_its_own_clause_relays_nothing():
    found = claims("وزعمت منشورات متداولة أن مسلحين هاجموا منزلا في بغداد، وبحسب الداخلية فإن الحادث قديم.")
    assert [h.surface for h in found[0].chain] == ["منشورات متداولة"]


def test_words_attributed_to_someone_in_a_relative_clause_are_no_claim_of_theirs():
    found = [c for c in claims('وبخصوص التصريحات التي نسبت إلى السفير الفرنسي لدى الأمم المتحدة، أكد فابيوس أنها '
                               '"لا أساس لها".') if c.chain]
    assert [[h.surface for h in c.chain] for c in found] == [["فابيوس"]]
