"""Inserimenti, Documenti, Scheda FSE and Cronologia tabs (read views over service DTOs)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rts_desktop.models.vocab import label
from rts_desktop.services.fse import DISADVANTAGES, HOUSEHOLD_SITUATIONS
from rts_desktop.services.timeline import KIND_LABELS, TimelineEntry
from rts_desktop.text import fold
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.common.records_model import Column

CHECK_LABELS = {"presente": "✔ presente", "scaduto": "⚠ scaduto", "mancante": "✘ mancante"}


class StaysTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.stays = table(
            "stays",
            self.tr("Inserimenti"),
            [
                Column(self.tr("Alloggio"), lambda s: s.apartment_code),
                Column(self.tr("Stanza"), lambda s: s.room_name),
                Column(self.tr("Posti"), lambda s: s.places),
                Column(self.tr("Ingresso"), lambda s: s.start_date),
                Column(self.tr("Fine prevista"), lambda s: s.planned_end),
                Column(self.tr("Uscita"), lambda s: s.actual_end),
                Column(
                    self.tr("Proroghe"),
                    lambda s: "; ".join(
                        f"{date(e.decided_on)} → {date(e.new_end)}: {e.reason}"
                        for e in s.extensions
                    ),
                ),
            ],
            muted=lambda s: s.actual_end is not None,
        )
        layout.addWidget(self.stays)
        self.empty = QLabel(self.tr("Nessun inserimento in alloggio per questo caso."))
        layout.addWidget(self.empty)

    def show_data(self, data: CaseFileData) -> None:
        fill(self.stays, list(reversed(data.stays)))
        self.empty.setVisible(not data.stays)


class DocumentsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Documenti richiesti</b>")))
        self.checklist = table(
            "checklist",
            self.tr("Documenti richiesti"),
            [
                Column(self.tr("Documento"), lambda i: i.label),
                Column(self.tr("Stato"), lambda i: CHECK_LABELS.get(i.status, i.status)),
                Column(
                    self.tr("Scadenza"), lambda i: i.document.expires_on if i.document else None
                ),
            ],
        )
        self.checklist.setMaximumHeight(190)
        layout.addWidget(self.checklist)
        layout.addWidget(QLabel(self.tr("<b>Allegati</b>")))
        self.data: CaseFileData | None = None
        self.documents = table(
            "documents",
            self.tr("Allegati"),
            [
                Column(self.tr("Tipo"), lambda d: label(d.doc_type)),
                Column(self.tr("Titolo"), lambda d: d.title),
                Column(
                    self.tr("Persona"),
                    lambda d: self.data.person_name(d.beneficiary_id) if self.data else "",
                ),
                Column(self.tr("Rilasciato"), lambda d: d.issued_on),
                Column(self.tr("Scadenza"), lambda d: d.expires_on),
                Column(self.tr("File"), lambda d: d.filename),
            ],
        )
        layout.addWidget(self.documents, 1)

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        fill(self.checklist, data.checklist)
        fill(self.documents, data.documents)


class FseTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.data: CaseFileData | None = None
        self.sheets = table(
            "sheets",
            self.tr("Schede partecipante FSE"),
            [
                Column(
                    self.tr("Persona"),
                    lambda s: self.data.person_name(s.beneficiary_id) if self.data else "",
                ),
                Column(self.tr("Momento"), lambda s: label(s.moment)),
                Column(self.tr("Data"), lambda s: s.date),
                Column(self.tr("Condizione lavorativa"), lambda s: label(s.labour_status)),
                Column(self.tr("ISCED"), lambda s: s.isced_level),
                Column(
                    self.tr("Situazione familiare"),
                    lambda s: HOUSEHOLD_SITUATIONS.get(s.household_situation or "", ""),
                ),
                Column(
                    self.tr("Svantaggi"),
                    lambda s: ", ".join(DISADVANTAGES.get(d, d) for d in s.disadvantages),
                ),
            ],
        )
        layout.addWidget(self.sheets)
        self.empty = QLabel(
            self.tr("Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni persona.")
        )
        layout.addWidget(self.empty)

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        fill(self.sheets, data.sheets)
        self.empty.setVisible(not data.sheets)


class TimelineTab(QWidget):
    """The whole story, newest first, filterable by kind and by text."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: tuple[TimelineEntry, ...] = ()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("timeline_kind")
        self.kind.addItem(self.tr("Tutto"), None)
        for key, text in KIND_LABELS.items():
            self.kind.addItem(self.tr(text), key)
        kind_label = QLabel(self.tr("&Mostra:"))
        kind_label.setBuddy(self.kind)
        self.search = QLineEdit()
        self.search.setObjectName("timeline_search")
        self.search.setPlaceholderText(self.tr("Cerca nella cronologia…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("C&erca:"))
        search_label.setBuddy(self.search)
        for w in (kind_label, self.kind, search_label):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self.view = table(
            "timeline",
            self.tr("Cronologia"),
            [
                Column(self.tr("Data"), lambda e: e.date),
                Column(self.tr("Tipo"), lambda e: self.tr(e.kind_label)),
                Column(self.tr("Evento"), lambda e: e.title),
                Column(self.tr("Dettagli"), lambda e: e.detail, tooltip=lambda e: e.detail),
            ],
        )
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)

    def show_data(self, data: CaseFileData) -> None:
        self.entries = data.timeline
        self._refilter()

    def _refilter(self) -> None:
        kind = self.kind.currentData()
        needle = fold(self.search.text())
        rows = [
            e
            for e in self.entries
            if (kind is None or e.kind == kind)
            and (not needle or needle in fold(f"{e.title} {e.detail}"))
        ]
        fill(self.view, rows)
