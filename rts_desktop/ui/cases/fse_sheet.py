"""Record or correct a person's ESF participant sheet (entry or exit)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.models.vocab import LabourStatus, SheetMoment, label
from rts_desktop.services.cases import fse
from rts_desktop.services.cases.fse import (
    ART9_ANSWERS,
    DISADVANTAGES,
    HOUSEHOLD_SITUATIONS,
    SPECIAL_DISADVANTAGES,
    UNEMPLOYED,
    SheetDTO,
    SheetInput,
)
from rts_desktop.ui.cases import fse_merge
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.household_dialogs import date_edit, ok_cancel
from rts_desktop.ui.common.dates import shows_date_errors
from rts_desktop.ui.common.edit_conflict_dialog import offer_merge
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv

ISCED_LABELS = {
    0: noop("SheetDialog", "0 – Nessun titolo / prima infanzia"),
    1: noop("SheetDialog", "1 – Licenza elementare"),
    2: noop("SheetDialog", "2 – Licenza media"),
    3: noop("SheetDialog", "3 – Diploma di scuola superiore"),
    4: noop("SheetDialog", "4 – Post-diploma non terziario"),
    5: noop("SheetDialog", "5 – Istruzione terziaria breve (ITS)"),
    6: noop("SheetDialog", "6 – Laurea triennale"),
    7: noop("SheetDialog", "7 – Laurea magistrale"),
    8: noop("SheetDialog", "8 – Dottorato"),
}
ADULT_AGE = 18


def isced_text(level: int | None) -> str:
    """An ISCED level in words, in the current language ("" for none)."""
    known = ISCED_LABELS.get(level) if level is not None else None
    return translate("SheetDialog", known) if known else ""  # i18n: dynamic


#: the spin box's value for "not indicated" (shown as its special text)
NO_MONTHS = -1


def adults(data: CaseFileData, on: dt.date) -> list[tuple[str, str]]:
    """(beneficiary id, name) of the current members of age (or with no birth date)."""
    found = []
    for m in data.case.household.members:
        if m.to_date is not None:
            continue
        b = m.birth_date
        age = None if b is None else on.year - b.year - ((on.month, on.day) < (b.month, b.day))
        if age is None or age >= ADULT_AGE:
            found.append((m.beneficiary_id, m.full_name))
    return found


def _combo(name: str, items: dict[str, str], empty: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(empty, None)
    for key, text in items.items():
        combo.addItem(text, key)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class SheetDialog(QDialog):
    """Choosing a person and a moment loads the sheet already recorded, to correct it."""

    def __init__(
        self,
        env: UiEnv,
        data: CaseFileData,
        parent: QWidget | None = None,
        moment: str = "",
        *,
        exit_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.data = data
        self.result_sheet: SheetDTO | None = None
        self.existing: SheetDTO | None = None
        #: sheets whose art. 9 answers were shown (with a reason) in this dialog
        self.revealed: dict[str, SheetDTO] = {}
        self._dirty = False
        self.setObjectName("fse_sheet")
        self.setWindowTitle(self.tr("Scheda partecipante FSE – %1").replace("%1", data.case.code))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.person = QComboBox()
        self.person.setObjectName("sheet_person")
        for pid, name in adults(data, env.ctx.today()):
            self.person.addItem(name, pid)
        self.moment = QComboBox()
        self.moment.setObjectName("sheet_moment")
        for m in SheetMoment:
            self.moment.addItem(text_of(label(m)), str(m))
        _select(self.moment, moment or None)
        self.moment.setEnabled(not exit_only)  # a closed case: the exit sheet only
        self.date = date_edit("sheet_date", env.ctx.today())
        self.labour = _combo(
            "labour_status",
            {str(s): text_of(label(s)) for s in LabourStatus},
            self.tr("— scegli —"),
        )
        self.months = QSpinBox()
        self.months.setObjectName("unemployed_months")
        self.months.setRange(NO_MONTHS, 600)
        self.months.setSpecialValueText(self.tr("non indicato"))
        self.months.setSuffix(self.tr(" mesi"))
        self.months.setToolTip(
            self.tr(
                "Da quanti mesi la persona è senza lavoro alla data della scheda: lunga "
                "durata oltre 6 mesi sotto i 25 anni, oltre 12 dai 25."
            )
        )
        self.isced = QComboBox()
        self.isced.setObjectName("isced_level")
        self.isced.addItem(self.tr("non indicato"), None)
        for level in ISCED_LABELS:
            self.isced.addItem(isced_text(level), level)
        self.situation = _combo(
            "household_situation",
            {k: text_of(v) for k, v in HOUSEHOLD_SITUATIONS.items()},
            self.tr("non indicata"),
        )
        disadvantages = QWidget()
        dl = QVBoxLayout(disadvantages)
        dl.setContentsMargins(0, 0, 0, 0)
        self.disadvantage_boxes: dict[str, QCheckBox] = {}
        for key, text in DISADVANTAGES.items():
            box = QCheckBox(text_of(text))
            box.setObjectName(f"disadvantage_{key}")
            self.disadvantage_boxes[key] = box
            dl.addWidget(box)
        answers = {k: text_of(v) for k, v in ART9_ANSWERS.items()}
        self.migrant = _combo("migrant_background", answers, self.tr("non chiesto"))
        self.disability = _combo("disability", answers, self.tr("non chiesto"))
        self.minority = _combo("minority", answers, self.tr("non chiesto"))
        self.asked_on = date_edit("special_asked_on", env.ctx.today())
        self.asked_on.setToolTip(
            self.tr("Il giorno in cui sono state poste le domande sui dati particolari.")
        )
        self.reveal_button = QPushButton(self.tr("Mostra dati particolari (art. 9)…"))
        self.reveal_button.setObjectName("reveal_special")
        self.reveal_button.setToolTip(
            self.tr("Background migratorio, disabilità, minoranza: la ragione va nel registro.")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.homeless = QCheckBox(self.tr("Senza dimora o in esclusione abitativa all'ingresso"))
        self.homeless.setObjectName("homeless")
        self.homeless.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("sheet_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.labels: dict[str, str] = {}
        for text, widget, field in (
            (self.tr("&Persona *"), self.person, "beneficiary_id"),
            (self.tr("&Momento *"), self.moment, "moment"),
            (self.tr("&Data *"), self.date, "date"),
            (self.tr("Condizione &lavorativa *"), self.labour, "labour_status"),
            (self.tr("Mesi senza lavo&ro"), self.months, "unemployed_months"),
            (self.tr("&Istruzione (ISCED)"), self.isced, "isced_level"),
            (self.tr("Situazione &familiare"), self.situation, "household_situation"),
            (self.tr("S&vantaggi"), disadvantages, "disadvantages"),
            (self.tr("Dati particolari"), self.reveal_button, "special"),
            (self.tr("&Background migratorio"), self.migrant, "migrant_background"),
            (self.tr("Disa&bilità"), self.disability, "disability"),
            (self.tr("Mi&noranza"), self.minority, "minority"),
            (self.tr("Domande art. 9 poste il"), self.asked_on, "special_asked_on"),
            (self.tr("Con&dizione abitativa"), self.homeless, "homeless"),
            (self.tr("N&ote"), self.notes, "notes"),
        ):
            self.errors.add(form, text, widget, field)
            self.labels[field] = text
        self.form = form
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Salva scheda"))
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._load_existing)
        self.moment.currentIndexChanged.connect(self._load_existing)
        self.labour.currentIndexChanged.connect(self._labour_changed)
        self._sheet_date = self.date.committed_value()
        self.date.valueChanged.connect(self._date_changed)
        self._load_existing()
        for combo in (
            self.labour,
            self.isced,
            self.situation,
            self.migrant,
            self.disability,
            self.minority,
        ):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.months.valueChanged.connect(self._mark_dirty)
        self.asked_on.valueChanged.connect(self._mark_dirty)
        for box in (*self.disadvantage_boxes.values(), self.homeless):
            box.toggled.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)
        self.date.valueChanged.connect(self._mark_dirty)
        self._dirty = False
        fit_to_screen(self, 600, self.sizeHint().height())

    def _mark_dirty(self, *_a: object) -> None:
        self._dirty = True

    def _labour_changed(self, *_a: object) -> None:
        """The months without work mean something only for the unemployed."""
        unemployed = self.labour.currentData() in UNEMPLOYED
        self.months.setEnabled(unemployed)
        if not unemployed:
            self.months.setValue(NO_MONTHS)

    def _date_changed(self, *_a: object) -> None:
        """The art. 9 questions are asked on the sheet's day unless said otherwise."""
        if self.asked_on.committed_value() == self._sheet_date:
            self.asked_on.set_value(self.date.committed_value())
        self._sheet_date = self.date.committed_value()

    def _load_existing(self) -> None:
        """Show the recorded sheet of this person and moment (or a blank one)."""
        pid, moment = self.person.currentData(), self.moment.currentData()
        sheet = next(
            (s for s in self.data.sheets if s.beneficiary_id == pid and s.moment == moment), None
        )
        if sheet is not None:
            sheet = self.revealed.get(sheet.id, sheet)
        self.existing = sheet
        self._show_special(sheet is None or not sheet.special_hidden)
        dirty = self._dirty
        if sheet is not None:
            self.date.set_value(sheet.date)
        self.asked_on.set_value(
            sheet.special_asked_on or sheet.date
            if sheet is not None
            else self.date.committed_value()
        )
        _select(self.labour, sheet.labour_status if sheet else None)
        self._labour_changed()
        months = sheet.unemployed_months if sheet else None
        self.months.setValue(NO_MONTHS if months is None else months)
        _select(self.isced, sheet.isced_level if sheet else None)
        _select(self.situation, sheet.household_situation if sheet else None)
        _select(self.migrant, sheet.migrant_background if sheet else None)
        _select(self.disability, sheet.disability if sheet else None)
        _select(self.minority, sheet.minority if sheet else None)
        for key, box in self.disadvantage_boxes.items():
            box.setChecked(bool(sheet and key in sheet.disadvantages))
        self.homeless.setChecked(sheet.homeless if sheet else True)
        self.notes.setPlainText(sheet.notes or "" if sheet else "")
        self._dirty = dirty

    def special_shown(self) -> bool:
        return self.existing is None or not self.existing.special_hidden

    def _show_special(self, shown: bool) -> None:
        """The art. 9 rows: open on a new sheet, behind "Mostra…" on a recorded one."""
        for widget in (self.migrant, self.disability, self.minority, self.asked_on):
            self.form.setRowVisible(widget.parentWidget(), shown)
        self.form.setRowVisible(self.reveal_button.parentWidget(), not shown)
        for key in SPECIAL_DISADVANTAGES:
            self.disadvantage_boxes[key].setVisible(shown)

    def reveal(self) -> None:
        from rts_desktop.ui.common import reason

        if self.existing is None:
            return
        why = reason.ask_reason(self)
        if why is None:
            return
        self.env.ops.write(
            self.reveal_button,
            fse.reveal_sheet_special,
            self.existing.id,
            why,
            on_done=self._revealed,
            errors=self.errors,
        )

    def _revealed(self, sheet: SheetDTO) -> None:
        self.revealed[sheet.id] = sheet
        self._load_existing()
        self.migrant.setFocus()

    @shows_date_errors
    def save(self) -> None:
        months = self.months.value() if self.months.isEnabled() else NO_MONTHS
        data = SheetInput(
            case_id=self.data.case.id,
            beneficiary_id=self.person.currentData() or "",
            moment=self.moment.currentData() or "",
            date=self.date.value(),
            labour_status=self.labour.currentData() or "",
            isced_level=self.isced.currentData(),
            household_situation=self.situation.currentData(),
            disadvantages=tuple(k for k, b in self.disadvantage_boxes.items() if b.isChecked()),
            migrant_background=self.migrant.currentData(),
            disability=self.disability.currentData(),
            minority=self.minority.currentData(),
            special_asked_on=self.asked_on.value(),
            unemployed_months=None if months == NO_MONTHS else months,
            homeless=self.homeless.isChecked(),
            notes=self.notes.toPlainText(),
            special_included=self.special_shown(),
        )
        version = self.existing.version if self.existing else None
        self._record(data, version)

    def _record(self, data: SheetInput, version: str | None) -> None:
        """Save; when someone else saved the sheet first, the field-by-field choice."""
        special = self.special_shown()
        combos = {
            "labour_status": self.labour,
            "isced_level": self.isced,
            "household_situation": self.situation,
            "migrant_background": self.migrant,
            "disability": self.disability,
            "minority": self.minority,
        }
        labels = fse_merge.merge_labels(self.labels, special)
        names = fse_merge.merge_names(combos, self.disadvantage_boxes, special)

        def merged(chosen: dict[str, Any], current: str) -> None:
            self._record(fse_merge.merged_input(data, chosen), current)

        self.env.ops.write(
            self,
            fse.record_sheet,
            data,
            expected_version=version,
            on_done=self._done,
            errors=self.errors,
            on_error=lambda exc: offer_merge(self, exc, labels, merged, names),
        )

    def _done(self, sheet: SheetDTO) -> None:
        self.result_sheet = sheet
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Scheda non salvata"),
                self.tr("La scheda FSE non è stata salvata. Chiudere e perdere le modifiche?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
