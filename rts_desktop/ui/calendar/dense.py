"""Busy day columns: per-hour summary blocks ("N appuntamenti") instead of unreadable slivers.

When overlapping events would make blocks narrower than ``MIN_BLOCK_W`` pixels, the whole day
column switches to one block per hour that has events, with the count and the busiest areas
in words (colour is never the only signal); a tooltip lists the events, a click opens the
agenda at that hour.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from rts_desktop.kernel.i18n import translator
from rts_desktop.services.calendar.queries import OccurrenceDTO
from rts_desktop.ui.calendar.style import area_style

#: narrower blocks cannot show "time + area + title": the column is summarised per hour
MIN_BLOCK_W = 40.0
#: events listed in an aggregate's tooltip (the agenda lists them all)
TOOLTIP_ROWS = 12

FILL, EDGE = QColor("#eef2f7"), QColor("#5f6b7a")


_tr = translator("TimeGrid")


@dataclass(frozen=True)
class Aggregate:
    """The events of one day starting in one hour, drawn as a single block."""

    rect: QRectF
    day: dt.date
    hour: int
    items: tuple[tuple[OccurrenceDTO, dt.datetime, dt.datetime], ...]  # with wall times

    @cached_property
    def counts(self) -> list[tuple[str, int]]:
        """Areas and their number of events, busiest first."""
        return Counter(o.area for o, _s, _e in self.items).most_common()

    @property
    def label(self) -> str:
        return _tr("%n appuntamenti", n=len(self.items))

    @property
    def detail(self) -> str:
        """The busiest areas in words, e.g. "Colloquio 20 · Visita domiciliare 9"."""
        return " · ".join(f"{area_style(a).label} {n}" for a, n in self.counts[:3])

    def tooltip(self) -> str:
        lines = [f"{self.day:%d/%m/%Y} {self.hour:02d}:00 – {self.label}"]
        for o, start, end in self.items[:TOOLTIP_ROWS]:
            lines.append(f"{start:%H:%M}–{end:%H:%M} {area_style(o.area).label} · {o.title}")
        if len(self.items) > TOOLTIP_ROWS:
            more = len(self.items) - TOOLTIP_ROWS
            lines.append(_tr("+%n altri", n=more))
        lines.append(_tr("Clic: apri l'agenda a quest'ora"))
        return "\n".join(lines)


def aggregate(
    day: dt.date,
    items: Sequence[tuple[OccurrenceDTO, dt.datetime, dt.datetime]],
    x0: float,
    col_w: float,
    first_hour: int,
    last_hour: int,
    y: Callable[[dt.datetime], float],
) -> list[Aggregate]:
    """One block per hour row with events starting in it (wall times, clipped to the day)."""
    by_hour: dict[int, list[tuple[OccurrenceDTO, dt.datetime, dt.datetime]]] = {}
    for item in items:
        hour = min(max(item[1].hour, first_hour), last_hour - 1)
        by_hour.setdefault(hour, []).append(item)
    found = []
    for hour in sorted(by_hour):
        top = y(dt.datetime.combine(day, dt.time(hour)))
        bottom = y(dt.datetime.combine(day, dt.time(hour)) + dt.timedelta(hours=1))
        rect = QRectF(x0 + 2, top + 1, col_w - 6, max(bottom - top - 2, 16))
        rows = sorted(by_hour[hour], key=lambda i: (i[1], i[0].title))
        found.append(Aggregate(rect, day, hour, tuple(rows)))
    return found


def paint_aggregate(p: QPainter, agg: Aggregate, small: QFont) -> None:
    """A neutral block with the count in bold and the busiest areas in words below it."""
    rect = agg.rect
    p.setBrush(FILL)
    p.setPen(QPen(EDGE, 1))
    p.drawRoundedRect(rect, 4, 4)
    # a thin bar of the three busiest areas' colours, as named in the text (a second signal)
    x, total = rect.left() + 1, len(agg.items)
    p.fillRect(QRectF(x, rect.bottom() - 4, rect.width() - 2, 3), EDGE)
    for area, n in agg.counts[:3]:
        w = (rect.width() - 2) * n / total
        p.fillRect(QRectF(x, rect.bottom() - 4, w, 3), area_style(area).edge)
        x += w
    bold = QFont(small)
    bold.setBold(True)
    inner = rect.adjusted(6, 1, -4, -5)
    p.setPen(QColor("#1b1b1b"))
    p.setFont(bold)
    line_h = p.fontMetrics().height()
    elided = p.fontMetrics().elidedText(agg.label, Qt.TextElideMode.ElideRight, int(inner.width()))
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line_h),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
    if inner.height() >= 2 * line_h:
        p.setFont(small)
        detail = p.fontMetrics().elidedText(
            agg.detail, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        p.drawText(QRectF(inner.left(), inner.top() + line_h, inner.width(), line_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)  # fmt: skip
