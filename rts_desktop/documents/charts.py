"""Assessment progress chart: one line per domain, score 1–5 over time.

Plans are printed on office black-and-white printers, so colour is never the only signal:
each domain also has its own marker shape and dash pattern, repeated in the legend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.textlabels import Label
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.validators import Auto

from rts_desktop.documents import fonts
from rts_desktop.documents.content import AssessmentSeries
from rts_desktop.kernel.i18n import text_of, translator

_ = translator("documents")

#: (colour, marker, dash pattern) per series; the colours also differ in grey level
SERIES_LOOK: tuple[tuple[colors.Color, str, tuple[float, ...] | None], ...] = (
    (colors.HexColor("#1f3a93"), "FilledCircle", None),
    (colors.HexColor("#c0392b"), "FilledSquare", (6, 2)),
    (colors.HexColor("#1e8449"), "FilledTriangle", (2, 2)),
    (colors.HexColor("#7d3c98"), "FilledDiamond", (8, 2, 2, 2)),
    (colors.HexColor("#b9770e"), "Circle", (4, 4)),
    (colors.HexColor("#117a8b"), "Square", (1, 2)),
    (colors.HexColor("#000000"), "Triangle", (10, 3)),
    (colors.HexColor("#6e2c00"), "Diamond", (3, 1, 1, 1)),
    (colors.HexColor("#566573"), "Cross", (6, 1, 1, 1, 1, 1)),
)


def _date_label(value: float) -> str:
    return dt.date.fromordinal(round(value)).strftime("%d/%m/%Y")


def progress_chart(
    series: Sequence[AssessmentSeries], width: float, height: float = 80 * mm
) -> Drawing:
    """A line chart of scores per domain; the caller checks there is at least one point."""
    fonts.register_fonts()
    usable = [s for s in series if s.points]
    dates = sorted({d for s in usable for d, _score in s.points})
    legend_rows = (len(usable) + 2) // 3
    legend_h = legend_rows * 4.5 * mm + 1 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # the renderer would otherwise set Helvetica
    drawing.initialFontSize = 8

    plot = LinePlot()
    plot.x = 14 * mm
    plot.y = legend_h + 9 * mm
    plot.width = width - plot.x - 6 * mm
    plot.height = height - plot.y - 4 * mm
    # equal scores of different domains would hide each other: shift each line a little
    # (at most ±0.15); the exact values are printed in the table under the chart
    step = 0.3 / max(1, len(usable) - 1)
    plot.data = [
        [
            (d.toordinal(), score + (i - (len(usable) - 1) / 2) * step)
            for d, score in sorted(s.points)
        ]
        for i, s in enumerate(usable)
    ]
    for i in range(len(usable)):
        colour, marker, dash = SERIES_LOOK[i % len(SERIES_LOOK)]
        line = plot.lines[i]
        line.strokeColor = colour
        line.strokeWidth = 1.3
        line.strokeDashArray = dash
        line.symbol = makeMarker(marker, size=5.5, fillColor=colour, strokeColor=colour)

    first, last = dates[0].toordinal(), dates[-1].toordinal()
    pad = max(3, (last - first) // 20)
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = first - pad, last + pad
    x_axis.valueSteps = [d.toordinal() for d in dates]
    x_axis.labelTextFormat = _date_label
    x_axis.labels.fontName = fonts.REGULAR
    x_axis.labels.fontSize = 7
    x_axis.labels.angle = 0 if len(dates) <= 6 else 30
    x_axis.labels.boxAnchor = "n" if len(dates) <= 6 else "ne"

    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = 0.6, 5.4, 1
    y_axis.valueSteps = [1, 2, 3, 4, 5]
    y_axis.labelTextFormat = "%d"
    y_axis.labels.fontName = fonts.REGULAR
    y_axis.labels.fontSize = 7.5
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = colors.HexColor("#cccccc")
    y_axis.gridStrokeWidth = 0.4
    drawing.add(plot)

    axis_title = Label()
    axis_title.setOrigin(4 * mm, plot.y + plot.height / 2)
    axis_title.angle = 90
    axis_title.fontName = fonts.REGULAR
    axis_title.fontSize = 7.5
    axis_title.setText(_("Punteggio (1–5)"))
    drawing.add(axis_title)

    legend = Legend()
    legend.x = plot.x
    legend.y = legend_h
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.dx = 14 * mm  # swatch long enough to show the dash pattern
    legend.dy = 3
    legend.dxTextSpace = 3
    legend.deltax = (width - plot.x) / 3
    legend.deltay = 4.5 * mm
    legend.strokeWidth = 0
    # Auto swatches let the plot draw each sample with its own line, dash and marker
    legend.swatchMarker = Auto(obj=plot)
    legend.colorNamePairs = [
        (SERIES_LOOK[i % len(SERIES_LOOK)][0], text_of(s.domain)) for i, s in enumerate(usable)
    ]
    drawing.add(legend)
    return drawing
