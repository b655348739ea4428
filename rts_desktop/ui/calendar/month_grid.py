"""Month view: six weeks of days, each listing its events as "time + area label + title".

Click selects a day, double click (or Enter) opens it in the day view; arrows move the
selected day. Deadlines are listed first, marked "Scadenza". A day with more events than
its cell can show lists counts instead: "Scadenze: N", then "area: N" by the busiest areas,
with the day's total next to its number (text first; the area colour is a second signal).

The grid gets counts for every day and events only for the days that fit (``MonthData``);
when a resize makes room for days it has only counts of, it asks for them
(``detail_wanted``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.calendar.month import MonthData
from rts_desktop.services.calendar.queries import OccurrenceDTO
from rts_desktop.services.deadlines import DeadlineMark
from rts_desktop.ui.calendar.style import DEADLINE_COLOR, area_style, local, weekday_names
from rts_desktop.ui.common.focus import paint_focus_frame


class MonthGrid(QWidget):
    day_selected = Signal(object)  # dt.date
    day_activated = Signal(object)  # dt.date
    detail_wanted = Signal()  # a resize made room for days known only by their counts

    HEADER = 24.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_grid")
        self.setAccessibleName(self.tr("Mese"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 360)
        self.month = dt.date.today().replace(day=1)
        self.first = self.month
        self.selected: dt.date = self.month
        self.today: dt.date | None = None
        self._marks: dict[dt.date, list[DeadlineMark]] = {}
        self._events: dict[dt.date, list[tuple[dt.datetime, OccurrenceDTO]]] = {}
        self._data = MonthData({}, [], frozenset(), 0)
        self._asked = 0  # the detail limit last asked for (or loaded)

    def set_data(
        self,
        month: dt.date,
        data: MonthData,
        deadlines: Sequence[DeadlineMark] = (),
        selected: dt.date | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.month = month.replace(day=1)
        self.first = self.month - dt.timedelta(days=self.month.weekday())
        self.today = today
        self.selected = selected or self.month
        marks: dict[dt.date, list[DeadlineMark]] = defaultdict(list)
        for m in deadlines:
            marks[m.day].append(m)
        events: dict[dt.date, list[tuple[dt.datetime, OccurrenceDTO]]] = defaultdict(list)
        for o in data.occurrences:
            start = local(o.start)
            events[start.date()].append((start, o))
        # texts are made when painted, and only for days that show them one by one
        self._marks, self._events, self._data = dict(marks), dict(events), data
        self._asked = data.limit
        self.update()

    def room(self) -> int:
        """How many lines a day's cell has room for at the current size."""
        small_h = QFontMetrics(self._small_font()).height()
        cell_h = (self.height() - self.HEADER) / 6
        return max(0, int((cell_h - small_h - 6) // (small_h + 2)))

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
        return small

    def listable(self, day: dt.date, room: int) -> bool:
        """The day's items are loaded one by one and fit in its cell."""
        loaded = day in self._data.detailed or not self._data.day_total(day)
        return loaded and self.count(day) <= room

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.room()
        if room > self._asked and any(
            day not in self._data.detailed and self.count(day) <= room for day in self._data.counts
        ):
            self._asked = room
            self.detail_wanted.emit()

    def _more_text(self, hidden: int, listed: bool) -> str:
        """What a full day says of what does not fit: events, or areas when summarised."""
        if listed:
            return self.tr("+%n altri", "", hidden)
        return self.tr("+%n altre aree", "", hidden)

    def _lines(self, day: dt.date) -> list[tuple[str, QColor]]:
        """Every item of the day as "time area · title" (deadlines first)."""
        lines = [
            (
                self.tr("Scadenza: {kind} {code}").format(
                    kind=text_of(m.kind_label), code=m.case_code
                ),
                QColor(DEADLINE_COLOR),
            )
            for m in self._marks.get(day, [])
        ]
        for start, o in self._events.get(day, []):
            style = area_style(o.area)
            when = "" if o.all_day else f"{start:%H:%M} "
            lines.append((f"{when}{style.label} · {o.title}", style.fill))
        return lines

    @property
    def by_day(self) -> dict[dt.date, list[tuple[str, QColor]]]:
        days = set(self._marks) | set(self._events)
        return {day: self._lines(day) for day in sorted(days)}

    def count(self, day: dt.date) -> int:
        return len(self._marks.get(day, [])) + self._data.day_total(day)

    def summary(self, day: dt.date) -> list[tuple[str, QColor]]:
        """Counts for a day too busy to list: deadlines, then areas, busiest first."""
        lines = []
        if self._marks.get(day):
            text = self.tr("Scadenze: %1").replace("%1", str(len(self._marks[day])))
            lines.append((text, QColor(DEADLINE_COLOR)))
        for area, n in Counter(self._data.counts.get(day, {})).most_common():
            style = area_style(area)
            lines.append((f"{style.label}: {n}", style.fill))
        return lines

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range(42)]

    def _cell(self, index: int) -> QRectF:
        w = self.width() / 7
        h = (self.height() - self.HEADER) / 6
        return QRectF((index % 7) * w, self.HEADER + (index // 7) * h, w, h)

    def day_at(self, pos: QPointF) -> dt.date | None:
        if pos.y() < self.HEADER:
            return None
        col = int(pos.x() // (self.width() / 7))
        row = int((pos.y() - self.HEADER) // ((self.height() - self.HEADER) / 6))
        if 0 <= col < 7 and 0 <= row < 6:
            return self.first + dt.timedelta(days=row * 7 + col)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        w = self.width() / 7
        p.setPen(QColor("#555555"))
        for n, name in enumerate(weekday_names()):
            p.drawText(QRectF(n * w, 0, w, self.HEADER), Qt.AlignmentFlag.AlignCenter, name)
        small = self._small_font()
        bold = QFont(self.font())
        bold.setBold(True)
        room = self.room()
        for index, day in enumerate(self.days()):
            rect = self._cell(index)
            in_month = day.month == self.month.month
            fill = "#f3f8fd" if day == self.today else ("#ffffff" if in_month else "#f6f6f6")
            p.fillRect(rect, QColor(fill))
            p.setPen(QColor("#d6dae0"))
            p.drawRect(rect)
            if day == self.selected:
                p.setPen(QPen(QColor("#1f5fa8"), 2))
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setFont(bold if day == self.today else self.font())
            p.setPen(QColor("#1f5fa8") if day == self.today else
                     QColor("#222222" if in_month else "#999999"))  # fmt: skip
            p.drawText(rect.adjusted(5, 2, -5, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            p.setFont(small)
            metrics = p.fontMetrics()
            line_h = metrics.height() + 2
            top = rect.top() + metrics.height() + 6
            total = self.count(day)
            if self.listable(day, room):
                items = self._lines(day)
                listed = True
            else:  # too busy to list: counts by area, and the total beside the day number
                items = self.summary(day)
                listed = False
                p.setPen(QColor("#444444"))
                p.drawText(rect.adjusted(5, 2, -5, 0), Qt.AlignmentFlag.AlignRight,
                           self.tr("%1 in tutto").replace("%1", str(total)))  # fmt: skip
            shown = items if len(items) <= room else items[: max(0, room - 1)]
            for n, (text, color) in enumerate(shown):
                line = QRectF(rect.left() + 3, top + n * line_h, rect.width() - 6, line_h - 1)
                p.fillRect(
                    QRectF(line.left(), line.top() + 2, 5, line.height() - 4), color.darker(140)
                )
                p.fillRect(
                    QRectF(line.left() + 6, line.top(), line.width() - 6, line.height()), color
                )
                p.setPen(QColor("#1b1b1b"))
                p.drawText(line.adjusted(9, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                           metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(line.width() - 12)))  # fmt: skip
            if len(shown) < len(items):
                p.setPen(QColor("#444444"))
                y = top + len(shown) * line_h
                p.drawText(QRectF(rect.left() + 9, y, rect.width() - 12, line_h),
                           Qt.AlignmentFlag.AlignVCenter,
                           self._more_text(len(items) - len(shown), listed))  # fmt: skip
            p.setFont(self.font())
        paint_focus_frame(p, self)
        p.end()

    def select_day(self, day: dt.date) -> None:
        self.selected = day
        self.day_selected.emit(day)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.select_day(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps:
            day = self.selected + dt.timedelta(days=steps[Qt.Key(key)])
            if self.first <= day < self.first + dt.timedelta(days=42):
                self.select_day(day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)
