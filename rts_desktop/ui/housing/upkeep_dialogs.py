"""Small forms of the apartment file: status change, inspection, maintenance requests."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import ApartmentStatus, label
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import upkeep
from rts_desktop.services.housing.upkeep import MaintenanceDTO
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.form_dialog import FormDialog, Write, date_edit, plain, text_box


class StatusDialog(FormDialog):
    def __init__(self, env: UiEnv, apartment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Cambia stato dell'alloggio"), parent)
        self.apartment_id = apartment_id
        self.status = QComboBox()
        for status in ApartmentStatus:
            self.status.addItem(text_of(label(status)), str(status))
        self.from_date = date_edit(env.ctx.today())
        self.note = text_box(60)
        self.row(self.tr("&Stato:"), self.status, "status")
        self.row(self.tr("&Dal:"), self.from_date, "from_date")
        self.row(self.tr("&Nota:"), self.note, "note")

    def write(self) -> Write:
        return Write(
            housing.set_status,
            self.apartment_id,
            self.status.currentData(),
            self.from_date.value(),
            plain(self.note),
        )


class InspectionDialog(FormDialog):
    def __init__(self, env: UiEnv, apartment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Nuovo sopralluogo"), parent)
        self.apartment_id = apartment_id
        self.date = date_edit(env.ctx.today())
        self.outcome = QLineEdit()
        self.notes = text_box()
        self.row(self.tr("&Data:"), self.date, "date")
        self.row(self.tr("&Esito:"), self.outcome, "outcome")
        self.row(self.tr("&Note:"), self.notes, "notes")

    def write(self) -> Write:
        return Write(
            upkeep.record_inspection,
            self.apartment_id,
            self.date.value(),
            outcome=plain(self.outcome),
            notes=plain(self.notes),
        )


class RequestDialog(FormDialog):
    """A new segnalazione guasto."""

    def __init__(self, env: UiEnv, apartment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Nuova segnalazione guasto"), parent)
        self.apartment_id = apartment_id
        self.opened_on = date_edit(env.ctx.today())
        self.description = text_box()
        self.reported_by = QLineEdit()
        self.row(self.tr("&Data:"), self.opened_on, "opened_on")
        self.row(self.tr("&Descrizione:"), self.description, "description")
        self.row(self.tr("&Segnalato da:"), self.reported_by, "reported_by")

    def write(self) -> Write:
        return Write(
            upkeep.open_request,
            self.apartment_id,
            self.description.toPlainText(),
            self.opened_on.value(),
            reported_by=plain(self.reported_by),
        )


class AssignDialog(FormDialog):
    def __init__(self, env: UiEnv, request: MaintenanceDTO, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Chi interviene"), parent)
        self.request = request
        self.say(request.description)
        self.assignee = QLineEdit(request.assignee or "")
        self.row(self.tr("&Incaricato:"), self.assignee, "assignee")

    def write(self) -> Write:
        return Write(upkeep.assign_request, self.request.id, self.assignee.text())


def cents(text: str) -> int:
    """ "12,50" (or "12.50" in English) → 1250; refuses anything that is not an amount in
    euro. The separators are those of the program's language."""
    locale = QLocale()
    plain = text.strip().replace("€", "").strip().replace(locale.groupSeparator(), "")
    try:
        value = Decimal(plain.replace(locale.decimalPoint(), ".") or "0")
    except InvalidOperation as exc:
        raise ValidationError("cost_cents", N_("Importo non valido (es. 120,50).")) from exc
    return int((value * 100).to_integral_value())


class CloseDialog(FormDialog):
    def __init__(self, env: UiEnv, request: MaintenanceDTO, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Chiudi la segnalazione"), parent)
        self.request = request
        self.say(request.description)
        self.closed_on = date_edit(env.ctx.today())
        self.cost = QLineEdit("0,00")
        self.row(self.tr("&Chiusa il:"), self.closed_on, "closed_on")
        self.row(self.tr("C&osto (€):"), self.cost, "cost_cents")

    def write(self) -> Write:
        return Write(
            upkeep.close_request,
            self.request.id,
            self.closed_on.value(),
            cents(self.cost.text()),
        )
