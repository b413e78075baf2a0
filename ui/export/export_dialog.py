"""The export dialog: pick a report and a format, name the file; the export runs on the task runner with progress."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui.bidi_text import isolate
from workbench.errors import IsnadError
from workbench.usecases.browse import browse_choices
from workbench.usecases.exports import SUFFIXES, ExportRequest, check_request, export_reports
from workbench.usecases.records import ArticleRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _write_pdf(report, path: Path) -> int:
    from ui.reports.report_pdf import write_pdf  # Qt's PDF support, loaded on first use

    return write_pdf(report, path)


class ExportDialog(QDialog):
    """Exports one report (or the selected claims) to a file; `written` lists the files once it is done."""

    exported = Signal(list)

    FORMAT_LABELS = (("pdf", "PDF"), ("html", "HTML"), ("csv", "CSV"), ("json", "JSON"),
                     ("claimreview", "ClaimReview (JSON-LD)"))

    def __init__(self, db, runner, *, settings, article: ArticleRecord | None, session_id: int | None,
                 claim_ids: list[int] | None = None, kind: str | None = None, figures: tuple = (),
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(_tr("Export"))
        self.db, self.runner, self.settings = db, runner, settings
        self.article, self.session_id, self.claim_ids = article, session_id, tuple(claim_ids or ())
        self.figures = tuple(figures)  # the dashboard's charts, put in the outlet report's HTML and PDF
        self.task = None
        self.written: list[Path] = []
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        if self.claim_ids:
            self.kind.addItem(_tr("The selected claims (%1)").replace("%1", str(len(self.claim_ids))), "selection")
        if article is not None:
            title = article.title if len(article.title) <= 60 else article.title[:59] + "…"
            self.kind.addItem(_tr("Article report: %1").replace("%1", isolate(title)), "article")  # its own direction
        self.kind.addItem(_tr("Outlet report"), "outlet")
        if session_id is not None:
            self.kind.addItem(_tr("This review session"), "session")
        self.outlet = QComboBox(self)
        self.outlet.addItem(_tr("Every outlet"), None)
        for outlet in browse_choices(db).outlets:
            self.outlet.addItem(outlet.label, outlet.label)
        self.output_format = QComboBox(self)
        self.output_format.setObjectName("exportFormat")
        for value, label in self.FORMAT_LABELS:
            self.output_format.addItem(label, value)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        choose = QPushButton(_tr("C&hoose…"), self)
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Report"), self.kind)
        form.addRow(_tr("&Outlet"), self.outlet)
        form.addRow(_tr("&Format"), self.output_format)
        save_as = QLabel(_tr("&Save as"), self)  # a row holding a layout gets no buddy by itself
        save_as.setBuddy(self.path)
        form.addRow(save_as, path_row)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(_tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(_tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)  # shown once a file is written
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_written)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.output_format.currentIndexChanged.connect(self._suggest_path)
        self._kind_changed()
        self.resize(620, 0)

    def request(self) -> ExportRequest:
        kind = self.kind.currentData()
        return ExportRequest(
            kind=kind, output_format=self.output_format.currentData(), path=Path(self.path.text().strip()),
            article_id=self.article.id if self.article is not None else None,
            outlet=self.outlet.currentData() if kind == "outlet" else None,
            session_id=self.session_id, claim_ids=self.claim_ids if kind == "selection" else (),
            figures=self.figures if kind == "outlet" else ())

    def _kind_changed(self) -> None:
        self.outlet.setEnabled(self.kind.currentData() == "outlet")
        self._suggest_path()

    def _suggest_path(self) -> None:
        """A file name saying what it holds, in the folder already chosen (the home folder at first)."""
        kind = self.kind.currentData()
        subject = {"article": f"article-{self.article.id}" if self.article else "article",
                   "session": f"session-{self.session_id}", "selection": "claims", "outlet": "outlets"}[kind]
        current = Path(self.path.text()) if self.path.text().strip() else Path.home() / "x"
        self.path.setText(str(current.with_name(f"isnad-{subject}{SUFFIXES[self.output_format.currentData()]}")))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, _tr("Export to"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        """Check the request here, then build and write the report off the GUI thread."""
        request = self.request()
        try:
            check_request(request)
        except IsnadError as error:
            QMessageBox.warning(self, _tr("Not exported"), str(error))
            return
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.cancel_button.setText(_tr("Cancel"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(_tr("Exporting…"))
        self.task = self.runner.run(
            lambda progress, cancelled: export_reports(self.db, request, settings=self.settings,
                                                       write_pdf=_write_pdf, progress=progress, cancelled=cancelled),
            reports_progress=True, serial=False, on_progress=self._progress, on_finished=self._finished,
            on_failed=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, written: list) -> None:
        self.task = None
        self.written = list(written)
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if written:
            self.status.setText(_tr("Written: %1").replace("%1", ", ".join(str(p) for p in written)))
            self.open_button.setVisible(True)
            self.cancel_button.setText(_tr("Close"))  # nothing is left to cancel
        else:
            self.status.setText(_tr("Cancelled: nothing was written."))
        self.exported.emit(self.written)

    def open_written(self) -> None:
        """The file just written, in the application the system opens it with (the folder, for several)."""
        if self.written:
            target = self.written[0] if len(self.written) == 1 else Path(self.written[0]).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, _tr("Not exported"), str(error) if isinstance(error, IsnadError) else repr(error))

    def reject(self) -> None:
        """Cancel, Escape or closing the window: stops a running export (its file is not written, and the
        dialog stays to say so), or else closes the dialog."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(_tr("Cancelling…"))
            return
        super().reject()
