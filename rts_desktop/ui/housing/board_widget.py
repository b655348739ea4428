"""The occupancy board: a custom painted, virtualised timeline (rows = apartments and rooms).

Only the rows in the viewport are painted; the column span is the zoom period (a week, a
month, a quarter), so a 1,500-apartment board costs as much to paint as a 20-row one.
Mouse: click a bar to open its case, right-click for the stay's actions, drag over free days
of a room to plan a stay there. Keys: +/- zoom, Left/Right move, Home today, Tab through the
bars, Enter opens the selected bar's case, Menu for its actions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.housing.board import BoardStay
from rts_desktop.ui.common.focus import paint_focus_frame
from rts_desktop.ui.housing import board_paint as bp
from rts_desktop.ui.housing.board_rows import LANE_H, BoardLayout, BoardRow

ZOOMS: dict[str, int] = {"week": 7, "month": 35, "quarter": 91}
ZOOM_ORDER = ["week", "month", "quarter"]


class BoardWidget(QAbstractScrollArea):
    stay_clicked = Signal(str)
    stay_menu_requested = Signal(str, QPoint)
    #: apartment id, room id, first night, first free day
    slot_selected = Signal(str, str, object, object)
    period_changed = Signal()
    zoom_changed = Signal(str)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occupancy_board")
        self.setAccessibleName(self.tr("Tabellone occupazione"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.today = today
        self.zoom = "month"
        self.start = today - dt.timedelta(days=7)
        self.layout_: BoardLayout | None = None
        self.selected: str | None = None
        self._drag: tuple[int, dt.date, dt.date] | None = None
        self.painted_rows = 0
        self.verticalScrollBar().setSingleStep(LANE_H)

    # --- state -------------------------------------------------------------------------
    @property
    def days(self) -> int:
        return ZOOMS[self.zoom]

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days)

    def geometry_(self) -> bp.Geometry:
        return bp.Geometry(self.start, self.days, self.viewport().width())

    def set_layout(self, layout: BoardLayout | None) -> None:
        self.layout_ = layout
        if layout is not None and self.selected and self.selected not in layout.stay_rows:
            self.selected = None
        self._update_scroll()
        self.viewport().update()

    def set_period(self, start: dt.date, zoom: str | None = None) -> None:
        if zoom is not None and zoom != self.zoom:
            self.zoom = zoom
            self.zoom_changed.emit(zoom)
        self.start = start
        self.period_changed.emit()
        self.viewport().update()

    def step(self, sign: int, whole: bool = False) -> None:
        """Move by a day (week zoom) or a week; ``whole`` moves by the period."""
        days = self.days if whole else (1 if self.zoom == "week" else 7)
        self.set_period(self.start + dt.timedelta(days=sign * days))

    def go_today(self) -> None:
        lead = {"week": 1, "month": 7, "quarter": 14}[self.zoom]
        self.set_period(self.today - dt.timedelta(days=lead))

    def zoom_by(self, sign: int) -> None:
        index = ZOOM_ORDER.index(self.zoom) + sign
        if 0 <= index < len(ZOOM_ORDER):
            centre = self.start + dt.timedelta(days=self.days // 2)
            zoom = ZOOM_ORDER[index]
            self.set_period(centre - dt.timedelta(days=ZOOMS[zoom] // 2), zoom)

    def scroll_to_apartment(self, code: str) -> bool:
        if self.layout_ is None:
            return False
        index = self.layout_.find_apartment(code)
        if index is None:
            return False
        self.verticalScrollBar().setValue(self.layout_.rows[index].y)
        return True

    def _update_scroll(self) -> None:
        body = max(self.viewport().height() - bp.HEADER_H, 0)
        total = self.layout_.height if self.layout_ else 0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(total - body, 0))
        bar.setPageStep(max(body, 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll()

    # --- painting ----------------------------------------------------------------------
    def _visible(self) -> range:
        if self.layout_ is None:
            return range(0)
        top = self.verticalScrollBar().value()
        return self.layout_.visible(top, top + self.viewport().height() - bp.HEADER_H)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        g = self.geometry_()
        height = self.viewport().height()
        p.fillRect(self.viewport().rect(), bp.QColor("#ffffff"))
        offset = bp.HEADER_H - self.verticalScrollBar().value()
        rows = self._visible()
        self.painted_rows = len(rows)
        p.setClipRect(QRectF(0, bp.HEADER_H, g.width, height - bp.HEADER_H))
        bp.paint_columns(p, g, bp.HEADER_H, height)
        if self.layout_ is not None:
            for index in rows:
                self._paint_row(
                    p, g, self.layout_.rows[index], row_y=self.layout_.rows[index].y + offset
                )
            if not self.layout_.rows:
                p.setPen(bp.MUTED)
                p.drawText(
                    QRectF(bp.LABEL_W, bp.HEADER_H, g.width - bp.LABEL_W, 60),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("Nessun alloggio corrisponde al filtro."),
                )
        if self._drag is not None and self.layout_ is not None:
            row = self.layout_.rows[self._drag[0]]
            lo, hi = sorted(self._drag[1:])
            rect = QRectF(g.x(lo), row.y + offset, g.x(hi) + g.day_w - g.x(lo), row.height)
            p.fillRect(rect, bp.SELECTION)
        bp.paint_today(p, g, self.today, height)
        p.setClipping(False)
        bp.paint_header(p, g, self.today)
        bp.paint_today(p, g, self.today, bp.HEADER_H)
        paint_focus_frame(p, self, self.viewport().rect())
        p.end()

    def _paint_row(self, p: QPainter, g: bp.Geometry, row: BoardRow, row_y: float) -> None:
        if row.room is None:
            bp.paint_apartment_row(p, g, row, row_y)
        bp.paint_blocked(p, g, row, row_y)
        for stay, lane in row.bars:
            if stay.start < g.end and stay.end > g.start:
                bp.paint_bar(p, g, stay, lane, row_y, self.today, stay.id == self.selected)
        p.setPen(bp.GRID)
        p.drawLine(bp.LABEL_W, int(row_y + row.height - 1), g.width, int(row_y + row.height - 1))
        bp.paint_label(p, row, row_y)

    # --- hit testing -------------------------------------------------------------------
    def _row_at(self, pos: QPoint) -> tuple[int, BoardRow, float] | None:
        if self.layout_ is None or pos.y() < bp.HEADER_H:
            return None
        content_y = pos.y() - bp.HEADER_H + self.verticalScrollBar().value()
        index = self.layout_.row_index_at(content_y)
        if index is None:
            return None
        row = self.layout_.rows[index]
        return index, row, content_y - row.y

    def stay_at(self, pos: QPoint) -> BoardStay | None:
        hit = self._row_at(pos)
        day = self.geometry_().day_at(pos.x())
        if hit is None or day is None:
            return None
        _, row, dy = hit
        lane = int((dy - 2) // LANE_H)
        for stay, stay_lane in row.bars:
            if stay_lane == lane and stay.start <= day < stay.end:
                return stay
        return None

    def bar_center(self, stay_id: str) -> QPoint | None:
        """Where a person would click on a stay's bar (tests, keyboard menus)."""
        if self.layout_ is None or stay_id not in self.layout_.stay_rows:
            return None
        row = self.layout_.rows[self.layout_.stay_rows[stay_id]]
        stay, lane = next((s, ln) for s, ln in row.bars if s.id == stay_id)
        y = row.y + bp.HEADER_H - self.verticalScrollBar().value()
        rect = bp.bar_rect(self.geometry_(), stay, lane, y)
        return rect.center().toPoint()

    def slot_point(self, apartment_code: str, room_name: str, day: dt.date) -> QPoint | None:
        """The point of a room's row on ``day`` (tests, scripted demos)."""
        if self.layout_ is None:
            return None
        for row in self.layout_.rows:
            if row.apartment.code == apartment_code and row.room and row.room.name == room_name:
                y = row.y + bp.HEADER_H - self.verticalScrollBar().value() + row.height - 3
                return QPoint(int(self.geometry_().x(day) + self.geometry_().day_w / 2), int(y))
        return None

    def row_tooltip(self, pos: QPoint) -> str:
        """On an apartment's own row: its address and what it is today."""
        hit = self._row_at(pos)
        if hit is None or hit[1].room is not None or self.layout_ is None:
            return ""
        apartment = hit[1].apartment
        state = self.layout_.state_on(apartment, self.today)
        return f"<b>{apartment.code}</b> · {apartment.address}<br>" + self.tr("Oggi: %1").replace(
            "%1", text_of(state.label)
        )

    # --- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        stay = self.stay_at(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if stay is not None:
                self._select(stay.id)
                self.stay_menu_requested.emit(stay.id, event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if stay is not None:
            self._select(stay.id)
            self.stay_clicked.emit(stay.id)
            return
        hit = self._row_at(pos)
        day = self.geometry_().day_at(pos.x())
        if hit is not None and day is not None and hit[1].room is not None:
            self._drag = (hit[0], day, day)
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is not None:
            day = self.geometry_().day_at(max(pos.x(), bp.LABEL_W))
            if day is not None:
                self._drag = (self._drag[0], self._drag[1], min(day, self.end - dt.timedelta(1)))
                self.viewport().update()
            return
        stay = self.stay_at(pos)
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if stay else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.layout_ is None:
            return
        index, a, b = self._drag
        self._drag = None
        self.viewport().update()
        row = self.layout_.rows[index]
        lo, hi = sorted((a, b))
        assert row.room is not None
        self.slot_selected.emit(row.apartment.id, row.room.id, lo, hi + dt.timedelta(days=1))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            stay = self.stay_at(pos)
            text = bp.bar_tooltip(stay, self.today) if stay is not None else self.row_tooltip(pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # --- keyboard ----------------------------------------------------------------------
    def _select(self, stay_id: str | None) -> None:
        self.selected = stay_id
        if stay_id and self.layout_ is not None:
            row = self.layout_.rows[self.layout_.stay_rows[stay_id]]
            bar = self.verticalScrollBar()
            body = self.viewport().height() - bp.HEADER_H
            if row.y < bar.value() or row.y + row.height > bar.value() + body:
                bar.setValue(row.y - body // 3)
        self.viewport().update()

    def _cycle(self, sign: int) -> bool:
        if self.layout_ is None:
            return False
        g = self.geometry_()
        order = [
            sid
            for sid in self.layout_.stay_order(range(len(self.layout_.rows)))
            if (st := self.layout_.stay(sid)) is not None and st.start < g.end and st.end > g.start
        ]
        if not order:
            return False
        if self.selected in order:
            index = order.index(self.selected) + sign
        else:
            index = 0 if sign > 0 else len(order) - 1
        if not 0 <= index < len(order):
            return False
        self._select(order[index])
        return True

    def focusNextPrevChild(self, next_: bool) -> bool:
        if self.hasFocus() and self._cycle(1 if next_ else -1):
            return True
        return super().focusNextPrevChild(next_)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(-1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Left:
            self.step(-1, shift)
        elif key == Qt.Key.Key_Right:
            self.step(1, shift)
        elif key == Qt.Key.Key_Home:
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.stay_clicked.emit(self.selected)
        elif key == Qt.Key.Key_Menu and self.selected:
            point = self.bar_center(self.selected) or QPoint(bp.LABEL_W, bp.HEADER_H)
            self.stay_menu_requested.emit(self.selected, self.viewport().mapToGlobal(point))
        else:
            super().keyPressEvent(event)
