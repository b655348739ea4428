"""The dialogs of the "Patto e quote" tab: a new agreement (patto di accoglienza), a payment
of a month's contribution and a warning (richiamo). Each writes through ``env.ops``; the
case file reloads when the hub names its case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import PaymentMethod, label
from rts_desktop.services.housing import agreements
from rts_desktop.services.housing.agreements import (
    AgreementDTO,
    AgreementInput,
    ContributionDTO,
)
from rts_desktop.services.housing.stays import StayDTO
from rts_desktop.ui.cases.common_views import date
from rts_desktop.ui.cases.household_dialogs import date_edit, ok_cancel
from rts_desktop.ui.common.dates import shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.text import amount_text, money, month_text
from rts_desktop.ui.env import UiEnv

#: the house rules printed with the agreement (``documents.samples.HOUSE_RULES``)
HOUSE_RULES_VERSION = "2026.1"
_PLAIN = re.compile(r"\d+(,\d{1,2})?")
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+(,\d{1,2})?")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def parse_euro(field: str, text: str) -> int:
    """An amount typed as Italians do ("12,50", "1.234,50", "12") in cents; "12.50" is
    read as 12 euro 50 too. Anything else is refused with an example."""
    raw = text.strip().removesuffix("€").removeprefix("€").strip().replace(" ", "")
    if _PLAIN.fullmatch(raw) or _GROUPED.fullmatch(raw):
        whole, _, rest = raw.replace(".", "").partition(",")
    elif _DOT_DECIMAL.fullmatch(raw):
        whole, _, rest = raw.partition(".")
    else:
        raise ValidationError(field, N_("Importo non valido: scrivi ad esempio 12,50."))
    return int(whole) * 100 + int((rest + "00")[:2])


def _notes_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit


class _Form(QDialog):
    """A small form: fields with their error labels, a general error, OK and Cancel."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general)
        self.buttons = ok_cancel(self, ok_text)
        self.layout_.addWidget(self.buttons)

    def hint(self, text: str) -> None:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        self.layout_.insertWidget(0, note)


class AgreementDialog(_Form):
    """Nuovo patto: signing day, months, monthly quota, house rules version, stay, notes.
    Once recorded, the monthly rows of the months the household is housed are added."""

    def __init__(
        self, env: UiEnv, case_id: str, stays: Sequence[StayDTO], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Nuovo patto di accoglienza"), self.tr("&Registra patto"), parent)
        self.env, self.case_id = env, case_id
        self.setObjectName("agreement_dialog")
        self.buttons.accepted.connect(self.save)
        self.result_agreement: AgreementDTO | None = None
        self.signed_on = date_edit("signed_on", env.ctx.today())
        self.months = QSpinBox()
        self.months.setObjectName("duration_months")
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" mesi"))
        self.quota = QLineEdit()
        self.quota.setObjectName("monthly_contribution")
        self.quota.setPlaceholderText(self.tr("es. 50,00"))
        self.rules = QLineEdit(HOUSE_RULES_VERSION)
        self.rules.setObjectName("house_rules_version")
        self.stay = QComboBox()
        self.stay.setObjectName("agreement_stay")
        self.stay.addItem(self.tr("— nessuno —"), None)
        for stay in reversed(stays):
            self.stay.addItem(
                self.tr("{apartment} {room} dal {date}").format(
                    apartment=stay.apartment_code, room=stay.room_name, date=date(stay.start_date)
                ),
                stay.id,
            )
        self.stay.setCurrentIndex(1 if stays else 0)
        self.notes = _notes_edit("agreement_notes")
        for text, widget, field in (
            (self.tr("&Firmato il *"), self.signed_on, "signed_on"),
            (self.tr("&Durata *"), self.months, "duration_months"),
            (self.tr("&Quota mensile (€) *"), self.quota, "monthly_contribution_cents"),
            (self.tr("&Regolamento (versione) *"), self.rules, "house_rules_version"),
            (self.tr("&Inserimento"), self.stay, "stay_id"),
            (self.tr("N&ote"), self.notes, "notes"),
        ):
            self.errors.add(self.form, text, widget, field)
        self.hint(
            self.tr(
                "Le quote mensili si calcolano per i mesi del patto in cui il nucleo è in "
                "alloggio. Scrivi «0» se non è dovuta alcuna quota."
            )
        )

    @shows_date_errors
    def save(self) -> None:
        try:
            cents = parse_euro("monthly_contribution_cents", self.quota.text())
        except ValidationError as exc:
            self.errors.clear()
            self.errors.show(exc)
            return
        data = AgreementInput(
            case_id=self.case_id,
            signed_on=self.signed_on.value(),
            duration_months=self.months.value(),
            monthly_contribution_cents=cents,
            house_rules_version=self.rules.text(),
            stay_id=self.stay.currentData(),
            notes=self.notes.toPlainText() or None,
        )
        self.env.ops.write(
            self, agreements.create_agreement, data, on_done=self._created, errors=self.errors
        )

    def _created(self, agreement: AgreementDTO) -> None:
        self.result_agreement = agreement
        self.env.ops.write(
            self,
            agreements.generate_contributions,
            agreement.id,
            on_done=lambda _rows: self.accept(),
            errors=self.errors,
        )


class PaymentDialog(_Form):
    """Registra pagamento: day, amount ("12,50"), method, receipt number, notes."""

    def __init__(
        self,
        env: UiEnv,
        month: ContributionDTO,
        receipt_no: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Pagamento della quota di %1").replace("%1", month_text(month.period)),
            self.tr("&Registra pagamento"),
            parent,
        )
        self.env, self.month = env, month
        self.setObjectName("payment_dialog")
        self.buttons.accepted.connect(self.save)
        self.result_month: ContributionDTO | None = None
        self.hint(
            self.tr("Quota di %1: dovuti %2, già versati %3, restano %4.")
            .replace("%1", month_text(month.period))
            .replace("%2", money(month.due_cents))
            .replace("%3", money(month.paid_cents))
            .replace("%4", money(max(month.balance_cents, 0)))
        )
        self.paid_on = date_edit("paid_on", env.ctx.today())
        self.amount = QLineEdit(amount_text(month.balance_cents) if month.balance_cents > 0 else "")
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("es. 12,50"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in PaymentMethod:
            self.method.addItem(text_of(label(method)), str(method))
        self.receipt = QLineEdit(receipt_no)
        self.receipt.setObjectName("receipt_no")
        self.receipt.setToolTip(self.tr("Il numero della ricevuta consegnata (es. 2026/0012)."))
        self.notes = _notes_edit("payment_notes")
        for text, widget, field in (
            (self.tr("&Data *"), self.paid_on, "paid_on"),
            (self.tr("&Importo (€) *"), self.amount, "amount_cents"),
            (self.tr("&Modalità *"), self.method, "method"),
            (self.tr("Ricevuta &n."), self.receipt, "receipt_no"),
            (self.tr("N&ote"), self.notes, "notes"),
        ):
            self.errors.add(self.form, text, widget, field)

    @shows_date_errors
    def save(self) -> None:
        try:
            cents = parse_euro("amount_cents", self.amount.text())
        except ValidationError as exc:
            self.errors.clear()
            self.errors.show(exc)
            return
        self.env.ops.write(
            self,
            agreements.record_payment,
            self.month.id,
            cents,
            self.paid_on.value(),
            self.notes.toPlainText() or None,
            method=self.method.currentData(),
            receipt_no=self.receipt.text().strip() or None,
            on_done=self._done,
            errors=self.errors,
        )

    def _done(self, month: ContributionDTO) -> None:
        self.result_month = month
        self.accept()


class WarningDialog(_Form):
    """Richiamo: a formal warning under the agreement, dated and motivated."""

    def __init__(self, env: UiEnv, agreement: AgreementDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Richiamo"), self.tr("&Registra richiamo"), parent)
        self.env, self.agreement = env, agreement
        self.setObjectName("warning_dialog")
        self.buttons.accepted.connect(self.save)
        self.result_agreement: AgreementDTO | None = None
        self.hint(
            self.tr("Richiamo formale previsto dal patto firmato il %1.").replace(
                "%1", date(agreement.signed_on)
            )
        )
        self.on = date_edit("warning_date", env.ctx.today())
        self.reason = _notes_edit("warning_reason")
        self.reason.setPlaceholderText(self.tr("es. ospiti non autorizzati in alloggio"))
        self.errors.add(self.form, self.tr("&Data *"), self.on, "date")
        self.errors.add(self.form, self.tr("&Motivo *"), self.reason, "reason")

    @shows_date_errors
    def save(self) -> None:
        self.env.ops.write(
            self,
            agreements.add_warning,
            self.agreement.id,
            self.on.value(),
            self.reason.toPlainText(),
            on_done=self._done,
            errors=self.errors,
        )

    def _done(self, agreement: AgreementDTO) -> None:
        self.result_agreement = agreement
        self.accept()
