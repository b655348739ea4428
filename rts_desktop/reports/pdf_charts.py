"""Italian formatting of report values, and a report's charts as ReportLab vector graphics.

:func:`format_value` is the one formatter of the exports (PDF, CSV) and of the dashboard:
``1.234``, ``1.234,5``, ``12,5 %``, ``1.234,00 €``, ``25/11/2026``; ``plain=True`` drops the
thousands separator and the unit (the CSV's cells, whose header says the unit). Numbers are
rounded half up (``0,125`` → ``12,5 %``), as people round by hand.

The charts are printed on office black-and-white printers, so colour is never the only
signal: bars differ in grey level and hatching (repeated in the legend), lines in marker and
dash pattern (``documents.charts.SERIES_LOOK``), and every value is printed as a label
unless there are too many to read (the table under the chart has them all).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.graphics.widgetbase import Widget
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.validators import Auto, isColorOrNone, isNumber, isStringOrNone
from reportlab.pdfbase.pdfmetrics import stringWidth

from rts_desktop.documents import fonts
from rts_desktop.documents.charts import SERIES_LOOK
from rts_desktop.reports.table import Chart

# --- formatting ------------------------------------------------------------------------------

#: a chart's unit as the column kind of its values
UNIT_KIND = {"count": "int", "percent": "percent", "decimal": "decimal", "money": "money"}
_SWAP = str.maketrans({",": ".", ".": ","})


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            found = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            return None
        return found if found.is_finite() else None
    return None


def number_text(value: Decimal, places: int, *, grouping: bool = True) -> str:
    """``value`` rounded half up to ``places`` decimals, Italian separators ("1.234,5")."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0,0"
    text = f"{rounded:{',' if grouping else ''}.{places}f}"
    return text.translate(_SWAP)


def format_value(value: Any, kind: str, *, plain: bool = False) -> str:
    """``value`` of a column of ``kind`` written the Italian way; ``None`` is ``""``.

    ``int`` 1.234 (one decimal when the value is not whole), ``decimal`` 1.234,5,
    ``percent`` (a fraction) 12,5 %, ``money`` 1.234,00 €, ``date`` 25/11/2026, ``text`` as
    it is. ``plain``: no thousands separator and no "%"/"€" (1234,5 · 12,5 · 1234,00), for
    files read back by spreadsheets.
    """
    if value is None:
        return ""
    if isinstance(value, dt.date):  # a date is a date whatever the column says
        return f"{value:%d/%m/%Y}"
    if kind == "date":
        if isinstance(value, str):
            try:
                return f"{dt.date.fromisoformat(value[:10]):%d/%m/%Y}"
            except ValueError:
                return value
        return str(value)
    if kind not in ("int", "decimal", "percent", "money"):
        return str(value)
    number = _as_decimal(value)
    if number is None:
        return value if isinstance(value, str) else ""
    grouping = not plain
    if kind == "percent":
        text = number_text(number * 100, 1, grouping=grouping)
        return text if plain else f"{text} %"
    if kind == "money":
        text = number_text(number, 2, grouping=grouping)
        return text if plain else f"{text} €"
    if kind == "int" and number == number.to_integral_value():
        return number_text(number, 0, grouping=grouping)
    return number_text(number, 1, grouping=grouping)


def axis_text(value: float, unit: str) -> str:
    """A tick of a value axis: like :func:`format_value`, trailing zero decimals dropped."""
    number = _as_decimal(value)
    if number is None:
        return ""
    if unit == "percent":
        number, suffix = number * 100, " %"
    else:
        suffix = " €" if unit == "money" else ""
    text = number_text(number, 2)
    text = text.rstrip("0").rstrip(",") if "," in text else text
    return text + suffix


# --- the pieces --------------------------------------------------------------------------------

#: (fill, hatch colour, hatch pattern) per bar series: grey levels and hatching differ too
BAR_LOOK: tuple[tuple[colors.Color, colors.Color | None, str | None], ...] = (
    (colors.HexColor("#1f3a93"), None, None),
    (colors.HexColor("#f6d3ce"), colors.HexColor("#a93226"), "diagonal"),
    (colors.white, colors.HexColor("#1e8449"), "cross"),
    (colors.HexColor("#9aa5b1"), None, None),
    (colors.white, colors.HexColor("#7d3c98"), "horizontal"),
    (colors.HexColor("#d6eaf8"), colors.HexColor("#117a8b"), "backdiagonal"),
)
OUTLINE = colors.HexColor("#1a1a1a")
AXIS_GRID = colors.HexColor("#cccccc")
HATCH_STEP = 3.2  # points between hatch lines
LABEL_FONT_SIZE = 6.5
MAX_LABELLED_POINTS = 48  # more value labels than this would cover each other


class PatternBar(Widget):
    """A bar (or a legend swatch) filled with a colour and, optionally, a hatch pattern."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber),
        y=AttrMapValue(isNumber),
        width=AttrMapValue(isNumber),
        height=AttrMapValue(isNumber),
        fillColor=AttrMapValue(isColorOrNone),
        strokeColor=AttrMapValue(isColorOrNone),
        hatchColor=AttrMapValue(isColorOrNone),
        pattern=AttrMapValue(isStringOrNone),
    )

    def __init__(
        self,
        fillColor: colors.Color | None = None,
        hatchColor: colors.Color | None = None,
        pattern: str | None = None,
        strokeColor: colors.Color | None = OUTLINE,
    ) -> None:
        self.x = self.y = 0.0
        self.width = self.height = 10.0
        self.fillColor = fillColor
        self.hatchColor = hatchColor
        self.pattern = pattern
        self.strokeColor = strokeColor

    def draw(self) -> Group:
        x0, x1 = sorted((self.x, self.x + self.width))
        y0, y1 = sorted((self.y, self.y + self.height))
        group = Group()
        group.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=self.fillColor, strokeColor=None))
        for a, b, c, d in hatch_segments(x0, y0, x1, y1, self.pattern):
            group.add(Line(a, b, c, d, strokeColor=self.hatchColor, strokeWidth=0.6))
        group.add(
            Rect(
                x0,
                y0,
                x1 - x0,
                y1 - y0,
                fillColor=None,
                strokeColor=self.strokeColor,
                strokeWidth=0.5,
            )
        )
        return group


def hatch_segments(
    x0: float, y0: float, x1: float, y1: float, pattern: str | None, step: float = HATCH_STEP
) -> list[tuple[float, float, float, float]]:
    """The hatch lines of ``pattern`` clipped to the rectangle (x0, y0)–(x1, y1)."""
    w, h = x1 - x0, y1 - y0
    if not pattern or w <= 0 or h <= 0:
        return []
    lines: list[tuple[float, float, float, float]] = []
    if pattern in ("horizontal", "grid"):
        y = y0 + step / 2
        while y < y1:
            lines.append((x0, y, x1, y))
            y += step
    if pattern in ("diagonal", "backdiagonal", "cross"):
        # lines (x - x0) - (y - y0) = c for c in (-h, w); mirrored for the back diagonal
        c = -h + step / 2
        while c < w:
            a, b = max(0.0, c), min(w, c + h)
            segment = (a, a - c, b, b - c)
            if pattern in ("diagonal", "cross"):
                lines.append((x0 + segment[0], y0 + segment[1], x0 + segment[2], y0 + segment[3]))
            if pattern in ("backdiagonal", "cross"):
                lines.append((x1 - segment[0], y0 + segment[1], x1 - segment[2], y0 + segment[3]))
            c += step * 1.4
    return lines


def _fit(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _value_range(values: Sequence[float]) -> tuple[float, float]:
    low = min([0.0, *values])
    high = max([0.0, *values])
    if high == low:
        high = low + (1.0 if not values or max(values) <= 1 else abs(low))
    return low, high


def _categories(
    labels: Sequence[str], slot: float
) -> tuple[list[str], int, float, Callable[[int], bool]]:
    """Category labels that fit: (names, angle, height they need, which are shown)."""
    names = [_fit(label) for label in labels]
    widest = max((stringWidth(n, fonts.REGULAR, 7) for n in names), default=0)
    if widest + 4 <= slot:
        return names, 0, 10.0, lambda i: True
    # a slanted label needs about a line and a half of horizontal room: show every few
    every = max(1, math.ceil(12 / max(slot, 0.1)))
    angle = 45 if widest < 30 * mm else 60
    height = widest * math.sin(math.radians(angle)) + 8

    def shown(i: int) -> bool:
        return i % every == 0

    return [n if shown(i) else "" for i, n in enumerate(names)], angle, height, shown


def _legend(
    x: float,
    top: float,
    width: float,
    pairs: list[tuple[Any, str]],
    *,
    auto: Any = None,
) -> tuple[Legend, float]:
    """A legend of up to three entries a row, its top at ``top``; returns it and its height."""
    per_row = 3 if len(pairs) > 2 else max(1, len(pairs))
    rows = math.ceil(len(pairs) / per_row)
    legend = Legend()
    legend.x = x
    legend.y = top
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = rows
    legend.dx = 12 * mm if auto is not None else 7 * mm
    legend.dy = 3.2 * mm if auto is None else 3
    legend.dxTextSpace = 3
    legend.deltax = width / per_row
    legend.deltay = 4.5 * mm
    legend.strokeWidth = 0.5
    legend.strokeColor = OUTLINE
    legend.subCols.minWidth = 0
    if auto is not None:
        legend.swatchMarker = auto
    legend.colorNamePairs = [(p, _fit(name, 40)) for p, name in pairs]
    return legend, rows * 4.5 * mm


def _drawing(width: float, height: float) -> Drawing:
    fonts.register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # the renderer would otherwise set Helvetica
    drawing.initialFontSize = 8
    return drawing


def _left_room(low: float, high: float, unit: str) -> float:
    widest = max(stringWidth(axis_text(v, unit), fonts.REGULAR, 7) for v in (low, high))
    return max(12 * mm, widest + 5 * mm)


def _series_values(chart: Chart) -> list[list[float | None]]:
    n = len(chart.labels)
    return [
        [(None if v is None else float(v)) for v in (list(values) + [None] * n)[:n]]
        for _, values in chart.series
    ]


def report_chart(chart: Chart, width: float, height: float = 68 * mm) -> Drawing | None:
    """``chart`` drawn ``width`` wide, or None when it has nothing to show."""
    if not chart.labels or not chart.series:
        return None
    data = _series_values(chart)
    if all(v is None for row in data for v in row):
        return None
    if chart.kind == "line":
        return _line_chart(chart, data, width, height)
    return _bar_chart(chart, data, width, height)


def _bar_chart(
    chart: Chart, data: list[list[float | None]], width: float, height: float
) -> Drawing:
    kind = UNIT_KIND.get(chart.unit, "decimal")
    values = [v for row in data for v in row if v is not None]
    low, high = _value_range(values)
    drawing = _drawing(width, height)
    left = _left_room(low, high, chart.unit)
    plot_w = width - left - 4 * mm
    slot = plot_w / len(chart.labels)
    group_spacing = max(2.0, slot * 0.14)
    bar_spacing = 3.0 if len(chart.series) > 1 and slot > 40 else 0.5  # room between labels
    bar_w = (slot - group_spacing) / len(chart.series) - bar_spacing
    # hatching and outlines on hair-thin bars would make every series look black: then
    # plain fills (the hatch colour for the white ones), the legend drawn the same way
    thin = bar_w < 4
    pairs = [
        (
            PatternBar(hatch or fill, None, None, None)
            if thin
            else PatternBar(fill, hatch, pattern),
            name,
        )
        for (name, _), (fill, hatch, pattern) in zip(
            chart.series,
            (BAR_LOOK[i % len(BAR_LOOK)] for i in range(len(chart.series))),
            strict=True,
        )
    ]
    names, angle, label_h, _ = _categories(chart.labels, slot)
    legend, legend_h = _legend(left, 0, plot_w, pairs)
    legend.y = legend_h

    bars = VerticalBarChart()
    bars.x = left
    bars.y = legend_h + label_h + 3 * mm
    bars.width = plot_w
    bars.height = height - bars.y - 6 * mm
    bars.data = [tuple(row) for row in data]
    bars.groupSpacing = group_spacing
    bars.barSpacing = bar_spacing
    bars.strokeColor = None
    for i, (look, _) in enumerate(pairs):
        bars.bars[i].fillColor = look.fillColor
        bars.bars[i].strokeColor = look.strokeColor
        bars.bars[i].strokeWidth = 0.5
        if look.pattern:
            bars.bars[i].symbol = PatternBar(look.fillColor, look.hatchColor, look.pattern)

    axis = bars.categoryAxis
    axis.categoryNames = names
    axis.labels.fontName = fonts.REGULAR
    axis.labels.fontSize = 7
    axis.labels.angle = angle
    axis.labels.boxAnchor = "n" if angle == 0 else "ne"
    axis.labels.dy = -2
    axis.tickDown = 2
    axis.strokeColor = OUTLINE

    value_axis = bars.valueAxis
    value_axis.valueMin = low
    value_axis.valueMax = high * 1.12 if high > 0 else high
    value_axis.labelTextFormat = lambda v: axis_text(v, chart.unit)
    value_axis.labels.fontName = fonts.REGULAR
    value_axis.labels.fontSize = 7
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = AXIS_GRID
    value_axis.gridStrokeWidth = 0.4
    value_axis.strokeColor = OUTLINE
    value_axis.forceZero = 1
    if chart.unit == "count" and high - low <= 5:
        value_axis.valueStep = 1

    # value labels above the bars, the first way that fits the bar: as they are, a little
    # smaller, without the "€" (the axis says it), else upright
    def text_of(v: float | None, unit: bool = True) -> str:
        text = format_value(v, kind)
        return text if unit or kind != "money" else text.removesuffix(" €")

    tries = [(LABEL_FONT_SIZE, True), (6.0, True), (LABEL_FONT_SIZE, False), (6.0, False)]
    for size, unit in tries:
        widest = max(stringWidth(text_of(v, unit), fonts.REGULAR, size) for v in values)
        if widest <= bar_w + 1:
            upright = False
            break
    else:
        size, unit, upright = LABEL_FONT_SIZE, True, True
        widest = max(stringWidth(text_of(v), fonts.REGULAR, size) for v in values)
    if len(values) <= MAX_LABELLED_POINTS * 2 and bar_w >= size:
        bars.barLabelFormat = lambda v: text_of(v, unit)
        bars.barLabels.fontName = fonts.REGULAR
        bars.barLabels.fontSize = size
        bars.barLabels.fillColor = OUTLINE
        bars.barLabels.nudge = 3
        if upright:
            bars.barLabels.angle = 90
            bars.barLabels.boxAnchor = "w"
            span = value_axis.valueMax - low
            value_axis.valueMax = max(value_axis.valueMax, high + span * (widest + 6) / bars.height)
        else:
            bars.barLabels.boxAnchor = "s"
    if any(v is None for row in data for v in row):
        bars.naLabel = NA_Label()
        bars.naLabel.text = "n.d."  # a missing value is said, not drawn as a zero
        bars.naLabel.fontName = fonts.REGULAR
        bars.naLabel.fontSize = LABEL_FONT_SIZE
        bars.naLabel.fillColor = OUTLINE
        bars.naLabel.boxAnchor = "s"
        bars.naLabel.nudge = 3
    drawing.add(bars)
    drawing.add(legend)
    return drawing


def _line_chart(
    chart: Chart, data: list[list[float | None]], width: float, height: float
) -> Drawing:
    kind = UNIT_KIND.get(chart.unit, "decimal")
    values = [v for row in data for v in row if v is not None]
    low, high = _value_range(values)
    drawing = _drawing(width, height)
    n = len(chart.labels)
    left = _left_room(low, high, chart.unit)
    plot_w = width - left - 6 * mm
    slot = plot_w / n
    names, angle, label_h, shown = _categories(chart.labels, slot)

    plot = LinePlot()
    usable = [
        (i, [(x, v) for x, v in enumerate(row) if v is not None]) for i, row in enumerate(data)
    ]
    usable = [(i, points) for i, points in usable if points]
    plot.data = [points for _, points in usable]
    auto = Auto(obj=plot)
    pairs = [(SERIES_LOOK[i % len(SERIES_LOOK)][0], chart.series[i][0]) for i, _ in usable]
    legend, legend_h = _legend(left, 0, plot_w, pairs, auto=auto)
    legend.y = legend_h

    plot.x = left
    plot.y = legend_h + label_h + 3 * mm
    plot.width = plot_w
    plot.height = height - plot.y - 6 * mm
    for j, (i, _) in enumerate(usable):
        colour, marker, dash = SERIES_LOOK[i % len(SERIES_LOOK)]
        line = plot.lines[j]
        line.strokeColor = colour
        line.strokeWidth = 1.3
        line.strokeDashArray = dash
        line.symbol = makeMarker(marker, size=5, fillColor=colour, strokeColor=colour)

    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = -0.5, n - 0.5
    x_axis.valueSteps = [i for i in range(n) if shown(i)]
    x_axis.labelTextFormat = lambda v: names[round(v)] if 0 <= round(v) < n else ""
    x_axis.labels.fontName = fonts.REGULAR
    x_axis.labels.fontSize = 7
    x_axis.labels.angle = angle
    x_axis.labels.boxAnchor = "n" if angle == 0 else "ne"
    x_axis.labels.dy = -4
    x_axis.strokeColor = OUTLINE

    y_axis = plot.yValueAxis
    y_axis.valueMin = low
    y_axis.valueMax = high * 1.15 if high > 0 else high
    y_axis.labelTextFormat = lambda v: axis_text(v, chart.unit)
    y_axis.labels.fontName = fonts.REGULAR
    y_axis.labels.fontSize = 7
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = AXIS_GRID
    y_axis.gridStrokeWidth = 0.4
    y_axis.strokeColor = OUTLINE
    if chart.unit == "count" and high - low <= 5:
        y_axis.valueStep = 1

    # value labels above the points; when there are many, every few and the last one
    count = sum(len(points) for _, points in usable)
    stride = max(1, math.ceil(count / MAX_LABELLED_POINTS))
    widest = max(stringWidth(format_value(v, kind), fonts.REGULAR, LABEL_FONT_SIZE) for v in values)
    stride = max(stride, math.ceil((widest + 2) / max(slot, 0.1)))

    def label(lp: LinePlot, row: int, col: int, x: float, y: float) -> str:
        points = lp.data[row]
        if col % stride and col != len(points) - 1:
            return ""
        return format_value(points[col][1], kind)

    label.__labelFmtEX__ = True  # type: ignore[attr-defined]
    plot.lineLabelFormat = label
    plot.lineLabels.fontName = fonts.REGULAR
    plot.lineLabels.fontSize = LABEL_FONT_SIZE
    plot.lineLabels.fillColor = OUTLINE
    plot.lineLabels.boxAnchor = "s"
    plot.lineLabelNudge = 4
    drawing.add(plot)
    drawing.add(legend)
    return drawing
