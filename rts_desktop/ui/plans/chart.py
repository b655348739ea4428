"""Progress chart of an autonomy assessment: one line per domain over time (QPainter).

Colour is never the only signal: each domain also has its own marker shape and dash
pattern, and the legend repeats both. Lines are nudged a little apart vertically so equal
scores stay visible; the exact numbers are in the comparison table beside the chart.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from rts_desktop.services.plans.assessments import Progress

COLOURS = (
    "#1f4e79",
    "#b03a2e",
    "#1e8449",
    "#7d3c98",
    "#b9770e",
    "#117a8b",
    "#34495e",
    "#a04000",
    "#5b2c6f",
)
MARKERS = (
    "circle",
    "square",
    "triangle",
    "diamond",
    "cross",
    "triangle_down",
    "plus",
    "square_open",
    "circle_open",
)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotDotLine,
    Qt.PenStyle.SolidLine,
)
NUDGE = 0.025  # score units between lines with the same value


def draw_marker(p: QPainter, kind: str, at: QPointF, colour: QColor, r: float = 4.5) -> None:
    """One marker shape; open shapes are drawn hollow (white inside)."""
    p.save()
    p.setPen(QPen(colour, 1.6))
    filled = not kind.endswith("_open") and kind not in ("cross", "plus")
    p.setBrush(colour if filled else QColor("white"))
    x, y = at.x(), at.y()
    if kind.startswith("circle"):
        p.drawEllipse(at, r, r)
    elif kind.startswith("square"):
        p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif kind == "triangle":
        p.drawPolygon(
            QPolygonF([QPointF(x, y - r - 1), QPointF(x + r, y + r), QPointF(x - r, y + r)])
        )
    elif kind == "triangle_down":
        p.drawPolygon(
            QPolygonF([QPointF(x, y + r + 1), QPointF(x + r, y - r), QPointF(x - r, y - r)])
        )
    elif kind == "diamond":
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r - 1),
                    QPointF(x + r + 1, y),
                    QPointF(x, y + r + 1),
                    QPointF(x - r - 1, y),
                ]
            )
        )
    elif kind == "cross":
        p.setPen(QPen(colour, 2.2))
        p.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
        p.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
    else:  # plus
        p.setPen(QPen(colour, 2.2))
        p.drawLine(QPointF(x - r, y), QPointF(x + r, y))
        p.drawLine(QPointF(x, y - r), QPointF(x, y + r))
    p.restore()


class ProgressChart(QWidget):
    """Scores per domain over time, with axis, dates, a legend and an empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart")
        self.setAccessibleName(self.tr("Grafico dell'andamento per ambito"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.progress: Progress | None = None
        self.scale_labels: tuple[str, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 260)

    def set_progress(self, progress: Progress | None, scale_labels: tuple[str, ...] = ()) -> None:
        self.progress = progress
        self.scale_labels = scale_labels
        lines = len(progress.series) if progress else 0
        self.setAccessibleDescription(
            self.tr("%1, %2")
            .replace("%1", self.tr("%n ambiti", "", lines))
            .replace("%2", self.tr("%n valutazioni", "", len(progress.dates) if progress else 0))
        )
        self.update()

    # --- geometry ------------------------------------------------------------------------
    def _legend_rows(self, width: float) -> int:
        n = len(self.progress.series) if self.progress else 0
        return (n + self._legend_columns(width) - 1) // max(1, self._legend_columns(width))

    @staticmethod
    def _legend_columns(width: float) -> int:
        return max(1, int(width // 190))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        progress = self.progress
        if progress is None or not progress.series:
            p.setPen(QColor("#666"))
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Nessuna valutazione registrata per questa persona."),
            )
            return
        fm = p.fontMetrics()
        line_h = fm.height() + 6
        legend_h = self._legend_rows(self.width() - 20) * line_h + 8
        plot = QRectF(44, 14, self.width() - 64, self.height() - 14 - 30 - legend_h)
        lo, hi = progress.min_score, progress.max_score
        dates = sorted({pt.date for s in progress.series for pt in s.points})
        first, last = dates[0], dates[-1]
        span = max(1, (last - first).days)

        def x_of(day: dt.date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + 12 + (plot.width() - 24) * (day - first).days / span

        def y_of(score: float) -> float:
            return plot.bottom() - (score - lo + 0.3) / (hi - lo + 0.6) * plot.height()

        # grid and axis
        p.setPen(QPen(QColor("#d0d4d9"), 1))
        for score in range(lo, hi + 1):
            p.drawLine(QPointF(plot.left(), y_of(score)), QPointF(plot.right(), y_of(score)))
            p.save()
            p.setPen(QColor("#333"))
            p.drawText(
                QRectF(0, y_of(score) - 9, 36, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
            p.restore()
        p.setPen(QPen(QColor("#888"), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        small = QFont(p.font())
        small.setPointSizeF(max(7.0, p.font().pointSizeF() - 1))
        p.setFont(small)
        last_right = -1e9
        for day in dates:
            text = day.strftime("%d/%m/%Y")
            w = p.fontMetrics().horizontalAdvance(text)
            cx = x_of(day)
            p.drawLine(QPointF(cx, plot.bottom()), QPointF(cx, plot.bottom() + 4))
            if cx - w / 2 > last_right + 6:
                p.drawText(
                    QRectF(cx - w / 2 - 2, plot.bottom() + 6, w + 4, 18),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
                last_right = cx + w / 2
        # lines
        count = len(progress.series)
        for index, series in enumerate(progress.series):
            colour = QColor(COLOURS[index % len(COLOURS)])
            nudge = (index - (count - 1) / 2) * NUDGE
            points = [QPointF(x_of(pt.date), y_of(pt.score + nudge)) for pt in series.points]
            path = QPainterPath(points[0])
            for pt in points[1:]:
                path.lineTo(pt)
            p.setPen(QPen(colour, 2, DASHES[index % len(DASHES)]))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            for pt in points:
                draw_marker(p, MARKERS[index % len(MARKERS)], pt, colour)
        # legend
        p.setFont(self.font())
        columns = self._legend_columns(self.width() - 20)
        col_w = (self.width() - 20) / columns
        top = self.height() - legend_h + 4
        for index, series in enumerate(progress.series):
            colour = QColor(COLOURS[index % len(COLOURS)])
            row, col = divmod(index, columns)
            x = 10 + col * col_w
            y = top + row * line_h + line_h / 2
            p.setPen(QPen(colour, 2, DASHES[index % len(DASHES)]))
            p.drawLine(QPointF(x, y), QPointF(x + 28, y))
            draw_marker(p, MARKERS[index % len(MARKERS)], QPointF(x + 14, y), colour)
            p.setPen(QColor("#222"))
            p.drawText(
                QRectF(x + 34, y - line_h / 2, col_w - 38, line_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(series.label, Qt.TextElideMode.ElideRight, int(col_w - 40)),
            )
        p.end()
