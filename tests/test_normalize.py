"""The comparison form folds the orthographic variants Arabic news really shows."""

import pytest

from workbench.text.normalize import FoldedText, comparison_key, fold, fold_with_offsets, to_original_span


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("فى الموصل", "في الموصل"),  # Egyptian alef maksura for yeh
        ("مستشفى", "مستشفي"),
        ("المدينة", "المدينه"),  # teh marbuta
        ("أكد", "اكد"),
        ("إعلان", "اعلان"),
        ("آلية", "اليه"),
        ("ٱلله", "الله"),  # alef wasla
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("الـــعراق", "العراق"),  # tatweel
        ("مُحَمَّدٌ", "محمد"),  # harakat
        ("عامَ ٢٠١٤", "عام 2014"),  # Arabic-Indic digits
        ("۱۲۳", "123"),  # Persian digits
        ("ﻻ", "لا"),  # lam-alef ligature (NFKC)
        ("ممرًا آمنًأ", "ممرا امنا"),  # tanween on alef, from the Mosul article
        ("The SUN", "the sun"),
        ("«صن»", '"صن"'),
        ("صحيفة\u200f صن", "صحيفه صن"),  # bidi mark removed
        ("واشنطن\u200cبوست", "واشنطنبوست"),  # zero-width non-joiner removed
        ("ﷲ", "الله"),
    ],
)
def test_fold(given, expected):
    assert fold(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ('صحيفة "صن" البريطانية', "صحيفه صن البريطانيه"),
        ("سيرجى لافروف", "سيرجي لافروف"),
        ("  The   Washington-Post ", "the washington post"),
    ],
)
def test_comparison_key(given, expected):
    assert comparison_key(given) == expected


@pytest.mark.parametrize(
    "text",
    ["وقالــت الصحيفةُ فى بيان", "ﻻ يعني أنه", "plain ascii", "﷽ بسم", "٢٠١٤م"],
)
def test_offsets_map_back_to_original(text):
    folded, origin = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(origin) == len(folded) + 1
    # every folded character comes from an original character that folds to contain it
    for i, ch in enumerate(folded):
        assert ch in fold(text[origin[i]])


def test_span_maps_to_original_substring():
    text = "ذكرت صحيفةُ «صن» البريطانية"
    folded, origin = fold_with_offsets(text)
    i = folded.index("صن")
    start, end = to_original_span(origin, i, i + 2)
    assert text[start:end] == "صن"


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاتفاق جاهز",
    "قَالَ الْوَزِيرُ إنّ الاتفاق جاهـــز",  # diacritics and tatweel fold away: the folded form is shorter
    "ﻻ يوجد اتفاق، قال المتحدث",  # a ligature that folds to two letters
    "The minister said ﬁnal terms were agreed",
])
def test_a_folded_article_knows_where_each_offset_falls_without_refolding(text):
    long_text = text * 2000  # several blocks, so the block arithmetic is exercised
    article = FoldedText(long_text)
    assert article.folded == fold(long_text)
    for offset in (0, 1, 255, 256, 257, len(text), 4095, 4096, 4097, 9000, len(long_text) - 1, len(long_text)):
        assert article.position(offset) == len(fold(long_text[:offset]))


_INTRODUCED = "استدعى وزير الخارجية الليبي، سالم الفيتوري، السفير. وقال الفيتوري إن … وأضاف الفيتورى"


@pytest.mark.parametrize(("text", "word", "end"), [
    (_INTRODUCED, "الفيتوري", None),  # the first writing, not the later ones
    (_INTRODUCED, "الفيتوري", 20),  # none ends before the 20th folded character
    (_INTRODUCED, "الفيتوري", 37),  # the first ends exactly there
    (_INTRODUCED, "الفيتوري", 36),  # one short of it
    ("وقال الفيتـــوري إن", "الفيتوري", None),  # tatweel folded away
    ("وقال الفِيتُورِي إن", "الفيتوري", None),  # diacritics
    ("صرح المتحدث فى بيان", "في بيان", None),  # "فى"
    ("أكد المسؤول ثم آكد", "اكد", None),  # أ/آ/ا
    ("The spokesman, John Kirby, said. Kirby added", "kirby", 30),
    ("The spokesman said", "kirby", None),  # never written
])
def test_a_folded_article_finds_a_words_first_writing(text, word, end):
    article = FoldedText(text * 40)  # several blocks
    assert article.find_first(word, end) == article.folded.find(word, 0, len(article.folded) if end is None else end)
    assert article.find_first(word, end) == article.find_first(word, end)  # asked again: the same answer
