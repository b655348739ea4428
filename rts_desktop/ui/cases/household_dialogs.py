"""Household membership from the case file: add a person (with the same duplicate check as the
new-case form: link the existing person, never merge) and end a membership (history kept)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import HouseholdRelation, label
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import HouseholdDTO, MemberDTO, MemberInput
from rts_desktop.services.cases.people import BeneficiaryDTO, PossibleDuplicate
from rts_desktop.ui.cases.person_form import DuplicateChooser, PersonFields
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv

_tr = translator("buttons")


def date_edit(name: str, on: dt.date) -> DateEdit:
    """A required date field named ``name`` (the service field its errors go under)."""
    return DateEdit(on, name=name)


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Ann&ulla"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddMemberDialog(QDialog):
    """A new or already recorded person joins the household from a date, with a relation."""

    def __init__(self, env: UiEnv, household: HouseholdDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.household = household
        self.person: BeneficiaryDTO | None = None  # recorded or linked
        self.result_household: HouseholdDTO | None = None
        self._dirty = False
        self.setObjectName("add_member")
        self.setWindowTitle(self.tr("Aggiungi componente – %1").replace("%1", household.name))
        layout = QVBoxLayout(self)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        person_box = QGroupBox(self.tr("Persona"))
        self.fields = PersonFields(QFormLayout(person_box), self.errors, env.ctx.today())
        layout.addWidget(person_box)
        membership = QGroupBox(self.tr("Nel nucleo"))
        form = QFormLayout(membership)
        self.relation = QComboBox()
        self.relation.setObjectName("relation")
        self.relation.addItem(self.tr("— scegli —"), None)
        for rel in HouseholdRelation:
            if rel is not HouseholdRelation.CAPOFAMIGLIA:
                self.relation.addItem(text_of(label(rel)), str(rel))
        self.from_date = date_edit("from_date", env.ctx.today())
        self.errors.add(
            form, self.tr("&Relazione con il capofamiglia *"), self.relation, "relation"
        )
        self.errors.add(form, self.tr("Nel nucleo &dal *"), self.from_date, "from_date")
        layout.addWidget(membership)
        self.duplicates = DuplicateChooser(self)
        self.duplicates.linked.connect(self._linked)
        self.duplicates.create_new.connect(self.save)
        layout.addWidget(self.duplicates.box)
        layout.addWidget(self.duplicates.linked_label)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Aggiungi al nucleo"))
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._mark_dirty)
        fit_to_screen(self, 560, self.sizeHint().height())

    def _mark_dirty(self, *_a: object) -> None:
        self._dirty = True

    def _linked(self, chosen: BeneficiaryDTO) -> None:
        self.person = chosen
        self.errors.clear()

    def save(self) -> None:
        """The person first (kept for a retry), then the membership: two audited writes."""
        self.errors.clear()
        try:
            person_input = None if self.person else self.fields.to_input()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        try:
            since = self.from_date.value()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        relation = self.relation.currentData()
        if not relation:  # checked before a new person is recorded
            self.errors.show(ValidationError("relation", N_("Scegli un valore.")))
            return
        if self.person is not None:
            self._join(self.person, relation, since)
            return
        assert person_input is not None
        self.env.ops.write(
            self,
            people.create_beneficiary,
            person_input,
            confirm_new=self.duplicates.confirm_new,
            on_done=lambda person: self._join(person, relation, since),
            errors=self.errors,
            on_error=self._offer_duplicates,
        )

    def _join(self, person: BeneficiaryDTO, relation: str, since: dt.date) -> None:
        self.person = person
        member = MemberInput(person.id, relation, since)
        self.env.ops.write(
            self,
            households.add_member,
            self.household.id,
            member,
            on_done=self._saved,
            errors=self.errors,
        )

    def _saved(self, household: HouseholdDTO) -> None:
        self.result_household = household
        self._dirty = False
        self.accept()

    def _offer_duplicates(self, exc: BaseException) -> bool:
        """Offer the people found; the refusal itself is shown as usual (returns False)."""
        if isinstance(exc, PossibleDuplicate):
            self.duplicates.offer(
                exc,
                self.tr(
                    "Esiste già una persona con gli stessi dati. Se è lei, aggiungila al nucleo; "
                    "se è un'altra persona, registrala comunque. Nessun dato viene unito."
                ),
            )
        return False

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Modifiche non salvate"),
            self.tr("Il componente non è stato aggiunto. Chiudere e perdere i dati inseriti?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._dirty and self.result_household is None and not self.confirm_discard():
            return
        super().reject()


class EndMembershipDialog(QDialog):
    """The person leaves the household on a date; the membership stays in the history."""

    def __init__(self, env: UiEnv, member: MemberDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.member = member
        self.result_household: HouseholdDTO | None = None
        self.setObjectName("end_membership")
        self.setWindowTitle(self.tr("Uscita dal nucleo – %1").replace("%1", member.full_name))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "%1 non farà più parte del nucleo dalla data indicata. La storia del nucleo "
                "resta visibile nell'Anagrafica."
            ).replace("%1", member.full_name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.to_date = date_edit("to_date", env.ctx.today())
        self.errors.add(form, self.tr("Uscito/a &il"), self.to_date, "to_date", "from_date")
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Conferma uscita"))
        self.buttons.accepted.connect(self.confirm)
        layout.addWidget(self.buttons)

    @shows_date_errors
    def confirm(self) -> None:
        self.env.ops.write(
            self,
            households.end_membership,
            self.member.id,
            self.to_date.value(),
            on_done=self._done,
            errors=self.errors,
        )

    def _done(self, household: HouseholdDTO) -> None:
        self.result_household = household
        self.accept()
