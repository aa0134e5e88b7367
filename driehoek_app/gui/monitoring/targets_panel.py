"""Realisations against the Veiligheidsagenda targets of Noord-Holland: table and chart."""

from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.monitoring import (
    TargetProgress,
    delete_realisation,
    overview,
    series,
    set_realisation,
)
from driehoek_app.gui import dialogs, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.monitoring.chart import TargetChart, chart_summary
from driehoek_app.gui.monitoring.targets_model import (
    GOAL,
    INDICATOR,
    REALISED,
    NumberError,
    TargetsModel,
    parse_number,
)

if TYPE_CHECKING:  # core.pdf loads ReportLab
    from driehoek_app.core.pdf.charts import TargetChartData

ROW_PADDING = 8
GOAL_CHARS, INDICATOR_CHARS = 24, 50


class TargetsPanel(QWidget):
    """The year's targets with realised figures to type in, and a chart of the chosen one."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build table, chart and the text under the chart."""
        super().__init__(parent)
        self.db = db
        self.year = 0
        self.model = TargetsModel(self.store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Targets and realisations"))
        self.table.horizontalHeader().setAccessibleName(t("Columns of the list"))
        self.table.setToolTip(t("Type a realised figure in the column Realised (F2 or Enter)"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + ROW_PADDING
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.chart_title = QLabel()
        self.chart_title.setFont(theme.bold(self.chart_title.font()))
        self.chart_title.setWordWrap(True)
        self.chart = TargetChart()
        self.chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart, 1)
        column.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_chart())

    def show_year(self, year: int) -> None:
        """Show the targets of a year with their realisations (the chosen row stays)."""
        row = max(self.table.currentIndex().row(), 0)
        self.year = year
        self.model.set_rows(year, overview(self.db, year))
        self._fit()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), REALISED),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.horizontalScrollBar().setValue(0)
        self.show_chart()

    def _fit(self) -> None:
        """Size the columns to their contents; goal and indicator are capped (tooltips hold all)."""
        self.table.resizeColumnsToContents()
        header, chars = self.table.horizontalHeader(), self.fontMetrics().averageCharWidth()
        for column, cap in ((GOAL, GOAL_CHARS), (INDICATOR, INDICATOR_CHARS)):
            header.resizeSection(column, min(header.sectionSize(column), cap * chars))
        for column in range(self.model.columnCount() - 1):  # the last one fills the rest
            header.resizeSection(column, header.sectionSize(column) + 2 * chars)

    def current(self) -> TargetProgress | None:
        """Return the target of the chosen row."""
        return self.model.row_at(self.table.currentIndex().row())

    def chart_data(self) -> "TargetChartData | None":
        """Return what the chart shows for the chosen target (from its first year to this one)."""
        row = self.current()
        if row is None:
            return None
        from driehoek_app.core.pdf.charts import target_chart_data  # ReportLab: when shown

        points = series(self.db, row.key, last_year=self.year)
        return target_chart_data(row.key.label, row.key.measure, points)

    def show_chart(self) -> None:
        """Draw the chart of the chosen target and say in words what it shows."""
        data = self.chart_data()
        row = self.current()
        self.chart.set_data(data)
        self.chart_title.setText(f"{row.key.label} ({row.key.measure})" if row else "")
        self.summary.setText(chart_summary(data))

    def store(self, row: TargetProgress, figure: str | None, note: str) -> bool:
        """Save a typed realisation (empty: remove it) or note through core; reload after."""
        key = row.key
        try:
            value = row.realised if figure is None else parse_number(figure)
        except NumberError as error:
            dialogs.show_error(
                self,
                t("Realisation of {indicator}: {reason}.").format(
                    indicator=key.label, reason=error
                ),
            )
            return False
        if value is None and figure is None:
            dialogs.show_error(self, t("Type the realised figure first, then the note."))
            return False
        if value is None:
            saved = common.attempt(
                self, lambda: delete_realisation(self.db, key.indicator, self.year,
                                                 eenheid=key.eenheid, category=key.category)
            )  # fmt: skip
        else:
            saved = common.attempt(
                self, lambda: set_realisation(self.db, key.indicator, self.year, value,
                                              eenheid=key.eenheid, category=key.category,
                                              note=note)
            )  # fmt: skip
        if not common.ok(saved):
            return False
        QTimer.singleShot(0, lambda: self.show_year(self.year))
        return True
