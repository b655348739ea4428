"""Day and week views: a custom-painted hour grid with events side by side.

Every block shows the time, the area's text label and the title (colour is a second signal).
A block is dragged to another time or day (15-minute steps): ``move_requested`` carries the
occurrence and its new local start; the page checks conflicts and asks before moving.
Keyboard: Up/Down select the previous/next event, Enter opens it, Menu opens its actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.calendar.queries import OccurrenceDTO
from rts_desktop.services.deadlines import DeadlineMark
from rts_desktop.ui.calendar.dense import MIN_BLOCK_W, Aggregate, aggregate, paint_aggregate
from rts_desktop.ui.calendar.lanes import max_lanes, place
from rts_desktop.ui.calendar.style import DEADLINE_COLOR, area_style, local, weekday_short
from rts_desktop.ui.common.focus import paint_focus_frame

STEP_MIN = 15
ONE_SECOND = dt.timedelta(seconds=1)


class TimeGrid(QWidget):
    occurrence_selected = Signal(object)  # OccurrenceDTO | None
    open_requested = Signal(object)  # OccurrenceDTO
    context_requested = Signal(object, QPoint)  # OccurrenceDTO, global position
    move_requested = Signal(object, object)  # OccurrenceDTO, naive local datetime
    create_requested = Signal(object)  # naive local datetime
    aggregate_activated = Signal(object, int)  # dt.date, hour: open the agenda there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_grid")
        self.setAccessibleName(self.tr("Griglia oraria"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 420)
        self.first_hour, self.last_hour = 7, 21
        self.days: list[dt.date] = []
        self.occurrences: list[OccurrenceDTO] = []
        self.deadlines: list[DeadlineMark] = []
        self.places: dict[str, str] = {}
        self.today: dt.date | None = None
        self.blocks: list[tuple[QRectF, OccurrenceDTO]] = []
        self.aggregates: list[Aggregate] = []  # busy columns, summarised per hour
        self._walls: list[tuple[OccurrenceDTO, dt.datetime, dt.datetime]] = []
        self.selected: OccurrenceDTO | None = None
        self._press: tuple[OccurrenceDTO, QPointF, float] | None = None
        self._ghost: tuple[dt.datetime, OccurrenceDTO] | None = None

    # ---- data ---------------------------------------------------------------------------

    def set_data(
        self,
        days: Sequence[dt.date],
        occurrences: Sequence[OccurrenceDTO],
        deadlines: Sequence[DeadlineMark] = (),
        places: dict[str, str] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.days = list(days)
        self.occurrences = list(occurrences)
        self.deadlines = list(deadlines)
        self.places = places or {}
        self.today = today
        # wall times once per occurrence (not once per day column and paint)
        self._walls = [(o, local(o.start), local(o.end)) for o in self.occurrences]
        timed = [w for w in self._walls if not w[0].all_day]
        if timed:
            self.first_hour = min(7, min(s.hour for _o, s, _e in timed))
            self.last_hour = max(21, max(min(24, e.hour + 1) for _o, _s, e in timed))
        if self.selected and not any(self._same(self.selected, o) for o in self.occurrences):
            self.selected = None
        self._relayout()
        self.update()

    @staticmethod
    def _same(a: OccurrenceDTO, b: OccurrenceDTO) -> bool:
        return a.event_id == b.event_id and a.original_start == b.original_start

    # ---- geometry -----------------------------------------------------------------------

    GUTTER, HEADER, STRIP_ROW = 52.0, 30.0, 20.0

    def _strip_rows(self) -> int:
        """Rows of the all-day strip (computed once per layout: it sets every block's top)."""
        return getattr(self, "_strip_n", 0)

    def _count_strip_rows(self) -> int:
        all_day = [o for o in self.occurrences if o.all_day]
        per_day = [
            sum(1 for o in all_day if self._on(o, d)) + sum(1 for m in self.deadlines if m.day == d)
            for d in self.days
        ]
        return min(3, max(per_day, default=0))

    def _on(self, o: OccurrenceDTO, day: dt.date) -> bool:
        return local(o.start).date() <= day < local(o.end).date() or local(o.start).date() == day

    def _top(self) -> float:
        return self.HEADER + self._strip_rows() * self.STRIP_ROW + 4

    def _hour_h(self) -> float:
        hours = self.last_hour - self.first_hour
        return max(18.0, (self.height() - self._top() - 2) / max(1, hours))

    def _col_w(self) -> float:
        return (self.width() - self.GUTTER) / max(1, len(self.days))

    def _y(self, wall: dt.datetime) -> float:
        hours = wall.hour + wall.minute / 60 - self.first_hour
        hours = min(max(hours, 0), self.last_hour - self.first_hour)
        return self._top() + hours * self._hour_h()

    def _relayout(self) -> None:
        self._strip_n = self._count_strip_rows()
        self.blocks, self.aggregates = [], []
        col_w = self._col_w()
        shown = set(self.days)
        by_day: dict[dt.date, list[tuple[OccurrenceDTO, dt.datetime, dt.datetime]]] = {}
        for o, start, end in self._walls:  # each event into the days it covers
            if o.all_day:
                continue
            day, last = start.date(), (end - ONE_SECOND).date()
            if day == last:  # most events: within one day, nothing to clip
                if day in shown:
                    by_day.setdefault(day, []).append((o, start, end))
                continue
            while day <= last:
                if day in shown:
                    midnight = dt.datetime.combine(day, dt.time(0))
                    piece = (o, max(start, midnight), min(end, midnight + dt.timedelta(days=1)))
                    by_day.setdefault(day, []).append(piece)
                day += dt.timedelta(days=1)
        for index, day in enumerate(self.days):
            items = by_day.get(day, [])
            x0 = self.GUTTER + index * col_w
            if items and (col_w - 6) / max_lanes(items) < MIN_BLOCK_W:
                self.aggregates += aggregate(
                    day, items, x0, col_w, self.first_hour, self.last_hour, self._y
                )
                continue
            for p in place(items):
                w = (col_w - 6) / p.lanes
                top, bottom = self._y(p.start), self._y(p.end)
                if p.end.date() > p.start.date():
                    bottom = self._y(dt.datetime.combine(p.start.date(), dt.time(23, 59)))
                rect = QRectF(x0 + 2 + p.lane * w, top + 1, w - 2, max(bottom - top - 2, 16))
                self.blocks.append((rect, p.item))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._relayout()
        super().resizeEvent(event)

    def at(self, pos: QPointF) -> OccurrenceDTO | None:
        for rect, occ in reversed(self.blocks):
            if rect.contains(pos):
                return occ
        return None

    def wall_at(self, pos: QPointF) -> dt.datetime | None:
        """The local time under ``pos`` snapped to 15 minutes (None outside the grid)."""
        if pos.x() < self.GUTTER or pos.y() < self._top() or not self.days:
            return None
        index = min(len(self.days) - 1, int((pos.x() - self.GUTTER) // self._col_w()))
        minutes = (pos.y() - self._top()) / self._hour_h() * 60 + self.first_hour * 60
        minutes = int(round(minutes / STEP_MIN) * STEP_MIN)
        minutes = max(0, min(minutes, 24 * 60 - STEP_MIN))
        return dt.datetime.combine(self.days[index], dt.time(0)) + dt.timedelta(minutes=minutes)

    def aggregate_at(self, pos: QPointF) -> Aggregate | None:
        return next((a for a in self.aggregates if a.rect.contains(pos)), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            agg = self.aggregate_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if agg is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), agg.tooltip(), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def block_rect(self, occ: OccurrenceDTO) -> QRectF | None:
        return next((r for r, o in self.blocks if self._same(o, occ)), None)

    # ---- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        self._paint_frame(p)
        self._paint_strip(p)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
        for rect, occ in self.blocks:
            self._paint_block(p, rect, occ, small, self.selected is not None
                              and self._same(occ, self.selected))  # fmt: skip
        for agg in self.aggregates:
            paint_aggregate(p, agg, small)
        if self._ghost is not None:
            wall, occ = self._ghost
            duration = local(occ.end) - local(occ.start)
            index = self.days.index(wall.date()) if wall.date() in self.days else 0
            x = self.GUTTER + index * self._col_w()
            rect = QRectF(x + 2, self._y(wall), self._col_w() - 6,
                          max(self._y(wall + duration) - self._y(wall), 16))  # fmt: skip
            p.setPen(QPen(QColor("#1f5fa8"), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 4, 4)
            p.drawText(
                rect.adjusted(4, 2, -2, 0), Qt.AlignmentFlag.AlignLeft, wall.strftime("%H:%M")
            )
        paint_focus_frame(p, self)
        p.end()

    def _paint_frame(self, p: QPainter) -> None:
        col_w, top = self._col_w(), self._top()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(self.days):
            x = self.GUTTER + index * col_w
            if day == self.today:
                p.fillRect(QRectF(x, 0, col_w, self.height()), QColor("#f3f8fd"))
            p.setFont(bold if day == self.today else self.font())
            p.setPen(QColor("#1f5fa8") if day == self.today else QColor("#333333"))
            text = f"{weekday_short(day)} {day:%d/%m}"
            if day == self.today:
                # "oggi" in words as well as in colour, when the column has room for it
                longer = text + " · " + self.tr("oggi")
                if p.fontMetrics().horizontalAdvance(longer) <= col_w - 6:
                    text = longer
            p.drawText(QRectF(x, 0, col_w, self.HEADER), Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(QColor("#d0d4da"))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = top + (hour - self.first_hour) * self._hour_h()
            p.setPen(QColor("#e1e4e8"))
            p.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            if hour < self.last_hour:
                p.setPen(QColor("#666666"))
                p.drawText(QRectF(0, y - 2, self.GUTTER - 6, 18),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00")  # fmt: skip
        p.setPen(QColor("#c2c7ce"))
        p.drawLine(QPointF(0, self.HEADER), QPointF(self.width(), self.HEADER))

    def _paint_strip(self, p: QPainter) -> None:
        rows = self._strip_rows()
        if not rows:
            return
        col_w = self._col_w()
        p.setPen(QColor("#666666"))
        p.drawText(QRectF(0, self.HEADER, self.GUTTER - 6, self.STRIP_ROW),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("giorno"))  # fmt: skip
        for index, day in enumerate(self.days):
            x = self.GUTTER + index * col_w
            labels: list[tuple[str, QColor]] = [
                (f"{area_style(o.area).label}: {o.title}", area_style(o.area).fill)
                for o in self.occurrences if o.all_day and self._on(o, day)
            ]  # fmt: skip
            labels += [
                (self.tr("Scadenza – {kind} {code}").format(kind=text_of(m.kind_label),
                                                            code=m.case_code),
                 QColor(DEADLINE_COLOR))
                for m in self.deadlines if m.day == day
            ]  # fmt: skip
            shown = labels[:rows] if len(labels) <= rows else labels[: rows - 1]
            for n, (text, fill) in enumerate(shown):
                rect = QRectF(
                    x + 2, self.HEADER + 2 + n * self.STRIP_ROW, col_w - 4, self.STRIP_ROW - 3
                )
                p.fillRect(rect, fill)
                p.setPen(QColor("#222222"))
                p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                           p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 6)))  # fmt: skip
            if len(shown) < len(labels):
                rect = QRectF(
                    x + 2,
                    self.HEADER + 2 + len(shown) * self.STRIP_ROW,
                    col_w - 4,
                    self.STRIP_ROW - 3,
                )
                p.setPen(QColor("#555555"))
                p.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                           self.tr("+%n altri", "", len(labels) - len(shown)))  # fmt: skip

    def _paint_block(
        self, p: QPainter, rect: QRectF, occ: OccurrenceDTO, small: QFont, selected: bool
    ) -> None:
        style = area_style(occ.area)
        p.setBrush(style.fill)
        p.setPen(QPen(QColor("#1f5fa8") if selected else style.edge, 2.5 if selected else 1))
        p.drawRoundedRect(rect, 4, 4)
        p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), style.edge)
        mark = (" ↻" if occ.recurring else "") + (" ⇄" if occ.moved else "")
        first = f"{local(occ.start):%H:%M} {style.label}{mark}"
        lines = [first, occ.title]
        where = self.places.get(occ.apartment_id or "") or occ.place
        if where:
            lines.append(where)
        p.setFont(small)
        metrics = p.fontMetrics()
        inner = rect.adjusted(7, 2, -3, -2)
        line_h = metrics.height()
        fits = max(1, int(inner.height() // line_h))
        p.setPen(QColor("#1b1b1b"))
        for n, text in enumerate(lines[:fits]):
            font = QFont(small)
            font.setBold(n == 1)
            p.setFont(font)
            elided = p.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            p.drawText(QRectF(inner.left(), inner.top() + n * line_h, inner.width(), line_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip

    # ---- interaction --------------------------------------------------------------------

    def select(self, occ: OccurrenceDTO | None) -> None:
        self.selected = occ
        self.occurrence_selected.emit(occ)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        agg = self.aggregate_at(event.position())
        if agg is not None and event.button() == Qt.MouseButton.LeftButton:
            self.aggregate_activated.emit(agg.day, agg.hour)
            return
        occ = self.at(event.position())
        self.select(occ)
        if occ is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = self.block_rect(occ)
            offset = (event.position().y() - rect.top()) if rect else 0.0
            self._press = (occ, event.position(), offset)
        if occ is not None and event.button() == Qt.MouseButton.RightButton:
            self.context_requested.emit(occ, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        occ, origin, offset = self._press
        if (event.position() - origin).manhattanLength() < 6 and self._ghost is None:
            return
        wall = self.wall_at(QPointF(event.position().x(), event.position().y() - offset))
        if wall is not None:
            self._ghost = (wall, occ)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        ghost, self._ghost, self._press = self._ghost, None, None
        self.update()
        if ghost is not None:
            wall, occ = ghost
            if wall != local(occ.start):
                self.move_requested.emit(occ, wall)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.aggregate_at(event.position()) is not None:
            return  # the single click already opened the agenda
        occ = self.at(event.position())
        if occ is not None:
            self.open_requested.emit(occ)
            return
        wall = self.wall_at(event.position())
        if wall is not None:
            self.create_requested.emit(wall)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ordered = [o for _r, o in sorted(self.blocks, key=lambda b: (b[1].start, b[0].left()))]
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and ordered:
            current = next(
                (
                    n
                    for n, o in enumerate(ordered)
                    if self.selected and self._same(o, self.selected)
                ),
                -1,
            )
            step = 1 if key == Qt.Key.Key_Down else -1
            self.select(ordered[(current + step) % len(ordered)] if current >= 0 else ordered[0])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.open_requested.emit(self.selected)
        elif key == Qt.Key.Key_Menu and self.selected is not None:
            rect = self.block_rect(self.selected)
            point = rect.center().toPoint() if rect else QPoint(0, 0)
            self.context_requested.emit(self.selected, self.mapToGlobal(point))
        else:
            super().keyPressEvent(event)
