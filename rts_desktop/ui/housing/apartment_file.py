"""Scheda alloggio: data and rooms, status history, stays, handovers and inspections,
maintenance, agreements and contributions of the households who lived there."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.housing import agreements, upkeep
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing.apartment_state import apartment_state
from rts_desktop.services.housing.board import apartment_requests, apartment_stays
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.common.text import money
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing import upkeep_dialogs as ud
from rts_desktop.ui.housing.case_summary import stay_columns
from rts_desktop.ui.housing.stay_actions import StayActions

#: the apartment itself (rooms, status, stays, handovers, inspections, repairs) and the cases
#: of the households who lived there (their agreements and contributions)
TABLES = (Aggregate.APARTMENTS, Aggregate.CASES)


def _euro(value: int | None) -> str:
    return "" if value is None else money(value)


class TableTab(QWidget):
    """A table with buttons acting on its current row."""

    def __init__(self, columns: Sequence[Column[Any]], name: str) -> None:
        super().__init__()
        self.model: RecordsModel[Any] = RecordsModel(columns)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None


class ApartmentFileDialog(QDialog):
    def __init__(
        self, env: UiEnv, apartment_id: str, actions: StayActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.apartment_id = apartment_id
        self.stay_actions = actions
        self.child: QDialog | None = None
        self.heading = QLabel()
        self.tabs = QTabWidget()
        self.rooms = TableTab(
            [
                Column(self.tr("Stanza"), lambda r: r.name),
                Column(self.tr("Letti"), lambda r: r.beds),
            ],
            self.tr("Stanze"),
        )
        self.status = TableTab(
            [
                Column(self.tr("Dal"), lambda e: e.from_date),
                Column(self.tr("Stato"), lambda e: e.status_label),
                Column(self.tr("Nota"), lambda e: e.note),
            ],
            self.tr("Storico stato"),
        )
        self.status.button(self.tr("&Cambia stato…"), lambda: self._form(ud.StatusDialog))
        self._room_names: dict[str, str] = {}
        self._case_ids: frozenset[str] = frozenset()
        self.stays = TableTab(
            [
                Column(self.tr("Percorso"), lambda s: s.case_code),
                Column(self.tr("Stanza"), lambda s: self._room_names.get(s.room_id, "")),
                *stay_columns(),
            ],
            self.tr("Inserimenti"),
        )
        self.stays.button(self.tr("A&zioni…"), self._stay_menu)
        self.handovers = TableTab(
            [
                Column(self.tr("Data"), lambda h: h.date),
                Column(self.tr("Verbale"), lambda h: h.kind_label),
                Column(self.tr("Chiavi"), lambda h: h.keys_count),
                Column(self.tr("Luce"), lambda h: h.meter_electricity),
                Column(self.tr("Gas"), lambda h: h.meter_gas),
                Column(self.tr("Acqua"), lambda h: h.meter_water),
                Column(self.tr("Stato"), lambda h: h.condition),
            ],
            self.tr("Verbali chiavi"),
        )
        self.handovers.button(self.tr("Stampa &verbale"), self._print)
        self.inspections = TableTab(
            [
                Column(self.tr("Data"), lambda i: i.date),
                Column(self.tr("Esito"), lambda i: i.outcome),
                Column(self.tr("Note"), lambda i: i.notes),
            ],
            self.tr("Sopralluoghi"),
        )
        self.inspections.button(
            self.tr("&Nuovo sopralluogo…"), lambda: self._form(ud.InspectionDialog)
        )
        self.requests = TableTab(
            [
                Column(self.tr("Aperta il"), lambda m: m.opened_on),
                Column(self.tr("Descrizione"), lambda m: m.description),
                Column(self.tr("Stato"), lambda m: m.status_label),
                Column(self.tr("Chi interviene"), lambda m: m.assignee),
                Column(self.tr("Costo"), lambda m: _euro(m.cost_cents)),
                Column(self.tr("Chiusa il"), lambda m: m.closed_on),
            ],
            self.tr("Manutenzione"),
        )
        self.requests.button(self.tr("&Nuova segnalazione…"), lambda: self._form(ud.RequestDialog))
        self.requests.button(self.tr("&Assegna…"), lambda: self._request_form(ud.AssignDialog))
        self.requests.button(self.tr("C&hiudi…"), lambda: self._request_form(ud.CloseDialog))
        self.agreements = TableTab(
            [
                Column(self.tr("Percorso"), lambda r: r[0]),
                Column(self.tr("Patto firmato il"), lambda r: r[1].signed_on),
                Column(self.tr("Mesi"), lambda r: r[1].duration_months),
                Column(self.tr("Quota mensile"), lambda r: _euro(r[1].monthly_contribution_cents)),
                Column(self.tr("Regolamento"), lambda r: r[1].house_rules_version),
                Column(self.tr("Richiami"), lambda r: len(r[1].warnings) or ""),
                Column(self.tr("Morosità"), lambda r: _euro(r[2]) if r[2] else "—"),
            ],
            self.tr("Patti e quote"),
        )
        for tab, text in (
            (self.rooms, self.tr("&Stanze")),
            (self.status, self.tr("S&torico stato")),
            (self.stays, self.tr("&Inserimenti")),
            (self.handovers, self.tr("&Verbali chiavi")),
            (self.inspections, self.tr("So&pralluoghi")),
            (self.requests, self.tr("&Manutenzione")),
            (self.agreements, self.tr("Patti e &quote")),
        ):
            self.tabs.addTab(tab, text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        fit_to_screen(self, 900, 560)
        self.listener = HubListener(self, env.db, TABLES, self._changed)
        self.reload()

    def shows(self, changes: Changes) -> bool:
        """The changes name this apartment or a case whose agreements the file lists."""
        return changes.touches_record(Aggregate.APARTMENTS, self.apartment_id) or any(
            changes.touches_record(Aggregate.CASES, case_id) for case_id in self._case_ids
        )

    def _changed(self, changes: Changes) -> None:
        if self.shows(changes):
            self.reload()

    def reload(self) -> None:
        db, today = self.env.db, self.env.ctx.today()
        a = housing.get_apartment(db, self.apartment_id)
        stays = apartment_stays(db, self.apartment_id, ctx=self.env.ctx)
        beds = sum(r.beds for r in a.rooms)
        occupied = sum(s.places for s in stays if s.start <= today < s.end)
        state = apartment_state(housing.status_on(a, today), beds, occupied)
        facts = [
            self.tr("Municipio {n}").format(n=a.municipio),
            self.tr("piano {floor}").format(floor=a.floor) if a.floor is not None else "",
            self.tr("ascensore") if a.lift else self.tr("senza ascensore"),
            self.tr("accessibile") if a.accessible else "",
            self.tr("{rooms}, {beds}").format(
                rooms=self.tr("%n stanze", "", len(a.rooms)), beds=self.tr("%n letti", "", beds)
            ),
        ]
        self.setWindowTitle(self.tr("Alloggio %1").replace("%1", a.code))
        state_text = self.tr("Stato oggi: <b>{state}</b>").format(state=text_of(state.label))
        if occupied:
            state_text = self.tr("Stato oggi: <b>{state}</b> · {occupied} posti occupati su {beds}")
            state_text = state_text.format(state=text_of(state.label), occupied=occupied, beds=beds)
        self.heading.setText(
            f"<h3>{a.code} · {a.address}</h3>"
            + " · ".join(f for f in facts if f)
            + "<br>"
            + state_text
        )
        self.rooms.model.set_rows(a.rooms)
        self._room_names = {r.id: r.name for r in a.rooms}
        self.status.model.set_rows(
            sorted(a.status_history, key=lambda e: e.from_date, reverse=True)
        )
        self._case_ids = frozenset(s.case_id for s in stays)
        self.stays.model.set_rows(list(reversed(stays)))
        self.handovers.model.set_rows(
            upkeep.list_handovers(db, apartment_id=self.apartment_id, ctx=self.env.ctx)
        )
        self.inspections.model.set_rows(upkeep.list_inspections(db, self.apartment_id))
        self.requests.model.set_rows(apartment_requests(db, self.apartment_id))
        rows = []
        seen = [s for s in stays if not s.hidden]  # "occupato": nothing of theirs shows
        for case_id, code in dict.fromkeys((s.case_id, s.case_code) for s in seen):
            owed = agreements.arrears(db, case_id, today)
            rows += [(code, ag, owed) for ag in agreements.case_agreements(db, case_id)]
        self.agreements.model.set_rows(rows)

    def _form(self, dialog_class: Any) -> None:
        """A form writing about this apartment: the file reloads when it hears the change."""
        self.child = dialog_class(self.env, self.apartment_id, self)
        self.child.open()

    def _request_form(self, dialog_class: Any) -> None:
        request = self.requests.current()
        if request is None or not request.is_open:
            return
        self.child = dialog_class(self.env, request, self)
        self.child.open()

    def _stay_menu(self) -> None:
        stay = self.stays.current()
        if stay is not None:
            button = self.stays.buttons.itemAt(1).widget()
            self.stay_actions.popup(stay, button.mapToGlobal(button.rect().bottomLeft()))

    def _print(self) -> None:
        handover = self.handovers.current()
        if handover is not None:
            self.stay_actions.print_handover_id(handover.id)
