"""Outlets told something under a bare name between the quotation marks Levantine and Sudanese papers use."""

import pytest

from tests.extraction_helpers import chains


@pytest.mark.parametrize(("text", "expected"), [
    # ” opening and closing, as Lebanese sites write it
    ("وقالت مصادر لـ”الشرق الأوسط” إن الحكومة تتابع الملف.",
     [[("outlet", "Asharq Al-Awsat"), ("anonymous", "مصادر")]]),
    # the usual pairs still read
    ("وقالت مصادر لـ“الشرق الأوسط” إن الحكومة تتابع الملف.",
     [[("outlet", "Asharq Al-Awsat"), ("anonymous", "مصادر")]]),
    ("وقالت مصادر لـ«الشرق الاوسط» إن الحكومة تتابع الملف.",
     [[("outlet", "Asharq Al-Awsat"), ("anonymous", "مصادر")]]),
    # a paper named by a nationality word in brackets or quotes is the paper, not the country's television
    ("وقالت المصادر لـ(السوداني) إن القياديين الثلاثة سافروا إلى دبي.",
     [[("outlet", "Al-Sudani (newspaper)"), ("anonymous", "المصادر")]]),
    ('وقالت المصادر لـ"السودانى" إن القياديين الثلاثة سافروا إلى دبي.',
     [[("outlet", "Al-Sudani (newspaper)"), ("anonymous", "المصادر")]]),
    # a definite descriptor still finds a listed channel by its number
    ("وقال مسؤول للقناة “13 العبرية” إن الاتفاق بات قريبا.",
     [[("outlet", "Channel 13 (Israel)"), ("anonymous", "مسؤول")]]),
    # and the Sudanese television, named as such, is still the television
    ("وقال الوزير للتلفزيون السوداني إن الطريق آمن.",
     [[("outlet", "Sudan TV"), ("person", "الوزير")]]),
])
def test_outlet_told_between_quote_marks(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "بحسب البيان" after a statement is the statement, not the Emirati paper Al-Bayan
    ("ووفق ما جاء في بيان صادر عن مكتب نتنياهو، فقد أقر المجلس سلسلة قرارات.\n"
     "وشدد البيان على دعم الكابينيت للجيش بحسب البيان.",
     [[("organization", "مكتب نتنياهو")], [("organization", "البيان")]]),
    # quoted or with its descriptor, the paper is still the paper
    ('وقالت الوزارة لـ"البيان" إن الخطة جاهزة.', [[("outlet", "Al-Bayan"), ("organization", "الوزارة")]]),
    ("وقالت صحيفة البيان الإماراتية إن الاتفاق قريب.", [[("outlet", "Al-Bayan")]]),
])
def test_a_statement_is_no_paper_of_its_name(text, expected):
    assert chains(text) == expected
