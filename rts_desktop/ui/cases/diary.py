"""Diario: the case's append-only notes, filters, and the form for a new note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, translate
from rts_desktop.kernel.text import fold
from rts_desktop.models.vocab import NoteKind
from rts_desktop.services.cases import notes
from rts_desktop.services.cases.notes import NoteDTO
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import fill, table
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv

KIND_LABELS = {
    NoteKind.LIBERA: noop("DiaryTab", "Nota libera"),
    NoteKind.COLLOQUIO_INGRESSO: noop("DiaryTab", "Colloquio di ingresso"),
    NoteKind.VERIFICA: noop("DiaryTab", "Verifica"),
    NoteKind.DIMISSIONE: noop("DiaryTab", "Dimissione"),
    NoteKind.VISITA_DOMICILIARE: noop("DiaryTab", "Visita domiciliare"),
    NoteKind.MEDIAZIONE: noop("DiaryTab", "Mediazione"),
}


def kind_text(kind: str) -> str:
    """The name of a kind of note in the current language (the code when unknown)."""
    known = KIND_LABELS.get(kind)  # type: ignore[call-overload]
    return translate("DiaryTab", known) if known else kind  # i18n: dynamic


class DiaryTab(QWidget):
    saved = Signal(object)

    def __init__(self, env: UiEnv, case_id: str) -> None:
        super().__init__()
        self.env = env
        self.case_id = case_id
        self.all_notes: tuple[NoteDTO, ...] = ()
        self._template = ""
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_form())
        splitter.setSizes([620, 420])

    # --- layout ---------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter_kind = QComboBox()
        self.filter_kind.setObjectName("diary_filter_kind")
        self.filter_kind.addItem(self.tr("Tutte le note"), None)
        for kind in KIND_LABELS:
            self.filter_kind.addItem(kind_text(kind), str(kind))
        self.filter_kind.setAccessibleName(self.tr("Tipo di nota"))
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("diary_filter_text")
        self.filter_text.setPlaceholderText(self.tr("Cerca nel diario…"))
        self.filter_text.setClearButtonEnabled(True)
        find = QLabel(self.tr("Ce&rca:"))
        find.setBuddy(self.filter_text)
        bar.addWidget(self.filter_kind)
        bar.addWidget(find)
        bar.addWidget(self.filter_text, 1)
        layout.addLayout(bar)
        self.list = table(
            "diary",
            self.tr("Note del diario"),
            [
                Column(self.tr("Data"), lambda n: n.date),
                Column(self.tr("Tipo"), lambda n: kind_text(n.kind)),
                Column(self.tr("Autore"), lambda n: n.author_name or self.tr("—")),
                Column(self.tr("Testo"), lambda n: " ".join(n.text.split())[:140]),
            ],
        )
        layout.addWidget(self.list, 3)
        self.reader = QPlainTextEdit()
        self.reader.setObjectName("diary_reader")
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName(self.tr("Testo della nota selezionata"))
        layout.addWidget(self.reader, 2)
        self.filter_kind.currentIndexChanged.connect(self._refilter)
        self.filter_text.textChanged.connect(self._refilter)
        self.list.selectionModel().currentRowChanged.connect(self._show_selected)
        return box

    def _build_form(self) -> QWidget:
        box = QGroupBox(self.tr("Nuova nota"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        general = error_label()
        self.errors = FieldErrors(general)
        self.kind = QComboBox()
        self.kind.setObjectName("note_kind")
        for kind in KIND_LABELS:
            self.kind.addItem(kind_text(kind), str(kind))
        self.errors.add(form, self.tr("&Tipo"), self.kind, "kind")
        self.date = DateEdit(self.env.ctx.today(), name="note_date")
        self.errors.add(form, self.tr("&Data"), self.date, "date")
        self.text = QPlainTextEdit()
        self.text.setObjectName("note_text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Cosa è successo, cosa si è concordato…"))
        self.errors.add(form, self.tr("Te&sto"), self.text, "text")
        layout.addLayout(form, 1)
        layout.addWidget(general)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Le note non si modificano: una correzione è una nuova nota."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.save_button = QPushButton(self.tr("&Salva nota"))
        self.save_button.setObjectName("save_note")
        self.save_button.clicked.connect(self.save)
        row.addWidget(hint, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        return box

    # --- behaviour ------------------------------------------------------------------------
    def show_data(self, data: CaseFileData) -> None:
        self.all_notes = data.notes
        self._refilter()

    def _refilter(self) -> None:
        kind = self.filter_kind.currentData()
        needle = fold(self.filter_text.text())
        rows = [
            n
            for n in self.all_notes
            if (kind is None or n.kind == kind) and (not needle or needle in fold(n.text))
        ]
        fill(self.list, rows)
        if rows:
            self.list.selectRow(0)
        else:
            self.reader.clear()

    def _show_selected(self) -> None:
        index = self.list.currentIndex()
        note = (
            self.list.model().data(index.siblingAtColumn(0), ROW_ROLE) if index.isValid() else None
        )
        self.reader.setPlainText(note.text if isinstance(note, NoteDTO) else "")

    def _kind_changed(self) -> None:
        """Put the kind's template in the text, unless the person already wrote something."""
        if self.text.toPlainText().strip() in ("", self._template.strip()):
            self._template = notes.template_for(self.kind.currentData())
            self.text.setPlainText(self._template)

    def is_dirty(self) -> bool:
        return self.text.toPlainText().strip() not in ("", self._template.strip())

    @shows_date_errors
    def save(self) -> None:
        kind, on, text = (
            self.kind.currentData(),
            self.date.value(),
            self.text.toPlainText(),
        )
        self.env.ops.write(
            self,
            notes.add_note,
            self.case_id,
            kind,
            on,
            text,
            on_done=self._saved,
            errors=self.errors,
        )

    def _saved(self, note: NoteDTO) -> None:
        self._template = ""
        self.text.clear()
        self.kind.setCurrentIndex(0)
        self.saved.emit(note)
