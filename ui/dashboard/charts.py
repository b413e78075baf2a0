"""Two small charts drawn with QPainter: shares per outlet as grouped bars, and claims month by month.

Both mirror for a right-to-left UI: labels go on the right and bars grow leftwards, months run right to left.
"""

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GRID = QColor("#E4E7EB")
INK = QColor("#1F2933")
MUTED = QColor("#627D98")


@dataclass(frozen=True)
class Series:
    label: str
    colour: str


@dataclass(frozen=True)
class ShareRow:
    """One outlet: its name, how many claims it has, and one share (0–1) per series."""

    label: str
    claims: int
    shares: tuple[float, ...]


class _Chart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    _size = (0, 0)  # of the surface being drawn on: the widget, or an image for a report

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x(self, x: float, width: float = 0.0) -> float:
        """x measured from the start edge (left, or right in RTL), as a left coordinate."""
        return self._size[0] - x - width if self._rtl() else x

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._draw(painter, self.width(), self.height())
        painter.end()

    def image(self, width: int, height: int, *, scale: int = 2) -> QImage:
        """The chart laid out at this size (whatever size the widget has now), drawn at scale for print."""
        image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        self._draw(painter, width, height)
        painter.end()
        return image

    def _draw(self, painter: QPainter, width: int, height: int) -> None:
        self._size = (width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(QFont(self.font().family(), 9))
        self.draw(painter, width, height)

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        raise NotImplementedError

    def _text_flags(self, *, start: bool):
        near = Qt.AlignmentFlag.AlignLeft if start != self._rtl() else Qt.AlignmentFlag.AlignRight
        return near | Qt.AlignmentFlag.AlignVCenter

    def _legend(self, painter: QPainter, series: tuple[Series, ...], y: float) -> None:
        x = 12.0
        for s in series:
            painter.fillRect(QRectF(self._x(x, 12), y + 3, 12, 12), QColor(s.colour))
            width = painter.fontMetrics().horizontalAdvance(s.label) + 8
            painter.setPen(INK)
            painter.drawText(QRectF(self._x(x + 16, width), y, width, 18), self._text_flags(start=True), s.label)
            x += 16 + width + 14


class ShareBars(_Chart):
    """Outlets down the side, a group of bars per outlet (one per series, 0–100 %), claims in brackets."""

    ROW = 18

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.series: tuple[Series, ...] = ()
        self.rows: list[ShareRow] = []
        self.empty_text = ""

    def set_data(self, series: tuple[Series, ...], rows: list[ShareRow], *, empty_text: str) -> None:
        self.series, self.rows, self.empty_text = series, rows, empty_text
        self.setMinimumHeight(self.sizeHint().height())  # in a scroll area: scroll rather than squeeze
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(700, 64 + len(self.rows) * (len(self.series) * 7 + self.ROW))

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        if not self.rows:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._legend(painter, self.series, 6)
        label_width = min(260.0, width * 0.32)
        left, right = label_width + 20, 50.0
        plot = max(50.0, width - left - right)
        group = len(self.series) * 7 + self.ROW
        top = 34.0
        painter.setPen(QPen(GRID, 1))
        for tick in range(0, 101, 25):
            x = self._x(left + plot * tick / 100)
            painter.drawLine(int(x), int(top), int(x), int(top + group * len(self.rows)))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 20, top + group * len(self.rows) + 2, 40, 14), Qt.AlignmentFlag.AlignCenter,
                             f"{tick}%")
            painter.setPen(QPen(GRID, 1))
        for n, row in enumerate(self.rows):
            y = top + n * group
            painter.setPen(INK)
            label = painter.fontMetrics().elidedText(f"{row.label} ({row.claims})", Qt.TextElideMode.ElideMiddle,
                                                     int(label_width))
            painter.drawText(QRectF(self._x(8, label_width), y, label_width, group - 4),
                             self._text_flags(start=True), label)
            for k, (s, value) in enumerate(zip(self.series, row.shares, strict=True)):
                width = plot * max(0.0, min(1.0, value))
                bar_y = y + 4 + k * 7
                painter.fillRect(QRectF(self._x(left, width), bar_y, width, 6), QColor(s.colour))


class MonthColumns(_Chart):
    """A column of claims per month, and the share of the series as a line over the same months."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.claims: list[int] = []
        self.series: tuple[Series, ...] = ()
        self.shares: list[tuple[float, ...]] = []
        self.claims_label = ""
        self.empty_text = ""

    def set_data(self, months: list[str], claims: list[int], series: tuple[Series, ...],
                 shares: list[tuple[float, ...]], *, claims_label: str, empty_text: str) -> None:
        self.months, self.claims, self.series, self.shares = months, claims, series, shares
        self.claims_label, self.empty_text = claims_label, empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 360)

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        if not self.months:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._legend(painter, (Series(self.claims_label, "#BCCCDC"), *self.series), 6)
        top, bottom, side = 40.0, 40.0, 50.0
        height = max(40.0, height - top - bottom)
        width = max(60.0, width - 2 * side)
        step = width / len(self.months)
        most = max(self.claims) or 1
        painter.setPen(QPen(GRID, 1))
        for tick in range(0, 101, 25):
            y = top + height * (1 - tick / 100)
            painter.drawLine(int(side), int(y), int(side + width), int(y))
            painter.setPen(MUTED)
            share_side = self._x(side + width + 4, 40)
            painter.drawText(QRectF(share_side, y - 7, 40, 14), self._text_flags(start=True), f"{tick}%")
            painter.drawText(QRectF(self._x(2, side - 6), y - 7, side - 6, 14), self._text_flags(start=False),
                             f"{round(most * tick / 100)}")
            painter.setPen(QPen(GRID, 1))
        for n, (month, count) in enumerate(zip(self.months, self.claims, strict=True)):
            x = side + n * step
            bar = height * count / most
            painter.fillRect(QRectF(self._x(x + step * 0.15, step * 0.7), top + height - bar, step * 0.7, bar),
                             QColor("#BCCCDC"))
            if len(self.months) <= 18 or n % max(1, len(self.months) // 12) == 0:
                painter.setPen(MUTED)
                painter.drawText(QRectF(self._x(x, step), top + height + 4, step, 16), Qt.AlignmentFlag.AlignCenter,
                                 month)
        for k, s in enumerate(self.series):
            painter.setPen(QPen(QColor(s.colour), 2.2))
            points = [(self._x(side + (n + 0.5) * step), top + height * (1 - values[k]))
                      for n, values in enumerate(self.shares)]
            for (x1, y1), (x2, y2) in pairwise(points):
                painter.drawLine(int(x1), int(y1), int(x2), int(y2))
            painter.setBrush(QColor(s.colour))
            for x, y in points:
                painter.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
