"""The filters of the Report area: year (quick pick), period, Municipio, ESF programme."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.reports.table import ReportFilter
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.flow import FlowLayout, row_of

#: how many years the quick picker offers (the current one and the ones before)
YEARS = 10


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last full calendar year: coordinators report yearly, on closed years."""
    year = today.year - 1
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _date_edit(name: str) -> DateEdit:
    edit = DateEdit(name=name)
    edit.set_range(dt.date(1990, 1, 1), None)
    return edit


class ReportFilters(QWidget):
    """Emits ``refresh_requested`` when "Aggiorna" is pressed (or Enter in a date)."""

    refresh_requested = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_filters")
        start, end = default_period(today)
        self.year = QComboBox()
        self.year.setObjectName("report_year")
        self.year.setAccessibleName(self.tr("Anno"))
        for year in range(today.year, today.year - YEARS, -1):
            self.year.addItem(str(year), year)
        self.year.addItem(self.tr("Periodo libero"), None)
        self.year.setToolTip(
            self.tr(
                "Sceglie l'intero anno solare (1/1–31/12). All'apertura è proposto l'ultimo "
                "anno concluso, quello su cui si rendiconta."
            )
        )
        self.date_from = _date_edit("report_from")
        self.date_from.setAccessibleName(self.tr("Dal"))
        self.date_to = _date_edit("report_to")
        self.date_to.setAccessibleName(self.tr("Al"))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.tr("Il periodo del report, estremi inclusi."))
        self.municipio = QComboBox()
        self.municipio.setObjectName("report_municipio")
        self.municipio.setAccessibleName(self.tr("Municipio"))
        self.municipio.addItem(self.tr("Tutti"), None)
        for n in range(1, 10):
            self.municipio.addItem(self.tr("Municipio %1").replace("%1", str(n)), n)
        self.municipio.setToolTip(
            self.tr("I casi secondo il Municipio del loro servizio sociale, gli alloggi il loro.")
        )
        self.programme = QComboBox()
        self.programme.setObjectName("report_programme")
        self.programme.setAccessibleName(self.tr("Programmazione FSE"))
        self.programme.addItem("2021–2027", "2021-2027")
        self.programme.addItem("2014–2020", "2014-2020")
        self.programme.setToolTip(
            self.tr("Il periodo di programmazione del Fondo sociale europeo per gli indicatori.")
        )
        self.refresh = QPushButton(self.tr("A&ggiorna"))
        self.refresh.setObjectName("report_refresh")
        self.refresh.setAccessibleName(self.tr("Aggiorna i report"))
        self.refresh.setDefault(True)
        self.refresh.clicked.connect(self.refresh_requested)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        fields = [
            (self.tr("&Anno"), self.year),
            (self.tr("&Dal"), self.date_from),
            (self.tr("A&l"), self.date_to),
            (self.tr("&Municipio"), self.municipio),
            (self.tr("&Programmazione FSE"), self.programme),
        ]
        line = FlowLayout(spacing=16)  # wraps when the texts are long (a translation)
        for text, widget in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            line.addWidget(row_of(label, widget))
        rows.addLayout(line)
        row = QHBoxLayout()
        row.addWidget(self.refresh)
        rows.addLayout(row)
        #: the line of "Aggiorna": the page puts its progress and messages after it
        self.tail = row
        self.set_period(start, end)
        self.year.activated.connect(self._year_chosen)
        self.date_from.valueChanged.connect(self._dates_changed)
        self.date_to.valueChanged.connect(self._dates_changed)

    # ---- period ----------------------------------------------------------------------

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.date_from.set_value(start)
        self.date_to.set_value(end)
        self._dates_changed()

    def choose_year(self, year: int) -> None:
        """As a person picking ``year`` in "Anno": the period becomes 1/1–31/12."""
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)
            self._year_chosen(index)

    def _year_chosen(self, index: int) -> None:
        year = self.year.itemData(index)
        if isinstance(year, int):
            self.set_period(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def _dates_changed(self) -> None:
        """The year picker follows the dates: a whole year shows it, anything else does not."""
        start, end = self.start(), self.end()
        whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        index = self.year.findData(start.year) if whole and start.year == end.year else -1
        self.year.blockSignals(True)
        self.year.setCurrentIndex(index if index >= 0 else self.year.count() - 1)
        self.year.blockSignals(False)

    def start(self) -> dt.date:
        return self.date_from.committed_value() or dt.date(1990, 1, 1)

    def end(self) -> dt.date:
        return self.date_to.committed_value() or dt.date.today()

    def value(self) -> ReportFilter:
        return ReportFilter(
            start=self.start(),
            end=self.end(),
            municipio=self.municipio.currentData(),
            programme=self.programme.currentData(),
        )
