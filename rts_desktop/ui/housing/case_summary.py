"""A short summary of a case opened from the board (until the case file is wired in): its
stays and, while it is housed, what its apartment is today."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import label
from rts_desktop.services.housing.apartments import list_apartments
from rts_desktop.services.housing.board import BoardStay, case_board_stays, case_heading
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.stay_actions import StayActions

_tr = translator("housing")


def stay_columns() -> list[Column[BoardStay]]:
    return [
        Column(_tr("Nucleo"), lambda s: s.household),
        Column(_tr("Dal"), lambda s: s.start),
        Column(_tr("Fine prevista"), lambda s: s.planned_end),
        Column(_tr("Uscita"), lambda s: s.actual_end),
        Column(_tr("Posti"), lambda s: s.places),
        Column(_tr("Proroghe"), lambda s: s.extensions or ""),
    ]


class CaseSummaryDialog(QDialog):
    def __init__(
        self, env: UiEnv, case_id: str, actions: StayActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.case_id = case_id
        self.stay_actions = actions
        head = case_heading(env.db, case_id, ctx=env.ctx)
        self.setWindowTitle(self.tr("Percorso %1").replace("%1", head.code))
        self.heading = QLabel()
        self.head = head
        self.model: RecordsModel[BoardStay] = RecordsModel(
            [Column(self.tr("Alloggio"), lambda s: s.apartment_code), *stay_columns()]
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Inserimenti del percorso"))
        stays_label = QLabel(self.tr("&Inserimenti:"))
        stays_label.setBuddy(self.table)
        self.actions_button = QPushButton(self.tr("&Azioni sull'inserimento…"))
        self.actions_button.clicked.connect(self._menu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.actions_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(stays_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 320)
        self.listener = HubListener(self, env.db, (Aggregate.CASES,), self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches_record(Aggregate.CASES, self.case_id):  # its stays name the case
            self.reload()

    def reload(self) -> None:
        db, today = self.env.db, self.env.ctx.today()
        found = case_board_stays(db, self.case_id, ctx=self.env.ctx)
        self.model.set_rows(found)
        if self.model.rows:
            self.table.selectRow(len(self.model.rows) - 1)
        heading = f"<h3>{self.head.household}</h3>" + self.tr(
            "Percorso <b>%1</b> · stato: %2"
        ).replace("%1", self.head.code).replace("%2", text_of(label(self.head.status)))
        current = next((st for st in found if st.start <= today < st.end), None)
        if current is not None:
            [row] = list_apartments(db, today, apartment_ids=[current.apartment_id])
            heading += "<br>" + self.tr("In alloggio %1 · oggi l'alloggio è: %2").replace(
                "%1", current.apartment_code
            ).replace("%2", text_of(row.state.label))
        self.heading.setText(heading)

    def current(self) -> BoardStay | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _menu(self) -> None:
        stay = self.current()
        if stay is not None:
            where = self.actions_button.mapToGlobal(self.actions_button.rect().bottomLeft())
            self.stay_actions.popup(stay, where)
