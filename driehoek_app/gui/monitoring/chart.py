"""A target chart drawn with QPainter: realised bars per year and the target as a line.

Colours come from the palette (bars in the highlight colour, the target line in the text
colour, dashed), so light and dark mode both read well. What the chart shows is also given
as text (summary()): the accessible description and the line under the chart.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t

if TYPE_CHECKING:  # core.pdf loads ReportLab
    from driehoek_app.core.pdf.charts import TargetChartData

MARGIN = 8
MARKER = 4
BAR_SHARE = 0.6  # of each year's slot


def number(value: float) -> str:
    """Return a figure the Dutch way: whole numbers without decimals ('58,5', '70')."""
    return formatting.amount(value)


def chart_summary(data: "TargetChartData | None") -> str:
    """Return what the chart shows, year by year, for screen readers and the line below it."""
    if data is None or not data.categories:
        return t("No targets or realisations to show.")
    parts = []
    for year, realised, target in zip(data.categories, data.realised, data.target, strict=True):
        if realised is None and target is None:
            continue
        target_text = number(target) if target is not None else t("none")
        realised_text = number(realised) if realised is not None else t("not entered")
        part = t("{year}: target {target}, realised {realised}").format(
            year=year, target=target_text, realised=realised_text
        )
        if realised is not None and target:
            part += f" ({formatting.decimal(100 * realised / target, 0)}%)"
        parts.append(part)
    return "; ".join(parts) + "."


class TargetChart(QWidget):
    """Realised bars and a target line for one indicator, one slot per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty; show data with set_data."""
        super().__init__(parent)
        self.data: TargetChartData | None = None
        self.setAccessibleName(t("Chart of the target and the realisations"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)

    def set_data(self, data: "TargetChartData | None") -> None:
        """Show a chart (None: nothing) and describe it for screen readers."""
        self.data = data
        name = data.title if data else ""
        self.setAccessibleName(
            t("Chart: {indicator}").format(indicator=name)
            if name
            else t("Chart of the target and the realisations")
        )
        self.setAccessibleDescription(chart_summary(data))
        self.setToolTip(chart_summary(data))
        self.update()

    def sizeHint(self) -> QSize:
        """Prefer a wide, low chart."""
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 30, line * 14)

    def _plot_area(self) -> QRectF:
        """Return the rectangle inside the axes."""
        metrics = self.fontMetrics()
        axis_width = metrics.horizontalAdvance(number(self.data.axis.maximum)) + MARGIN
        line = metrics.lineSpacing()
        return QRectF(
            MARGIN + axis_width, MARGIN + 2 * line,
            self.width() - 2 * MARGIN - axis_width, self.height() - 2 * MARGIN - 3 * line,
        )  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw axis, bars, target line, year labels and legend."""
        super().paintEvent(event)
        if self.data is None or not self.data.categories:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        plot = self._plot_area()
        self._draw_axis(painter, plot, text, palette.color(QPalette.ColorRole.Mid))
        self._draw_bars(painter, plot, palette.color(QPalette.ColorRole.Highlight), text)
        self._draw_target(painter, plot, text)
        self._draw_legend(painter, palette.color(QPalette.ColorRole.Highlight), text)
        painter.end()

    def _y(self, plot: QRectF, value: float) -> float:
        """Return the vertical position of a value."""
        return plot.bottom() - plot.height() * value / self.data.axis.maximum

    def _slot(self, plot: QRectF, index: int) -> QRectF:
        """Return the horizontal slot of a year."""
        width = plot.width() / len(self.data.categories)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def _draw_axis(self, painter: QPainter, plot: QRectF, text: QColor, grid: QColor) -> None:
        """Draw the horizontal grid lines with their values and the year labels."""
        axis, metrics = self.data.axis, self.fontMetrics()
        steps = round(axis.maximum / axis.step)
        for step in range(steps + 1):
            value = step * axis.step
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = number(value)
            x = plot.left() - MARGIN - metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
        for index, year in enumerate(self.data.categories):
            slot = self._slot(plot, index)
            box = QRectF(slot.left(), plot.bottom() + 2, slot.width(), metrics.lineSpacing())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, year)

    def _draw_bars(self, painter: QPainter, plot: QRectF, fill: QColor, text: QColor) -> None:
        """Draw a bar per year with a realisation; its value at the foot (above a low bar)."""
        line = self.fontMetrics().lineSpacing()
        inside = self.palette().color(QPalette.ColorRole.HighlightedText)
        for index, value in enumerate(self.data.realised):
            if value is None:
                continue
            slot = self._slot(plot, index)
            width = slot.width() * BAR_SHARE
            top = self._y(plot, value)
            bar = QRectF(slot.center().x() - width / 2, top, width, plot.bottom() - top)
            painter.fillRect(bar, fill)
            fits = bar.height() >= 1.5 * line
            painter.setPen(inside if fits else text)
            foot = plot.bottom() - line - 2
            label = QRectF(bar.left(), foot if fits else top - line, bar.width(), line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number(value))

    def _draw_target(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        """Draw the target as a dashed line with a marker per year (gaps where there is none)."""
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        previous: QPointF | None = None
        for index, value in enumerate(self.data.target):
            if value is None:
                previous = None
                continue
            point = QPointF(self._slot(plot, index).center().x(), self._y(plot, value))
            painter.setPen(pen)
            if previous is not None:
                painter.drawLine(previous, point)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour)
            painter.drawEllipse(point, MARKER, MARKER)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            previous = point

    def _draw_legend(self, painter: QPainter, fill: QColor, text: QColor) -> None:
        """Draw the legend above the plot: realised (bar), target (line)."""
        metrics = self.fontMetrics()
        size = metrics.ascent()
        x, y = float(MARGIN), float(MARGIN)
        painter.fillRect(QRectF(x, y, size, size), fill)
        painter.setPen(text)
        realised = t("realised")
        painter.drawText(QPointF(x + size + 4, y + size), realised)
        x += size + 4 + metrics.horizontalAdvance(realised) + 3 * size
        painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y + size / 2), QPointF(x + 2 * size, y + size / 2))
        painter.setPen(text)
        painter.drawText(QPointF(x + 2 * size + 4, y + size), t("target"))
