"""Arabic verbs of giving an account, cues when و or a complementizer marks them as verbs: برر (justified),
تطرق (took up), كرر (repeated) (issue 11, constructions seen in train6)."""

import pytest

from workbench.extraction.cues import has_cue
from workbench.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبررت القناة ما جرى بأنه كان من باب الفضول الصحفي", True),
        ("وبرّرت القناة ما جرى بانه كان من باب الفضول الصحفي", True),
        ("وتطرق المتحدث إلى المحادثات التي جرت بين الوزيرين", True),
        ("وتطرّق المتحدث الى المحادثات التي جرت بين الوزيرين", True),
        ("وكرر الوزير أن الحل يمر عبر التفاوض", True),
        ("وكرّر الوزير ان الحل يمر عبر التفاوض", True),
        # not verbs of an account
        ("لا شيء يبرر هذا القرار", False),
        ("الطرق مغلقة أمام السيارات", False),
    ],
)
def test_account_verbs_are_cues(text, expected):
    assert has_cue(fold(text)) is expected
