"""Printing reports from the GUI: a print preview of an article's report, laid out exactly as its PDF."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ui.reports.report_pdf import footer_text, paint_pages, report_document, setup_page
from workbench.reports.build import article_report


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPrinting", text)


class ReportPreview(QPrintPreviewDialog):
    """A print preview that owns its printer and document: Qt paints into the printer for as long as the
    dialog is open (on every zoom or page-setup change), so neither may be a local that Python frees."""

    def __init__(self, report, parent: QWidget | None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(self.printer)
        self.footer = footer_text(report)
        self.printer.setDocName(self.footer)
        super().__init__(self.printer, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = report_document(report)
        self.setWindowTitle(_tr("Print preview · %1").replace("%1", self.footer))
        self.paintRequested.connect(self._paint)

    def _paint(self, target: QPrinter) -> None:
        paint_pages(self.document, target, self.footer, target.resolution())


def print_preview_article(parent: QWidget | None, db, article_id: int) -> ReportPreview:
    """Open a print preview of the article's report (its Print button sends it to a printer)."""
    dialog = ReportPreview(article_report(db, article_id), parent)
    dialog.open()
    return dialog
