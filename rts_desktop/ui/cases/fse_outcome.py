"""Esiti dopo l'uscita: what happened to each person after she left (job search, education,
a job...), recorded on a day; the ESF results are read from them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import OutcomeKind, label
from rts_desktop.services.cases import fse
from rts_desktop.services.cases.fse import OutcomeDTO, OutcomeInput
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.cases.fse_sheet import ADULT_AGE
from rts_desktop.ui.cases.household_dialogs import date_edit, ok_cancel
from rts_desktop.ui.common.dates import shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv


def case_adults(data: CaseFileData, on: dt.date) -> list[tuple[str, str]]:
    """(beneficiary id, name) of everyone of age who was ever in the case's household
    (an outcome is recorded after leaving: who left before the others counts too)."""
    found: dict[str, str] = {}
    for m in data.case.household.members:
        b = m.birth_date
        age = None if b is None else on.year - b.year - ((on.month, on.day) < (b.month, b.day))
        if age is None or age >= ADULT_AGE:
            found.setdefault(m.beneficiary_id, m.full_name)
    return list(found.items())


class OutcomeDialog(QDialog):
    """Person, day, what happened and a note: one outcome."""

    def __init__(self, env: UiEnv, data: CaseFileData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.data = data
        self.result_outcome: OutcomeDTO | None = None
        self.setObjectName("fse_outcome")
        self.setWindowTitle(self.tr("Esito dopo l'uscita – %1").replace("%1", data.case.code))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Registra la situazione della persona dopo l'uscita: nelle quattro settimane "
                "successive e intorno ai sei mesi (indicatori di risultato FSE)."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.person = QComboBox()
        self.person.setObjectName("outcome_person")
        for pid, name in case_adults(data, env.ctx.today()):
            self.person.addItem(name, pid)
        self.date = date_edit("outcome_date", env.ctx.today())
        self.kind = QComboBox()
        self.kind.setObjectName("outcome_kind")
        self.kind.addItem(self.tr("— scegli —"), None)
        for kind in OutcomeKind:
            self.kind.addItem(text_of(label(kind)), str(kind))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("outcome_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        for text, widget, field in (
            (self.tr("&Persona *"), self.person, "beneficiary_id"),
            (self.tr("&Data *"), self.date, "date"),
            (self.tr("&Esito *"), self.kind, "kind"),
            (self.tr("&Note"), self.notes, "notes"),
        ):
            self.errors.add(form, text, widget, field)
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Registra esito"))
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 480, self.sizeHint().height())

    @shows_date_errors
    def save(self) -> None:
        data = OutcomeInput(
            case_id=self.data.case.id,
            beneficiary_id=self.person.currentData() or "",
            date=self.date.value(),
            kind=self.kind.currentData() or "",
            notes=self.notes.toPlainText() or None,
        )
        self.env.ops.write(self, fse.record_outcome, data, on_done=self._done, errors=self.errors)

    def _done(self, outcome: OutcomeDTO) -> None:
        self.result_outcome = outcome
        self.accept()


class OutcomesBox(QWidget):
    """The "Esiti dopo l'uscita" section of the Scheda FSE tab: the table and its buttons."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.data: CaseFileData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Esiti dopo l'uscita</b>")))
        bar.addStretch(1)
        self.record_button = QPushButton(self.tr("Registra es&ito…"))
        self.record_button.setObjectName("record_outcome")
        self.record_button.clicked.connect(self.record)
        self.delete_button = QPushButton(self.tr("Eli&mina esito"))
        self.delete_button.setObjectName("delete_outcome")
        self.delete_button.setToolTip(self.tr("Per un esito registrato per errore."))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.record_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        self.table = table(
            "outcomes",
            self.tr("Esiti FSE dopo l'uscita"),
            [
                Column(
                    self.tr("Persona"),
                    lambda o: self.data.person_name(o.beneficiary_id) if self.data else "",
                ),
                Column(self.tr("Data"), lambda o: o.date),
                Column(self.tr("Esito"), lambda o: text_of(label(o.kind))),
                Column(self.tr("Note"), lambda o: (o.notes or "").replace("\n", " ")),
            ],
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("Nessun esito: si registra nelle settimane dopo l'uscita e a sei mesi.")
        )
        self.empty.setStyleSheet("color: #555;")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def show_outcomes(self, data: CaseFileData, outcomes: list[OutcomeDTO]) -> None:
        self.data = data
        fill(self.table, outcomes)
        self.empty.setVisible(not outcomes)
        self.delete_button.setEnabled(bool(outcomes))

    def make_dialog(self) -> OutcomeDialog:
        assert self.data is not None
        return OutcomeDialog(self.env, self.data, self)

    def record(self) -> None:
        if self.data is not None:
            self.make_dialog().exec()

    def selected(self) -> OutcomeDTO | None:
        index = self.table.currentIndex()
        row = self.table.model().data(index.siblingAtColumn(0), ROW_ROLE)
        return row if index.isValid() and isinstance(row, OutcomeDTO) else None

    def delete_selected(self) -> None:
        outcome = self.selected()
        if outcome is None or self.data is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Elimina esito"),
            self.tr(
                "Eliminare l'esito «%1» di %2 del %3? Serve per un esito registrato per errore."
            )
            .replace("%1", text_of(label(outcome.kind)))
            .replace("%2", self.data.person_name(outcome.beneficiary_id))
            .replace("%3", date(outcome.date)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.env.ops.write(self, fse.delete_outcome, outcome.id, outcome.version)
