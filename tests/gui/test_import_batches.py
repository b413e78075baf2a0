"""Import batches: per-file refusals shown in the report dialog, and Cancel keeping only whole articles."""

import time

from PySide6.QtWidgets import QPushButton

from workbench.extraction.extractor import ExtractedClaim, Extraction
from workbench.usecases.articles import list_articles
from workbench.usecases.claims import list_claims


def _one_claim_extraction(text, catalog=None, progress=None):
    """Every article gets one claim (its first line), so a half-stored article would show as claimless."""
    end = text.index("\n") if "\n" in text else len(text)
    return Extraction("en", (ExtractedClaim(0, end, text[:end], None, None, None, ()),), ())


def _report_rows(report) -> dict[str, str]:
    table = report.table
    return {table.topLevelItem(i).text(0): table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())}


def test_refused_files_are_listed_in_the_report_and_the_good_one_is_stored(qtbot, window, db, tmp_path,
                                                                           monkeypatch):
    from workbench.usecases import articles

    monkeypatch.setattr(articles, "extract", _one_claim_extraction)
    before = {a.id for a in list_articles(db)}
    good = tmp_path / "bridge.txt"
    good.write_text("The minister said the bridge will reopen in May.\nMore text follows.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\x00\x01" * 64)
    with qtbot.waitSignal(window.import_flow.report_shown, timeout=5000) as shown:
        window.import_flow.import_paths([str(good), str(empty), str(pdf)])
    report = shown.args[0]
    assert report.isVisible() and report is window.import_flow.last_report
    assert report.summary.text() == "1 imported, 0 already in the desk, 2 refused."
    rows = _report_rows(report)
    assert rows["bridge.txt"] == "imported with 1 claim"
    assert "empty" in rows["empty.txt"].lower()
    assert "pdf" in rows["scan.txt"].lower()
    assert set(report.refused()) == {"empty.txt", "scan.txt"}

    new = [a for a in list_articles(db) if a.id not in before]
    assert [a.title for a in new] == ["The minister said the bridge will reopen in May."]
    assert [c.text for c in list_claims(db, new[0].id)] == ["The minister said the bridge will reopen in May."]
    qtbot.waitUntil(lambda: window.article is not None and window.article.id == new[0].id, timeout=2000)
    report.accept()


def test_cancel_stops_a_batch_and_keeps_only_whole_articles(qtbot, window, db, tmp_path, monkeypatch):
    from workbench.usecases import articles

    def slow_extraction(text, catalog=None, progress=None):
        time.sleep(0.03)  # long enough for Cancel to land mid-batch
        return _one_claim_extraction(text)

    monkeypatch.setattr(articles, "extract", slow_extraction)
    before = {a.id for a in list_articles(db)}
    files = []
    for n in range(30):
        path = tmp_path / f"story-{n:02}.txt"
        path.write_text(f"Report {n}: the council said the market reopens on day {n}.\nDetails.\n", encoding="utf-8")
        files.append(str(path))
    flow = window.import_flow
    task = flow.import_paths(files)
    progress = flow.progress
    # the fourth file's reading starts only once the third is stored (the bar alone moves within a file too)
    qtbot.waitUntil(lambda: flow.last_progress.file_number >= 4, timeout=4000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(flow.report_shown, timeout=5000) as shown:
        cancel.click()
    assert task.cancelled()
    report = shown.args[0]
    assert "Import was cancelled" in report.summary.text()

    stored = [a for a in list_articles(db) if a.id not in before]
    assert 3 <= len(stored) < 30
    for article in stored:  # every stored article is whole: it has its claim
        claims = list_claims(db, article.id)
        assert len(claims) == 1 and claims[0].text.startswith("Report ")
    assert len(_report_rows(report)) == len(stored)
    report.accept()


def test_ctrl_o_offers_only_formats_the_desk_reads(qtbot, started_desk, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.keys import press

    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda _parent, _title, _folder, filters: (offered.append(filters), ([], ""))[1]))
    press(started_desk, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert offered and "*.txt" in offered[0] and "*.docx" in offered[0]
    assert "*.pdf" not in offered[0]  # PDF files are refused on import, so the dialog does not offer them
