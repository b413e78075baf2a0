"""Importing articles: open files, dropped files or pasted text, in the background with progress, cancel and a report."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desk.hop_verification_import import PublisherField
from ui.refusals import refusal_text
from ui.tasks import TaskRunner
from workbench.errors import IsnadError
from workbench.intake import IntakeLimits, document_from_text
from workbench.settings import DeskSettings
from workbench.usecases.articles import (
    FINDING_CLAIMS,
    IMPORT_PHASES,
    INDEXING,
    READING,
    STORING,
    BatchOutcome,
    import_document,
    import_files,
)
from workbench.usecases.records import Actor

# Over this, a file holds thousands of claims (about 100 bytes of text a claim): probably not one article.
LARGE_ARTICLE_BYTES = 256 * 1024
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"  # PDF text is not read (yet)


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("ImportFlow", text, None, count)


class ImportReport(QDialog):
    """Lists every file of a batch with what happened to it; refused files show their one-line reason."""

    def __init__(self, outcomes: list[BatchOutcome], *, cancelled: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import report"))
        self.resize(720, 360)
        imported = sum(1 for o in outcomes if o.result is not None and o.result.status == "imported")
        duplicates = sum(1 for o in outcomes if o.result is not None and o.result.status == "duplicate")
        refused = [o for o in outcomes if o.error is not None]
        summary = _tr("%1 imported, %2 already in the desk, %3 refused.").replace("%1", str(imported)) \
            .replace("%2", str(duplicates)).replace("%3", str(len(refused)))
        if cancelled:
            summary += " " + _tr("Import was cancelled; the articles already imported are kept.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels([_tr("File"), _tr("Result")])
        self.table.setRootIsDecorated(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for outcome in sorted(outcomes, key=lambda o: o.error is None):
            if outcome.error is not None:
                result = refusal_text(outcome.error)
            elif outcome.result.status == "duplicate":
                result = _tr("already in the desk: %1").replace("%1", outcome.result.title)
            else:
                result = _tr("imported with %n claim(s)", outcome.result.claims)
            item = QTreeWidgetItem([outcome.path.name, result])
            item.setToolTip(0, str(outcome.path))
            if outcome.error is not None:
                item.setForeground(1, Qt.GlobalColor.darkRed)
            self.table.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def refused(self) -> dict[str, str]:
        """File name → reason, for the refused files (what the reviewer reads)."""
        rows = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return {row.text(0): row.text(1) for row in rows if row.foreground(1).color() == Qt.GlobalColor.darkRed}


# The share of one file's import each phase takes (extraction is most of it), for one bar over the batch.
PHASE_SHARES = {READING: 0.05, FINDING_CLAIMS: 0.75, STORING: 0.12, INDEXING: 0.08}
_PHASE_START = {phase: sum(PHASE_SHARES[p] for p in IMPORT_PHASES[:i]) for i, phase in enumerate(IMPORT_PHASES)}
STEPS_PER_FILE = 100


def phase_text(phase: str, done: int, total: int) -> str:
    """What the import is doing, in the reviewer's words, with its count."""
    number = QLocale().toString
    if phase == READING:
        return _tr("Reading the file…")
    if phase == FINDING_CLAIMS:
        return _tr("Finding claims: %1 % of the text read").replace("%1", number(done * 100 // max(total, 1)))
    text = _tr("Storing claims: %1 of %2") if phase == STORING else _tr("Indexing claims for matching: %1 of %2")
    return text.replace("%1", number(done)).replace("%2", number(total))


class ImportProgress(QObject):
    """The progress dialog of a batch: which file, its phase by name with its count, and one bar moving over the
    whole batch. phase() may be called from the worker thread; the dialog is updated on the GUI thread."""

    _worker_phase = Signal(str, int, int)

    def __init__(self, dialog: QProgressDialog, files: list[Path], parent: QObject) -> None:
        super().__init__(parent)
        self.dialog: QProgressDialog | None = dialog
        self.files = files
        self.file_number = 0  # of the file being imported, from 1
        self.shown: list[str] = []  # every phase label shown, for the reviewer's record and the tests
        dialog.setRange(0, len(files) * STEPS_PER_FILE)
        self._worker_phase.connect(self._show)

    def phase(self, phase: str, done: int, total: int) -> None:
        self._worker_phase.emit(phase, done, total)

    @Slot(str, int, int)
    def _show(self, phase: str, done: int, total: int) -> None:
        if phase == READING and done == 0:
            self.file_number = min(self.file_number + 1, len(self.files))
        share = PHASE_SHARES[phase] * (done / total if total else 1.0)
        fraction = self.file_number - 1 + _PHASE_START[phase] + share
        label = _tr("%1 (%2 of %3)").replace("%1", self.files[self.file_number - 1].name) \
            .replace("%2", QLocale().toString(self.file_number)).replace("%3", QLocale().toString(len(self.files)))
        label += "\n" + phase_text(phase, done, total)
        self.shown.append(label)
        if self.dialog is None:  # the batch is over: a late report
            return
        self.dialog.setLabelText(label)
        self.dialog.setValue(min(int(fraction * STEPS_PER_FILE), self.dialog.maximum() - 1))

    def file_done(self, done: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(min(done * STEPS_PER_FILE, self.dialog.maximum() - 1))


class PasteDialog(QDialog):
    """Text, title and publisher for a new article, the text prefilled from the clipboard."""

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Paste as new article"))
        self.resize(640, 420)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(_tr("Optional: the first line is used otherwise"))
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(QApplication.clipboard().text())
        self.publisher = PublisherField(db, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("Title"), self.title)
        form.addRow(_tr("Publisher"), self.publisher)
        form.addRow(_tr("Text"), self.text)
        form.addRow(buttons)


class ImportFlow(QObject):
    """Runs every import on the task runner; never raises into the GUI: failures become a report.

    Emits imported(article ids) once a batch or a paste is stored (duplicates included, in order).
    """

    imported = Signal(list)
    report_shown = Signal(object)

    def __init__(self, window: QWidget, db, runner: TaskRunner, *, actor: Actor | None = None,
                 settings: DeskSettings | None = None) -> None:
        super().__init__(window)
        self.window, self.db, self.runner, self.actor = window, db, runner, actor
        settings = settings or DeskSettings()
        self.limits = IntakeLimits(max_bytes=int(settings.max_import_mb * 1024 * 1024))
        self.last_report: ImportReport | None = None
        self.progress: QProgressDialog | None = None
        self.last_progress: ImportProgress | None = None

    def open_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self.window, _tr("Import articles"), "", FILE_FILTER)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]):
        """Import files in the background with a progress dialog and Cancel; returns the task (None when the
        reviewer chose not to import a file that is probably not one article)."""
        files = [Path(p) for p in paths]
        split = self._ask_single_articles(files)
        if split is None:
            return None
        dialog = QProgressDialog(_tr("Importing %n file(s)…", len(files)), _tr("Cancel"), 0, 1, self.window)
        dialog.setWindowTitle(_tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)  # the bar never reaches its end before the batch is done and closed
        if self.last_progress is not None:
            self.last_progress.deleteLater()
        progress = ImportProgress(dialog, files, self)
        dialog.setValue(0)
        self.progress = dialog
        self.last_progress = progress
        db, actor, limits = self.db, self.actor, self.limits

        def work(progress, cancelled):
            return list(import_files(db, files, actor=actor, limits=limits, progress=progress, cancelled=cancelled,
                                     phases=phases, split=split))

        phases = progress.phase
        task = self.runner.run(work, reports_progress=True, on_progress=lambda done, _total: progress.file_done(done),
                               on_finished=lambda outcomes: self._batch_done(outcomes, task.cancelled()),
                               on_failed=self._failed)
        dialog.canceled.connect(task.cancel)
        return task

    def _ask_single_articles(self, files: list[Path]) -> bool | None:
        """Ask before storing a file so long it would be thousands of claims in one "article" (a 2 MB text
        gave 21,159): it is probably a collection. True: split it at its headlines; False: store each file as one
        article; None: import nothing."""
        large = [f for f in files if f.is_file() and f.stat().st_size > LARGE_ARTICLE_BYTES]
        if not large:
            return False
        names = "\n".join(f"{f.name} ({f.stat().st_size / 1_048_576:.1f} MB)" for f in large)
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Probably not one article"),
                          _tr("These files are long enough to hold thousands of claims each: probably several "
                              "articles one after another.\n\n%1\n\nSplit them into one article per headline "
                              "(a short line alone between blank lines), or store each file as one article?")
                          .replace("%1", names), QMessageBox.StandardButton.NoButton, self.window)
        split = box.addButton(_tr("Split at headlines"), QMessageBox.ButtonRole.AcceptRole)
        whole = box.addButton(_tr("Store as one article"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(split)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return True if chosen is split else False if chosen is whole else None

    def _batch_done(self, outcomes: list[BatchOutcome], cancelled: bool) -> None:
        self._close_progress()
        ids = [o.result.article_id for o in outcomes if o.result is not None]
        if any(o.error is not None for o in outcomes) or cancelled or len(outcomes) > 1:
            self._show_report(ImportReport(outcomes, cancelled=cancelled, parent=self.window))
        self.imported.emit(ids)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        window_report = getattr(self.window, "report_error", None)
        if window_report is not None:
            window_report(error)
        self.imported.emit([])

    def _close_progress(self) -> None:
        if self.last_progress is not None:
            self.last_progress.dialog = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _show_report(self, report: ImportReport) -> None:
        self.last_report = report
        report.open()
        self.report_shown.emit(report)

    def paste_article(self) -> None:
        dialog = PasteDialog(self.db, self.window)
        if dialog.exec():
            try:
                publisher_id = dialog.publisher.publisher_id()
            except IsnadError as error:
                self._failed(error)
                return
            self.import_text(dialog.text.toPlainText(), title=dialog.title.text().strip() or None,
                             publisher_id=publisher_id)

    def import_text(self, text: str, *, title: str | None = None, publisher_id: int | None = None):
        """Store pasted text as a new article in the background; a refusal is shown, never raised.

        A NUL (what some PDF viewers put into copied text) is taken out with a notice: the rest of the
        paste is the reviewer's text and is kept."""
        nuls = text.count("\x00")
        if nuls:
            text = text.replace("\x00", "")
            notice = _tr("%n NUL character(s) removed from the pasted text.", nuls)
            self.window.statusBar().showMessage(notice, 10000)
        try:
            document = document_from_text(text, title=title, limits=self.limits)
        except IsnadError as error:
            self._failed(error)
            return None
        db, actor = self.db, self.actor
        return self.runner.run(lambda: import_document(db, document, actor=actor, publisher_id=publisher_id),
                               on_finished=lambda result: self.imported.emit([result.article_id]),
                               on_failed=self._failed)
