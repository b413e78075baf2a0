"""A table cell laid out in its own text's direction, so an English title in the Arabic UI (or the reverse)
is aligned to its start and cut with the ellipsis at its end."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from workbench.reports.model import direction_of


class TextDirectionDelegate(QStyledItemDelegate):
    """Each cell's direction follows its first strong character, as dir="auto" does in HTML."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if option.text:
            rtl = direction_of(option.text) == "rtl"
            option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
