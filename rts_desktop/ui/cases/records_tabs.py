"""Inserimenti tab (the case's stays and their actions) and Cronologia tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of
from rts_desktop.kernel.text import fold
from rts_desktop.services.cases.timeline import KIND_LABELS, TimelineEntry
from rts_desktop.services.housing.board import BoardStay, case_board_stays
from rts_desktop.services.housing.stays import StayDTO, entry_blocker
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.cases.info_tabs import read_only_tip
from rts_desktop.ui.common.records_model import ROW_ROLE, Column
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.stay_actions import StayActions


class StaysTab(QWidget):
    """The case's stays, newest first, with what can be done from here: a new stay for
    this household, the move-in of a planned one, cancelling one not started yet, and the
    other actions of the board (proroga, move, move-out, reports)."""

    def __init__(self, env: UiEnv, case_id: str) -> None:
        super().__init__()
        self.env = env
        self.case_id = case_id
        self.data: CaseFileData | None = None
        self.read_only = False
        self.actions = StayActions(env, self)
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
                Column(self.tr("Stato"), self._stay_state),
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
        self.stays.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.stays)
        self.empty = QLabel(self.tr("Nessun inserimento in alloggio per questo caso."))
        layout.addWidget(self.empty)
        #: why a new stay cannot be planned yet, said on the page (a tooltip is not seen)
        self.blocked = QLabel()
        self.blocked.setObjectName("stay_blocker")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #8a5a00;")
        self.blocked.hide()
        layout.addWidget(self.blocked)
        self.buttons = QHBoxLayout()
        self.new_button = self._button("new_stay", self.tr("&Nuovo inserimento…"), self.plan)
        self.move_in_button = self._button(
            "move_in_stay", self.tr("Registra in&gresso…"), self.move_in
        )
        self.cancel_button = self._button(
            "cancel_stay", self.tr("Annu&lla inserimento pianificato…"), self.cancel
        )
        self.more_button = self._button(
            "stay_actions", self.tr("Altre a&zioni sull'inserimento…"), self.more
        )
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.stays.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self._update()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        self.buttons.addWidget(button)
        return button

    def _stay_state(self, stay: StayDTO) -> str:
        today = self.env.ctx.today()
        if stay.actual_end is not None:
            return self.tr("Concluso")
        if stay.keys_handed or stay.start_date < today:
            return self.tr("In corso")
        return self.tr("Pianificato")

    # --- data -----------------------------------------------------------------------------
    def show_data(self, data: CaseFileData) -> None:
        chosen = self.current()
        self.data = data
        rows = list(reversed(data.stays))
        fill(self.stays, rows)
        self.empty.setVisible(not data.stays)
        keep = next((i for i, s in enumerate(rows) if chosen and s.id == chosen.id), 0)
        if rows:
            self.stays.selectRow(keep)
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: its stays are consulted, none is planned, moved in or cancelled."""
        self.read_only = read_only
        self._update()

    def current(self) -> StayDTO | None:
        index = self.stays.currentIndex()
        if not index.isValid():
            return None
        stay = self.stays.model().data(index.siblingAtColumn(0), ROW_ROLE)
        return stay if isinstance(stay, StayDTO) else None

    def _update(self) -> None:
        today = self.env.ctx.today()
        stay = self.current()
        case = self.data.case if self.data is not None else None
        blocker = entry_blocker(case.status, case.start_date, case.code) if case else None
        editable = case is not None and not self.read_only
        self.new_button.setEnabled(editable and blocker is None)
        self.new_button.setToolTip(read_only_tip() if self.read_only else blocker or "")
        self.blocked.setText(blocker or "")
        self.blocked.setVisible(bool(blocker) and not self.read_only)
        self.move_in_button.setEnabled(
            editable and stay is not None and stay.is_open and not stay.keys_handed
        )
        can_cancel = editable and stay is not None and stay.can_cancel(today)
        self.cancel_button.setEnabled(can_cancel)
        self.cancel_button.setToolTip(
            read_only_tip()
            if self.read_only
            else ""
            if can_cancel
            else self.tr(
                "Si annulla solo un inserimento non ancora iniziato, senza chiavi consegnate."
            )
        )
        self.more_button.setEnabled(editable and stay is not None)

    # --- actions --------------------------------------------------------------------------
    def _board_stay(self) -> BoardStay | None:
        """The selected stay as the stay dialogs take it (with the household's name)."""
        stay = self.current()
        if stay is None:
            return None
        found = case_board_stays(self.env.db, self.case_id, ctx=self.env.ctx)
        return next((s for s in found if s.id == stay.id), None)

    def plan(self) -> QDialog | None:
        """The plan-stay dialog with this household fixed (the file reloads from the hub)."""
        if not self.new_button.isEnabled():
            return None
        return self.actions.plan(case_id=self.case_id)

    def move_in(self) -> QDialog | None:
        stay = self._board_stay() if self.move_in_button.isEnabled() else None
        return self.actions.move_in(stay) if stay is not None else None

    def cancel(self) -> bool:
        stay = self._board_stay() if self.cancel_button.isEnabled() else None
        return self.actions.cancel(stay) if stay is not None else False

    def more(self) -> QMenu | None:
        stay = self._board_stay() if self.more_button.isEnabled() else None
        if stay is None:
            return None
        where = self.more_button.mapToGlobal(self.more_button.rect().bottomLeft())
        return self.actions.popup(stay, where)


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
            self.kind.addItem(text_of(text), key)
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
            Column(self.tr("Tipo"), lambda e: text_of(e.kind_label)),
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
