"""The person fields and the duplicate check shared by the new-case form and "add member".

``PersonFields`` builds the rows of a person (name, birth date, sex, codice fiscale...) and
offers to fill the birth date and sex from a valid codice fiscale (never silently);
``DuplicateChooser`` shows the people the service found with the same codice fiscale or
name + birth date and lets the user link one or record a new person: never a silent merge.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, translate, translator
from rts_desktop.models.vocab import Sex
from rts_desktop.services.cases import fiscal_code
from rts_desktop.services.cases.fiscal_code import FiscalCodeFacts
from rts_desktop.services.cases.people import BeneficiaryDTO, BeneficiaryInput, PossibleDuplicate
from rts_desktop.ui.common.dates import DateEdit, format_day, parse_day
from rts_desktop.ui.common.field_errors import FieldErrors

SEX_LABELS = {
    "F": noop("PersonForm", "Femmina"),
    "M": noop("PersonForm", "Maschio"),
    "X": noop("PersonForm", "Altro"),
}


_tr = translator("PersonForm")


def parse_date(field: str, text: str) -> dt.date | None:
    """A typed date (25/11/2026, 25112026, 25/11/26; empty → None); a ValidationError names
    ``field``."""
    return parse_day(text, field)


def line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def sex_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("sex")
    combo.addItem(_tr("—"), None)
    for s in Sex:
        combo.addItem(translate("PersonForm", SEX_LABELS[str(s)]), str(s))  # i18n: dynamic
    return combo


def format_date(d: dt.date | None) -> str:
    return format_day(d)


class PersonFields:
    """Name, birth date, sex, place of birth, codice fiscale, nationality, phone as rows of
    ``form``; under the codice fiscale, the offer to take birth date and sex from it."""

    def __init__(
        self, form: QFormLayout, errors: FieldErrors, today: dt.date | None = None
    ) -> None:
        self.today = today or dt.date.today()
        self.first_name = line("first_name")
        self.last_name = line("last_name")
        self.birth_date = DateEdit(None, optional=True, name="birth_date")
        self.sex = sex_combo()
        self.birth_place = line("birth_place", _tr("comune o paese"))
        self.codice_fiscale = line("codice_fiscale", _tr("se disponibile"))
        self.nationality = line("nationality", _tr("es. IT, MA, RO"))
        self.phone = line("phone")
        rows = (
            (_tr("&Nome *"), self.first_name, "first_name"),
            (_tr("&Cognome *"), self.last_name, "last_name"),
            (_tr("Data di &nascita"), self.birth_date, "birth_date"),
            (_tr("Se&sso"), self.sex, "sex"),
            (_tr("Luo&go di nascita"), self.birth_place, "birth_place"),
            (_tr("Codice &fiscale"), self.codice_fiscale, "codice_fiscale"),
        )
        for text, widget, field in rows:
            errors.add(form, text, widget, field)
        self.facts: FiscalCodeFacts | None = None
        self.fiscal_hint = QWidget()
        self.fiscal_hint.setObjectName("fiscal_hint")
        hint = QVBoxLayout(self.fiscal_hint)  # the sentence above, the button below it
        hint.setContentsMargins(0, 0, 0, 0)
        self.fiscal_text = QLabel()
        self.fiscal_text.setWordWrap(True)
        self.fill_button = QPushButton(_tr("Compila data di nascita e sesso dal codice fiscale"))
        self.fill_button.setObjectName("fill_from_fiscal_code")
        hint.addWidget(self.fiscal_text)
        hint.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("", self.fiscal_hint)
        self.fiscal_hint.hide()
        for text, widget, field in (
            (_tr("Naziona&lità"), self.nationality, "nationality"),
            (_tr("&Telefono"), self.phone, "phone"),
        ):
            errors.add(form, text, widget, field)
        QWidget.setTabOrder(self.codice_fiscale, self.fill_button)
        QWidget.setTabOrder(self.fill_button, self.nationality)
        self.codice_fiscale.textChanged.connect(self._offer_fiscal_data)
        self.birth_date.valueChanged.connect(self._offer_fiscal_data)
        self.sex.currentIndexChanged.connect(self._offer_fiscal_data)
        self.fill_button.clicked.connect(self.fill_from_fiscal_code)

    # --- the codice fiscale's birth date and sex ------------------------------------------
    def _differs(self, facts: FiscalCodeFacts) -> tuple[bool, bool]:
        """(birth date, sex) of the form that the code would change; "altro" is kept."""
        birth = self.birth_date.committed_value()
        sex = self.sex.currentData()
        return (
            birth is None or not facts.same_day(birth),
            sex is None or (sex in ("M", "F") and sex != facts.sex),
        )

    def _offer_fiscal_data(self, *_a: object) -> None:
        """A valid code whose birth date or sex the form lacks or contradicts: say what it
        indicates and offer to fill them in."""
        self.facts = fiscal_code.read(self.codice_fiscale.text(), self.today)
        if self.facts is None or not any(self._differs(self.facts)):
            self.fiscal_hint.hide()
            return
        self.fiscal_text.setText(
            _tr("Il codice fiscale indica nascita il %1, sesso %2.")
            .replace("%1", format_day(self.facts.birth_date))
            .replace("%2", self.facts.sex)
        )
        self.fiscal_hint.show()

    def fill_from_fiscal_code(self) -> None:
        facts = self.facts
        if facts is None:
            return
        birth, sex = self._differs(facts)
        if birth:
            self.birth_date.set_value(facts.birth_date)
        if sex:
            self.sex.setCurrentIndex(self.sex.findData(facts.sex))
        self.fiscal_hint.hide()

    def to_input(self) -> BeneficiaryInput:
        """What was typed; raises ValidationError("birth_date") on an unreadable date."""
        return BeneficiaryInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=self.birth_date.value(),
            sex=self.sex.currentData(),
            birth_place=self.birth_place.text() or None,
            codice_fiscale=self.codice_fiscale.text() or None,
            nationality=self.nationality.text() or None,
            phone=self.phone.text() or None,
        )


class DuplicateChooser(QObject):
    """The "person maybe already recorded" box and the "linked person" line.

    ``linked`` is emitted with the chosen existing person; ``create_new`` when the user says
    it is a different person (the caller retries with ``confirm_new=True``).
    """

    linked = Signal(object)
    create_new = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.person: BeneficiaryDTO | None = None
        self.confirm_new = False
        self.box = QGroupBox(_tr("Persona forse già presente"))
        self.box.setObjectName("duplicate_box")
        layout = QVBoxLayout(self.box)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.candidates = QComboBox()
        self.candidates.setObjectName("duplicate_candidates")
        self.candidates.setAccessibleName(_tr("Persone già registrate"))
        row = QHBoxLayout()
        self.link_button = QPushButton(_tr("&Usa la persona esistente"))
        self.link_button.setObjectName("link_existing")
        self.new_anyway = QPushButton(_tr("È una persona &diversa: registrala"))
        self.new_anyway.setObjectName("create_anyway")
        row.addWidget(self.candidates, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.new_anyway)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.box.hide()
        self.linked_label = QLabel()
        self.linked_label.setObjectName("linked_person")
        self.linked_label.setStyleSheet("color: #2e7d32;")
        self.linked_label.hide()
        self.link_button.clicked.connect(self.link_existing)
        self.new_anyway.clicked.connect(self._create_anyway)

    def offer(self, exc: PossibleDuplicate, intro: str) -> None:
        self.candidates.clear()
        for c in exc.candidates:
            born = format_date(c.birth_date) or _tr("data di nascita ignota")
            self.candidates.addItem(f"{c.full_name} ({c.code}, {born})", c)
        self.text.setText(intro)
        self.box.show()

    def link_existing(self) -> None:
        chosen = self.candidates.currentData()
        if isinstance(chosen, BeneficiaryDTO):
            self.person = chosen
            self.box.hide()
            self.linked_label.setText(
                _tr("Persona collegata: %1 (%2)")
                .replace("%1", chosen.full_name)
                .replace("%2", chosen.code)
            )
            self.linked_label.show()
            self.linked.emit(chosen)

    def _create_anyway(self) -> None:
        self.confirm_new = True
        self.box.hide()
        self.create_new.emit()
