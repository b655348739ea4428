"""The "Elenco alloggi" tab: every apartment with status, places, occupancy, open repairs.

The status is the one of today, from the status history and the stays (``apartment_state``):
"Occupato" only when nobody else fits in. The list pages from SQL on the background runner
(``services/housing/apartment_pages``): the first page for what the bar asks, the next ones
as the view scrolls near the end, then the totals. What is typed or chosen while a page is
being read is read when it answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.services.housing.apartment_pages import (
    ApartmentPage,
    ApartmentQuery,
    ApartmentSort,
    ApartmentTotals,
    apartment_page,
    apartment_totals,
)
from rts_desktop.services.housing.apartment_state import KIND_LABELS, StateKind
from rts_desktop.services.housing.apartments import ApartmentRowDTO
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.paged_model import PagedModel, PagedReader
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv

_tr = translator("housing")
TABLES = (Aggregate.APARTMENTS, Aggregate.STAYS)


def columns() -> list[Column[ApartmentRowDTO]]:
    return [
        Column(_tr("Codice"), lambda a: a.code),
        Column(_tr("Indirizzo"), lambda a: a.address),
        # short headings for the numbers, whole in their tooltips: the address gets the
        # width on a 1280-pixel screen with the Scadenze panel open
        Column(_tr("Mun."), lambda a: a.municipio, heading_tip=_tr("Municipio")),
        Column(_tr("Stanze"), lambda a: a.rooms),
        Column(_tr("Posti"), lambda a: a.places),
        Column(_tr("Occ."), lambda a: a.occupied, heading_tip=_tr("Posti occupati oggi")),
        Column(_tr("Liberi"), lambda a: a.free, heading_tip=_tr("Posti liberi oggi")),
        # the kind alone ("Parzialmente occupato"): "Liberi" beside it has the number, and
        # the whole label would not fit a 1280-pixel screen with the Scadenze panel open
        Column(
            _tr("Stato"),
            lambda a: text_of(KIND_LABELS[a.state.kind]),
            lambda a: text_of(a.state.label),
        ),
        Column(_tr("Guasti"), lambda a: a.open_maintenance or "", heading_tip=_tr("Guasti aperti")),
    ]


#: the order each column sorts by
SORTS = (
    ApartmentSort.CODE,
    ApartmentSort.ADDRESS,
    ApartmentSort.MUNICIPIO,
    ApartmentSort.ROOMS,
    ApartmentSort.PLACES,
    ApartmentSort.OCCUPIED,
    ApartmentSort.FREE,
    ApartmentSort.STATE,
    ApartmentSort.REPAIRS,
)
#: the numbers, read from the right
NUMBERS = frozenset({2, 3, 4, 5, 6, 8})


class ApartmentListView(QWidget):
    apartment_opened = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.model: PagedModel[ApartmentRowDTO] = PagedModel(
            columns(), SORTS, (ApartmentSort.CODE, False), NUMBERS
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("apartment_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        db = env.db
        self.reader = PagedReader(
            env.runner,
            self.model,
            self._query,
            lambda query, after: apartment_page(db, query, env.ctx.today(), after=after),
            self._first_page,
            lambda exc: show_error(self, exc),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("codice o indirizzo"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Filtra:"))
        search_label.setBuddy(self.search)
        self.status = QComboBox()
        self.status.addItem(self.tr("Tutti gli stati"), None)
        for kind, text in KIND_LABELS.items():
            self.status.addItem(text_of(text), str(kind))
        status_label = QLabel(self.tr("S&tato:"))
        status_label.setBuddy(self.status)
        self.open_button = QPushButton(self.tr("Apri &scheda alloggio"))
        self.open_button.clicked.connect(self.open_current)
        self.totals = QLabel()
        bar = QHBoxLayout()
        for w in (search_label, self.search, status_label, self.status):
            bar.addWidget(w)
        bar.addWidget(self.totals, 1, Qt.AlignmentFlag.AlignRight)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        # every apartment is a row: any change of apartments or stays reloads the list
        self.listener = HubListener(self, env.db, TABLES, lambda _changes: self.reload())
        self.reload()

    def _filter(self, *_args: object) -> None:
        self.reader.read_first()

    def _query(self) -> ApartmentQuery:
        sort, descending = self.model.order
        state = self.status.currentData()
        return ApartmentQuery(
            self.search.text(), StateKind(state) if state else None, sort, descending
        )

    def reload(self) -> None:
        """Read the first page again (and the totals after it)."""
        self.reader.read_first()

    def _first_page(self, query: ApartmentQuery, page: ApartmentPage) -> None:
        current = self.table.currentIndex()
        selected = current.data(ROW_ROLE).id if current.isValid() else None
        self.model.set_page(page)
        row = next((i for i, r in enumerate(page.rows) if r.id == selected), -1)
        if row >= 0:
            self.table.selectRow(row)
        db, today = self.env.db, self.env.ctx.today()
        self.env.runner.run(
            lambda _progress: apartment_totals(db, query, today),
            on_success=lambda totals: self._counted(query, totals),
            on_error=lambda exc: show_error(self, exc),
        )

    def _counted(self, query: ApartmentQuery, totals: ApartmentTotals) -> None:
        if query != self._query():
            return  # the totals of the newer reading follow
        apartments = self.tr("%n alloggi", "", totals.apartments)
        if totals.shown != totals.apartments:  # «3 di 1500 alloggi» while a filter is on
            apartments = self.tr("%1 di %2").replace("%1", str(totals.shown))
            apartments = apartments.replace("%2", self.tr("%n alloggi", "", totals.apartments))
        text = self.tr("{apartments} · {free} su {places}").format(
            apartments=apartments,
            free=self.tr("%n posti liberi", "", totals.free),
            places=totals.places,
        )
        self.totals.setText(text)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.apartment_opened.emit(index.data(ROW_ROLE).id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)
