"""Edit a person from the case file: personal data (optimistic locking), identity documents,
and the health/judicial notes, shown only on request (the reading is audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import IdentifierKind, label
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryDTO, BeneficiaryInput, SpecialCategoryData
from rts_desktop.ui.cases.common_views import fill, table
from rts_desktop.ui.cases.consents_box import ConsentsBox
from rts_desktop.ui.cases.person_form import line, sex_combo
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.edit_conflict_dialog import save_with_merge
from rts_desktop.ui.common.field_errors import FieldErrors, error_label, show_error
from rts_desktop.ui.common.geometry import fit_to_screen, scrolling
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv


def _text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class EditPersonDialog(QDialog):
    """``saved`` person DTO in ``self.result_person`` after a successful save."""

    def __init__(self, env: UiEnv, person: BeneficiaryDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.person = person
        self.version = person.version
        #: field → its label, for the conflict dialog
        self.labels: dict[str, str] = {}
        self.revealed: SpecialCategoryData | None = None
        self.result_person: BeneficiaryDTO | None = None
        self._dirty = False
        self.setObjectName("edit_person")
        self.setWindowTitle(self.tr("Modifica persona – %1").replace("%1", person.full_name))
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addWidget(scrolling(columns), 1)  # a short screen scrolls the form, not Salva
        columns.addWidget(self._build_data(), 1)
        right = QVBoxLayout()
        right.addWidget(self._build_identifiers())
        right.addWidget(self._build_sensitive())
        self.consents = ConsentsBox(env, person.id)
        right.addWidget(self.consents)
        columns.addLayout(right, 1)
        outer.addWidget(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Ann&ulla"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Salva"))
        self.save_button.setObjectName("save_person")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self._load(person)
        for edit in self.findChildren(QLineEdit):
            if edit is not self.ident_value and edit is not self.ident_issuer:
                edit.textEdited.connect(self._mark_dirty)
        for text_edit in (self.notes, self.health, self.judicial):
            text_edit.textChanged.connect(self._mark_dirty)
        self.sex.currentIndexChanged.connect(self._mark_dirty)
        self._dirty = False
        fit_to_screen(self, 1060, self.sizeHint().height())

    # --- layout ---------------------------------------------------------------------------
    def _build_data(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dati anagrafici"))
        form = QFormLayout(box)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.first_name = line("first_name")
        self.last_name = line("last_name")
        self.birth_date = DateEdit(None, optional=True, name="birth_date")
        self.sex = sex_combo()
        self.birth_place = line("birth_place")
        self.nationality = line("nationality", self.tr("es. IT, MA, RO"))
        self.languages = line("languages", self.tr("es. arabo, francese"))
        self.phone = line("phone")
        self.email = line("email")
        self.notes = _text("notes")
        for text, widget, field in (
            (self.tr("&Nome *"), self.first_name, "first_name"),
            (self.tr("&Cognome *"), self.last_name, "last_name"),
            (self.tr("&Data di nascita"), self.birth_date, "birth_date"),
            (self.tr("S&esso"), self.sex, "sex"),
            (self.tr("Luo&go di nascita"), self.birth_place, "birth_place"),
            (self.tr("Naziona&lità"), self.nationality, "nationality"),
            (self.tr("L&ingue"), self.languages, "languages"),
            (self.tr("Tele&fono"), self.phone, "phone"),
            (self.tr("Em&ail"), self.email, "email"),
            (self.tr("No&te"), self.notes, "notes"),
        ):
            self.errors.add(form, text, widget, field)
            self.labels[field] = text.rstrip(" *")
        return box

    def _build_identifiers(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documenti di identità e codici"))
        layout = QVBoxLayout(box)
        self.identifiers = table(
            "identifiers",
            self.tr("Identificativi della persona"),
            [
                Column(self.tr("Tipo"), lambda i: text_of(label(i.kind))),
                Column(self.tr("Numero"), lambda i: i.value),
                Column(self.tr("Rilasciato da"), lambda i: i.issued_by or ""),
                Column(self.tr("Scadenza"), lambda i: i.expires_on),
            ],
        )
        self.identifiers.setMaximumHeight(130)
        layout.addWidget(self.identifiers)
        self.remove_ident = QPushButton(self.tr("&Rimuovi selezionato"))
        self.remove_ident.setObjectName("remove_identifier")
        self.remove_ident.clicked.connect(self.remove_identifier)
        layout.addWidget(self.remove_ident, 0, Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        ident_general = error_label()
        self.ident_errors = FieldErrors(ident_general)
        self.ident_kind = QComboBox()
        self.ident_kind.setObjectName("identifier_kind")
        for kind in IdentifierKind:
            self.ident_kind.addItem(text_of(label(kind)), str(kind))
        self.ident_value = line("identifier_value")
        self.ident_issuer = line("identifier_issued_by", self.tr("facoltativo"))
        self.ident_expires = DateEdit(
            None, optional=True, name="identifier_expires_on", field="expires_on"
        )
        for text, widget, field in (
            (self.tr("Ti&po"), self.ident_kind, "kind"),
            (self.tr("Nu&mero *"), self.ident_value, "value"),
            (self.tr("Rilasciat&o da"), self.ident_issuer, "issued_by"),
            (self.tr("Scaden&za"), self.ident_expires, "expires_on"),
        ):
            self.ident_errors.add(form, text, widget, field)
        layout.addLayout(form)
        self.add_ident = QPushButton(self.tr("Aggiungi identificati&vo"))
        self.add_ident.setObjectName("add_identifier")
        self.add_ident.clicked.connect(self.add_identifier)
        layout.addWidget(ident_general)
        layout.addWidget(self.add_ident, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _build_sensitive(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dati sanitari e giudiziari"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Nascosti per riservatezza: per aprirli serve una ragione, che viene "
                "registrata nel registro accessi."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.reveal_button = QPushButton(self.tr("Mostra dati sensi&bili"))
        self.reveal_button.setObjectName("reveal_special")
        self.reveal_button.clicked.connect(self.reveal)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sensitive = QWidget()
        form = QFormLayout(self.sensitive)
        form.setContentsMargins(0, 0, 0, 0)
        self.health = _text("health_notes")
        self.judicial = _text("judicial_notes")
        self.errors.add(form, self.tr("Note sanita&rie"), self.health, "health_notes")
        self.errors.add(form, self.tr("Note &giudiziarie"), self.judicial, "judicial_notes")
        self.labels["health_notes"] = self.tr("Note sanitarie")
        self.labels["judicial_notes"] = self.tr("Note giudiziarie")
        self.sensitive.hide()
        layout.addWidget(self.sensitive)
        return box

    # --- data -----------------------------------------------------------------------------
    def _load(self, p: BeneficiaryDTO) -> None:
        for edit, value in (
            (self.first_name, p.first_name),
            (self.last_name, p.last_name),
            (self.birth_place, p.birth_place),
            (self.nationality, p.nationality),
            (self.languages, p.languages),
            (self.phone, p.phone),
            (self.email, p.email),
        ):
            edit.setText(value or "")
        self.birth_date.set_value(p.birth_date)
        self.sex.setCurrentIndex(max(self.sex.findData(p.sex), 0))
        self.notes.setPlainText(p.notes or "")
        fill(self.identifiers, p.identifiers)

    def _mark_dirty(self, *_a: object) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def reveal(self) -> None:
        """An audited reading with its reason: it runs like a write (the entry is
        committed)."""
        from rts_desktop.ui.common import reason

        why = reason.ask_reason(self)
        if why is None:
            return
        self.env.ops.write(
            self, people.reveal_special_categories, self.person.id, why, on_done=self._revealed
        )

    def _revealed(self, data: SpecialCategoryData) -> None:
        dirty = self._dirty
        self.revealed = data
        self.health.setPlainText(data.health_notes or "")
        self.judicial.setPlainText(data.judicial_notes or "")
        self._dirty = dirty
        self.sensitive.show()
        self.reveal_button.hide()
        self.health.setFocus()

    def _input(self) -> BeneficiaryInput:
        cf = self.person.codice_fiscale
        return BeneficiaryInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=self.birth_date.value(),
            sex=self.sex.currentData(),
            birth_place=self.birth_place.text(),
            nationality=self.nationality.text(),
            languages=self.languages.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            codice_fiscale=cf,
            # None = "not shown, leave as it is"; "" (revealed and emptied) clears them
            health_notes=self.health.toPlainText() if self.revealed else None,
            judicial_notes=self.judicial.toPlainText() if self.revealed else None,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self._input()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        save_with_merge(
            self,
            self.env.ops,
            people.update_beneficiary,
            self.person.id,
            data,
            self.version,
            self.labels,
            on_done=self._saved,
            errors=self.errors,
        )

    def _saved(self, person: BeneficiaryDTO) -> None:
        self.result_person = person
        self._dirty = False
        self.accept()

    # --- identifiers (saved at once, each an audited action) ------------------------------
    def add_identifier(self) -> None:
        self.ident_errors.clear()
        try:
            expires = self.ident_expires.value()
        except ValidationError as exc:
            self.ident_errors.show(exc)
            return
        kind, value, issuer = (
            self.ident_kind.currentData(),
            self.ident_value.text(),
            self.ident_issuer.text() or None,
        )
        self.env.ops.write(
            self,
            people.add_identifier,
            self.person.id,
            kind,
            value,
            issued_by=issuer,
            expires_on=expires,
            on_done=lambda _i: self._identifiers_changed(clear=True),
            errors=self.ident_errors,
        )

    def remove_identifier(self) -> None:
        index = self.identifiers.currentIndex()
        ident = self.identifiers.model().data(index, ROW_ROLE) if index.isValid() else None
        if ident is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Rimuovi identificativo"),
            self.tr("Rimuovere %1 %2?")
            .replace("%1", text_of(label(ident.kind)))
            .replace("%2", ident.value),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.env.ops.write(
            self,
            people.remove_identifier,
            ident.id,
            on_done=lambda _r: self._identifiers_changed(clear=False),
        )

    def _identifiers_changed(self, clear: bool) -> None:
        if clear:
            self.ident_value.clear()
            self.ident_issuer.clear()
            self.ident_expires.clear()
        db, ctx, pid = self.env.db, self.env.ctx, self.person.id
        self.env.runner.run(
            lambda _p: people.get_beneficiary(db, ctx, pid),
            on_success=lambda p: fill(self.identifiers, p.identifiers),
            on_error=lambda exc: show_error(self, exc),
        )

    # --- unsaved changes ------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Modifiche non salvate"),
            self.tr("Le modifiche alla persona non sono state salvate. Chiudere e perderle?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        super().reject()
