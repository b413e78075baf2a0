"""Inside an article of thousands of claims the desk works on what changed and what is on screen only."""

from PySide6.QtCore import QSettings, Qt

from tests.gui.keys import press
from workbench.usecases import claims as claim_usecases
from workbench.usecases.article_claims import ArticleClaimRows, article_claims

CLAIMS = 3000


def test_keys_touch_only_the_claim_they_change_and_paint_only_what_is_shown(qtbot, db, tmp_path, monkeypatch):
    from bench.bench_reports import populate
    from ui.app import article_font, setup_application, show_desk
    from ui.main_window import MainWindow

    article_id = populate(db, articles=1, claims_per_article=CLAIMS)[0]
    built = ArticleClaimRows._read
    read = []  # the claims whose full records (text, chain) the desk read
    monkeypatch.setattr(ArticleClaimRows, "_read", lambda rows, ids: read.extend(ids) or built(rows, ids))
    setup_application([], language="en")
    qsettings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    desk = MainWindow(db, qsettings=qsettings, text_font=article_font(), show_session_summary=False)
    qtbot.addWidget(desk)
    show_desk(desk)
    qtbot.waitUntil(desk.isActiveWindow)
    try:
        assert desk.article.id == article_id and len(desk.claims) == CLAIMS
        reloads = []
        monkeypatch.setattr("ui.main_window.article_claims", lambda *a, **k: reloads.append(a) or article_claims(*a, **k))
        press(desk, Qt.Key.Key_J)
        second = desk.claims[1]
        assert desk.current_claim_id == second.id
        press(desk, Qt.Key.Key_2)
        assert claim_usecases.get_claim(db, second.id).claim_verdict == "disputed"
        assert desk.current_claim().claim_verdict == "disputed"  # the desk took in the stored claim
        assert reloads == []  # …without reloading the other claims of the article
        highlighted = desk.reader.extraSelections()
        assert 0 < len(highlighted) < CLAIMS // 10  # only the claims on screen are painted
        press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert desk.current_claim().claim_verdict == claim_usecases.get_claim(db, second.id).claim_verdict
        assert desk.progress_label.text() == f"{sum(c.is_reviewed for c in claim_usecases.list_claims(db, article_id))}/{CLAIMS} reviewed"
        assert 0 < len(read) <= 2 * ArticleClaimRows.window  # records read for what was shown, not all of them
    finally:
        desk.runner.shutdown()

