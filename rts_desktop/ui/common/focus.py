"""A visible focus for the widgets the application paints itself (grids, boards, charts):
a 2-pixel frame in the highlight colour while the widget has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget


def paint_focus_frame(painter: QPainter, widget: QWidget, rect: QRect | None = None) -> None:
    """Draw the frame on ``painter`` if ``widget`` has the focus (call it last in
    ``paintEvent``; Qt repaints a widget when it gains or loses the focus)."""
    if not widget.hasFocus():
        return
    painter.save()
    painter.resetTransform()
    painter.setClipping(False)
    painter.setPen(QPen(widget.palette().highlight().color(), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect or widget.rect()).adjusted(1, 1, -1, -1))
    painter.restore()
