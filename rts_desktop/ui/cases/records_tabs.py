"""Inserimenti and Cronologia tabs (read views over service DTOs)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rts_desktop.kernel.text import fold
from rts_desktop.services.cases.timeline import KIND_LABELS, TimelineEntry
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.common.records_model import Column


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


class TimelineTab(QWidget):
    """The whole story, newest first, filterable by kind and by text; what is still to come
    (appointments after ``today``) is listed apart under "In programma", soonest first."""

    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today
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
        columns = [
            Column(self.tr("Data"), lambda e: e.date),
            Column(self.tr("Tipo"), lambda e: self.tr(e.kind_label)),
            Column(self.tr("Evento"), lambda e: e.title),
            Column(self.tr("Dettagli"), lambda e: e.detail, tooltip=lambda e: e.detail),
        ]
        self.upcoming_title = QLabel(self.tr("<b>In programma</b>"))
        self.upcoming = table(
            "timeline_upcoming", self.tr("In programma"), columns, muted=lambda _e: True
        )
        self.upcoming.setMaximumHeight(150)
        self.past_title = QLabel(self.tr("<b>Già avvenuto</b>"))
        self.view = table("timeline", self.tr("Cronologia"), columns)
        for w in (self.upcoming_title, self.upcoming, self.past_title):
            layout.addWidget(w)
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
        upcoming = sorted((e for e in rows if e.date > self.today), key=lambda e: e.date)
        fill(self.upcoming, upcoming)
        fill(self.view, [e for e in rows if e.date <= self.today])
        for w in (self.upcoming_title, self.upcoming, self.past_title):
            w.setVisible(bool(upcoming))
