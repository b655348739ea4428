"""New referral: a person (or an existing one, linked after the duplicate check), their
household and the case, saved in order; a retry reuses what was already recorded."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.case import CaseDTO, CaseInput
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryDTO, BeneficiaryInput, PossibleDuplicate
from rts_desktop.ui.cases.new_case_layout import NewCaseLayout
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.env import UiEnv


class NewCaseDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Nuova segnalazione"))
        self.setObjectName("new_case")
        self.ui = NewCaseLayout(self, QDate(env.ctx.today()))
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
        self.resize(960, self.sizeHint().height())

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
            referral_date=ui.referral_date.date().toPython(),
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
        except ValidationError as exc:
            self.ui.errors.show(exc)
            return
        case_input, name = self._case_input(), self.ui.household_name.text()
        self.env.runner.run(
            lambda _p: self._write(person_input, name, case_input),
            on_success=self._saved,
            on_error=self._failed,
        )

    def _write(
        self, person_input: BeneficiaryInput | None, name: str, case_input: CaseInput
    ) -> CaseDTO:
        """Runs off the GUI thread (widgets untouched): person → household → case.

        What succeeded is kept, so a retry after a refusal does not record the person twice.
        """
        db, ctx = self.env.db, self.env.ctx
        referral = case_input.referral_date
        if self.person is None:
            assert person_input is not None
            self.person = people.create_beneficiary(
                db, ctx, person_input, confirm_new=self.ui.duplicates.confirm_new
            )
        if self.household_id is None:
            household = households.create_household(
                db,
                ctx,
                name,
                [MemberInput(self.person.id, "capofamiglia", referral, is_head=True)],
            )
            self.household_id = household.id
        case_input.household_id = self.household_id
        return cases.create_case(db, ctx, case_input)

    def _saved(self, case: CaseDTO) -> None:
        self.created = case
        self._dirty = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PossibleDuplicate):
            self._offer_duplicates(exc)
        show_error(self, exc, self.ui.errors)

    # --- duplicates: link, never merge ----------------------------------------------------
    def _offer_duplicates(self, exc: PossibleDuplicate) -> None:
        self.ui.duplicates.offer(
            exc,
            self.tr(
                "Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova "
                "segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito."
            ),
        )

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
