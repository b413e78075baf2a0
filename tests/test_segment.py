"""Sentence segmentation of news text: real constructions from Arabic and English reporting."""

import pytest

from workbench.text.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # Arabic commas, semicolons and colons do not end a sentence.
        ("بدأت عناصر التنظيم فى الفرار، وسط تحذيرات روسية؛ وقال الوزير: لا. وانتهى الاجتماع.",
         ["بدأت عناصر التنظيم فى الفرار، وسط تحذيرات روسية؛ وقال الوزير: لا.", "وانتهى الاجتماع."]),
        # The Arabic question mark ends a sentence.
        ("هل تنسحب القوات؟ لم يتضح ذلك بعد.", ["هل تنسحب القوات؟", "لم يتضح ذلك بعد."]),
        # A quotation stays whole even when it holds full stops.
        ('قال لافروف: "كلنا مهتمون بإلحاق الهزيمة بداعش. لكن هناك مخاوف". وغادر القاعة.',
         ['قال لافروف: "كلنا مهتمون بإلحاق الهزيمة بداعش. لكن هناك مخاوف".', "وغادر القاعة."]),
        ("وأضاف: «الإمكانات لا تكفى. نحتاج معدات». ثم غادر.",
         ["وأضاف: «الإمكانات لا تكفى. نحتاج معدات».", "ثم غادر."]),
        ('"We will fight. We will win," he said. Troops advanced.',
         ['"We will fight. We will win," he said.', "Troops advanced."]),
        # Decimals and abbreviations do not break.
        ("ارتفع التضخم إلى 26.4% خلال أكتوبر. وتراجع الجنيه.", ["ارتفع التضخم إلى 26.4% خلال أكتوبر.", "وتراجع الجنيه."]),
        ("The U.S. military said 1.2 miles. Dr. Smith agreed.", ["The U.S. military said 1.2 miles.", "Dr. Smith agreed."]),
        ("The U.S.-led coalition struck on Oct. 17 near Mosul.", ["The U.S.-led coalition struck on Oct. 17 near Mosul."]),
        ("وقال د. هاني رسلان إن الهدنة ضرورية.", ["وقال د. هاني رسلان إن الهدنة ضرورية."]),
        # A page that glues the next sentence to the full stop ("…الانسحاب.وأوضح"), with ف too; not "د.هاني".
        ("انسحب الجيش من المدينة.وأوضح المصدر أن الانسحاب مؤقت.",
         ["انسحب الجيش من المدينة.", "وأوضح المصدر أن الانسحاب مؤقت."]),
        ("انتهى الاجتماع.فأكد الوزير أن الحوار مستمر.", ["انتهى الاجتماع.", "فأكد الوزير أن الحوار مستمر."]),
        ("وقال د.وليد سعيد إن الهدنة ضرورية.", ["وقال د.وليد سعيد إن الهدنة ضرورية."]),
        # Arabic double full stop is a pause inside a sentence.
        ("كلنا مهتمون بإلحاق الهزيمة بداعش.. لكن هناك مخاوف.", ["كلنا مهتمون بإلحاق الهزيمة بداعش.. لكن هناك مخاوف."]),
        # Line ends always break, and an unbalanced quote does not swallow the next paragraph.
        ('قال "سوف نسعى\nخريطة توضح خطة القضاء على داعش', ['قال "سوف نسعى', "خريطة توضح خطة القضاء على داعش"]),
        ("  \n\n  ", []),
    ],
)
def test_split_sentences(given, expected):
    assert sentences(given) == expected


def test_spans_index_the_original_text_and_are_trimmed():
    text = "  أولاً.   ثانياً!  "
    spans = split_sentences(text)
    assert spans == [(2, 8), (11, 18)]
    assert [text[s:e] for s, e in spans] == ["أولاً.", "ثانياً!"]


def test_a_run_on_sentence_is_cut_into_bounded_pieces_at_clause_marks():
    clause = "وقال الوزير إن المسؤولين أكدوا أن الوكالة ذكرت، "
    text = clause * 400  # 20,000 characters and no full stop
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= 3000 for s, e in spans)
    assert all(text[e - 1] == "،" for s, e in spans[:-1])  # each piece ends at a comma
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")  # nothing lost or repeated


def test_a_run_on_sentence_without_marks_is_cut_at_spaces_or_hard():
    words = "said " * 2000
    assert all(words[s:e].endswith("said") for s, e in split_sentences(words))
    solid = "x" * 7000
    assert split_sentences(solid) == [(0, 3000), (3000, 6000), (6000, 7000)]


def test_sentences_of_real_length_are_not_cut():
    sentence = ("The minister, who spoke to reporters in Cairo on Sunday, said that the talks, which had stalled "
                "for weeks, would resume. ") * 1
    long_quote = '"' + "We will rebuild the bridge. " * 90 + '" he said.'  # 2,530 characters, one quotation
    assert sentences(sentence + long_quote) == [sentence.strip(), long_quote]
