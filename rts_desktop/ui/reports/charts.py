"""A small chart of a report (QPainter): bars or lines, with axis labels and values.

Colour is never the only signal: each series of bars has its own fill pattern and each line
its own marker and dash, and the legend repeats them. Values are written on the bars or next
to the points where they fit; the tooltip and the accessible description always give every
number (the report's tables hold them too).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rts_desktop.reports.table import Chart
from rts_desktop.ui.plans.chart import COLOURS, DASHES, MARKERS, draw_marker

#: fill patterns of the bar series, in order (the first is plain)
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
)
Formatter = Callable[[float], str]
MARGIN = 6


def nice_step(value: float) -> float:
    """The smallest of 1, 2, 2.5 or 5 times a power of ten not below ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(k * power for k in (1, 2, 2.5, 5, 10) if value <= k * power * (1 + 1e-9))


def axis(top: float, whole: bool) -> tuple[float, int]:
    """The axis' upper end and its number of steps (at most five round steps; whole numbers
    for counts)."""
    step = nice_step(top / 5)
    if whole:
        step = float(max(1, math.ceil(step)))
        step = 5.0 if step == 3 else step  # 2.5 rounded up: keep the steps round
    steps = max(1, math.ceil(top / step - 1e-9))
    return steps * step, steps


class ChartWidget(QWidget):
    """``ChartWidget(chart, fmt)``: ``fmt`` writes a value as the report does (Italian)."""

    def __init__(self, chart: Chart, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.fmt = fmt
        self.setObjectName("report_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(280, 230)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable: a screen reader reads it
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary().replace("; ", "\n"))
        self._hits: list[tuple[QRectF, str]] = []

    def sizeHint(self) -> QSize:
        return QSize(360, 230)

    def summary(self) -> str:
        """Every value in words: "gen: Ospiti 12, Posti 20; feb: …"."""
        parts = []
        for i, label in enumerate(self.chart.labels):
            values = ", ".join(
                f"{name} {self.fmt(values[i])}"
                if len(self.chart.series) > 1
                else self.fmt(values[i])
                for name, values in self.chart.series
                if i < len(values)
            )
            parts.append(f"{label}: {values}")
        return "; ".join(parts)

    # ---- geometry --------------------------------------------------------------------

    def _axis(self) -> tuple[float, int]:
        values = [v for _, vs in self.chart.series for v in vs if v is not None]
        return axis(max(values, default=0.0), self.chart.unit == "count")

    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        title_h = fm.height() + 4
        legend_h = fm.height() + 4 if len(self.chart.series) > 1 else 0
        axis_w = max(fm.horizontalAdvance(self.fmt(self._axis()[0])), fm.horizontalAdvance("0")) + 8
        label_h = fm.height() + 4
        return QRectF(
            MARGIN + axis_w,
            MARGIN + title_h + legend_h + fm.height(),  # room for the values over the top
            max(10.0, self.width() - 2 * MARGIN - axis_w),
            max(10.0, self.height() - 2 * MARGIN - title_h - legend_h - label_h - fm.height()),
        )

    # ---- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._hits = []
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().text().color())
        title = fm.elidedText(self.chart.title, Qt.TextElideMode.ElideRight, self.width() - 12)
        p.drawText(QPointF(MARGIN, MARGIN + fm.ascent()), title)
        p.setFont(self.font())
        self._legend(p, MARGIN + fm.height() + 4)
        plot = self._plot_rect()
        top, steps = self._axis()
        self._axes(p, plot, top, steps)
        if not self.chart.labels or not self.chart.series:
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Nessun dato"))
        elif self.chart.kind == "line":
            self._lines(p, plot, top)
        else:
            self._bars(p, plot, top)
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    def _legend(self, p: QPainter, y: float) -> None:
        if len(self.chart.series) < 2:
            return
        fm = self.fontMetrics()
        x = float(MARGIN)
        for i, (name, _) in enumerate(self.chart.series):
            colour = QColor(COLOURS[i % len(COLOURS)])
            box = QRectF(x, y + 2, 14, fm.height() - 4)
            if self.chart.kind == "line":
                p.setPen(QPen(colour, 2, DASHES[i % len(DASHES)]))
                mid = box.center().y()
                p.drawLine(QPointF(box.left(), mid), QPointF(box.right() + 6, mid))
                draw_marker(
                    p, MARKERS[i % len(MARKERS)], QPointF(box.center().x() + 3, mid), colour, 3.5
                )
                box.setWidth(20)
            else:
                self._tint(p, i, box)
                self._bar_brush(p, i)
                p.drawRect(box)
            p.setPen(self.palette().text().color())
            text_x = box.right() + 4
            p.drawText(QPointF(text_x, y + fm.ascent()), name)
            x = text_x + fm.horizontalAdvance(name) + 14

    def _axes(self, p: QPainter, plot: QRectF, top: float, steps: int) -> None:
        fm = self.fontMetrics()
        grid = QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DotLine)
        text = self.palette().text().color()
        for step in range(steps + 1):
            value = top * step / steps
            y = plot.bottom() - plot.height() * step / steps
            p.setPen(grid if step else QPen(text, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            label = self.fmt(value)
            p.drawText(
                QRectF(MARGIN, y - fm.height() / 2, plot.left() - MARGIN - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        p.setPen(QPen(text, 1))
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        slot = plot.width() / max(1, len(self.chart.labels))
        every = self._label_step(slot)
        for i, label in enumerate(self.chart.labels):
            if i % every:
                continue
            rect = QRectF(
                plot.left() + i * slot - slot * (every - 1) / 2,
                plot.bottom() + 2,
                slot * every,
                fm.height() + 2,
            )
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()))
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)

    def _label_step(self, slot: float) -> int:
        """Write every n-th label when they do not all fit (the tooltip has them all)."""
        widest = max(
            (self.fontMetrics().horizontalAdvance(t) for t in self.chart.labels), default=0
        )
        step = 1
        while slot * step < min(widest, 60) + 4 and step < len(self.chart.labels):
            step += 1
        return step

    def _bar_brush(self, p: QPainter, i: int) -> None:
        colour = QColor(COLOURS[i % len(COLOURS)])
        pattern = PATTERNS[i % len(PATTERNS)]
        p.setBrush(QBrush(colour, pattern))  # patterns go over a light tint (see _tint)
        p.setPen(QPen(colour.darker(130), 1))

    def _tint(self, p: QPainter, i: int, box: QRectF) -> None:
        if PATTERNS[i % len(PATTERNS)] != Qt.BrushStyle.SolidPattern:
            p.fillRect(box, QColor(COLOURS[i % len(COLOURS)]).lighter(185))

    def _y(self, plot: QRectF, top: float, value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(value, top)) / top

    def _bars(self, p: QPainter, plot: QRectF, top: float) -> None:
        fm = self.fontMetrics()
        n = len(self.chart.series)
        slot = plot.width() / len(self.chart.labels)
        width = max(2.0, slot * 0.8 / n)
        for i, label in enumerate(self.chart.labels):
            left = plot.left() + i * slot + slot * 0.1
            for s, (name, values) in enumerate(self.chart.series):
                if i >= len(values) or values[i] is None:
                    continue
                value = values[i]
                y = self._y(plot, top, value)
                bar = QRectF(left + s * width, y, width - 1, plot.bottom() - y)
                self._tint(p, s, bar)
                self._bar_brush(p, s)
                p.drawRect(bar)
                text = self.fmt(value)
                self._hits.append(
                    (bar.adjusted(0, -fm.height(), 0, 0), f"{label} – {name}: {text}")
                )
                self._value(p, text, bar, plot.top() - fm.height())

    def _value(self, p: QPainter, text: str, bar: QRectF, ceiling: float) -> None:
        """The value over its bar: level when it fits, upright when the bar is wide enough
        for a line of text; otherwise none (the tooltip and the table have it)."""
        fm = self.fontMetrics()
        p.setPen(self.palette().text().color())
        w = fm.horizontalAdvance(text)
        if w <= bar.width() + 1:
            p.drawText(QPointF(bar.center().x() - w / 2, bar.top() - 3), text)
            return
        inside = bar.height() >= w + 6
        if bar.width() < fm.height() - 1 or not (inside or bar.top() - w - 3 >= ceiling):
            return
        p.save()
        p.translate(bar.center().x() + fm.ascent() / 2 - 1, bar.top() + (w + 3 if inside else -3))
        p.rotate(-90)
        if inside:
            p.fillRect(QRectF(-1, -fm.ascent(), w + 2, fm.height()), QColor(255, 255, 255, 210))
        p.drawText(QPointF(0, 0), text)
        p.restore()

    def _lines(self, p: QPainter, plot: QRectF, top: float) -> None:
        fm = self.fontMetrics()
        slot = plot.width() / len(self.chart.labels)
        room = slot >= fm.horizontalAdvance(self.fmt(top)) + 4
        for s, (name, values) in enumerate(self.chart.series):
            colour = QColor(COLOURS[s % len(COLOURS)])
            points = [
                (i, QPointF(plot.left() + (i + 0.5) * slot, self._y(plot, top, v)))
                for i, v in enumerate(values[: len(self.chart.labels)])
                if v is not None
            ]
            p.setPen(QPen(colour, 2, DASHES[s % len(DASHES)]))
            for (_, a), (_, b) in itertools.pairwise(points):
                p.drawLine(a, b)
            for i, point in points:
                draw_marker(p, MARKERS[s % len(MARKERS)], point, colour)
                text = self.fmt(values[i])
                label = self.chart.labels[i]
                self._hits.append(
                    (QRectF(point.x() - 6, point.y() - 6, 12, 12), f"{label} – {name}: {text}")
                )
                if room and len(self.chart.series) <= 2:
                    p.setPen(self.palette().text().color())
                    w = fm.horizontalAdvance(text)
                    dy = -8 if s == 0 else fm.ascent() + 8
                    p.drawText(QPointF(point.x() - w / 2, point.y() + dy), text)

    # ---- tooltip ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            at = QPointF(event.pos())
            hit = next((text for rect, text in self._hits if rect.contains(at)), None)
            QToolTip.showText(event.globalPos(), hit or self.toolTip(), self)
            return True
        return super().event(event)
