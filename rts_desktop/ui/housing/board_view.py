"""The "Tabellone occupazione" tab: toolbar (period, zoom, filter) above the board.

Data for a window wider than the shown period is loaded off the GUI thread; moving within
the window only repaints. Today's free places are summed in the toolbar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.services.housing.board import BoardData, board_data
from rts_desktop.services.housing.occupancy import Booking, free_places
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.board_rows import BoardLayout
from rts_desktop.ui.housing.board_widget import ZOOMS, BoardWidget

TABLES = (Aggregate.STAYS, Aggregate.APARTMENTS)
MARGIN = dt.timedelta(days=42)


def free_today(data: BoardData, today: dt.date) -> tuple[int, int]:
    """Free places and beds on ``today`` over all loaded apartments."""
    free = beds = 0
    by_room: dict[str, list[Booking]] = {}
    for st in data.stays:
        by_room.setdefault(st.room_id, []).append(Booking(st.id, st.start, st.end, st.places))
    for a in data.apartments:
        usable = a.habitable_on(today)
        for r in a.rooms:
            beds += r.beds
            if usable:
                free += free_places(r.beds, by_room.get(r.id, []), today)
    return free, beds


class BoardView(QWidget):
    stay_clicked = Signal(str)
    stay_menu_requested = Signal(str, QPoint)
    slot_selected = Signal(str, str, object, object)
    plan_requested = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.today = env.ctx.today()
        self.data: BoardData | None = None
        self.loading = False
        self.board = BoardWidget(self.today)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.board, 1)
        self.board.go_today()
        self.board.period_changed.connect(self._period_changed)
        self.board.zoom_changed.connect(self._zoom_changed)
        self.board.stay_clicked.connect(self.stay_clicked)
        self.board.stay_menu_requested.connect(self.stay_menu_requested)
        self.board.slot_selected.connect(self.slot_selected)
        # every stay and every apartment may be on the board: any change of them reloads it
        self.listener = HubListener(self, env.db, TABLES, lambda _changes: self.reload())
        self.reload()

    def _build_toolbar(self) -> None:
        self.toolbar = QVBoxLayout()
        self.prev_button = QToolButton(text="◀")
        self.prev_button.setAccessibleName(self.tr("Periodo precedente"))
        self.prev_button.setToolTip(self.tr("Periodo precedente (Maiusc+←)"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setAccessibleName(self.tr("Periodo successivo"))
        self.next_button.setToolTip(self.tr("Periodo successivo (Maiusc+→)"))
        self.today_button = QPushButton(self.tr("&Oggi"))
        self.date_edit = DateEdit(self.today, name="board_start")
        date_label = QLabel(self.tr("&Dal:"))
        date_label.setBuddy(self.date_edit)
        self.zoom_box = QComboBox()
        for key, text in (
            ("week", self.tr("Settimana")),
            ("month", self.tr("Mese")),
            ("quarter", self.tr("Trimestre")),
        ):
            self.zoom_box.addItem(text, key)
        self.zoom_box.setCurrentIndex(1)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom_box)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("alloggio, indirizzo o nucleo"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(180)
        filter_label = QLabel(self.tr("C&erca:"))
        filter_label.setBuddy(self.filter_edit)
        self.municipio_box = QComboBox()
        self.municipio_box.addItem(self.tr("Tutti i Municipi"), None)
        for n in range(1, 10):
            self.municipio_box.addItem(self.tr("Municipio %1").replace("%1", str(n)), n)
        self.municipio_box.setAccessibleName(self.tr("Municipio"))
        self.plan_button = QPushButton(self.tr("&Nuovo inserimento…"))
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, date_label):
            first.addWidget(w)
        first.addWidget(self.date_edit)
        first.addSpacing(12)
        first.addWidget(zoom_label)
        first.addWidget(self.zoom_box)
        first.addStretch(1)
        first.addWidget(self.plan_button)
        for w in (filter_label, self.filter_edit, self.municipio_box):
            second.addWidget(w)
        second.addStretch(1)
        self.toolbar.addLayout(first)
        self.toolbar.addLayout(second)
        self.toolbar.addWidget(self.summary)  # a line of its own: whole in any language
        self.prev_button.clicked.connect(lambda: self.board.step(-1, True))
        self.next_button.clicked.connect(lambda: self.board.step(1, True))
        self.today_button.clicked.connect(self.board.go_today)
        self.date_edit.valueChanged.connect(self._date_picked)
        self.zoom_box.currentIndexChanged.connect(self._zoom_picked)
        self.filter_edit.textChanged.connect(lambda _t: self._relayout())
        self.municipio_box.currentIndexChanged.connect(lambda _i: self._relayout())
        self.plan_button.clicked.connect(self.plan_requested)

    # --- period ------------------------------------------------------------------------
    def _date_picked(self, day: dt.date | None) -> None:
        if day is not None and day != self.board.start:
            self.board.set_period(day)

    def _zoom_picked(self, index: int) -> None:
        zoom = self.zoom_box.itemData(index)
        if zoom != self.board.zoom:
            self.board.set_period(self.board.start, zoom)

    def _zoom_changed(self, zoom: str) -> None:
        self.zoom_box.blockSignals(True)
        self.zoom_box.setCurrentIndex(list(ZOOMS).index(zoom))
        self.zoom_box.blockSignals(False)

    def _period_changed(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.set_value(self.board.start)
        self.date_edit.blockSignals(False)
        if (
            self.data is None
            or self.board.start < self.data.start
            or self.board.end > self.data.end
        ):
            self.reload()

    # --- data --------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the window around the shown period (off the GUI thread)."""
        start, end = self.board.start - MARGIN, self.board.end + MARGIN
        db = self.env.db
        self.loading = True
        self.summary.setText(self.tr("Caricamento…"))
        self.env.runner.run(
            lambda progress: board_data(db, start, end, ctx=self.env.ctx),
            on_success=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, data: BoardData) -> None:
        self.loading = False
        self.data = data
        self._relayout()
        free, beds = free_today(data, self.today)
        self.summary.setText(
            self.tr("Oggi %1: <b>%2</b> su %3")
            .replace("%1", f"{self.today:%d/%m/%Y}")
            .replace("%2", self.tr("%n posti liberi", "", free))
            .replace("%3", self.tr("%n letti", "", beds))
        )

    def _failed(self, exc: BaseException) -> None:
        from rts_desktop.ui.common.field_errors import show_error

        self.loading = False
        self.summary.setText(self.tr("Caricamento non riuscito."))
        show_error(self, exc)

    def _relayout(self) -> None:
        if self.data is None:
            return
        self.board.set_layout(
            BoardLayout(
                self.data,
                municipio=self.municipio_box.currentData(),
                text=self.filter_edit.text(),
            )
        )
