"""New referral: a person (or an existing one, linked after the duplicate check), their
household and the case, saved in order; a retry reuses what was already recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.case import CaseDTO, CaseInput
from rts_desktop.services.cases.households import HouseholdDTO, MemberInput
from rts_desktop.services.cases.people import BeneficiaryDTO, BeneficiaryInput, PossibleDuplicate
from rts_desktop.ui.cases.new_case_layout import NewCaseLayout
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv


class NewCaseDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Nuova segnalazione"))
        self.setObjectName("new_case")
        self.ui = NewCaseLayout(self, env.ctx.today())
        self.created: CaseDTO | None = None
        self.person: BeneficiaryDTO | None = None  # recorded or linked
        self.household_id: str | None = None
        self._dirty = False
        ui = self.ui
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        ui.duplicates.linked.connect(self._linked)
        ui.duplicates.create_new.connect(self.save)
        ui.last_name.textChanged.connect(self._suggest_household)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._mark_dirty)
        fit_to_screen(self, 960, self.sizeHint().height())

    def _mark_dirty(self, *_a: object) -> None:
        self._dirty = True

    def _suggest_household(self, last: str) -> None:
        name = self.ui.household_name
        if not name.isModified():
            name.setText(self.tr("Nucleo %1").replace("%1", last.strip()) if last.strip() else "")

    # --- saving ---------------------------------------------------------------------------
    def _person_input(self) -> BeneficiaryInput:
        return self.ui.person.to_input()

    def _case_input(self) -> CaseInput:
        ui = self.ui
        return CaseInput(
            household_id="",
            referral_date=ui.referral_date.value(),
            referral_source=ui.referral_source.text() or None,
            sst_municipio=ui.municipio.currentData(),
            sst_social_worker=ui.social_worker.text() or None,
            ethos_entry=ui.ethos.currentData(),
            flags=tuple(k for k, box in ui.flag_boxes.items() if box.isChecked()),
        )

    def save(self) -> None:
        self.ui.errors.clear()
        try:
            person_input = None if self.person else self._person_input()
            case_input = self._case_input()
        except ValidationError as exc:
            self.ui.errors.show(exc)
            return
        self._next(person_input, self.ui.household_name.text(), case_input)

    def _next(self, person_input: BeneficiaryInput | None, name: str, case: CaseInput) -> None:
        """Person → household → case, one audited write each, each started by the last.

        What succeeded is kept, so a retry after a refusal does not record the person twice.
        """
        ops, errors = self.env.ops, self.ui.errors
        if self.person is None:
            assert person_input is not None
            ops.write(
                self,
                people.create_beneficiary,
                person_input,
                confirm_new=self.ui.duplicates.confirm_new,
                on_done=lambda p: self._person_saved(p, name, case),
                errors=errors,
                on_error=self._offer_duplicates,
            )
        elif self.household_id is None:
            head = MemberInput(self.person.id, "capofamiglia", case.referral_date, is_head=True)
            ops.write(
                self,
                households.create_household,
                name,
                [head],
                on_done=lambda h: self._household_saved(h, case),
                errors=errors,
            )
        else:
            case.household_id = self.household_id
            ops.write(self, cases.create_case, case, on_done=self._saved, errors=errors)

    def _person_saved(self, person: BeneficiaryDTO, name: str, case: CaseInput) -> None:
        self.person = person
        self._next(None, name, case)

    def _household_saved(self, household: HouseholdDTO, case: CaseInput) -> None:
        self.household_id = household.id
        self._next(None, "", case)

    def _saved(self, case: CaseDTO) -> None:
        self.created = case
        self._dirty = False
        self.accept()

    # --- duplicates: link, never merge ----------------------------------------------------
    def _offer_duplicates(self, exc: BaseException) -> bool:
        """Offer the people found; the refusal itself is shown as usual (returns False)."""
        if isinstance(exc, PossibleDuplicate):
            self.ui.duplicates.offer(
                exc,
                self.tr(
                    "Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova "
                    "segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito."
                ),
            )
        return False

    def _linked(self, chosen: BeneficiaryDTO) -> None:
        self.person = chosen
        self.ui.errors.clear()

    # --- unsaved changes ------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Modifiche non salvate"),
            self.tr("La segnalazione non è stata salvata. Chiudere e perdere i dati inseriti?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._dirty and self.created is None and not self.confirm_discard():
            return
        super().reject()
