"""The outlet a source's words reached, named in a later sentence, credited to that source's earlier words (issue 11)."""

import pytest

from tests.test_extraction_constructions import chains


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "أبلغ" with the outlet as its object, no ل: the source just heard told the agency, his first words too.
        ("أفاد مصدر أمني فلسطيني بأن قوة مشتركة فككت خلية مسلحة. وأبلغ المصدر، وكالة الأناضول، أن عناصر الأمن "
         "عثروا على قذائف.",
         [["Anadolu Agency", "anonymous"]] * 2),
        ("افاد مصدر امنى فلسطينى بان قوة مشتركة فككت خلية مسلحه. وابلغ المصدر، وكاله الاناضول، ان عناصر الامن "
         "عثروا على قذائف.",
         [["Anadolu Agency", "anonymous"]] * 2),
        # An unnamed source by fewer words than before is the one just heard, not a new one.
        ("قال مسؤول أمريكي إن واشنطن تدرس فرض عقوبات جديدة. وأبلغ مسؤول وكالة رويترز أن القرار سيصدر الأسبوع المقبل.",
         [["Reuters", "anonymous"]] * 2),
        ("قال مسئول امريكى إن واشنطن تدرس فرض عقوبات جديده. وابلغ مسئول وكالة رويترز ان القرار سيصدر الاسبوع المقبل.",
         [["Reuters", "anonymous"]] * 2),
        # Another source told the agency: the first one's words stay his own.
        ("قال مسؤول أمريكي إن واشنطن تدرس فرض عقوبات جديدة. وأبلغت مصادر أخرى وكالة رويترز أن القرار سيصدر قريبا.",
         [["anonymous"], ["Reuters", "anonymous"]]),
    ],
)
def test_the_outlet_told_with_ablagha_is_the_outer_hop_of_the_same_source(text, expected):
    assert chains(text) == expected
