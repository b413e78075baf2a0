"""Reports to PDF with Qt: the report HTML laid out by QTextDocument, Arabic shaped by HarfBuzz, fonts embedded."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the CLI may run with no display

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from workbench.errors import InvalidValue
from workbench.reports.html import article_html, diagram_svg, figure_url, outlet_html, session_html
from workbench.reports.htmlparts import ARROW_IMAGES
from workbench.reports.model import ArticleReport, OutletReport, SessionReport
from workbench.reports.output import write_report_file
from workbench.resources import FONTS_DIR

CSS_DPI = 96  # the document is laid out in CSS px; the painter scales that to the device's resolution
DIAGRAM_URL = "isnad-diagram.png"
DIAGRAM_SCALE = 3  # raster the SVG diagram at 3x so it stays sharp when printed
MARGIN_MM = 16
FOOTER_PX = 26
_fonts_loaded = False


def ensure_fonts() -> None:
    """Register the bundled fonts once, so Arabic is drawn with Noto Naskh on every machine."""
    global _fonts_loaded
    if QGuiApplication.instance() is None:
        QGuiApplication([])
    if not _fonts_loaded:
        for font in sorted(FONTS_DIR.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        _fonts_loaded = True


def report_document(report: ArticleReport | OutletReport | SessionReport) -> QTextDocument:
    """The report as a QTextDocument, with the diagram rendered to an image resource."""
    ensure_fonts()
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans", 9))
    for direction, name in ARROW_IMAGES.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), _arrow_image(direction))
    if isinstance(report, ArticleReport):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(DIAGRAM_URL), _diagram_image(report))
        document.setHtml(article_html(report, diagram_src=DIAGRAM_URL))
    elif isinstance(report, OutletReport):
        for n, figure in enumerate(report.figures):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(figure_url(n)),
                                 QImage.fromData(figure.png, "PNG"))
        document.setHtml(outlet_html(report, arrow_images=True))
    else:
        document.setHtml(session_html(report))
    return document


def _diagram_image(report: ArticleReport) -> QImage:
    renderer = QSvgRenderer(QByteArray(diagram_svg(report).encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size.width() * DIAGRAM_SCALE, size.height() * DIAGRAM_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _arrow_image(direction: str) -> QImage:
    """A chain arrow (14 × 8 px, drawn at 4x), pointing the way the chain reads."""
    image = QImage(56, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if direction == "rtl":  # mirror, so the arrow points left
        painter.translate(56, 0)
        painter.scale(-1, 1)
    painter.setPen(QPen(QColor("#9ca3af"), 3.5))
    painter.drawLine(QPointF(4, 16), QPointF(44, 16))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#9ca3af"))
    painter.drawPolygon(QPolygonF([QPointF(54, 16), QPointF(38, 6), QPointF(38, 26)]))
    painter.end()
    return image


def footer_text(report: ArticleReport | OutletReport | SessionReport) -> str:
    if isinstance(report, ArticleReport):
        return f"Isnad · attribution report · article {report.header.article_id}"
    if isinstance(report, OutletReport):
        return "Isnad · outlet report"
    return f"Isnad · session report {report.summary.session_id}"


def setup_page(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str, resolution: int) -> int:
    """Lay the document out on the device's pages with a footer on each; returns the page count.

    Pages are drawn by hand rather than with QTextDocument.print so each one gets "page n of m".
    """
    scale = resolution / CSS_DPI
    area = device.pageLayout().paintRectPixels(resolution)
    width, height = area.width() / scale, area.height() / scale
    body = height - FOOTER_PX
    document.setPageSize(QSizeF(width, body))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):  # e.g. a PDF writer whose file cannot be created
        raise InvalidValue("the pages could not be drawn: the output cannot be opened for writing")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * body)
        document.drawContents(painter, QRectF(0, index * body, width, body))
        painter.restore()
        _footer(painter, width, height, f"{footer}   ·   page {index + 1} of {pages}")
    if not painter.end():
        raise InvalidValue("the pages could not be finished: the output could not be written")
    return pages


def _footer(painter: QPainter, width: float, height: float, label: str) -> None:
    font = QFont("Noto Sans")
    font.setPixelSize(9)
    painter.setFont(font)
    painter.setPen(QColor("#d1d5db"))
    painter.drawLine(0, int(height - FOOTER_PX + 8), int(width), int(height - FOOTER_PX + 8))
    painter.setPen(QColor("#6b7280"))
    painter.drawText(QRectF(0, height - FOOTER_PX + 12, width, 14), Qt.AlignmentFlag.AlignCenter, label)


def write_pdf(report: ArticleReport | OutletReport | SessionReport, path: str | Path) -> int:
    """Write the report as an A4 PDF at path, whole or not at all; returns the number of pages.

    InvalidValue (one line) if it cannot be written: Qt itself only prints warnings and carries on.
    """
    document = report_document(report)

    def write(temporary: Path) -> int:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setCreator("Isnad")
        writer.setTitle(footer_text(report))
        setup_page(writer)
        pages = paint_pages(document, writer, footer_text(report), writer.resolution())
        del writer  # the file is complete only once the writer is gone
        return pages

    return write_report_file(path, write)
