"""Small shared pieces of the plan dialogs: optional dates and the dialog that writes a plan."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from rts_desktop.services.plans.common import PlanDTO

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


class PlanWriteDialog(QDialog):
    """A dialog that writes one change of a plan through ``env.ops.write``: the written
    version lands in ``result_plan`` and the dialog is accepted; errors stay on screen
    (under the field the service names, or in one message box)."""

    result_plan: PlanDTO | None = None

    def finish(self, plan: PlanDTO) -> None:
        self.result_plan = plan
        self.accept()


def made_within(view: QWidget, initiator: object) -> bool:
    """A change was made by ``view`` or by a widget it owns (a dialog opened on it, one of
    its buttons): the view refreshes itself after its own writes and skips the echo."""
    widget = initiator
    with contextlib.suppress(RuntimeError):  # the initiator is already gone
        while isinstance(widget, QWidget):
            if widget is view:
                return True
            widget = widget.parentWidget()
    return False
