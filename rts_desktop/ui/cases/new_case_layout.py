"""Layout of the new-case form (person, household, referral); behaviour is in new_case.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.services.cases.case import KNOWN_FLAGS
from rts_desktop.ui.cases.common_views import ethos_combo
from rts_desktop.ui.cases.person_form import DuplicateChooser, PersonFields, line
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.field_errors import FieldErrors, error_label

_tr = translator("NewCaseDialog")


class NewCaseLayout:
    """Builds the widgets on ``dialog``; keeps them as attributes."""

    def __init__(self, dialog: QDialog, today: dt.date) -> None:
        outer = QVBoxLayout(dialog)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        columns = QHBoxLayout()
        outer.addLayout(columns)

        person = QGroupBox(_tr("Persona di riferimento (capofamiglia)"))
        self.person = PersonFields(QFormLayout(person), self.errors, today)
        p = self.person
        self.first_name, self.last_name, self.birth_date = p.first_name, p.last_name, p.birth_date
        self.sex, self.birth_place, self.codice_fiscale = p.sex, p.birth_place, p.codice_fiscale
        self.fill_from_fiscal_code = p.fill_button
        self.nationality, self.phone = p.nationality, p.phone
        columns.addWidget(person)

        referral = QGroupBox(_tr("Nucleo e segnalazione"))
        rf = QFormLayout(referral)
        self.household_name = line("household_name", _tr("es. Nucleo Rossi"))
        self.referral_date = DateEdit(today, name="referral_date")
        self.referral_source = line("referral_source", _tr("chi ha inviato la segnalazione"))
        self.municipio = QComboBox()
        self.municipio.setObjectName("sst_municipio")
        self.municipio.addItem(_tr("—"), None)
        for n in range(1, 10):
            self.municipio.addItem(_tr("Municipio %1").replace("%1", str(n)), n)
        self.social_worker = line("sst_social_worker")
        self.ethos = ethos_combo(_tr("—"))
        for text, widget, field in (
            (_tr("Nome del n&ucleo *"), self.household_name, "name"),
            (_tr("&Data segnalazione *"), self.referral_date, "referral_date"),
            (_tr("&Inviante"), self.referral_source, "referral_source"),
            (_tr("&Municipio SST"), self.municipio, "sst_municipio"),
            (_tr("&Assistente sociale"), self.social_worker, "sst_social_worker"),
            (_tr("Situazione &ETHOS"), self.ethos, "ethos_entry"),
        ):
            self.errors.add(rf, text, widget, field)
        flags = QWidget()
        fl = QVBoxLayout(flags)
        fl.setContentsMargins(0, 0, 0, 0)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for key, text in KNOWN_FLAGS.items():
            box = QCheckBox(text_of(text))
            box.setObjectName(f"flag_{key}")
            self.flag_boxes[key] = box
            fl.addWidget(box)
        rf.addRow(QLabel(_tr("Segnalazioni:")), flags)
        columns.addWidget(referral)

        self.duplicates = DuplicateChooser(dialog)
        d = self.duplicates
        self.duplicate_box, self.duplicate_text, self.candidates = d.box, d.text, d.candidates
        self.link_button, self.new_anyway, self.linked = d.link_button, d.new_anyway, d.linked_label
        outer.addWidget(self.duplicate_box)
        outer.addWidget(self.linked)
        outer.addWidget(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_tr("A&nnulla"))
        self.save_button = QPushButton(_tr("&Salva segnalazione"))
        self.save_button.setObjectName("save_case")
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
