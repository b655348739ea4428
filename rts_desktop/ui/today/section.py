"""One section of the Oggi page: a heading with its count, its lines or a plain "nothing".

The list is as tall as its lines (up to ``MAX_ROWS``, then it scrolls), so the page scrolls
as a whole; a line opens with a double click or Enter (``opened`` gives its item).

A coordinator's day on a large service has hundreds of lines in a section: the first
``FIRST_LINES`` are made and shown at once, the rest in batches a few milliseconds apart,
after the page is painted (the heading already counts them all).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.ui.today.lines import Line

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS = 8
#: lines made at once (the ``MAX_ROWS`` in view and a few more: on a coordinator's day the
#: page's first paint waited for 280 lines when this was 40); the rest follow ``BATCH`` at a
#: time, ``BATCH_DELAY_MS`` apart (so the page is painted and answers clicks first; a batch
#: takes ~20 ms on a coordinator's day, so the event loop gets more than that between two)
FIRST_LINES = 12
BATCH = 200
BATCH_DELAY_MS = 30
URGENT = QColor("#b00020")
PAST = QColor("#6b6b6b")


class Section(QFrame):
    #: the item of the line activated (double click, Enter)
    opened = Signal(object)

    def __init__(self, key: str, title: str, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.title, self.lines_shown = key, title, 0
        #: what is still to be added to the list, and how each becomes a line
        self._rest: Sequence[Any] = ()
        self._make: Callable[[Any], Line] = _same
        self._keep_row = -1
        self.setObjectName(f"today_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.heading = QLabel(title)
        self.heading.setObjectName(f"today_{key}_title")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName(f"today_{key}_list")
        self.list.setAccessibleName(title)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"today_{key}_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        self.heading.setBuddy(self.list)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.set_lines([])

    def set_lines(self, lines: Sequence[Line], count: str | None = None) -> None:
        """Show ``lines``; the heading counts them, or says ``count`` when given."""
        self.show_items(lines, _same, count)

    def show_items(
        self, items: Sequence[Any], make: Callable[[Any], Line], count: str | None = None
    ) -> None:
        """Show a line ``make(item)`` for each item; the first ``FIRST_LINES`` now."""
        current = self.list.currentRow()
        self.list.clear()
        self._rest, self._make = items[FIRST_LINES:], make
        self._add(items[:FIRST_LINES])
        self.lines_shown = len(items)
        self.heading.setText(f"{self.title} ({count or len(items)})" if items else self.title)
        self.list.setAccessibleDescription(
            self.tr("%1 voci; Invio per aprire").replace("%1", str(len(items)))
        )
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        # a reload keeps the place of whoever is reading the list
        self._keep_row = min(current, len(items) - 1)
        self._restore_row()
        if items:
            self._fit()
        if self._rest:
            QTimer.singleShot(BATCH_DELAY_MS, self, self._more)

    def _add(self, items: Sequence[Any]) -> None:
        for entry in items:
            line = self._make(entry)
            item = QListWidgetItem(line.text)
            item.setToolTip(line.tooltip)
            item.setData(ITEM_ROLE, line.item)
            if line.urgent:
                item.setForeground(QBrush(URGENT))
            elif line.past:
                item.setForeground(QBrush(PAST))
            self.list.addItem(item)

    def _more(self) -> None:
        batch, self._rest = self._rest[:BATCH], self._rest[BATCH:]
        self._add(batch)
        self._restore_row()
        if self._rest:
            QTimer.singleShot(BATCH_DELAY_MS, self, self._more)

    def _restore_row(self) -> None:
        if 0 <= self._keep_row < self.list.count():
            self.list.setCurrentRow(self._keep_row)
            self._keep_row = -1

    def complete(self) -> None:
        """Add every line still to come now (a test, or before reading the whole list)."""
        if self._rest:
            batch, self._rest = self._rest, ()
            self._add(batch)
            self._restore_row()

    def _fit(self) -> None:
        """As tall as its lines, up to ``MAX_ROWS``."""
        rows = min(self.list.count(), MAX_ROWS)
        row = self.list.sizeHintForRow(0)
        if row <= 0:  # not laid out yet
            row = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(row * rows + 2 * self.list.frameWidth())

    def item_at(self, row: int) -> object:
        item = self.list.item(row)
        return None if item is None else item.data(ITEM_ROLE)

    def _activated(self, item: QListWidgetItem) -> None:
        self.opened.emit(item.data(ITEM_ROLE))


def _same(line: Line) -> Line:
    return line
