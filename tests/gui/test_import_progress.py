"""Importing from Ctrl+O: each phase named with its count on a moving bar (English and Arabic), Cancel leaving
nothing half-stored, and the question before a file of thousands of claims becomes one "article"."""

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from tests.gui.keys import press
from workbench.extraction.extractor import ExtractedClaim, Extraction
from workbench.usecases import articles
from workbench.usecases.articles import list_articles
from workbench.usecases.claims import list_claims


def _mayors(count: int, town: str = "Tanta") -> str:
    return "\n".join(f"Ahmed Salem, the mayor of {town}, said that bridge {i} will reopen in May." for i in range(count))


def _open_with_ctrl_o(qtbot, desk, monkeypatch, *paths) -> None:
    desk.activateWindow()  # back from a closed dialog, as the window manager does (offscreen does not)
    qtbot.waitUntil(desk.isActiveWindow)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a: ([str(p) for p in paths], "")))
    press(desk, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


def _answer_question_with(label: str) -> list[str]:
    """Click `label` in the next question box as soon as it is open (it runs its own event loop)."""
    asked: list[str] = []
    timer = QTimer()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == label).click()

    timer.timeout.connect(click)
    timer.start(20)
    asked.append(timer)  # kept alive with the list
    return asked


def test_ctrl_o_shows_every_phase_with_its_count_and_stores_the_article(qtbot, started_desk, db, tmp_path,
                                                                        monkeypatch):
    path = tmp_path / "mayors.txt"
    path.write_text(_mayors(200), encoding="utf-8")
    before = len(list_articles(db))
    flow = started_desk.import_flow
    with qtbot.waitSignal(flow.imported, timeout=120000) as done:
        _open_with_ctrl_o(qtbot, started_desk, monkeypatch, path)
    shown = flow.last_progress.shown
    assert shown[0] == "mayors.txt (1 of 1)\nReading the file…"
    assert any(line.endswith("Finding claims: 0 % of the text read") for line in shown)
    assert shown.index(next(s for s in shown if "Finding claims" in s)) < shown.index(
        next(s for s in shown if "Storing claims" in s)) < shown.index(next(s for s in shown if "Indexing" in s))
    assert shown[-1].endswith("Indexing claims for matching: 200 of 200")
    assert "Storing claims: 200 of 200" in "\n".join(shown)
    [article_id] = done.args[0]
    assert len(list_articles(db)) == before + 1 and len(list_claims(db, article_id)) == 200


def test_the_arabic_desk_names_the_phases_in_arabic(qtbot, arabic_desk, db, tmp_path, monkeypatch):
    path = tmp_path / "mayors.txt"
    path.write_text(_mayors(20), encoding="utf-8")
    flow = arabic_desk.import_flow
    with qtbot.waitSignal(flow.imported, timeout=120000):
        _open_with_ctrl_o(qtbot, arabic_desk, monkeypatch, path)
    shown = "\n".join(flow.last_progress.shown)
    for arabic in ("قراءة الملف", "البحث عن الادعاءات", "حفظ الادعاءات", "فهرسة الادعاءات"):
        assert arabic in shown
    assert "Reading" not in shown and "Storing" not in shown


def test_cancel_while_finding_claims_stores_nothing(qtbot, started_desk, db, tmp_path, monkeypatch):
    def slow_extraction(text, catalog=None, progress=None):
        for step in range(200):
            progress(step * len(text) // 200, len(text))
            time.sleep(0.02)
        return Extraction("en", (ExtractedClaim(0, 10, text[:10], None, None, None, ()),), ())

    monkeypatch.setattr(articles, "extract", slow_extraction)
    path = tmp_path / "long.txt"
    path.write_text(_mayors(300), encoding="utf-8")
    before = {a.id for a in list_articles(db)}
    flow = started_desk.import_flow
    _open_with_ctrl_o(qtbot, started_desk, monkeypatch, path)
    dialog = flow.progress
    qtbot.waitUntil(lambda: "Finding claims: 5" in dialog.labelText(), timeout=20000)
    assert dialog.isVisible() and 0 < dialog.value() < dialog.maximum()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(flow.report_shown, timeout=20000) as shown:
        cancel.click()
    assert "Import was cancelled" in shown.args[0].summary.text()
    assert {a.id for a in list_articles(db)} == before
    shown.args[0].accept()


def _collection(tmp_path):
    """Three stories one after another, each under its headline, long enough to be asked about."""
    stories = [(f"Bridge news from {town}", _mayors(1300, town)) for town in ("Tanta", "Luxor", "Aswan")]
    path = tmp_path / "collection.txt"
    path.write_text("\n\n".join(f"{headline}\n\n{body}" for headline, body in stories), encoding="utf-8")
    return path, [headline for headline, _ in stories]


def test_a_file_of_thousands_of_claims_is_split_stored_whole_or_left_as_the_reviewer_answers(
        qtbot, started_desk, db, tmp_path, monkeypatch):
    def first_line_claim(text, catalog=None, progress=None):  # fast: the question is tested here, not extraction
        end = text.index("\n")
        return Extraction("en", (ExtractedClaim(0, end, text[:end], None, None, None, ()),), ())

    monkeypatch.setattr(articles, "extract", first_line_claim)
    path, headlines = _collection(tmp_path)
    flow = started_desk.import_flow
    before = {a.id for a in list_articles(db)}

    asked = _answer_question_with("Cancel")
    _open_with_ctrl_o(qtbot, started_desk, monkeypatch, path)
    assert "collection.txt" in asked[-1] and "thousands of claims" in asked[-1]
    qtbot.wait(200)
    assert {a.id for a in list_articles(db)} == before  # Cancel: nothing stored

    asked = _answer_question_with("Split at headlines")
    with qtbot.waitSignal(flow.report_shown, timeout=60000) as report:
        _open_with_ctrl_o(qtbot, started_desk, monkeypatch, path)
    assert len(asked) == 2 and report.args[0].summary.text() == "3 imported, 0 already in the desk, 0 refused."
    report.args[0].accept()
    split = [a for a in list_articles(db) if a.id not in before]
    assert sorted(a.title for a in split) == sorted(headlines)
    for article in split:
        assert article.title in articles.get_article(db, article.id).text.split("\n", 1)[0]

    path.write_text(path.read_text(encoding="utf-8") + "\n\nOne more line.", encoding="utf-8")  # new text
    asked = _answer_question_with("Store as one article")
    with qtbot.waitSignal(flow.imported, timeout=60000) as done:
        _open_with_ctrl_o(qtbot, started_desk, monkeypatch, path)
    [whole] = done.args[0]
    assert len(asked) == 2  # the timer, and the question it answered
    assert articles.get_article(db, whole).title == headlines[0]
    assert len({a.id for a in list_articles(db)} - before) == 4
