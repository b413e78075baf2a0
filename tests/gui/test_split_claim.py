"""Split (S) from the start-up desk: the cut snaps to a word boundary and the second half's chain is extracted."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import SAMPLE
from tests.gui.keys import press
from workbench.usecases.claims import create_claim, get_claim, list_claims

SENTENCE_START = "واقتبست الصحيفة تصريح منسوب"
SENTENCE_END = "الفرصة للهرب إلى سوريا\""


def _quoting_claim(db, article_id) -> tuple[int, str]:
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index(SENTENCE_START)
    end = text.index(SENTENCE_END) + len(SENTENCE_END)
    return create_claim(db, article_id, start, end).id, text


def test_split_snaps_to_a_word_and_the_second_half_keeps_its_chain(qtbot, started_desk, sample_desk, db):
    claim_id, text = _quoting_claim(db, sample_desk.article_id)
    started_desk.open_article(sample_desk.article_id, claim_id)
    started_desk.reader.setFocus()
    cut = text.index("سبق نشره") + 1  # inside "سبق", one letter in, as the reviewer's cursor lands
    cursor = started_desk.reader.textCursor()
    cursor.setPosition(cut, QTextCursor.MoveMode.MoveAnchor)
    started_desk.reader.setTextCursor(cursor)
    press(started_desk, Qt.Key.Key_S)

    first = get_claim(db, claim_id)
    second = next(c for c in list_claims(db, sample_desk.article_id) if c.start == text.index("سبق نشره"))
    assert first.text.endswith("الخاصة،")
    assert second.text.startswith("سبق نشره")
    assert [hop.source.label for hop in second.chain] == ["The Washington Post"]
    assert second.chain[0].start == text.index("صحيفة \"واشنطن بوست\"")
    press(started_desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_claim(db, claim_id).text.endswith(SENTENCE_END) and get_claim(db, second.id).deleted
    press(started_desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert get_claim(db, claim_id).text.endswith("الخاصة،") and not get_claim(db, second.id).deleted
