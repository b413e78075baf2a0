"""The outlets and sources dashboard window: filters, a table and charts per outlet, months, who cites whom."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.actions import ActionGroup, make_action
from ui.bidi_text import left_to_right
from ui.browser.claims_browser import parse_date_bound
from ui.catalog.display_names import outlet_names
from ui.dashboard.charts import MonthColumns, Series, ShareBars, ShareRow
from workbench.errors import IsnadError
from workbench.reports.diagram import render_svg
from workbench.reports.model import ReportFigure
from workbench.usecases.articles import list_articles
from workbench.usecases.dashboard import UNDATED, Dashboard, DashboardFilter, dashboard

TOP_OUTLETS = 15  # the bar chart shows the outlets with the most claims; the table lists them all
FIGURE_PX = 660  # a chart's width in the outlet report: an A4 page's text width


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def share_series() -> tuple[Series, ...]:
    return (Series(_tr("Disputed or false (of reviewed)"), "#D55E00"),
            Series(_tr("Misattributed (of checked)"), "#CC79A7"),
            Series(_tr("Anonymous source (of claims)"), "#7A7A7A"))


class DashboardWindow(QWidget):
    """Counts run on the task runner whenever a filter changes (the table keeps the most-claims order);
    the charts follow the UI's direction."""

    loaded = Signal()
    outlet_report_requested = Signal()

    def __init__(self, db, runner, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.runner = db, runner
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(_tr("Outlets and sources dashboard"))
        self.data: Dashboard | None = None
        self._pending = False
        self.published_from, self.published_to, self.articles = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit in (self.published_from, self.published_to):
            edit.setPlaceholderText(_tr("YYYY[-MM[-DD]]"))
            edit.setMaximumWidth(130)
        self.articles.setPlaceholderText(_tr("Articles whose title or publisher holds… (empty: all)"))
        self.month_outlet = QComboBox(self)
        self.month_outlet.addItem(_tr("Every outlet"), None)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("dashboardTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.bars = ShareBars(self)
        self.months = MonthColumns(self)
        self.diagram = QSvgWidget(self)
        self.status = QLabel(self)
        self.tabs = QTabWidget(self)
        self._build_layout()
        for edit in (self.published_from, self.published_to, self.articles):
            edit.editingFinished.connect(self.reload)
        self.month_outlet.currentIndexChanged.connect(self.reload)
        self.actions = ActionGroup(_tr("Dashboard"), tuple(
            self._action(text, keys, tip, slot) for text, keys, tip, slot in (
                (_tr("Save chart as PNG…"), ["Ctrl+S"], _tr("Save the chart on screen as a PNG file"), self.save_png_as),
                (_tr("Count again"), ["F5"], _tr("Count the claims again with the filters shown"), self.reload),
                (_tr("Close"), ["Escape"], _tr("Close the dashboard"), self.close),
                (_tr("Keyboard shortcuts"), ["F1"], _tr("The dashboard's keys"), self.show_cheat_sheet))))
        self.resize(1400, 900)
        self.reload()

    def _action(self, text: str, keys: list[str], tip: str, slot):
        action = make_action(self, text, keys, tip)
        action.triggered.connect(slot)
        return action

    def show_cheat_sheet(self) -> None:
        from ui.cheat_sheet import CheatSheet

        self.cheat_sheet = CheatSheet([self.actions], parent=self)
        self.cheat_sheet.open()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in ((_tr("&From"), self.published_from), (_tr("&To"), self.published_to),
                             (_tr("&Articles"), self.articles)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.articles else 0)
        # The key stays left to right: in the Arabic UI "(Ctrl+S)" at the end of a sentence lost its bracket's side.
        save = QPushButton(f"{_tr('Save chart as PNG…')}  {left_to_right('(Ctrl+S)')}", self)
        save.setObjectName("savePng")
        save.clicked.connect(self.save_png_as)
        report = QPushButton(_tr("Outlet report…"), self)
        report.clicked.connect(self.outlet_report_requested.emit)
        filters.addWidget(save)
        filters.addWidget(report)
        outlets = QSplitter(Qt.Orientation.Vertical, self)
        bars_scroll = QScrollArea(self)
        bars_scroll.setWidget(self.bars)
        bars_scroll.setWidgetResizable(True)
        outlets.addWidget(bars_scroll)
        outlets.addWidget(self.table)
        outlets.setSizes([520, 260])
        months = QWidget(self)
        months_layout = QVBoxLayout(months)
        outlet_row = QHBoxLayout()
        outlet_label = QLabel(_tr("&Outlet"), self)
        outlet_label.setBuddy(self.month_outlet)
        outlet_row.addWidget(outlet_label)
        outlet_row.addWidget(self.month_outlet)
        outlet_row.addStretch(1)
        months_layout.addLayout(outlet_row)
        months_layout.addWidget(self.months, 1)
        diagram_scroll = QScrollArea(self)
        diagram_scroll.setWidget(self.diagram)
        diagram_scroll.setWidgetResizable(False)
        diagram_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(outlets, _tr("Per o&utlet"))
        self.tabs.addTab(months, _tr("&Month by month"))
        self.tabs.addTab(diagram_scroll, _tr("&Who cites whom"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    # --- loading ----------------------------------------------------------------------------------------

    def current_filter(self) -> DashboardFilter:
        """The filter the fields show; ValueError for a date that cannot be read."""
        ids: tuple[int, ...] = ()
        if self.articles.text().strip():
            ids = tuple(r.id for r in list_articles(self.db, search=self.articles.text())) or (-1,)
        return DashboardFilter(parse_date_bound(self.published_from.text(), upper=False),
                               parse_date_bound(self.published_to.text(), upper=True), ids)

    def reload(self) -> None:
        try:
            dashboard_filter = self.current_filter()
        except ValueError:
            self.status.setText(_tr("Write dates as 2024, 2024-03 or 2024-03-05."))
            return
        outlet_id = self.month_outlet.currentData()
        self.status.setText(_tr("Counting…"))
        self.runner.run(lambda: dashboard(self.db, dashboard_filter, outlet_id=outlet_id), serial=False,
                        on_finished=self._show, on_failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error) if isinstance(error, IsnadError) else repr(error))

    def _show(self, data: Dashboard) -> None:
        self.data = data
        rows = [ShareRow(outlet_names.shown(o.name), o.figures.claims, (o.figures.disputed_share, o.figures.misattribution_rate,
                                                     o.figures.anonymous_share)) for o in data.outlets[:TOP_OUTLETS]]
        self.bars.set_data(share_series(), rows, empty_text=_tr("No outlet is named in these claims."))
        self._fill_table(data)
        self._fill_outlets(data)
        months = list(data.months)
        self.months.set_data([_tr("undated") if m.month == UNDATED else m.month for m in months],
                             [m.figures.claims for m in months], share_series(),
                             [(m.figures.disputed_share, m.figures.misattribution_rate, m.figures.anonymous_share)
                              for m in months],
                             claims_label=_tr("Claims"), empty_text=_tr("No claims in these dates."))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        graph = replace(data.graph, nodes=tuple(replace(node, label=outlet_names.shown(node.label))
                                                for node in data.graph.nodes))
        svg = render_svg(graph, rtl=rtl)
        self.diagram.load(QByteArray(svg.encode("utf-8")))
        self.diagram.setFixedSize(self.diagram.renderer().defaultSize())
        total = sum(m.figures.claims for m in data.months)
        self.status.setText(_tr("%1 claims, %2 outlets named in their chains").replace("%1", f"{total:,}")
                            .replace("%2", str(len(data.outlets))))
        self.loaded.emit()

    def _fill_table(self, data: Dashboard) -> None:
        self.table.setHorizontalHeaderLabels([_tr("Outlet"), _tr("Claims"), _tr("Disputed or false"),
                                              _tr("Misattributed"), _tr("Anonymous source"), _tr("Reviewed")])
        self.table.setRowCount(len(data.outlets))
        for row, outlet in enumerate(data.outlets):
            f = outlet.figures
            cells = [outlet_names.shown(outlet.name), str(f.claims), f"{f.disputed_share:.0%} ({f.disputed_or_false})",
                     f"{f.misattribution_rate:.0%} ({f.misattributed})", f"{f.anonymous_share:.0%} ({f.anonymous})",
                     str(f.reviewed)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_outlets(self, data: Dashboard) -> None:
        kept = self.month_outlet.currentData()
        if self.month_outlet.count() > 1:
            return  # the list of outlets is made once, on the first load over every claim
        self.month_outlet.blockSignals(True)
        for outlet in data.outlets:
            self.month_outlet.addItem(outlet_names.shown(outlet.name), outlet.outlet_id)
        self.month_outlet.setCurrentIndex(max(0, self.month_outlet.findData(kept)))
        self.month_outlet.blockSignals(False)

    # --- exporting -----------------------------------------------------------------------------------------

    def current_chart(self) -> QWidget:
        return (self.bars, self.months, self.diagram)[self.tabs.currentIndex()]

    def save_png(self, path: str | Path) -> bool:
        """The chart on the current tab, as shown, as a PNG file."""
        return self.current_chart().grab().save(str(path), "PNG")

    def report_figures(self) -> tuple[ReportFigure, ...]:
        """The charts for the outlet report, drawn at a page's width whichever tab is on screen."""
        if self.data is None:
            return ()
        charts = ((_tr("Outlets: disputed or false, misattributed, anonymous"), self.bars,
                   self.bars.sizeHint().height()), (_tr("Month by month"), self.months, 420))
        return tuple(ReportFigure(caption, _png(chart.image(FIGURE_PX, height)), FIGURE_PX)
                     for caption, chart, height in charts)

    def save_png_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save chart as PNG"), str(Path.home() / "isnad-chart.png"),
                                              "PNG (*.png)")
        if path:
            self.status.setText((_tr("Saved %1") if self.save_png(path) else _tr("Could not save %1"))
                                .replace("%1", path))
