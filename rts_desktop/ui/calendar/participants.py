"""Participants picker: beneficiaries found by name, code or identifier, operators ticked
in a list. ``beneficiary_ids()`` / ``operator_ids()`` give what the event form saves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services.cases.people import search_people
from rts_desktop.services.operators import list_operators

ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantsPicker(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, ctx: ActingContext | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.ctx = db, ctx
        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(self.tr("Cerca per nome, codice o codice fiscale"))
        self.results = QListWidget()
        self.results.setObjectName("people_results")
        self.results.setAccessibleName(self.tr("Persone trovate"))
        self.chosen = QListWidget()
        self.chosen.setObjectName("people_chosen")
        self.chosen.setAccessibleName(self.tr("Beneficiari partecipanti"))
        self.add_button = QPushButton(self.tr("A&ggiungi"))
        self.remove_button = QPushButton(self.tr("&Togli"))
        self.operators = QListWidget()
        self.operators.setObjectName("operators")
        self.operators.setAccessibleName(self.tr("Operatori partecipanti"))
        for op in list_operators(db):
            item = QListWidgetItem(op.full_name)
            item.setData(ID_ROLE, op.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.operators.addItem(item)
        search_label = QLabel(self.tr("Cerca &beneficiario"))
        search_label.setBuddy(self.search)
        ops_label = QLabel(self.tr("&Operatori"))
        ops_label.setBuddy(self.operators)
        chosen_label = QLabel(self.tr("Beneficiari &scelti"))
        chosen_label.setBuddy(self.chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(chosen_label, 0, 1)
        grid.addWidget(ops_label, 0, 2)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.chosen, 1, 1, 3, 1)
        grid.addWidget(self.operators, 1, 2, 3, 1)
        grid.addWidget(self.results, 2, 0)
        grid.addWidget(self.add_button, 3, 0)
        grid.addWidget(self.remove_button, 4, 1)
        for lst in (self.results, self.chosen, self.operators):
            lst.setMaximumHeight(110)
        grid.setRowStretch(5, 1)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.add_selected)
        self.add_button.clicked.connect(self.add_selected)
        self.results.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.remove_button.clicked.connect(self.remove_selected)
        self.operators.itemChanged.connect(lambda _i: self.changed.emit())

    def _search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        for hit in search_people(self.db, text, limit=20, ctx=self.ctx):
            when = f" ({hit.birth_date:%d/%m/%Y})" if hit.birth_date else ""
            item = QListWidgetItem(f"{hit.full_name} – {hit.code}{when}")
            item.setData(ID_ROLE, hit.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_person(self, person_id: str, text: str) -> None:
        if person_id in self.beneficiary_ids():
            return
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, person_id)
        self.chosen.addItem(item)
        self.changed.emit()

    def add_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.add_person(str(item.data(ID_ROLE)), item.text())
            self.search.clear()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def beneficiary_ids(self) -> tuple[str, ...]:
        return tuple(str(self.chosen.item(n).data(ID_ROLE)) for n in range(self.chosen.count()))

    def operator_ids(self) -> tuple[str, ...]:
        return tuple(
            str(self.operators.item(n).data(ID_ROLE))
            for n in range(self.operators.count())
            if self.operators.item(n).checkState() == Qt.CheckState.Checked
        )

    def set_operators(self, ids: tuple[str, ...]) -> None:
        for n in range(self.operators.count()):
            item = self.operators.item(n)
            checked = item.data(ID_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
