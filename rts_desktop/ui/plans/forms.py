"""Small shared pieces of the plan dialogs: optional dates and the save-with-inline-errors loop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.ui.common.field_errors import FieldErrors, show_error

NO_DATE = QDate(2000, 1, 1)


class DateField(QDateEdit):
    """dd/MM/yyyy with a calendar; ``optional`` adds an empty value shown as "—"."""

    def __init__(
        self, value: dt.date | None, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.optional = optional
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value))

    def value(self) -> dt.date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()  # type: ignore[no-any-return]


def try_save(dialog: QDialog, errors: FieldErrors, call: Callable[[], Any]) -> Any | None:
    """Run a service call; a ValidationError goes next to its field, others to a box."""
    errors.clear()
    try:
        return call()
    except ValidationError as exc:
        show_error(dialog, exc, errors)
    except Exception as exc:
        show_error(dialog, exc)
    return None
