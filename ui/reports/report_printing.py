"""Printing reports from the GUI: a print preview of an article's report, laid out exactly as its PDF."""

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ui.reports.report_pdf import footer_text, paint_pages, report_document, setup_page
from workbench.reports.build import article_report


def print_preview_article(parent: QWidget | None, db, article_id: int) -> QPrintPreviewDialog:
    """Open a print preview of the article's report (its Print button sends it to a printer)."""
    report = article_report(db, article_id)
    document = report_document(report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer)
    printer.setDocName(footer_text(report))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview · {footer_text(report)}")
    # The dialog repaints on every zoom or page-setup change; each time the pages are laid out again.
    dialog.paintRequested.connect(lambda target: paint_pages(document, target, footer_text(report),
                                                             target.resolution()))
    dialog.open()
    return dialog
