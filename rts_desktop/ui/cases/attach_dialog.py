"""Attach a file to the case (and optionally to one member): type, title, dates; the copy into
the document store runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models.vocab import DocumentType
from rts_desktop.services.cases import documents
from rts_desktop.services.cases.documents import DocumentDTO
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import doc_type_label
from rts_desktop.ui.cases.household_dialogs import ok_cancel
from rts_desktop.ui.cases.person_form import line, parse_date
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv


class AttachDocumentDialog(QDialog):
    def __init__(self, env: UiEnv, data: CaseFileData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.case_id = data.case.id
        self.result_document: DocumentDTO | None = None
        self.setObjectName("attach_document")
        self.setWindowTitle(self.tr("Allega documento – %1").replace("%1", data.case.code))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        file_row = QWidget()
        fr = QHBoxLayout(file_row)
        fr.setContentsMargins(0, 0, 0, 0)
        self.path = line("source", self.tr("nessun file scelto"))
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File da allegare"))
        file_row.setFocusProxy(self.path)  # "File" leads to the field
        self.browse = QPushButton(self.tr("&Scegli file…"))
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self.choose_file)
        fr.addWidget(self.path, 1)
        fr.addWidget(self.browse)
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("doc_type")
        self.doc_type.addItem(self.tr("— scegli —"), None)
        for kind in DocumentType:
            self.doc_type.addItem(doc_type_label(kind), str(kind))
        self.title = line("title", self.tr("es. Carta d'identità di Amina"))
        self.person = QComboBox()
        self.person.setObjectName("beneficiary")
        self.person.addItem(self.tr("Tutto il nucleo"), None)
        for m in data.case.household.members:
            if m.to_date is None:
                self.person.addItem(m.full_name, m.beneficiary_id)
        self.issued = line("issued_on", self.tr("gg/mm/aaaa, facoltativa"))
        self.expires = line("expires_on", self.tr("gg/mm/aaaa, facoltativa"))
        for text, widget, field, aliases in (
            (self.tr("&File *"), file_row, "source", ("filename",)),
            (self.tr("&Tipo *"), self.doc_type, "doc_type", ()),
            (self.tr("T&itolo *"), self.title, "title", ()),
            (self.tr("&Persona"), self.person, "beneficiary_id", ()),
            (self.tr("&Rilasciato il"), self.issued, "issued_on", ()),
            (self.tr("Scad&e il"), self.expires, "expires_on", ()),
        ):
            self.errors.add(form, text, widget, field, *aliases)
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Allega"))
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        self.doc_type.currentIndexChanged.connect(self._suggest_title)
        fit_to_screen(self, 560, self.sizeHint().height())

    def choose_file(self) -> None:
        chosen = files.open_file(
            self,
            files.ATTACHMENT,
            self.tr("Scegli il file da allegare"),
            [
                self.tr("Documenti (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)"),
                files.all_files_filter(),
            ],
        )
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        if not self.title.isModified() and not self.title.text():
            self.title.setText(path.stem)

    def _suggest_title(self) -> None:
        if not self.title.isModified() and self.doc_type.currentData():
            person = self.person.currentData() and self.person.currentText()
            kind = self.doc_type.currentText()
            self.title.setText(f"{kind} – {person}" if person else kind)

    def is_dirty(self) -> bool:
        return bool(self.path.text() or self.title.isModified())

    def save(self) -> None:
        self.errors.clear()
        if not self.path.text():
            self.errors.show(ValidationError("source", self.tr("Scegli il file da allegare.")))
            return
        try:
            issued = parse_date("issued_on", self.issued.text())
            expires = parse_date("expires_on", self.expires.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.env.ops.write(
            self,
            documents.attach_document,
            doc_type=self.doc_type.currentData() or "",
            title=self.title.text(),
            source=Path(self.path.text()),
            case_id=self.case_id,
            beneficiary_id=self.person.currentData(),
            issued_on=issued,
            expires_on=expires,
            on_done=self._done,
            errors=self.errors,
        )

    def _done(self, doc: DocumentDTO) -> None:
        self.result_document = doc
        self.accept()

    def reject(self) -> None:
        if self.result_document is None and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Documento non allegato"),
                self.tr("Il documento non è stato allegato. Chiudere senza allegarlo?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
