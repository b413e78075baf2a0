"""File › Export stopped midway, by Escape as by the Cancel button: the file is not written and the dialog says so."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.usecases import exports


@pytest.fixture
def held_export(monkeypatch):
    """Exports write their first piece, then wait for `release` (so the test presses keys mid-write)."""
    release = threading.Event()
    real = exports.reports_parts

    def held(*args, **kwargs):
        parts = real(*args, **kwargs)
        yield next(parts)
        release.wait(20)
        yield from parts

    monkeypatch.setattr(exports, "reports_parts", held)
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)  # Cancel is seen at the next claim written
    return release


@pytest.mark.parametrize("how", ["escape", "cancel button"])
def test_stopping_an_export_midway_writes_nothing(qtbot, window, sample_desk, tmp_path, held_export, how):
    window.restore_last_article()
    window.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.views.export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind.currentData() == "article"
    dialog.output_format.setCurrentIndex(dialog.output_format.findData("csv"))
    target = tmp_path / "article.csv"
    dialog.path.setText(str(target))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.name.startswith(".") for p in tmp_path.iterdir()), timeout=20000)  # mid-write
    with qtbot.waitSignal(dialog.exported, timeout=20000, raising=True) as finished:
        if how == "escape":
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # still there to say what happened
        held_export.set()
    assert finished.args == [[]] and dialog.written == []
    assert "nothing was written" in dialog.status.text()
    assert sorted(p.name for p in tmp_path.iterdir() if "article" in p.name) == []  # no file, no leftover
