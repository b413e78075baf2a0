"""Report files are written whole or not at all, and an unwritable target fails loudly in one line."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.test_reports_data import build_mosul
from workbench.errors import InvalidValue
from workbench.reports.output import write_report_file, write_report_text

FORMATS = ["text", "html", "csv", "json", "pdf"]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _one_line_failure(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_report_into_a_missing_folder_fails_in_one_line(db_location, db, tmp_path, fmt):
    article_id = build_mosul(db).article_id
    target = tmp_path / "no-such-folder" / f"report.{fmt}"
    line = _one_line_failure(cli("--db", str(db_location), "report", "--article", str(article_id), "--format", fmt,
                                 "-o", str(target)))
    assert "could not write" in line and "no-such-folder" in line
    assert not target.parent.exists()


def test_report_onto_a_folder_or_a_device_is_refused(db_location, db, tmp_path):
    article_id = build_mosul(db).article_id
    for target in (tmp_path, "/dev/null"):
        line = _one_line_failure(cli("--db", str(db_location), "report", "--article", str(article_id), "-o", str(target)))
        assert "not a file" in line
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_pdf_written_whole_with_the_page_count(db_location, db, tmp_path):
    article_id = build_mosul(db).article_id
    target = tmp_path / "r.pdf"
    result = cli("--db", str(db_location), "report", "--article", str(article_id), "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old report", encoding="utf-8")

    def fails(temporary):
        temporary.write_text("half a rep", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(InvalidValue, match="No space left on device"):
        write_report_file(target, fails)
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_text_written_in_pieces_replaces_the_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    write_report_text(target, (f"row {i}\r\n" for i in range(3)))
    assert target.read_bytes() == b"row 0\r\nrow 1\r\nrow 2\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_names_in_messages_cannot_break_the_line(tmp_path):
    target = tmp_path / "missing\nline\u202etxt.pdf" / "r.html"
    with pytest.raises(InvalidValue) as refused:
        write_report_text(target, "x")
    message = str(refused.value)
    assert "\n" not in message and "\u202e" not in message and "\\n" in message and "⟪U+202E⟫" in message
