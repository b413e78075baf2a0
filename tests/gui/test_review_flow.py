"""The main review flow driven by the keyboard, checking the database after every step, then undo and redo."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workbench.usecases.claims import get_claim


def key(window, k, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(window.reader, k, modifiers)


def test_open_article_and_walk_claims(qtbot, window, sample_desk, db):
    window.activateWindow()
    window.focus_search()
    window.article_list.search.insert("الموصل")  # QTest cannot type non-ASCII keys; this is a paste
    QTest.keyClick(window.article_list.search, Qt.Key.Key_Return)
    assert window.article is not None and window.article.id == sample_desk.article_id
    assert window.reader.toPlainText() == window.article.text
    ids = sample_desk.claim_ids
    assert window.current_claim_id == ids[0]
    window.reader.setFocus()
    key(window, Qt.Key.Key_J)
    assert window.current_claim_id == ids[1]
    key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_claim_id == ids[2]
    assert window.inspector.chain_text() == "The Sun → The Washington Post → رائد بالقوات العراقية الخاصة"
    key(window, Qt.Key.Key_K)
    assert window.current_claim_id == ids[1]


def _second_article_with_matching_claim(db, monkeypatch) -> int:
    """Another desk's article repeating the major's quote: the claim the matcher should find."""
    from workbench.extraction.extractor import Extraction
    from workbench.intake import document_from_text
    from workbench.usecases import articles, claims

    text = "نقلت صحيفة عن رائد عراقي قوله: سوف نسعى لإعطائهم (داعش) الفرصة للهرب إلى سوريا.\n"
    with monkeypatch.context() as patch:
        patch.setattr(articles, "extract", lambda _text, catalog=None, progress=None: Extraction("ar", (), ()))
        article_id = articles.import_document(db, document_from_text(text, title="تقرير ثان")).article_id
    start = text.index("سوف")
    return claims.create_claim(db, article_id, start, text.index(".")).id


def _link_status(db, link_id):
    from sqlalchemy import select

    from workbench.storage.models import ClaimLink

    with db.reading() as session:
        return session.scalar(select(ClaimLink.status).where(ClaimLink.id == link_id))


def test_verdicts_chain_match_then_undo_and_redo_everything(qtbot, window, sample_desk, db, monkeypatch):
    ids = sample_desk.claim_ids
    other_claim = _second_article_with_matching_claim(db, monkeypatch)
    window.reload_articles()
    window.open_article(sample_desk.article_id)
    window.activateWindow()
    window.reader.setFocus()

    # Both verdicts on the first claim, by keyboard.
    key(window, Qt.Key.Key_1)
    assert get_claim(db, ids[0]).claim_verdict == "verified"
    key(window, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    assert get_claim(db, ids[0]).attribution_verdict == "confirmed"
    assert window.progress_label.text() == "1/4 reviewed"

    # The second claim's hop is wrong: replace it through the fuzzy picker by typing "sun".
    key(window, Qt.Key.Key_J)
    assert window.current_claim_id == ids[1]
    key(window, Qt.Key.Key_R)
    picker = window.source_picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.query, "sun")
    picker.refresh()
    assert picker.results.currentItem().text().startswith("The Sun")
    QTest.keyClick(picker.query, Qt.Key.Key_Return)
    chain = get_claim(db, ids[1]).chain
    assert [hop.source.id for hop in chain] == [sample_desk.sources["sun"]]
    assert window.inspector.chain_text() == "The Sun"

    # Confirm the chain of the third claim (C), then the match the matcher finds for it.
    window.reader.setFocus()
    with qtbot.waitSignal(window.matches.loaded, timeout=10000, raising=True) as loaded:
        key(window, Qt.Key.Key_J)
    assert loaded.args == [ids[2]]
    key(window, Qt.Key.Key_C)
    assert all(hop.confirmed for hop in get_claim(db, ids[2]).chain)
    match = window.matches.current_match()
    assert match is not None and match.claim_id == other_claim
    status = window.matches.status  # how many matches: readable whole, not squeezed beside the buttons
    assert status.text() == "1 match" and status.isVisible()
    assert status.width() >= status.fontMetrics().horizontalAdvance(status.text())
    with qtbot.waitSignal(window.matches.loaded, timeout=10000, raising=True):
        key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _link_status(db, match.link_id) == "confirmed"
    assert window.matches.current_match().link_status == "confirmed"

    # Undo all five edits: the database goes back, step by step.
    for _ in range(5):
        key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    assert _link_status(db, match.link_id) == "suggested"
    assert not any(hop.confirmed for hop in get_claim(db, ids[2]).chain)
    assert [hop.source.id for hop in get_claim(db, ids[1]).chain] == [sample_desk.sources["post"]]
    first = get_claim(db, ids[0])
    assert (first.claim_verdict, first.attribution_verdict) == ("unreviewed", "unchecked")
    assert not window.actions.undo.isEnabled()

    # Redo all of it: the database follows again.
    for _ in range(5):
        key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    first = get_claim(db, ids[0])
    assert (first.claim_verdict, first.attribution_verdict) == ("verified", "confirmed")
    assert [hop.source.id for hop in get_claim(db, ids[1]).chain] == [sample_desk.sources["sun"]]
    assert all(hop.confirmed for hop in get_claim(db, ids[2]).chain)
    assert _link_status(db, match.link_id) == "confirmed"
