"""The article report as PDF through Qt: fonts embedded, text extractable, hostile text inert; print preview."""

import shutil
import subprocess
import unicodedata

import pytest

from tests.test_reports_data import build_hostile, build_mosul
from workbench.reports.build import article_report

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdffonts, pdftotext) is not installed")


def _fonts(path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:]]


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext gives Arabic as presentation forms; NFKC folds them back to the letters that were written.
    return unicodedata.normalize("NFKC", out)


def test_pdf_embeds_every_font_and_keeps_the_words(qapp, db, tmp_path):
    from ui.reports.report_pdf import write_pdf

    path = tmp_path / "report.pdf"
    pages = write_pdf(article_report(db, build_mosul(db).article_id), path)
    assert pages >= 2 and path.read_bytes().startswith(b"%PDF")
    fonts = _fonts(path)
    assert {f[0].split("+")[-1] for f in fonts} >= {"NotoNaskhArabic-Regular", "NotoSans-Regular"}
    assert all(f[-5] == "yes" for f in fonts), fonts  # the "emb" column
    words = _text(path)
    for word in ("The Washington Post", "The Sun", "صحيفة", "البريطانية", "مصدر مطلع", "بالقوات", "مستقر"):
        assert word in words
    assert "page 1 of" in words


def test_hostile_text_is_printed_as_text(qapp, db, tmp_path):
    from ui.reports.report_pdf import write_pdf

    path = tmp_path / "hostile.pdf"
    write_pdf(article_report(db, build_hostile(db).article_id), path)
    words = _text(path)
    assert "<script>alert(1)</script>" in words
    assert '=HYPERLINK("http://x","y")' in words
    assert "⟪U+202E⟫" in words and "\u202e" not in words
    assert b"/JavaScript" not in path.read_bytes() and b"/URI (javascript" not in path.read_bytes()


def test_print_preview_opens(qtbot, db):
    from ui.reports.report_printing import print_preview_article

    dialog = print_preview_article(None, db, build_mosul(db).article_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "article" in dialog.windowTitle()
