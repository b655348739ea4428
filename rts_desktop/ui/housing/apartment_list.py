"""The "Elenco alloggi" tab: every apartment with status, places, occupancy, open repairs.

The status is the one of today, from the status history and the stays (``apartment_state``):
"Occupato" only when nobody else fits in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
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
from rts_desktop.services.housing.apartment_state import KIND_LABELS, StateKind
from rts_desktop.services.housing.apartments import ApartmentRowDTO, list_apartments
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, RecordsModel
from rts_desktop.ui.env import UiEnv

_tr = translator("housing")
TABLES = (Aggregate.APARTMENTS, Aggregate.STAYS)


def columns() -> list[Column[ApartmentRowDTO]]:
    return [
        Column(_tr("Codice"), lambda a: a.code),
        Column(_tr("Indirizzo"), lambda a: a.address),
        Column(_tr("Municipio"), lambda a: a.municipio),
        Column(_tr("Stanze"), lambda a: a.rooms),
        Column(_tr("Posti"), lambda a: a.places),
        Column(_tr("Occupati"), lambda a: a.occupied),
        Column(_tr("Liberi"), lambda a: a.free),
        Column(_tr("Stato"), lambda a: text_of(a.state.label)),
        Column(_tr("Guasti aperti"), lambda a: a.open_maintenance or ""),
    ]


class ApartmentFilter(QSortFilterProxyModel):
    """Text on code/address, status shown today; numbers sort as numbers."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.status: StateKind | None = None

    def set(self, text: str, status: str | None) -> None:
        self.text = text.strip().lower()
        self.status = StateKind(status) if status else None
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        item: ApartmentRowDTO = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        if self.status and item.state.kind != self.status:
            return False
        return not self.text or self.text in f"{item.code} {item.address}".lower()

    def lessThan(
        self, a: QModelIndex | QPersistentModelIndex, b: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model: Any = self.sourceModel()
        column = model.columns[a.column()]
        left, right = column.value(a.data(ROW_ROLE)), column.value(b.data(ROW_ROLE))
        if isinstance(left, int) and isinstance(right, int):
            return left < right
        return str(left) < str(right)


class ApartmentListView(QWidget):
    apartment_opened = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.model: RecordsModel[ApartmentRowDTO] = RecordsModel(columns())
        self.proxy = ApartmentFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("apartment_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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
        self.proxy.set(self.search.text(), self.status.currentData())

    def reload(self) -> None:
        db, today = self.env.db, self.env.ctx.today()
        self.env.runner.run(
            lambda progress: list_apartments(db, today),
            on_success=self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _loaded(self, rows: list[ApartmentRowDTO]) -> None:
        self.model.set_rows(rows)
        places = sum(r.places for r in rows)
        free = sum(r.free for r in rows)
        self.totals.setText(
            self.tr("{apartments} · {free} su {places}").format(
                apartments=self.tr("%n alloggi", "", len(rows)),
                free=self.tr("%n posti liberi", "", free),
                places=places,
            )
        )

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.apartment_opened.emit(index.data(ROW_ROLE).id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)
