"""Patto e quote: the case's agreements (patto di accoglienza) with their terms, the ledger
of the monthly contributions, the payments with their receipts, the warnings (richiami)
and the arrears; the receipt and the arrears letter printed as PDF (audited prints)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import label
from rts_desktop.services.housing import agreements, ledger, payment_printing
from rts_desktop.services.housing.agreements import AgreementDTO, ContributionDTO
from rts_desktop.services.housing.ledger import CaseLedger, PaymentDTO
from rts_desktop.ui.cases.agreement_dialogs import AgreementDialog, PaymentDialog, WarningDialog
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.common.text import money, month_text
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.printing import show_pdf

R = TypeVar("R")


@dataclass(frozen=True)
class LedgerReading:
    ledger: CaseLedger
    next_receipt_no: str


_tr = translator("AgreementTab")


def read_ledger(db: Database, ctx: ActingContext, case_id: str) -> LedgerReading:
    today = ctx.today()
    return LedgerReading(
        ledger.case_ledger(db, case_id, today, ctx=ctx), ledger.next_receipt_no(db, today.year)
    )


def arrears_text(reading: CaseLedger) -> str:
    """ "3 mensilità, 240,00 €" (what is still owed for the months before this one)."""
    if reading.arrears_cents <= 0:
        return ""
    return _tr("%n mensilità, {amount}", n=reading.unpaid_months).format(
        amount=money(reading.arrears_cents)
    )


def selected(view: QTableView, kind: type[R]) -> R | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    row = view.model().data(index.siblingAtColumn(0), ROW_ROLE)
    return row if isinstance(row, kind) else None


class AgreementTab(QWidget):
    def __init__(self, env: UiEnv, case_id: str) -> None:
        super().__init__()
        self.env, self.case_id = env, case_id
        self.data: CaseFileData | None = None
        self.reading: LedgerReading | None = None
        self.read_only = False
        self.preview: PdfPreviewDialog | None = None
        self._reading = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement_choice")
        self.agreement.setMinimumWidth(280)
        # as wide as its longest entry: "… · 1 obiettiv" must not be cut
        self.agreement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choice = QLabel(self.tr("&Patto:"))
        choice.setBuddy(self.agreement)
        self.new_button = self._button(
            "new_agreement", self.tr("&Nuovo patto…"), self.new_agreement
        )
        self.warning_button = self._button("add_warning", self.tr("Ric&hiamo…"), self.add_warning)
        self.months_button = self._button(
            "update_months", self.tr("A&ggiorna mensilità"), self.update_months
        )
        self._months_tip = self.tr(
            "Aggiunge le mensilità dei mesi in alloggio (dopo una proroga, per esempio)."
        )
        self.months_button.setToolTip(self._months_tip)
        for w in (choice, self.agreement):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.new_button, self.warning_button, self.months_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.terms = QLabel()
        self.terms.setObjectName("agreement_terms")
        self.terms.setWordWrap(True)
        layout.addWidget(self.terms)
        arrears_bar = QHBoxLayout()
        self.arrears = QLabel()
        self.arrears.setObjectName("arrears_summary")
        self.arrears.setWordWrap(True)
        self.letter_button = self._button(
            "arrears_letter", self.tr("&Lettera di sollecito…"), self.print_letter
        )
        arrears_bar.addWidget(self.arrears, 1)
        arrears_bar.addWidget(self.letter_button)
        layout.addLayout(arrears_bar)
        split = QSplitter()
        split.addWidget(self._ledger_box())
        split.addWidget(self._side_box())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.agreement.currentIndexChanged.connect(lambda _i: self._show_agreement())
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return b

    def _ledger_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quote mensili"))
        inner = QVBoxLayout(box)
        self.ledger = table(
            "contributions",
            self.tr("Quote mensili di compartecipazione"),
            [
                Column(self.tr("Mese"), lambda c: month_text(c.period)),
                Column(self.tr("Dovuto"), lambda c: money(c.due_cents)),
                Column(self.tr("Versato"), lambda c: money(c.paid_cents)),
                Column(self.tr("Da versare"), lambda c: money(max(c.balance_cents, 0))),
                Column(self.tr("Ultimo pagamento"), lambda c: c.paid_on),
            ],
            muted=lambda c: c.balance_cents <= 0,
        )
        self.ledger.doubleClicked.connect(lambda _i: self.record_payment())
        self.ledger.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.pay_button = self._button(
            "record_payment", self.tr("Registra &pagamento…"), self.record_payment
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pay_button)
        self.ledger_empty = QLabel(
            self.tr(
                "Nessuna mensilità: si calcolano per i mesi del patto in cui il nucleo è in alloggio."
            )
        )
        self.ledger_empty.setWordWrap(True)
        self.ledger_empty.setStyleSheet("color: #555;")
        inner.addWidget(self.ledger, 1)
        inner.addWidget(self.ledger_empty)
        inner.addLayout(row)
        return box

    def _side_box(self) -> QWidget:
        side = QWidget()
        inner = QVBoxLayout(side)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("<b>Pagamenti</b>")))
        self.payments = table(
            "payments",
            self.tr("Pagamenti registrati"),
            [
                Column(self.tr("Data"), lambda p: p.paid_on),
                Column(self.tr("Mese"), lambda p: month_text(p.period)),
                Column(self.tr("Importo"), lambda p: money(p.amount_cents)),
                Column(self.tr("Modalità"), lambda p: text_of(label(p.method))),
                Column(self.tr("Ricevuta"), lambda p: p.receipt_no or "—"),
            ],
        )
        self.payments.doubleClicked.connect(lambda _i: self.print_receipt())
        self.payments.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.receipt_button = self._button(
            "print_receipt", self.tr("S&tampa ricevuta…"), self.print_receipt
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receipt_button)
        inner.addWidget(self.payments, 2)
        inner.addLayout(row)
        inner.addWidget(QLabel(self.tr("<b>Richiami</b>")))
        self.warnings = table(
            "warnings",
            self.tr("Richiami"),
            [
                Column(self.tr("Data"), lambda w: w.date),
                Column(
                    self.tr("Motivo"),
                    lambda w: w.reason.replace("\n", " "),
                    tooltip=lambda w: w.reason,
                ),
            ],
        )
        inner.addWidget(self.warnings, 1)
        return side

    # --- data -----------------------------------------------------------------------------
    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        self._reading += 1
        token = self._reading
        db, ctx, case_id = self.env.db, self.env.ctx, self.case_id
        self.env.runner.run(
            lambda _p: read_ledger(db, ctx, case_id),
            on_success=lambda reading: self._show_reading(reading, token),
            on_error=lambda exc: show_error(self, exc),
        )

    def _show_reading(self, reading: LedgerReading, token: int) -> None:
        if token != self._reading:
            return
        self.reading = reading
        chosen = self.agreement.currentData()
        found = reading.ledger.agreements
        self.agreement.blockSignals(True)
        self.agreement.clear()
        for a in reversed(found):  # the newest first
            self.agreement.addItem(
                self.tr("firmato il %1 · %2 mesi · %3 al mese")
                .replace("%1", date(a.signed_on))
                .replace("%2", str(a.duration_months))
                .replace("%3", money(a.monthly_contribution_cents)),
                a.id,
            )
        self.agreement.setCurrentIndex(max(self.agreement.findData(chosen), 0))
        self.agreement.blockSignals(False)
        owed = arrears_text(reading.ledger)
        self.arrears.setText(
            self.tr("Arretrati: %1").replace("%1", owed) if owed else self.tr("Nessun arretrato.")
        )
        self.arrears.setStyleSheet(
            "color: #b00020; font-weight: 600;" if owed else "color: #2e7d32;"
        )
        self._show_agreement()

    def current_agreement(self) -> AgreementDTO | None:
        if self.reading is None:
            return None
        wanted = self.agreement.currentData()
        return next((a for a in self.reading.ledger.agreements if a.id == wanted), None)

    def _show_agreement(self) -> None:
        agreement = self.current_agreement()
        book = self.reading.ledger if self.reading else None
        if agreement is None or book is None:
            self.terms.setText(
                self.tr("Nessun patto di accoglienza registrato: usa «Nuovo patto…».")
            )
            for view in (self.ledger, self.payments, self.warnings):
                fill(view, [])
            self.ledger_empty.hide()
            self._update_buttons()
            return
        periods = agreement.periods
        terms = (
            self.tr("Firmato il %1 · %2 mesi, da %3 a %4 · quota mensile %5 · regolamento v. %6")
            .replace("%1", date(agreement.signed_on))
            .replace("%2", str(agreement.duration_months))
            .replace("%3", month_text(periods[0]))
            .replace("%4", month_text(periods[-1]))
            .replace("%5", money(agreement.monthly_contribution_cents))
            .replace("%6", agreement.house_rules_version)
        )
        if agreement.notes:
            terms += "\n" + agreement.notes
        self.terms.setText(terms)
        rows = book.of(agreement.id)
        fill(self.ledger, rows)
        self.ledger_empty.setVisible(not rows)
        fill(self.payments, list(reversed(book.payments_of(agreement.id))))
        fill(self.warnings, list(reversed(agreement.warnings)))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: the agreements and payments are consulted and printed only."""
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.read_only and self.data is not None
        has_agreement = self.current_agreement() is not None
        self.new_button.setEnabled(writable)
        self.warning_button.setEnabled(writable and has_agreement)
        self.months_button.setEnabled(writable and has_agreement)
        self.pay_button.setEnabled(writable and selected(self.ledger, ContributionDTO) is not None)
        self.receipt_button.setEnabled(selected(self.payments, PaymentDTO) is not None)
        owed = self.reading is not None and self.reading.ledger.arrears_cents > 0
        self.letter_button.setEnabled(owed)
        tip = self.tr("Caso concluso: solo consultazione.") if self.read_only else ""
        for b in (self.new_button, self.warning_button, self.pay_button):
            b.setToolTip(tip)
        self.months_button.setToolTip(tip or self._months_tip)

    # --- actions --------------------------------------------------------------------------
    def make_agreement_dialog(self) -> AgreementDialog:
        stays = self.data.stays if self.data else ()
        return AgreementDialog(self.env, self.case_id, stays, self)

    def new_agreement(self) -> None:
        if not self.read_only:
            self._open(self.make_agreement_dialog())

    def make_payment_dialog(self) -> PaymentDialog | None:
        month = selected(self.ledger, ContributionDTO)
        if month is None or self.reading is None:
            return None
        return PaymentDialog(self.env, month, self.reading.next_receipt_no, self)

    def record_payment(self) -> None:
        dialog = None if self.read_only else self.make_payment_dialog()
        if dialog is not None:
            self._open(dialog)

    def make_warning_dialog(self) -> WarningDialog | None:
        agreement = self.current_agreement()
        return WarningDialog(self.env, agreement, self) if agreement else None

    def add_warning(self) -> None:
        dialog = None if self.read_only else self.make_warning_dialog()
        if dialog is not None:
            self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """The dialog writes; the case file hears the change on the hub and reloads."""
        self.last_dialog = dialog
        dialog.exec()

    def update_months(self) -> None:
        agreement = self.current_agreement()
        if agreement is not None and not self.read_only:
            self.env.ops.write(self.months_button, agreements.generate_contributions, agreement.id)

    def _code(self) -> str:
        return self.data.case.code if self.data else ""

    def print_receipt(self) -> None:
        payment = selected(self.payments, PaymentDTO)
        if payment is None:
            QMessageBox.information(
                self,
                self.tr("Ricevuta"),
                self.tr("Seleziona prima un pagamento nell'elenco dei pagamenti."),
            )
            return
        number = payment.receipt_no or ""
        show_pdf(
            self,
            self.env,
            self.receipt_button,
            payment_printing.receipt_pdf,
            (payment.id,),
            self.tr("Ricevuta n. %1 – %2").replace("%1", number or "—").replace("%2", self._code()),
            files.suggested_name(
                self.tr("Ricevuta"), self._code(), number.replace("/", "-"), suffix=".pdf"
            ),
        )

    def print_letter(self) -> None:
        show_pdf(
            self,
            self.env,
            self.letter_button,
            payment_printing.arrears_letter_pdf,
            (self.case_id,),
            self.tr("Lettera di sollecito – %1").replace("%1", self._code()),
            files.suggested_name(
                self.tr("Sollecito"), self._code(), self.env.ctx.today(), suffix=".pdf"
            ),
        )
