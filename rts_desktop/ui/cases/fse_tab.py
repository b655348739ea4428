"""Scheda FSE: each adult's entry and exit sheets, the ESF indicators they produce (either
programme period) with what is missing for them, and the outcomes after leaving."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.models.vocab import SheetMoment, label
from rts_desktop.reports.esf.case import case_codes
from rts_desktop.reports.esf.classify import Classified
from rts_desktop.reports.esf.mapping import EsfMapping
from rts_desktop.services.cases import fse
from rts_desktop.services.cases.fse import (
    DISADVANTAGES,
    HOUSEHOLD_SITUATIONS,
    OutcomeDTO,
    SheetDTO,
)
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import fill, table
from rts_desktop.ui.cases.fse_outcome import OutcomesBox
from rts_desktop.ui.cases.fse_sheet import SheetDialog, adults, isced_text
from rts_desktop.ui.cases.info_tabs import read_only_tip
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.kernel.context import ActingContext


@dataclass(frozen=True)
class IndicatorRow:
    person: str
    code: str
    text: str


#: the programme periods the tab can show, the newest first (the default)
PROGRAMMES = (
    ("2021-2027", noop("FseTab", "FSE+ 2021–2027")),
    ("2014-2020", noop("FseTab", "FSE 2014–2020")),
)


@dataclass(frozen=True)
class FseReading:
    """What the tab reads besides the case file: the codes under one programme and the
    outcomes after leaving."""

    mapping: EsfMapping
    codes: dict[str, Classified]
    outcomes: list[OutcomeDTO]


def read_fse(db: Database, ctx: ActingContext, case_id: str, programme: str) -> FseReading:
    mapping, codes = case_codes(db, case_id, ctx=ctx, programme=programme)
    return FseReading(mapping, codes, fse.list_outcomes(db, case_id, ctx=ctx))


def indicator_rows(data: CaseFileData, reading: FseReading) -> list[IndicatorRow]:
    """The ESF codes of every person with an entry sheet; those that come from the art. 9
    answers (``sensitive``) are not shown here, as the answers themselves are not."""
    m = reading.mapping
    rows = []
    for pid, found in reading.codes.items():
        name = data.person_name(pid)
        for code in sorted(found.codes):
            indicator = m.indicators.get(code)
            if indicator is not None and not indicator.sensitive:
                rows.append(IndicatorRow(name, code, indicator.label))
    return sorted(rows, key=lambda r: (r.person, r.code))


def problem_lines(data: CaseFileData, reading: FseReading) -> list[str]:
    """What is missing for each person's indicators ("Amina Haddad: data di nascita…")."""
    return [
        f"{data.person_name(pid)}: {'; '.join(found.problems)}"
        for pid, found in sorted(reading.codes.items(), key=lambda i: data.person_name(i[0]))
        if found.problems
    ]


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
                Column(self.tr("Momento"), lambda s: text_of(label(s.moment))),
                Column(self.tr("Data"), lambda s: s.date),
                Column(self.tr("Condizione lavorativa"), self._labour),
                Column(
                    self.tr("Istruzione"),
                    lambda s: (
                        isced_text(s.isced_level)
                        if s.isced_level is not None
                        else self.tr("non indicato")
                    ),
                ),
                Column(
                    self.tr("Situazione familiare"),
                    lambda s: text_of(HOUSEHOLD_SITUATIONS.get(s.household_situation or "", "")),
                ),
                Column(
                    self.tr("Svantaggi"),
                    lambda s: ", ".join(text_of(DISADVANTAGES.get(d, d)) for d in s.disadvantages),
                ),
            ],
        )
        self.sheets.doubleClicked.connect(self._edit_selected)
        layout.addWidget(self.sheets, 2)
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
        bottom = QHBoxLayout()
        layout.addLayout(bottom, 2)
        left = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Indicatori FSE derivati</b>")))
        head.addStretch(1)
        self.programme = QComboBox()
        self.programme.setObjectName("esf_programme")
        self.programme.setAccessibleName(self.tr("Programmazione degli indicatori"))
        for key, text in PROGRAMMES:
            self.programme.addItem(translate("FseTab", text), key)  # i18n: dynamic
        self.programme.currentIndexChanged.connect(self._read)
        head.addWidget(self.programme)
        left.addLayout(head)
        self.indicators = table(
            "indicators",
            self.tr("Indicatori FSE derivati dalle schede"),
            [
                Column(self.tr("Persona"), lambda r: r.person),
                Column(self.tr("Codice"), lambda r: r.code),
                Column(self.tr("Indicatore"), lambda r: r.text),
            ],
        )
        left.addWidget(self.indicators, 1)
        note = QLabel(
            self.tr("Gli indicatori sui dati particolari (art. 9) non sono mostrati qui.")
        )
        note.setStyleSheet("color: #555;")
        note.setWordWrap(True)
        left.addWidget(note)
        self.problems = QLabel()
        self.problems.setObjectName("indicator_problems")
        self.problems.setStyleSheet("color: #b26a00;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        left.addWidget(self.problems)
        bottom.addLayout(left, 1)
        self.outcomes = OutcomesBox(env)
        bottom.addWidget(self.outcomes, 1)
        #: the newest reading only is shown (an older one finishing later is dropped)
        self._reading = 0
        self.reading: FseReading | None = None
        #: a closed case: only the exit sheet (filled after leaving) and the outcomes
        self.read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.entry_button.setEnabled(not read_only)
        self.entry_button.setToolTip(read_only_tip() if read_only else "")

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
        self._read()

    def _read(self, *_a: object) -> None:
        """Read the codes under the chosen programme and the outcomes (in the background)."""
        if self.data is None:
            return
        self._reading += 1
        token, data = self._reading, self.data
        db, ctx, programme = self.env.db, self.env.ctx, self.programme.currentData()
        self.env.runner.run(
            lambda _p: read_fse(db, ctx, data.case.id, programme),
            on_success=lambda reading: self._show_reading(data, reading, token),
            on_error=lambda exc: show_error(self, exc),
        )

    def _show_reading(self, data: CaseFileData, reading: FseReading, token: int) -> None:
        if token != self._reading:
            return
        self.reading = reading
        fill(self.indicators, indicator_rows(data, reading))
        lines = problem_lines(data, reading)
        self.problems.setText(
            self.tr("Da completare per gli indicatori:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.problems.setVisible(bool(lines))
        self.outcomes.show_outcomes(data, reading.outcomes)

    def _labour(self, sheet: SheetDTO) -> str:
        text = text_of(label(sheet.labour_status))
        if sheet.unemployed_months is None:
            return text
        return self.tr("{status} (%n mesi senza lavoro)", "", sheet.unemployed_months).format(
            status=text
        )

    def make_dialog(self, moment: str = SheetMoment.INGRESSO) -> SheetDialog:
        """On a closed case the dialog records the exit sheet only."""
        assert self.data is not None
        if self.read_only:
            return SheetDialog(self.env, self.data, self, SheetMoment.USCITA, exit_only=True)
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
        if self.read_only and sheet.moment != SheetMoment.USCITA:
            return  # an entry sheet of a closed case is consulted in the table
        dialog = self.make_dialog(sheet.moment)
        dialog.person.setCurrentIndex(max(dialog.person.findData(sheet.beneficiary_id), 0))
        dialog.exec()
