"""Layout of the new-case form (person, household, referral); behaviour is in new_case.py."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.models.vocab import EthosCategory, Sex, label
from rts_desktop.services.cases import KNOWN_FLAGS
from rts_desktop.ui.common.field_errors import FieldErrors


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class NewCaseLayout:
    """Builds the widgets on ``dialog``; keeps them as attributes."""

    def __init__(self, dialog: QDialog, today: QDate) -> None:
        tr = dialog.tr
        outer = QVBoxLayout(dialog)
        self.general = QLabel()
        self.general.setStyleSheet("color: #b00020;")
        self.general.setWordWrap(True)
        self.general.hide()
        self.errors = FieldErrors(self.general)
        columns = QHBoxLayout()
        outer.addLayout(columns)

        person = QGroupBox(tr("Persona di riferimento (capofamiglia)"))
        pf = QFormLayout(person)
        self.first_name = _line("first_name")
        self.last_name = _line("last_name")
        self.birth_date = _line("birth_date", tr("gg/mm/aaaa"))
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(tr("—"), None)
        for s in Sex:
            self.sex.addItem({"F": tr("Femmina"), "M": tr("Maschio"), "X": tr("Altro")}[s], str(s))
        self.codice_fiscale = _line("codice_fiscale", tr("se disponibile"))
        self.nationality = _line("nationality", tr("es. IT, MA, RO"))
        self.phone = _line("phone")
        for text, widget, field in (
            (tr("&Nome *"), self.first_name, "first_name"),
            (tr("&Cognome *"), self.last_name, "last_name"),
            (tr("Data di &nascita"), self.birth_date, "birth_date"),
            (tr("Se&sso"), self.sex, "sex"),
            (tr("Codice &fiscale"), self.codice_fiscale, "codice_fiscale"),
            (tr("Naziona&lità"), self.nationality, "nationality"),
            (tr("&Telefono"), self.phone, "phone"),
        ):
            self.errors.add(pf, text, widget, field)
        columns.addWidget(person)

        referral = QGroupBox(tr("Nucleo e segnalazione"))
        rf = QFormLayout(referral)
        self.household_name = _line("household_name", tr("es. Nucleo Rossi"))
        self.referral_date = QDateEdit(today)
        self.referral_date.setObjectName("referral_date")
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat("dd/MM/yyyy")
        self.referral_source = _line("referral_source", tr("chi ha inviato la segnalazione"))
        self.municipio = QComboBox()
        self.municipio.setObjectName("sst_municipio")
        self.municipio.addItem(tr("—"), None)
        for n in range(1, 10):
            self.municipio.addItem(tr("Municipio %1").replace("%1", str(n)), n)
        self.social_worker = _line("sst_social_worker")
        self.ethos = QComboBox()
        self.ethos.setObjectName("ethos_entry")
        self.ethos.addItem(tr("—"), None)
        for e in EthosCategory:
            self.ethos.addItem(label(e), str(e))
        for text, widget, field in (
            (tr("Nome del n&ucleo *"), self.household_name, "name"),
            (tr("&Data segnalazione *"), self.referral_date, "referral_date"),
            (tr("&Inviante"), self.referral_source, "referral_source"),
            (tr("&Municipio SST"), self.municipio, "sst_municipio"),
            (tr("&Assistente sociale"), self.social_worker, "sst_social_worker"),
            (tr("Situazione &ETHOS"), self.ethos, "ethos_entry"),
        ):
            self.errors.add(rf, text, widget, field)
        flags = QWidget()
        fl = QVBoxLayout(flags)
        fl.setContentsMargins(0, 0, 0, 0)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for key, text in KNOWN_FLAGS.items():
            box = QCheckBox(tr(text))
            box.setObjectName(f"flag_{key}")
            self.flag_boxes[key] = box
            fl.addWidget(box)
        rf.addRow(QLabel(tr("Segnalazioni:")), flags)
        columns.addWidget(referral)

        self.duplicate_box = QGroupBox(tr("Persona forse già presente"))
        self.duplicate_box.setObjectName("duplicate_box")
        db_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.candidates = QComboBox()
        self.candidates.setObjectName("duplicate_candidates")
        self.candidates.setAccessibleName(tr("Persone già registrate"))
        row = QHBoxLayout()
        self.link_button = QPushButton(tr("&Usa la persona esistente"))
        self.link_button.setObjectName("link_existing")
        self.new_anyway = QPushButton(tr("È una persona &diversa: registrala"))
        self.new_anyway.setObjectName("create_anyway")
        row.addWidget(self.candidates, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.new_anyway)
        db_layout.addWidget(self.duplicate_text)
        db_layout.addLayout(row)
        self.duplicate_box.hide()
        outer.addWidget(self.duplicate_box)
        self.linked = QLabel()
        self.linked.setObjectName("linked_person")
        self.linked.setStyleSheet("color: #2e7d32;")
        self.linked.hide()
        outer.addWidget(self.linked)
        outer.addWidget(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("A&nnulla"))
        self.save_button = QPushButton(tr("&Salva segnalazione"))
        self.save_button.setObjectName("save_case")
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
