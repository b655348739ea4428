"""The Alloggi page: tabs "Tabellone occupazione" and "Elenco alloggi".

``open_case_requested(case_id)`` is emitted when a person asks to open a case (a bar click);
the main window may connect it to the case file. Until someone sets ``case_opener``, the
page shows its own case summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.apartment_list import ApartmentListView
from rts_desktop.ui.housing.board_view import BoardView
from rts_desktop.ui.housing.stay_actions import StayActions


class HousingPage(QWidget):
    open_case_requested = Signal(str)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("page_housing")
        self.case_opener: Callable[[str], None] | None = None
        self.summary: QDialog | None = None
        self.file: QDialog | None = None
        self.stay_actions = StayActions(env, self)
        self.board = BoardView(env)
        self.apartments = ApartmentListView(env)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Tabellone occupazione"))
        self.tabs.addTab(self.apartments, self.tr("&Elenco alloggi"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.board.stay_clicked.connect(self._stay_clicked)
        self.board.stay_menu_requested.connect(self._stay_menu)
        self.board.slot_selected.connect(self._slot_selected)
        self.board.plan_requested.connect(lambda: self.stay_actions.plan())
        self.stay_actions.case_requested.connect(self.open_case)
        self.apartments.apartment_opened.connect(self.open_apartment)

    def _stay(self, stay_id: str):  # type: ignore[no-untyped-def]
        layout = self.board.board.layout_
        return layout.stay(stay_id) if layout is not None else None

    def _stay_clicked(self, stay_id: str) -> None:
        stay = self._stay(stay_id)
        if stay is not None:
            self.open_case(stay.case_id)

    def _stay_menu(self, stay_id: str, where: QPoint) -> None:
        stay = self._stay(stay_id)
        if stay is not None:
            self.stay_actions.popup(stay, where)

    def _slot_selected(self, apartment_id: str, room_id: str, start: dt.date, end: dt.date) -> None:
        if end - start < dt.timedelta(days=2):  # a plain click: propose six months
            end = start + dt.timedelta(days=180)
        self.stay_actions.plan(apartment_id=apartment_id, room_id=room_id, start=start, end=end)

    def open_case(self, case_id: str) -> None:
        """Ask for the case file; without one wired in, show the case summary."""
        self.open_case_requested.emit(case_id)
        if self.case_opener is not None:
            self.case_opener(case_id)
            return
        from rts_desktop.ui.housing.case_summary import CaseSummaryDialog

        self.summary = CaseSummaryDialog(self.env, case_id, self.stay_actions, self)
        self.summary.open()

    def open_apartment(self, apartment_id: str) -> None:
        from rts_desktop.ui.housing.apartment_file import ApartmentFileDialog

        self.file = ApartmentFileDialog(self.env, apartment_id, self.stay_actions, self)
        self.file.open()
