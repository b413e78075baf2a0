"""Clauses that bring a source of their own into a sentence already attributed: "…، وبحسب الداخلية فإن …",
"…، وهو ما نفته قيادة الشرطة", "…، إلا أن مصدرا أمنيا قال لـ… إن"; "تدعي أن" reports, while "ويدعى عزمي مجاهد" (is called)
reports nothing."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def claims(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(c.text, [(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain])
            for c in extract(text, catalog=CATALOG).claims if c.chain]


def test_according_to_a_body_opening_a_clause_of_its_own():
    found = claims("وزعمت منشورات متداولة أن مسلحين هاجموا منزلا في بغداد، وبحسب الداخلية فإن الحادث قديم ووقع في آب.")
    assert [(text.split()[0], chain) for text, chain in found] == [
        ("وزعمت", [("person", "منشورات متداولة")]), ("وبحسب", [("organization", "الداخلية")])]


@pytest.mark.parametrize("which", ["وهو ما نفته", "وهي ما نفته", "ما نفته"])
def test_which_someone_denied(which):
    found = claims(f"وانتشرت أنباء عن تعرض مسؤول للاعتقال، {which} قيادة شرطة ذي قار.")
    assert found == [(f"{which} قيادة شرطة ذي قار", [("organization", "قيادة شرطة ذي قار")])]


@pytest.mark.parametrize("contrast", ["إلا أن", "غير أن", "الا ان"])
def test_however_a_source_said(contrast):
    found = claims("وقالت مصادر محلية إن 1500 منتسب في الشرطة باتوا بلا سكن، "
                   f"{contrast} مصدراً أمنياً قال لوكالة شفق نيوز، إن السلطات لم تسجل أي معلومات من هذا النوع.")
    assert [chain for _, chain in found] == [[("anonymous", "local sources")],
                                             [("outlet", "Shafaq News"), ("anonymous", "a security source")]]


def test_is_called_reports_nothing():
    found = claims("وذكرت الصحيفة أنها أجرت مقابلة مع أحد مقدمي البرامج، ويدعى عزمي مجاهد، أكد خلالها صحة التسجيلات.")
    assert len(found) == 1 and found[0][1][0][0] == "outlet"


@pytest.mark.parametrize("verb", ["غرد", "وغرد", "غردت"])
def test_tweeted_that(verb):
    found = claims(f'{verb} عدد من المراسلين الإسرائيليين، خلال الساعات الماضية على "تويتر"، أن رئيس الحكومة سيلقي خطابا.')
    assert len(found) == 1 and found[0][1][0][1].startswith("عدد من المراسلين")


def test_claims_in_the_present():
    assert claims("وتدعي مصادر محلية أن الجسر أغلق.") == [("وتدعي مصادر محلية أن الجسر أغلق",
                                                          [("anonymous", "local sources")])]
