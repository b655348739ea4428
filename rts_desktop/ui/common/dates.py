"""The one date field of the application: typed or picked, dd/mm/yyyy, optionally empty.

``DateEdit`` is a line edit: type ``25/11/2026``, ``25112026``, ``25/11/26``, ``25-11-2026``
or ``25.11.2026`` (two-digit years are of this century unless that would be more than 20
years ahead: birth dates), or open the calendar with its button, Alt+Down or F4. Up/Down
move by a day, PageUp/PageDown by a month. An optional field can stay empty (its clear
button empties it) and its calendar opens on today, not on some far-off first date.

Text that is not a date is never turned into one: the field gets a red border and says
why, and ``value()`` raises a ``ValidationError`` naming the field (``field``, else the object
name), which the forms show like any other refused value (``shows_date_errors`` does it for
a save slot).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.i18n import translator
from rts_desktop.ui.common.field_errors import show_error

DISPLAY = "%d/%m/%Y"
#: a two-digit year further ahead than this is of the last century (a birth year)
TWO_DIGIT_YEARS_AHEAD = 20
_SEPARATORS = re.compile(r"\s*[/.\-\s]\s*")
INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"
W = TypeVar("W", bound=QWidget)


_tr = translator("DateEdit")


def format_day(value: dt.date | None) -> str:
    """dd/mm/yyyy, or "" for no date."""
    return value.strftime(DISPLAY) if value else ""


def _year(digits: str, today: dt.date) -> int:
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year - 100 if year > today.year + TWO_DIGIT_YEARS_AHEAD else year


def parse_day(text: str, field: str = "date", today: dt.date | None = None) -> dt.date | None:
    """The day written in ``text`` (None when empty); a ValidationError names ``field``.

    Accepts day, month, year separated by / - . or spaces (one- or two-digit day and
    month, two- or four-digit year), the same as 8 or 6 digits (25112026, 251126), and
    the ISO form 2026-11-25."""
    cleaned = text.strip()
    if not cleaned:
        return None
    today = today or dt.date.today()
    if cleaned.isdigit() and len(cleaned) in (6, 8):
        parts = [cleaned[:2], cleaned[2:4], cleaned[4:]]
    else:
        parts = _SEPARATORS.split(cleaned)
        if len(parts) == 3 and len(parts[0]) == 4:  # ISO: year first
            parts.reverse()
    if (
        len(parts) != 3
        or not all(p.isdigit() for p in parts)
        or not (1 <= len(parts[0]) <= 2 and 1 <= len(parts[1]) <= 2 and len(parts[2]) in (2, 4))
    ):
        raise ValidationError(
            field,
            N_("Data non leggibile: «{text}». Scrivi gg/mm/aaaa, per esempio 25/11/2026.").format(
                text=cleaned[:20]
            ),
        )
    day, month, year = int(parts[0]), int(parts[1]), _year(parts[2], today)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            N_("La data {day:02d}/{month:02d}/{year} non esiste.").format(
                day=day, month=month, year=year
            ),
        ) from None


@functools.cache
def _calendar_icon(size: int = 16) -> QIcon:
    """A small calendar sheet, drawn (the application ships no icon files)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    ink = QColor("#455a64")
    painter.setPen(ink)
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(1, 2, size - 2, 4, ink)
    for row in range(2):
        for col in range(3):
            painter.fillRect(4 + col * 3, 8 + row * 3, 2, 2, ink)
    painter.end()
    return QIcon(pixmap)


class _Popup(QFrame):
    """The calendar under the field; a click or Enter picks, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)


class DateEdit(QLineEdit):
    """A day typed or picked. ``value()`` is a ``datetime.date`` (None when an optional
    field is empty); ``valueChanged`` tells a new value once entered (Enter, leaving the
    field, a pick in the calendar, ``set_value``). ``name`` is the object name, ``field``
    the service field its errors are shown under (by default the object name)."""

    valueChanged = Signal(object)  # dt.date | None

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        optional: bool = False,
        name: str = "",
        field: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self._field = field
        self.optional = optional
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self._committed: dt.date | None = None
        self._tip: str | None = None  # the tooltip while a problem is shown instead
        self.setPlaceholderText(_tr("gg/mm/aaaa"))
        self.setClearButtonEnabled(optional)
        self.setToolTip(self._hint())
        self.open_action = QAction(_calendar_icon(), _tr("Apri il calendario"), self)
        self.open_action.setObjectName("open_calendar")
        self.open_action.triggered.connect(self.open_calendar)
        self.addAction(self.open_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: _Popup | None = None  # made on first use: forms have many dates
        self.editingFinished.connect(self._commit)
        self.textChanged.connect(self._text_changed)
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 56
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_value(value)

    # --- the value ------------------------------------------------------------------------
    @property
    def field(self) -> str:
        """The service field its refusals go under: ``field``, else the object name."""
        return self._field or self.objectName() or "date"

    def value(self) -> dt.date | None:
        """The day in the field; raises ValidationError for text that is not a date, an
        empty required field or a day outside ``set_range``."""
        day = parse_day(self.text(), self.field)
        if day is None:
            if not self.optional:
                raise ValidationError(self.field, N_("Indica una data."))
            return None
        first, last = format_day(self.first), format_day(self.last)
        if self.first and self.last and not self.first <= day <= self.last:
            message = N_("Usa una data tra il {a} e il {b}.").format(a=first, b=last)
        elif self.first and day < self.first:
            message = N_("Usa una data dal {a} in poi.").format(a=first)
        elif self.last and day > self.last:
            message = N_("Usa una data fino al {b}.").format(b=last)
        else:
            return day
        raise ValidationError(self.field, message)

    def committed_value(self) -> dt.date | None:
        """The last date entered (what ``valueChanged`` last told): for filters that
        keep working while a half-typed text is being corrected."""
        return self._committed

    def problem(self) -> str:
        """Why the text is not an acceptable date ("" when it is)."""
        try:
            self.value()
        except ValidationError as exc:
            return exc.message
        return ""

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None empties the field; a QDate is taken too); emits
        ``valueChanged`` when it changes."""
        if isinstance(value, QDate):
            value = value.toPython()  # type: ignore[assignment]
        if isinstance(value, dt.datetime):
            value = value.date()
        self.setText(format_day(value))
        self._commit()

    def set_range(self, first: dt.date | None, last: dt.date | None) -> None:
        """The days the field accepts (and the calendar offers)."""
        self.first, self.last = first, last
        if self._popup is not None:
            self._apply_range()

    def _apply_range(self) -> None:
        self.calendar.setDateRange(
            QDate(self.first) if self.first else QDate(1900, 1, 1),
            QDate(self.last) if self.last else QDate(2200, 12, 31),
        )

    def _hint(self) -> str:
        if self.optional:
            return _tr(
                "Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù). "
                "Può restare vuota."
            )
        return _tr("Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù).")

    def _commit(self) -> None:
        """Tidy a readable date to dd/mm/yyyy and tell it; flag text that is not one."""
        try:
            day = self.value()
        except ValidationError as exc:
            if self.text().strip():  # an empty required field is told on saving
                self._flag(exc.message)
            return
        self._unflag()
        shown = format_day(day)
        if self.text() != shown:
            self.blockSignals(True)  # tidying the text is no edit of the value
            self.setText(shown)
            self.blockSignals(False)
        if day != self._committed:
            self._committed = day
            self.valueChanged.emit(day)

    def _flag(self, problem: str) -> None:
        if self._tip is None:
            self._tip = self.toolTip()
        self.setStyleSheet(INVALID_STYLE)
        self.setToolTip(problem)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), problem, self)

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            if self.optional:
                self._commit()  # emptied (the clear button): no date
        elif self._tip is not None and not self.problem():
            self._unflag()  # corrected while typing

    def _unflag(self) -> None:
        if self._tip is not None:
            self.setToolTip(self._tip)
            self._tip = None
        self.setStyleSheet("")

    # --- the calendar ---------------------------------------------------------------------
    @property
    def popup(self) -> _Popup:
        """The calendar's frame (made on first use)."""
        if self._popup is None:
            self._popup = _Popup(self)
            self._popup.calendar.clicked.connect(self._picked)
            self._popup.calendar.activated.connect(self._picked)
            self._apply_range()
        return self._popup

    @property
    def calendar(self) -> QCalendarWidget:
        return self.popup.calendar

    def open_calendar(self) -> None:
        """The calendar on the field's day, or on today when empty or unreadable."""
        try:
            day = self.value() or dt.date.today()
        except ValidationError:
            day = dt.date.today()
        page = QDate(day)
        self.calendar.setSelectedDate(page)
        self.calendar.setCurrentPage(page.year(), page.month())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.popup.hide()
        self.setText(format_day(day.toPython()))  # type: ignore[arg-type]
        self.textEdited.emit(self.text())  # a pick is an edit (forms mark themselves dirty)
        self._commit()
        self.setFocus()

    # --- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        steps = {
            Qt.Key.Key_Up: relativedelta(days=1),
            Qt.Key.Key_Down: relativedelta(days=-1),
            Qt.Key.Key_PageUp: relativedelta(months=1),
            Qt.Key.Key_PageDown: relativedelta(months=-1),
        }
        if key in steps and not self.isReadOnly():
            try:
                start = self.value() or dt.date.today()
            except ValidationError:
                return
            self.setText(format_day(start + steps[key]))
            self.textEdited.emit(self.text())
            self._commit()
            return
        super().keyPressEvent(event)


def shows_date_errors(method: Callable[[W], Any]) -> Callable[[W], None]:
    """For a form's save slot (no arguments) that reads ``DateEdit.value()``: a date the
    field cannot give is shown like a refusal of the service (under the field the form's
    ``errors`` knows, else in its general line or a message box) and nothing is sent."""

    @functools.wraps(method)
    def save(self: W) -> None:
        try:
            method(self)
        except ValidationError as exc:
            show_error(self, exc, getattr(self, "errors", None))

    return save
