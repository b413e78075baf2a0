"""Whom a statement calls on is not its speaker ("ودعا وسائل الإعلام إلى"); the body of an office is not a person's
name ("the head of the United Nations"); a trailing "was quoted as saying … by X"; "told the As-Sharq al-Awsat
daily"; "no casualties were reported" is nobody's report; "It is the second time officials have denied"."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def claims(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(c.text, [(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain])
            for c in extract(text, catalog=CATALOG).claims if c.chain]


STATEMENT = "وقال جهاز المخابرات العراقي في بيان إن الأنباء عن تحذيرات وشيكة غير صحيحة. "


@pytest.mark.parametrize("called", [
    "ودعا وسائل الإعلام إلى الحذر والمسؤولية.",
    "ودعا وسائل الاعلام الى الحذر والمسؤولية.",  # hamza and alef written plain
    "ودعت وسائل الإعلام الأجنبية إلى تحري الدقة.",
    "ودعا المواطنين إلى عدم تداول الشائعات.",
    "وطالب جميع الأطراف بضبط النفس.",
    "ودعـا المجتمع الدولي إلى التحرك.",  # tatweel
])
def test_whom_a_statement_calls_on_is_not_its_speaker(called):
    found = claims(STATEMENT + called)
    assert len(found) == 2
    assert found[1][1] == found[0][1] == [("organization", "جهاز المخابرات العراقي")]


def test_the_speaker_before_whom_he_calls_on_is_kept():
    found = claims("ودعا وزير الداخلية المواطنين إلى الحذر.")
    assert len(found) == 1 and found[0][1][0][0] == "person"
    assert "المواطنين" not in found[0][1][0][1]


def test_a_call_after_a_claim_of_the_same_speaker_is_its_own_claim():
    found = claims('وكانت الهيئة العامة للاستعلامات قد قالت في بيان إن التقرير "لا يستند إلى أي دليل"، '
                   'ودعت وسائل الإعلام الأجنبية إلى "تحري الدقة".')
    assert [text.split()[0] for text, _ in found] == ["وكانت", "ودعت"]
    assert found[0][1] == found[1][1]


def test_a_claim_going_on_with_the_same_speaker_is_still_one():
    found = claims("وأكدت الوزارة أن الحدود آمنة، وشددت على أن الجيش يراقب الوضع.")
    assert len(found) == 1


@pytest.mark.parametrize("text, speaker", [
    ("The head of the United Nations promised backing for the country.", "The head of the United Nations"),
    ("The head of the United Nations on Wednesday commended Iraq and promised backing.",
     "The head of the United Nations"),
    ("A spokesman for the Pentagon, John Kirby, said the strikes would go on.", "John Kirby"),
    ("The spokesman for the State Department said the talks would go on.", "The spokesman for the State Department"),
])
def test_the_body_of_an_office_is_no_name(text, speaker):
    found = extract(text, catalog=CATALOG).claims
    assert [h.kind.value for h in found[0].chain] == ["person"]
    assert found[0].chain[0].surface == speaker
    assert found[0].chain[0].name in (None, speaker)


@pytest.mark.parametrize("tail, outlet", [
    ("was quoted as saying on Sunday by a state television station.", None),
    ("was quoted as saying by Reuters.", "Reuters"),
    ("was quoted as saying by the Tasnim news agency on Monday.", "Tasnim"),
])
def test_the_outlet_that_quoted_a_trailing_speaker(tail, outlet):
    found = extract(f"The blast was not an attack and was likely the result of negligence, a police official {tail}",
                    catalog=CATALOG).claims
    chain = found[0].chain
    assert [h.kind.value for h in chain] == ["outlet", "anonymous"]
    assert chain[0].outlet == outlet and chain[1].surface == "a police official"


def test_a_trailing_speaker_quoted_with_no_outlet():
    found = claims("The blast was not an attack, a police official was quoted as saying.")
    assert found[0][1] == [("anonymous", "police official")]


def test_an_arabic_article_opening_a_told_outlet():
    found = claims("A well-placed Lebanese source, speaking on condition of anonymity, told the As-Sharq al-Awsat "
                   "daily that Israel intends to attack Lebanon soon.")
    assert found[0][1][0] == ("outlet", "Asharq Al-Awsat")


@pytest.mark.parametrize("text", [
    "The cause of the blast was not immediately clear and no casualties were reported.",
    "No damage was reported.",
    "No injuries were immediately reported.",
])
def test_nothing_reported_is_nobodys_report(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, outlet", [
    ("The deal was reported by Reuters on Monday.", "Reuters"),
    ("It was reported that ten people died.", None),
])
def test_a_report_in_the_passive_is_still_one(text, outlet):
    found = extract(text, catalog=CATALOG).claims
    assert found[0].chain and found[0].chain[0].outlet == outlet


def test_it_is_the_second_time_is_no_speaker():
    found = claims("It is the second time Saudi officials have denied reports from the same paper.")
    assert found[0][1] == [("anonymous", "Saudi officials")]
