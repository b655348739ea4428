"""Edit a case's referral, SST contact, ETHOS, flags and summary; assign an educator; record
the six-month follow-up of a closed case."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.services import operators
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases.case import KNOWN_FLAGS, CaseDTO, CaseInput
from rts_desktop.services.operators import OperatorDTO
from rts_desktop.ui.cases.common_views import ethos_combo
from rts_desktop.ui.cases.household_dialogs import date_edit, ok_cancel
from rts_desktop.ui.cases.person_form import line
from rts_desktop.ui.common.dates import format_day, shows_date_errors
from rts_desktop.ui.common.edit_conflict_dialog import save_with_merge
from rts_desktop.ui.common.field_errors import FieldErrors, error_label, show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv


def _text(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _case_input(chosen: dict[str, object]) -> dict[str, object]:
    """Stored values chosen in a conflict as ``CaseInput`` values (flags are "a,b")."""
    if isinstance(chosen.get("flags"), str):
        chosen["flags"] = tuple(f for f in str(chosen["flags"]).split(",") if f)
    return chosen


class _CaseDialog(QDialog):
    """Common frame: a form with inline errors, OK/Annulla, result in ``result_case``."""

    def __init__(self, env: UiEnv, case: CaseDTO, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.env = env
        self.case = case
        self.result_case: CaseDTO | None = None
        self.setWindowTitle(f"{title} – {case.code}")
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)

    def finish(self, ok_text: str) -> None:
        self.outer.addLayout(self.form)
        self.outer.addWidget(self.general)
        self.buttons = ok_cancel(self, ok_text)
        self.buttons.accepted.connect(self.save)
        self.outer.addWidget(self.buttons)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _done(self, case: CaseDTO) -> None:
        self.result_case = case
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """A read (the list of operators) failed; writes report through ``env.ops``."""
        show_error(self, exc, self.errors)


class EditCaseDialog(_CaseDialog):
    """Referral, SST, ETHOS at entry, flags and summary (optimistic locking on the case)."""

    def __init__(self, env: UiEnv, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(env, case, self.tr("Modifica dati del caso"), parent)
        self.setObjectName("edit_case")
        self._dirty = False
        self.referral_date = date_edit("referral_date", case.referral_date)
        self.referral_source = line("referral_source", self.tr("chi ha inviato la segnalazione"))
        self.municipio = QComboBox()
        self.municipio.setObjectName("sst_municipio")
        self.municipio.addItem(self.tr("—"), None)
        for n in range(1, 10):
            self.municipio.addItem(self.tr("Municipio %1").replace("%1", str(n)), n)
        self.social_worker = line("sst_social_worker")
        self.contact = line("sst_contact", self.tr("telefono o email dell'assistente sociale"))
        self.ethos = ethos_combo(self.tr("—"))
        self.summary = _text("summary", 90)
        self.labels: dict[str, str] = {}
        for text, widget, field in (
            (self.tr("&Data segnalazione *"), self.referral_date, "referral_date"),
            (self.tr("&Inviante"), self.referral_source, "referral_source"),
            (self.tr("&Municipio SST"), self.municipio, "sst_municipio"),
            (self.tr("Assistente so&ciale"), self.social_worker, "sst_social_worker"),
            (self.tr("Con&tatto SST"), self.contact, "sst_contact"),
            (self.tr("Situazione &ETHOS all'ingresso"), self.ethos, "ethos_entry"),
            (self.tr("Si&ntesi"), self.summary, "summary"),
        ):
            self.errors.add(self.form, text, widget, field)
            self.labels[field] = text.rstrip(" *")
        self.labels["flags"] = self.tr("Segnalazioni")
        flags = QWidget()
        fl = QVBoxLayout(flags)
        fl.setContentsMargins(0, 0, 0, 0)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for key, text in KNOWN_FLAGS.items():
            box = QCheckBox(text_of(text))
            box.setObjectName(f"flag_{key}")
            box.setChecked(key in case.flags)
            box.toggled.connect(self._mark_dirty)
            self.flag_boxes[key] = box
            fl.addWidget(box)
        self.errors.add(self.form, self.tr("Segnalazioni"), flags, "flags")
        self.finish(self.tr("&Salva"))
        self.referral_source.setText(case.referral_source or "")
        self.municipio.setCurrentIndex(max(self.municipio.findData(case.sst_municipio), 0))
        self.social_worker.setText(case.sst_social_worker or "")
        self.contact.setText(case.sst_contact or "")
        self.ethos.setCurrentIndex(max(self.ethos.findData(case.ethos_entry), 0))
        self.summary.setPlainText(case.summary or "")
        for edit in (self.referral_source, self.social_worker, self.contact):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (self.municipio, self.ethos):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.referral_date.valueChanged.connect(self._mark_dirty)
        self.summary.textChanged.connect(self._mark_dirty)
        fit_to_screen(self, 560, self.sizeHint().height())

    def _mark_dirty(self, *_a: object) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    @shows_date_errors
    def save(self) -> None:
        data = CaseInput(
            household_id=self.case.household.id,
            referral_date=self.referral_date.value(),
            referral_source=self.referral_source.text(),
            sst_municipio=self.municipio.currentData(),
            sst_social_worker=self.social_worker.text(),
            sst_contact=self.contact.text(),
            ethos_entry=self.ethos.currentData(),
            flags=tuple(k for k, box in self.flag_boxes.items() if box.isChecked()),
            summary=self.summary.toPlainText(),
        )
        save_with_merge(
            self,
            self.env.ops,
            cases.update_case,
            self.case.id,
            data,
            self.case.version,
            self.labels,
            on_done=self._done,
            errors=self.errors,
            as_input=_case_input,
        )

    def _done(self, case: CaseDTO) -> None:
        self._dirty = False
        super()._done(case)

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Modifiche non salvate"),
                self.tr("Le modifiche al caso non sono state salvate. Chiudere e perderle?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


class AssignEducatorDialog(_CaseDialog):
    """Choose an active operator; a new referente ends the previous one's assignment."""

    def __init__(self, env: UiEnv, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(env, case, self.tr("Assegna educatore"), parent)
        self.setObjectName("assign_educator")
        current = {e.operator_id for e in case.educators if e.to_date is None}
        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        self.operator.addItem(self.tr("Caricamento…"), None)
        self.from_date = date_edit("from_date", env.ctx.today())
        self.primary = QCheckBox(self.tr("&Referente del caso (sostituisce l'attuale)"))
        self.primary.setObjectName("primary")
        self.primary.setChecked(True)
        self.errors.add(self.form, self.tr("&Educatore *"), self.operator, "operator_id")
        self.errors.add(self.form, self.tr("&Dal *"), self.from_date, "from_date")
        self.form.addRow(QLabel(""), self.primary)
        self.finish(self.tr("&Assegna"))
        self.env.runner.run(
            lambda _p: operators.list_operators(env.db),
            on_success=lambda ops: self._fill(ops, current),
            on_error=self._failed,
        )

    def _fill(self, ops: list[OperatorDTO], current: set[str]) -> None:
        self.operator.clear()
        self.operator.addItem(self.tr("— scegli —"), None)
        for op in ops:
            if op.id not in current:
                self.operator.addItem(op.full_name, op.id)

    def save(self) -> None:
        self.errors.clear()
        op_id = self.operator.currentData()
        if not op_id:
            self.errors.show(ValidationError("operator_id", N_("Scegli un educatore.")))
            return
        try:
            on = self.from_date.value()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        primary = self.primary.isChecked()
        self.env.ops.write(
            self,
            cases.assign_educator,
            self.case.id,
            op_id,
            on,
            primary=primary,
            on_done=self._done,
            errors=self.errors,
        )


class FollowUpDialog(_CaseDialog):
    """How the household is doing six months after the exit (closed cases only)."""

    def __init__(self, env: UiEnv, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(env, case, self.tr("Follow-up a 6 mesi"), parent)
        self.setObjectName("follow_up")
        due = case.follow_up_due
        intro = QLabel(
            self.tr("Previsto entro il {date}.").format(date=format_day(due)) if due else ""
        )
        self.outer.addWidget(intro)
        self.date = date_edit("follow_up_done", case.follow_up_done or env.ctx.today())
        self.notes = _text("follow_up_notes", 110)
        self.notes.setPlainText(case.follow_up_notes or "")
        self.notes.setPlaceholderText(self.tr("Dove vive ora il nucleo, lavoro, contatti…"))
        self.errors.add(self.form, self.tr("&Data *"), self.date, "follow_up_done", "exit_date")
        self.errors.add(self.form, self.tr("&Esito *"), self.notes, "follow_up_notes")
        self.finish(self.tr("&Registra"))
        fit_to_screen(self, 480, self.sizeHint().height())

    @shows_date_errors
    def save(self) -> None:
        on, notes = self.date.value(), self.notes.toPlainText()
        self.env.ops.write(
            self,
            cases.record_follow_up,
            self.case.id,
            on,
            notes,
            on_done=self._done,
            errors=self.errors,
        )
