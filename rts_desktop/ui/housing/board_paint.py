"""Painting of the occupancy board: header, row labels, free places, status hatching, bars.

Only the rows and days handed in are painted (the widget passes the visible ones). Colour
is never the only signal: renovation is hatched and labelled, planned stays are dashed and
say "previsto", overdue stays say "scaduto", extensions are striped and say "prorogato".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.services.housing.board import BoardStay
from rts_desktop.ui.housing.board_rows import LANE_H, BoardRow

LABEL_W = 240
HEADER_H = 44
_tr = translator("board")

INK = QColor("#1f2933")
MUTED = QColor("#6b7280")
GRID = QColor("#e5e7eb")
WEEKEND = QColor("#f6f7f9")
APARTMENT_BG = QColor("#eef2f7")
CURRENT = QColor("#2f6db5")
PLANNED = QColor("#d6e4f5")
ENDED = QColor("#cfd4da")
OVERDUE = QColor("#c2410c")
FREE_BG = QColor("#dcf3e3")
FREE_INK = QColor("#166534")
TODAY = QColor("#d11f3c")
BLOCKED = QColor("#9ca3af")
SELECTION = QColor(47, 109, 181, 60)


@dataclass(frozen=True)
class Geometry:
    """Maps days to x: the timeline starts at LABEL_W and shows ``days`` days from ``start``."""

    start: dt.date
    days: int
    width: int

    @property
    def day_w(self) -> float:
        return max(self.width - LABEL_W, 1) / self.days

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days)

    def x(self, day: dt.date) -> float:
        return LABEL_W + (day - self.start).days * self.day_w

    def day_at(self, x: float) -> dt.date | None:
        if x < LABEL_W:
            return None
        return self.start + dt.timedelta(days=int((x - LABEL_W) // self.day_w))


def _fmt(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _short(day: dt.date) -> str:
    return f"{day:%d/%m}"


def month_label(metrics: QFontMetricsF, day: dt.date, room: float) -> str:
    """The month of ``day`` as long as it fits ``room``: "novembre 2026", "nov 2026", "nov",
    or nothing (a cut "novembre 202" next to the following month misleads)."""
    long = QLocale().standaloneMonthName(day.month)
    short = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    for text in (f"{long} {day.year}", f"{short} {day.year}", short):
        if metrics.horizontalAdvance(text) <= room:
            return text
    return ""


def paint_header(p: QPainter, g: Geometry, today: dt.date) -> None:
    """Month band and day (or week) numbers, in the program's language."""
    p.fillRect(QRectF(0, 0, g.width, HEADER_H), QColor("#ffffff"))
    p.setPen(INK)
    bold = QFont(p.font())
    bold.setBold(True)
    normal = QFont(p.font())
    day = g.start
    while day < g.end:  # month band
        month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        x0, x1 = g.x(day), g.x(min(month_end, g.end))
        p.setFont(bold)
        room = max(x1 - x0 - 6, 0)
        name = month_label(QFontMetricsF(bold), day, room)
        p.drawText(QRectF(x0 + 4, 2, room, 20), Qt.AlignmentFlag.AlignVCenter, name)
        p.setPen(GRID)
        p.drawLine(int(x0), 0, int(x0), HEADER_H)
        p.setPen(INK)
        day = month_end
    p.setFont(normal)
    weekly = g.day_w < 16
    for i in range(g.days):
        day = g.start + dt.timedelta(days=i)
        x = g.x(day)
        if weekly and day.weekday() != 0:
            continue
        width = g.day_w * (7 if weekly else 1)
        if g.day_w >= 60:
            text = (
                f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"
            )
        else:
            text = str(day.day)
        p.setPen(TODAY if day == today else MUTED)
        p.drawText(QRectF(x + 2, 22, width - 2, 20), Qt.AlignmentFlag.AlignVCenter, text)
    p.setPen(GRID)
    p.drawLine(0, HEADER_H - 1, g.width, HEADER_H - 1)
    p.setPen(INK)
    p.setFont(bold)
    p.drawText(
        QRectF(8, 22, LABEL_W - 8, 20), Qt.AlignmentFlag.AlignVCenter, _tr("Alloggio / stanza")
    )
    p.setFont(normal)


def paint_columns(p: QPainter, g: Geometry, top: int, bottom: int) -> None:
    """Weekend shading and day (or week) lines across the body."""
    for i in range(g.days):
        day = g.start + dt.timedelta(days=i)
        x = g.x(day)
        if day.weekday() >= 5 and g.day_w >= 6:
            p.fillRect(QRectF(x, top, g.day_w, bottom - top), WEEKEND)
        if g.day_w >= 16 or day.weekday() == 0:
            p.setPen(GRID)
            p.drawLine(int(x), top, int(x), bottom)


def paint_label(p: QPainter, row: BoardRow, y: float) -> None:
    """The fixed left column: apartment code and address, or room name and beds."""
    rect = QRectF(0, y, LABEL_W, row.height)
    if row.room is None:
        p.fillRect(rect, APARTMENT_BG)
        font = QFont(p.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(INK)
        text = f"{row.apartment.code} · {row.apartment.address}"
        elided = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, LABEL_W - 12)
        p.drawText(rect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        font.setBold(False)
        p.setFont(font)
    else:
        p.fillRect(rect, QColor("#ffffff"))
        p.setPen(INK)
        beds = row.room.beds
        text = _tr("{room} · %n letti", n=beds).format(room=row.room.name)
        p.drawText(QRectF(20, y, LABEL_W - 24, LANE_H), Qt.AlignmentFlag.AlignVCenter, text)
    p.setPen(GRID)
    p.drawLine(0, int(y + row.height - 1), LABEL_W, int(y + row.height - 1))
    p.drawLine(LABEL_W - 1, int(y), LABEL_W - 1, int(y + row.height))


def paint_apartment_row(p: QPainter, g: Geometry, row: BoardRow, y: float) -> None:
    """Free places per period (text, on green when some are free) on the apartment row."""
    p.fillRect(QRectF(LABEL_W, y, g.width - LABEL_W, row.height), APARTMENT_BG)
    for seg in row.free:
        x0, x1 = g.x(max(seg.start, g.start)), g.x(min(seg.end, g.end))
        rect = QRectF(x0, y + 3, x1 - x0, row.height - 6)
        if seg.free > 0:
            p.fillRect(rect, FREE_BG)
            p.setPen(FREE_INK)
            text = _tr("%n liberi", n=seg.free)
        else:
            p.setPen(MUTED)
            text = _tr("completo")
        if rect.width() > p.fontMetrics().horizontalAdvance(text) + 8:
            p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)


def paint_blocked(p: QPainter, g: Geometry, row: BoardRow, y: float) -> None:
    """Hatch the days the apartment cannot be lived in, with the status written once."""
    for period in row.apartment.periods:
        if period.habitable:
            continue
        start, end = max(period.start, g.start), min(period.end or g.end, g.end)
        if start >= end:
            continue
        rect = QRectF(g.x(start), y, g.x(end) - g.x(start), row.height)
        p.fillRect(rect, QBrush(BLOCKED, Qt.BrushStyle.BDiagPattern))
        if row.room is None:
            p.fillRect(rect.adjusted(0, 3, 0, -3), QColor(255, 255, 255, 200))
            p.setPen(INK)
            p.drawText(
                rect.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter,
                text_of(period.status_label).lower(),
            )


def bar_rect(g: Geometry, stay: BoardStay, lane: int, y: float) -> QRectF:
    x0 = g.x(max(stay.start, g.start))
    x1 = g.x(min(stay.end, g.end))
    return QRectF(x0 + 1, y + 2 + lane * LANE_H, max(x1 - x0 - 2, 2), LANE_H - 4)


def bar_text(stay: BoardStay, today: dt.date) -> str:
    text = stay.household
    if stay.is_overdue(today):
        text = _tr("{household} · scaduto il {date}")
        text = text.format(household=stay.household, date=_fmt(stay.planned_end))
    elif stay.is_open:
        text = _tr("{household} · fino al {date}")
        text = text.format(household=stay.household, date=_fmt(stay.planned_end))
    if stay.extensions:
        text = _tr("{text} (prorogato)").format(text=text)
    if stay.start > today:
        text = _tr("previsto: {text}").format(text=text)
    return text


def bar_tooltip(stay: BoardStay, today: dt.date) -> str:
    lines = [
        f"<b>{stay.household}</b> – {stay.case_code}",
        _tr("Dal {date}").format(date=_fmt(stay.start)),
        _tr("Fine prevista: {date}").format(date=_fmt(stay.planned_end)),
        _tr("Posti: {places}").format(places=stay.places),
    ]
    if stay.actual_end:
        lines.append(_tr("Uscita: {date}").format(date=_fmt(stay.actual_end)))
    if stay.extensions and stay.first_planned_end:
        lines.append(
            _tr("Proroghe: {count} (fine iniziale {date})").format(
                count=stay.extensions, date=_fmt(stay.first_planned_end)
            )
        )
    if stay.is_overdue(today):
        lines.append(_tr("<b>Fine prevista superata: prorogare o registrare l'uscita</b>"))
    return "<br>".join(lines)


def paint_bar(
    p: QPainter, g: Geometry, stay: BoardStay, lane: int, y: float, today: dt.date, selected: bool
) -> None:
    rect = bar_rect(g, stay, lane, y)
    future = stay.start > today
    ended = stay.actual_end is not None and stay.actual_end <= today
    fill = PLANNED if future else ENDED if ended else CURRENT
    ink = INK if future or ended else QColor("#ffffff")
    p.fillRect(rect, fill)
    if stay.first_planned_end and stay.first_planned_end < stay.end:  # the extended part
        x = g.x(max(stay.first_planned_end, g.start))
        if x < rect.right():
            ext = QRectF(x, rect.top(), rect.right() - x, rect.height())
            p.fillRect(ext, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.Dense6Pattern))
    pen = QPen(OVERDUE if stay.is_overdue(today) else fill.darker(140))
    pen.setWidth(2 if stay.is_overdue(today) or selected else 1)
    if future:
        pen.setStyle(Qt.PenStyle.DashLine)
    if selected:
        pen.setColor(INK)
    p.setPen(pen)
    p.drawRect(rect)
    if rect.width() > 24:
        p.setPen(ink)
        text = p.fontMetrics().elidedText(
            bar_text(stay, today), Qt.TextElideMode.ElideRight, int(rect.width() - 8)
        )
        p.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)


def paint_today(p: QPainter, g: Geometry, today: dt.date, bottom: int) -> None:
    if not g.start <= today < g.end:
        return
    x = g.x(today) + g.day_w / 2
    pen = QPen(TODAY)
    pen.setWidth(2)
    p.setPen(pen)
    p.drawLine(int(x), HEADER_H - 6, int(x), bottom)
