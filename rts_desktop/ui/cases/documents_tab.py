"""Documenti: the required-documents checklist (text and colour), the attachments, attaching
a file (copied off the GUI thread) and opening one with the system viewer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.services.cases import documents
from rts_desktop.services.cases.documents import ChecklistItem, DocumentDTO
from rts_desktop.ui.cases.attach_dialog import AttachDocumentDialog
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import doc_type_label, fill, table
from rts_desktop.ui.cases.info_tabs import read_only_tip
from rts_desktop.ui.common.dates import format_day
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, Index, RecordsModel
from rts_desktop.ui.env import UiEnv

CHECK_TEXT = {
    "presente": noop("DocumentsTab", "✔ presente"),
    "scaduto": noop("DocumentsTab", "⚠ scaduto"),
    "mancante": noop("DocumentsTab", "✘ mancante"),
}
CHECK_COLOURS = {"presente": "#2e7d32", "scaduto": "#b26a00", "mancante": "#b00020"}


class ChecklistModel(RecordsModel[ChecklistItem]):
    """The checklist rows; the status column coloured (the text says it too)."""

    STATUS_COLUMN = 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.STATUS_COLUMN
            and index.row() < len(self.rows)
        ):
            return QBrush(QColor(CHECK_COLOURS.get(self.rows[index.row()].status, "#333333")))
        return super().data(index, role)


class DocumentsTab(QWidget):
    def __init__(self, env: UiEnv, case_id: str) -> None:
        super().__init__()
        self.env = env
        self.case_id = case_id
        self.data: CaseFileData | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("checklist_summary")
        layout.addWidget(QLabel(self.tr("<b>Documenti richiesti</b>")))
        columns = [
            Column(self.tr("Documento"), lambda i: text_of(i.label)),
            Column(self.tr("Stato"), self._check_text),
            Column(self.tr("Scadenza"), lambda i: i.document.expires_on if i.document else None),
            Column(self.tr("Documento trovato"), lambda i: i.document.title if i.document else ""),
        ]
        self.checklist = table("checklist", self.tr("Documenti richiesti"), columns)
        self.checklist.setModel(ChecklistModel(columns))
        self.checklist.setMaximumHeight(180)
        layout.addWidget(self.checklist)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Allegati</b>")))
        bar.addStretch(1)
        self.attach_button = QPushButton(self.tr("A&llega documento…"))
        self.attach_button.setObjectName("attach_document")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("A&pri documento"))
        self.open_button.setObjectName("open_document")
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.attach_button)
        bar.addWidget(self.open_button)
        layout.addLayout(bar)
        self.documents = table(
            "documents",
            self.tr("Allegati"),
            [
                Column(self.tr("Tipo"), lambda d: doc_type_label(d.doc_type)),
                Column(self.tr("Titolo"), lambda d: d.title),
                Column(
                    self.tr("Persona"),
                    lambda d: self.data.person_name(d.beneficiary_id) if self.data else "",
                ),
                Column(self.tr("Rilasciato"), lambda d: d.issued_on),
                Column(self.tr("Scadenza"), self._expiry),
                Column(self.tr("File"), lambda d: d.filename),
            ],
            muted=lambda d: d.expired(self.env.ctx.today()),
        )
        self.documents.doubleClicked.connect(lambda _i: self.open_current())
        layout.addWidget(self.documents, 1)
        self.empty = QLabel(self.tr("Nessun documento allegato: usa «Allega documento…»."))
        self.empty.setStyleSheet("color: #555;")
        layout.addWidget(self.empty)

    def _expiry(self, d: DocumentDTO) -> str:
        if d.expires_on is None:
            return ""
        text = format_day(d.expires_on)
        if d.expired(self.env.ctx.today()):
            return self.tr("{date} (scaduto)").format(date=text)
        return text

    def _check_text(self, item: ChecklistItem) -> str:
        known = CHECK_TEXT.get(item.status)
        return translate("DocumentsTab", known) if known else item.status  # i18n: dynamic

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        fill(self.checklist, data.checklist)
        fill(self.documents, data.documents)
        missing = sum(1 for i in data.checklist if not i.satisfied)
        self.summary.setText(
            self.tr("Tutti i documenti richiesti sono presenti.")
            if not missing
            else self.tr("%n documenti richiesti mancanti o scaduti.", "", missing)
        )
        self.empty.setVisible(not data.documents)
        self.open_button.setEnabled(bool(data.documents))

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: its documents are opened, not attached."""
        self.attach_button.setEnabled(not read_only)
        self.attach_button.setToolTip(read_only_tip() if read_only else "")

    def current_document(self) -> DocumentDTO | None:
        index = self.documents.currentIndex()
        if not index.isValid():
            return None
        doc = self.documents.model().data(index.siblingAtColumn(0), ROW_ROLE)
        return doc if isinstance(doc, DocumentDTO) else None

    def attach(self) -> None:
        """The dialog writes; the case file hears the new document on the hub."""
        if self.data is None or not self.attach_button.isEnabled():
            return
        AttachDocumentDialog(self.env, self.data, self).exec()

    def open_current(self) -> None:
        doc = self.current_document()
        if doc is None:
            return
        # the opening is audited: it runs as a write
        self.env.ops.write(
            self.open_button,
            documents.document_path,
            doc.id,
            on_done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )
