"""Chain verification at the desk, by the keyboard from the start-up state: import a hop's source article from
the hop (I), see the hop's state change, accept the suggestion (V), then Ctrl+Z takes each step back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.conftest import ROOT, SHARED
from tests.gui.conftest import start_desk
from tests.gui.keys import press
from workbench.intake import read_document
from workbench.storage.models import Article, HopCheck, ReviewEvent
from workbench.usecases.articles import import_document
from workbench.usecases.claims import get_claim, list_claims

DATA = ROOT / "tests" / "data" / "verification"
QUOTE = "واقتبست الصحيفة"  # The Sun → The Washington Post → the major


@pytest.fixture
def seed(db):
    article_id = import_document(db, read_document(SHARED / "articles" / "ar-mosul-corridor.txt")).article_id
    claims = list_claims(db, article_id)
    index = next(i for i, c in enumerate(claims) if c.text.startswith(QUOTE))
    return article_id, claims[index].id, index


@pytest.fixture
def desk(qtbot, db, seed, tmp_path):
    window = start_desk(qtbot, db, tmp_path)
    yield window
    window.runner.shutdown()


def _settled(qtbot, desk, claim_id):
    panel = desk.hop_verification.panel
    qtbot.waitUntil(lambda: panel.claim_id == claim_id and panel.verification is not None and not panel.pending,
                    timeout=60_000)
    return panel


def _import_from_hop(qtbot, desk, path, expected_publisher: str) -> None:
    press(desk, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: desk.hop_verification.dialog is not None and desk.hop_verification.dialog.isVisible())
    dialog = desk.hop_verification.dialog
    assert dialog.publisher.text() == expected_publisher  # the hop's outlet, preset
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path_field)
    QTest.keyClicks(dialog.path_field, str(path))
    QTest.keyClick(dialog.path_field, Qt.Key.Key_Return)


def _article_of(db, publisher: str):
    with db.reading() as session:
        return session.execute(select(Article.id, Article.deleted)
                               .where(Article.publisher.has(name=publisher))).first()


def test_import_sources_from_the_hops_accept_the_suggestion_and_undo_each(qtbot, desk, db, seed):
    article_id, claim_id, index = seed
    assert desk.article.id == article_id
    for _ in range(index):
        press(desk, Qt.Key.Key_J)
    assert desk.current_claim_id == claim_id
    panel = _settled(qtbot, desk, claim_id)
    assert [h.state.value for h in panel.verification.hops] == ["no_source"] * 3
    assert "No suggestion" in panel.plain_lines()[-1]

    _import_from_hop(qtbot, desk, DATA / "sun-mosul-corridor.html", "The Sun")
    qtbot.waitUntil(lambda: panel.verification is not None and panel.verification.hops[0].state.value == "found",
                    timeout=60_000)
    assert desk.current_claim_id == claim_id
    sun = _article_of(db, "The Sun")
    assert sun is not None and not sun.deleted
    chip = desk.inspector._chips[0]
    assert "✓ found" in chip.text() and "chance to escape to Syria" in chip.toolTip()
    with db.reading() as session:
        assert session.scalar(select(HopCheck.state).where(HopCheck.claim_id == claim_id,
                                                           HopCheck.outlet_id.is_not(None))
                              .order_by(HopCheck.hop_id)) == "found"

    _import_from_hop(qtbot, desk, DATA / "post-mosul-corridor.html", "The Washington Post")  # the next open hop
    qtbot.waitUntil(lambda: panel.verification.hops[1].state.value == "found", timeout=60_000)
    assert panel.verification.suggested_attribution_verdict == "confirmed"
    assert any("press V to accept" in line for line in panel.plain_lines())

    press(desk, Qt.Key.Key_V)
    assert get_claim(db, claim_id).attribution_verdict == "confirmed"
    with db.reading() as session:
        note = session.scalar(select(ReviewEvent.note).where(ReviewEvent.claim_id == claim_id,
                                                             ReviewEvent.field == "attribution_verdict"))
    assert f"article {sun.id}" in note and "%" in note

    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_claim(db, claim_id).attribution_verdict == "unchecked"
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _article_of(db, "The Washington Post").deleted
    assert panel.verification.hops[1].state.value == "no_source" and panel.verification.hops[0].state.value == "found"
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _article_of(db, "The Sun").deleted
    assert [h.state.value for h in panel.verification.hops] == ["no_source"] * 3
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert not _article_of(db, "The Sun").deleted and panel.verification.hops[0].state.value == "found"

    press(desk, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)  # another verdict, set by hand
    assert get_claim(db, claim_id).attribution_verdict == "misattributed"
    with db.reading() as session:
        notes = list(session.scalars(select(ReviewEvent.note).where(ReviewEvent.claim_id == claim_id,
                                                                    ReviewEvent.field == "attribution_verdict")
                                     .order_by(ReviewEvent.id)))
    assert f"The Sun: found (article {sun.id}" in notes[-1]


def test_the_claims_browser_marks_a_claim_whose_verification_changed(qtbot, db, seed, tmp_path):
    from workbench.usecases.verification import changed_claims, verify_claim

    _article_id, claim_id, _index = seed
    verify_claim(db, claim_id)  # nothing of The Sun stored yet
    import_document(db, read_document(DATA / "sun-mosul-corridor.html"))  # re-verifies the claim
    assert changed_claims(db, [claim_id]) == {claim_id}
    window = start_desk(qtbot, db, tmp_path)
    try:
        press(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        browser = window.views.browser
        qtbot.waitUntil(lambda: browser is not None and browser.isVisible())
        model = browser.model
        column = model.COLUMNS.index("attribution_verdict")
        marks = {model.claim_id(r): model.index(r, column).data() for r in range(model.rowCount())}
        assert marks[claim_id].startswith("⟳") and "Sun" not in marks[claim_id]
        assert not any(text.startswith("⟳") for cid, text in marks.items() if cid != claim_id)
    finally:
        window.runner.shutdown()
