"""Charts for the Jaarrapportage (ReportLab graphics): target line and realised bars; attention.

Each chart has a pure data function (what is drawn: categories, values, axis; tested on its
own) and a drawing function that turns that data into a Drawing in the document's fonts and
colours. Missing values stay missing: no bar, no line point, never a false zero.
"""

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, PolyLine
from reportlab.lib.colors import Color, HexColor

from driehoek_app.core.attention import ThemeAttention
from driehoek_app.core.dutch import dutch_decimal
from driehoek_app.core.monitoring import SeriesPoint
from driehoek_app.core.pdf.fonts import REGULAR, register_fonts
from driehoek_app.core.pdf.styles import ACCENT_COLOR, MUTED_COLOR, RULE_COLOR, TEXT_COLOR

BAR_COLOR = HexColor("#8FA9C8")  # a light tint of the accent: realised figures
TARGET_COLOR = HexColor("#A4161A")  # the target line stands out from the bars
SERIES_COLORS = (ACCENT_COLOR, HexColor("#8FA9C8"), HexColor("#C9A227"), HexColor("#5B8C5A"))
FONT_SIZE = 7.5
LABEL_WRAP = 24


@dataclass(frozen=True)
class Axis:
    """A value axis from 0 to maximum in steps."""

    maximum: float
    step: float


@dataclass(frozen=True)
class TargetChartData:
    """What the target chart shows: per year the realised bar and the target point."""

    title: str
    measure: str
    categories: tuple[str, ...]
    realised: tuple[float | None, ...]
    target: tuple[float | None, ...]
    axis: Axis


@dataclass(frozen=True)
class AttentionChartData:
    """What the attention chart shows: per theme a group of bars, one per series."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    axis: Axis


def nice_axis(largest: float, ticks: int = 5) -> Axis:
    """Return an axis from 0 that holds largest with about `ticks` round steps (1, 2, 2.5, 5)."""
    if largest <= 0 or not math.isfinite(largest):
        return Axis(1.0 if ticks < 1 else float(ticks), 1.0)
    rough = largest / ticks
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(f * magnitude for f in (1, 2, 2.5, 5, 10) if f * magnitude >= rough)
    return Axis(step * math.ceil(largest / step - 1e-9), step)


def target_chart_data(title: str, measure: str, points: Sequence[SeriesPoint]) -> TargetChartData:
    """Return the data of a target chart from a monitoring series (one point per year)."""
    values = [v for p in points for v in (p.target, p.realised) if v is not None]
    return TargetChartData(
        title=title,
        measure=measure,
        categories=tuple(str(p.year) for p in points),
        realised=tuple(p.realised for p in points),
        target=tuple(p.target for p in points),
        axis=nice_axis(max(values, default=0.0)),
    )


def wrap_label(text: str, width: int = LABEL_WRAP) -> str:
    """Return a category label broken over lines of at most width characters."""
    return "\n".join(textwrap.wrap(text, width)) or text


ATTENTION_SERIES = (("Agendapunten", "items"), ("Besluiten", "decisions"), ("Acties", "actions"))


def attention_chart_data(rows: Sequence[ThemeAttention]) -> AttentionChartData:
    """Return the data of the attention chart: agendapunten, besluiten and acties per theme."""
    series = tuple(
        (name, tuple(int(getattr(row, attribute)) for row in rows))
        for name, attribute in ATTENTION_SERIES
    )
    largest = max((v for _, values in series for v in values), default=0)
    return AttentionChartData(
        categories=tuple(row.theme_title for row in rows),
        series=series,
        axis=nice_axis(largest),
    )


def number_text(value: float) -> str:
    """Return a figure the Dutch way: whole numbers without decimals, else one decimal."""
    return dutch_decimal(value, 0 if float(value).is_integer() else 1)


def _style_axis_labels(axis: object, color: Color = TEXT_COLOR) -> None:
    """Give an axis's labels the document font."""
    labels = axis.labels  # type: ignore[attr-defined]
    labels.fontName = REGULAR
    labels.fontSize = FONT_SIZE
    labels.fillColor = color


def _legend(drawing: Drawing, x: float, y: float, entries: Sequence[tuple[Color, str]]) -> None:
    """Add a one-row legend at (x, y)."""
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.dx = legend.dy = 7
    legend.boxAnchor = "nw"
    legend.strokeWidth = 0
    legend.colorNamePairs = list(entries)
    drawing.add(legend)


def target_chart(data: TargetChartData, width: float, height: float = 150) -> Drawing:
    """Draw realised bars and the target as a line with points, with a legend (no title)."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 42
    chart.data = [[v if v is not None else None for v in data.realised] or [None]]
    chart.categoryAxis.categoryNames = list(data.categories) or [""]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, data.axis.maximum
    chart.valueAxis.valueStep = data.axis.step
    chart.valueAxis.labelTextFormat = number_text
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE_COLOR
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED_COLOR
    chart.bars[0].fillColor = BAR_COLOR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: "" if v is None else number_text(v)
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, FONT_SIZE - 0.5
    chart.barLabels.boxTarget = "mid"
    _style_axis_labels(chart.categoryAxis)
    _style_axis_labels(chart.valueAxis, MUTED_COLOR)
    drawing.add(chart)
    _draw_target_line(drawing, chart, data)
    _legend(drawing, chart.x, 12, [(BAR_COLOR, "Realisatie"), (TARGET_COLOR, "Streefcijfer")])
    return drawing


def _draw_target_line(drawing: Drawing, chart: VerticalBarChart, data: TargetChartData) -> None:
    """Draw the target as line pieces between consecutive years that have one, with points."""
    count = max(len(data.target), 1)
    slot = chart.width / count

    def point(index: int, value: float) -> tuple[float, float]:
        """Return the drawing position of a target value in a category slot."""
        x = chart.x + slot * (index + 0.5)
        return x, chart.y + chart.height * value / data.axis.maximum

    run: list[float] = []
    for index, value in enumerate([*data.target, None]):
        if value is None:
            if len(run) >= 4:
                drawing.add(PolyLine(run, strokeColor=TARGET_COLOR, strokeWidth=1.4))
            run = []
            continue
        x, y = point(index, value)
        run.extend([x, y])
        drawing.add(Circle(x, y, 2.2, fillColor=TARGET_COLOR, strokeColor=TARGET_COLOR))


def attention_chart(data: AttentionChartData, width: float, height: float | None = None) -> Drawing:
    """Draw horizontal grouped bars: per theme its agendapunten, besluiten and acties."""
    register_fonts()
    groups = max(len(data.categories), 1)
    height = height or 46 + groups * 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 112
    chart.x, chart.y = label_width, 26
    chart.width, chart.height = width - label_width - 10, height - 36
    # The bar chart draws the first series lowest in a group: reverse, so the legend order
    # (agendapunten, besluiten, acties) reads from top to bottom.
    colours = [SERIES_COLORS[i % len(SERIES_COLORS)] for i in range(len(data.series))]
    chart.data = [list(values) for _, values in reversed(data.series)] or [[0]]
    chart.categoryAxis.categoryNames = [wrap_label(c) for c in data.categories] or [""]
    chart.categoryAxis.reverseDirection = True  # first theme on top
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, data.axis.maximum
    chart.valueAxis.valueStep = data.axis.step
    chart.valueAxis.labelTextFormat = number_text
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE_COLOR
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED_COLOR
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for index, colour in enumerate(reversed(colours)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = number_text
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, FONT_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _style_axis_labels(chart.categoryAxis)
    _style_axis_labels(chart.valueAxis, MUTED_COLOR)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    names = [name for name, _ in data.series]
    _legend(drawing, chart.x, 10, list(zip(colours, names, strict=True)))
    return drawing
