"""Scheda FSE: each adult's entry and exit sheets, the ESF indicators they produce, and the
button to record or correct a sheet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rts_desktop.models.vocab import SheetMoment, label
from rts_desktop.services.cases import fse
from rts_desktop.services.cases.fse import DISADVANTAGES, HOUSEHOLD_SITUATIONS, SheetDTO
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import fill, table
from rts_desktop.ui.cases.fse_sheet import ISCED_LABELS, SheetDialog, adults
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv


@dataclass(frozen=True)
class IndicatorRow:
    person: str
    code: str
    text: str


def indicator_rows(data: CaseFileData) -> list[IndicatorRow]:
    """ESF indicators of every person with an entry sheet (age from the birth date)."""
    mapping = fse.load_mapping()
    by_person: dict[str, dict[str, SheetDTO]] = {}
    for sh in data.sheets:
        by_person.setdefault(sh.beneficiary_id, {})[sh.moment] = sh
    births = {p.id: p.birth_date for p in data.people}
    rows = []
    for pid, pair in by_person.items():
        entry = pair.get(SheetMoment.INGRESSO)
        if entry is None:
            continue
        codes = fse.indicators_for(entry, pair.get(SheetMoment.USCITA), births.get(pid), mapping)
        rows += [IndicatorRow(data.person_name(pid), c, mapping.label(c)) for c in sorted(codes)]
    return rows


class FseTab(QWidget):
    """The sheet dialogs write; the case file reloads when the hub names its case."""

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.data: CaseFileData | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Schede partecipante</b>")))
        bar.addStretch(1)
        self.entry_button = QPushButton(self.tr("Scheda di &ingresso…"))
        self.entry_button.setObjectName("record_entry_sheet")
        self.entry_button.clicked.connect(lambda: self.record(SheetMoment.INGRESSO))
        self.exit_button = QPushButton(self.tr("Scheda di &uscita…"))
        self.exit_button.setObjectName("record_exit_sheet")
        self.exit_button.clicked.connect(lambda: self.record(SheetMoment.USCITA))
        bar.addWidget(self.entry_button)
        bar.addWidget(self.exit_button)
        layout.addLayout(bar)
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
                Column(
                    self.tr("Istruzione"),
                    lambda s: (
                        self.tr(ISCED_LABELS[s.isced_level])
                        if s.isced_level is not None
                        else self.tr("non indicato")
                    ),
                ),
                Column(
                    self.tr("Situazione familiare"),
                    lambda s: self.tr(HOUSEHOLD_SITUATIONS.get(s.household_situation or "", "")),
                ),
                Column(
                    self.tr("Svantaggi"),
                    lambda s: ", ".join(self.tr(DISADVANTAGES.get(d, d)) for d in s.disadvantages),
                ),
            ],
        )
        self.sheets.doubleClicked.connect(self._edit_selected)
        layout.addWidget(self.sheets, 3)
        self.empty = QLabel(
            self.tr("Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni adulto.")
        )
        self.empty.setStyleSheet("color: #555;")
        layout.addWidget(self.empty)
        self.missing = QLabel()
        self.missing.setObjectName("sheets_missing")
        self.missing.setStyleSheet("color: #b26a00;")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        layout.addWidget(QLabel(self.tr("<b>Indicatori FSE derivati</b>")))
        self.indicators = table(
            "indicators",
            self.tr("Indicatori FSE derivati dalle schede"),
            [
                Column(self.tr("Persona"), lambda r: r.person),
                Column(self.tr("Codice"), lambda r: r.code),
                Column(self.tr("Indicatore"), lambda r: r.text),
            ],
        )
        layout.addWidget(self.indicators, 2)

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        fill(self.sheets, data.sheets)
        self.empty.setVisible(not data.sheets)
        with_entry = {s.beneficiary_id for s in data.sheets if s.moment == SheetMoment.INGRESSO}
        missing = [n for pid, n in adults(data, self.env.ctx.today()) if pid not in with_entry]
        self.missing.setText(
            self.tr("Manca la scheda di ingresso di: %1.").replace("%1", ", ".join(missing))
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))
        fill(self.indicators, indicator_rows(data))

    def make_dialog(self, moment: str = SheetMoment.INGRESSO) -> SheetDialog:
        assert self.data is not None
        return SheetDialog(self.env, self.data, self, moment)

    def record(self, moment: str) -> None:
        if self.data is None:
            return
        self.make_dialog(moment).exec()

    def _edit_selected(self) -> None:
        index = self.sheets.currentIndex()
        sheet = self.sheets.model().data(index.siblingAtColumn(0), ROW_ROLE)
        if self.data is None or not isinstance(sheet, SheetDTO):
            return
        dialog = self.make_dialog(sheet.moment)
        dialog.person.setCurrentIndex(max(dialog.person.findData(sheet.beneficiary_id), 0))
        dialog.exec()
