"""The calendar area: day / week / month / agenda of the filtered events plus deadlines.

Only the visible range is queried (recurrences expanded inside it). Keys: PgUp / PgDown or
Alt+Left / Alt+Right previous / next, Alt+O today, Alt+G/S/M/A switch view.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.services.calendar.month import MonthData, month_data
from rts_desktop.services.calendar.queries import EventFilter, OccurrenceDTO, occurrences
from rts_desktop.services.calendar.view import (
    Names,
    apartment_choices,
    case_choices,
    names_for,
    operator_choices,
)
from rts_desktop.services.deadlines import DeadlineMark, deadline_marks
from rts_desktop.ui.calendar.actions import OccurrenceActions
from rts_desktop.ui.calendar.agenda import AgendaModel
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.month_grid import MonthGrid
from rts_desktop.ui.calendar.style import area_codes, area_style, aware, local, month_name
from rts_desktop.ui.calendar.time_grid import TimeGrid
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.flow import FlowLayout, row_of
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE
from rts_desktop.ui.env import UiEnv

VIEWS = ("day", "week", "month", "agenda")
#: what the page shows: events, and the deadlines of plans, stays and cases
TABLES = (Aggregate.EVENTS, Aggregate.PLANS, Aggregate.STAYS, Aggregate.CASES)
DEADLINE_SOURCES = (Aggregate.PLANS, Aggregate.STAYS, Aggregate.CASES)


NO_NAMES = Names({}, {}, {}, {})


@dataclass(frozen=True)
class Loaded:
    token: int
    view: str
    first: dt.date
    last: dt.date  # inclusive
    occurrences: list[OccurrenceDTO]
    names: Names
    deadlines: list[DeadlineMark]
    month: MonthData | None = None  # the month view: counts by day, events of the days that fit

    @property
    def total(self) -> int:
        return self.month.total if self.month else len(self.occurrences)


def load_range(
    env: UiEnv,
    first: dt.date,
    last: dt.date,
    filters: EventFilter,
    with_deadlines: bool,
    view: str = "agenda",
) -> tuple[list[OccurrenceDTO], Names, list[DeadlineMark]]:
    """Occurrences of whole local days ``first``..``last``, their names and deadlines.

    Names are read only where ``view`` shows them: the agenda lists everyone, the day and
    week grids show places (the selected event's people are read when it is selected).
    """
    start = aware(dt.datetime.combine(first, dt.time(0)))
    end = aware(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0)))
    found = occurrences(env.db, start, end, filters)
    names = NO_NAMES
    if view == "agenda":
        names = names_for(
            env.db,
            beneficiary_ids={b for o in found for b in o.beneficiary_ids},
            operator_ids={x for o in found for x in o.operator_ids},
            apartment_ids={o.apartment_id for o in found if o.apartment_id},
        )
    else:
        names = names_for(env.db, apartment_ids={o.apartment_id for o in found if o.apartment_id})
    return found, names, _marks(env, first, last, filters, with_deadlines)


def load_month(
    env: UiEnv,
    first: dt.date,
    last: dt.date,
    filters: EventFilter,
    with_deadlines: bool,
    detail_limit: int,
) -> tuple[MonthData, list[DeadlineMark]]:
    """Counts by day and area for ``first``..``last``, events of the days that fit."""
    data = month_data(env.db, first, last, filters, detail_limit=detail_limit)
    return data, _marks(env, first, last, filters, with_deadlines)


def _marks(
    env: UiEnv, first: dt.date, last: dt.date, filters: EventFilter, with_deadlines: bool
) -> list[DeadlineMark]:
    """Deadlines belong to cases: shown unless a filter narrows the view to something else."""
    if with_deadlines and not (filters.apartment_id or filters.area or filters.educator_id):
        return deadline_marks(env.db, first, last, case_id=filters.case_id, ctx=env.ctx)
    return []


def _fit(button: QPushButton) -> None:
    """As wide as its text (styles give buttons 80 px at least): the toolbar then fits a
    1280-pixel screen with the Scadenze panel open."""
    text = button.text().replace("&", "")
    button.setFixedWidth(button.fontMetrics().horizontalAdvance(text) + 22)


class CalendarPage(QWidget):
    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.setObjectName("page_calendar")
        self.env = env
        self.view = "week"
        self.anchor = env.ctx.today()
        self.loaded: Loaded | None = None
        self._token = 0
        self._agenda_at: dt.datetime | None = None  # agenda row to select after loading
        self.occurrence_actions = OccurrenceActions(env, self)
        self._build()
        self.listener = HubListener(self, env.db, TABLES, self._changed)
        self.reload()

    # ---- layout -------------------------------------------------------------------------

    def _filter_combo(self, name: str, items: list[tuple[str | None, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, text in items:
            combo.addItem(text, key)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _build(self) -> None:
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Periodo precedente"))
        self.prev_button.setToolTip(self.tr("Periodo precedente (PgSu)"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Periodo successivo"))
        self.next_button.setToolTip(self.tr("Periodo successivo (PgGiù)"))
        self.today_button = QPushButton(self.tr("&Oggi"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.range_label = QLabel()
        self.range_label.setObjectName("range_label")
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.range_label.setFont(font)
        # room for the longest range ("30/11 – 06/12/2026") however narrow the window gets
        self.range_label.setMinimumWidth(
            self.range_label.fontMetrics().horizontalAdvance("00/00 – 00/00/0000") + 8
        )
        self.view_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        top = FlowLayout(spacing=12)  # wraps when long texts do not fit one line
        top.addWidget(
            row_of(self.prev_button, self.today_button, self.next_button, self.range_label)
        )
        views: list[QWidget] = []
        texts = {"day": self.tr("&Giorno"), "week": self.tr("&Settimana"),
                 "month": self.tr("&Mese"), "agenda": self.tr("&Agenda")}  # fmt: skip
        for key in VIEWS:
            button = QPushButton(texts[key])
            button.setObjectName(f"view_{key}")
            button.setCheckable(True)
            _fit(button)
            group.addButton(button)
            button.clicked.connect(lambda _c=False, k=key: self.set_view(k))
            self.view_buttons[key] = button
            views.append(button)
        self.new_button = QPushButton(self.tr("&Nuovo…"))
        _fit(self.new_button)
        _fit(self.today_button)
        top.addWidget(row_of(*views))
        top.addWidget(self.new_button)

        ops = operator_choices(self.env.db)
        everyone = [(None, self.tr("Tutti"))]
        self.educator = self._filter_combo(
            "filter_educator", everyone + [(c.id, c.label) for c in ops]
        )
        self.educator.blockSignals(True)
        self.educator.setCurrentIndex(max(0, self.educator.findData(self.env.ctx.operator_id)))
        self.educator.blockSignals(False)
        self.apartment = self._filter_combo(
            "filter_apartment", everyone + [(c.id, c.label) for c in apartment_choices(self.env.db)]
        )
        self.case = self._filter_combo(
            "filter_case",
            everyone
            + [
                (c.id, c.label)
                for c in case_choices(self.env.db, limit=20000, open_only=True, ctx=self.env.ctx)
            ],
        )
        self.area = self._filter_combo(
            "filter_area", everyone + [(c, area_style(c).label) for c in area_codes()]
        )
        self.show_deadlines = QCheckBox(self.tr("Mostra sca&denze"))
        self.show_deadlines.setChecked(True)
        self.show_deadlines.toggled.connect(lambda _on: self.reload())
        filters = FlowLayout(spacing=12)
        for text, combo in ((self.tr("&Educatore"), self.educator), (self.tr("A&lloggio"), self.apartment),
                            (self.tr("&Caso"), self.case), (self.tr("A&rea"), self.area)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(combo)
            # the educator's name is what people read most: it gets room before the others
            combo.setMinimumWidth(140 if combo is self.educator else 80)
            combo.setMaximumWidth(240)
            filters.addWidget(row_of(label, combo))
        filters.addWidget(self.show_deadlines)

        self.grid = TimeGrid()
        self.month = MonthGrid()
        self.agenda_model = AgendaModel()
        self.agenda = QTableView()
        self.agenda.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.horizontalHeader().setStretchLastSection(True)
        self.agenda.verticalHeader().hide()
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack = QStackedWidget()
        for w in (self.grid, self.month, self.agenda):
            self.stack.addWidget(w)
        self.status = QLabel()
        self.status.setObjectName("calendar_status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self._connect()

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.new_button.clicked.connect(lambda: self.new_event(None))
        for keys, fn in (("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)),
                         ("Alt+Left", lambda: self.step(-1)), ("Alt+Right", lambda: self.step(1))):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(fn)
        self.grid.open_requested.connect(self.occurrence_actions.edit)
        self.grid.context_requested.connect(self._menu)
        self.grid.move_requested.connect(self.occurrence_actions.move)
        self.grid.create_requested.connect(self.new_event)
        self.grid.occurrence_selected.connect(self._describe)
        self.grid.aggregate_activated.connect(self.open_agenda_at)
        self.month.day_activated.connect(self.open_day)
        self.month.detail_wanted.connect(self.reload)
        self.agenda.doubleClicked.connect(lambda index: self._agenda_open(index.row()))
        self.agenda.activated.connect(lambda index: self._agenda_open(index.row()))
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)

    # ---- navigation ---------------------------------------------------------------------

    def visible_range(self) -> tuple[dt.date, dt.date]:
        a = self.anchor
        if self.view == "day":
            return a, a
        monday = a - dt.timedelta(days=a.weekday())
        if self.view == "week":
            return monday, monday + dt.timedelta(days=6)
        if self.view == "agenda":
            return monday, monday + dt.timedelta(days=27)
        first = a.replace(day=1)
        first -= dt.timedelta(days=first.weekday())
        return first, first + dt.timedelta(days=41)

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        if self.view == "month":
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            days = {"day": 1, "week": 7, "agenda": 28}[self.view]
            self.anchor += dt.timedelta(days=days * direction)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.env.ctx.today()
        self.reload()

    def open_day(self, day: dt.date) -> None:
        self.anchor = day
        self.set_view("day")

    def open_agenda_at(self, day: dt.date, hour: int) -> None:
        """From a busy hour's summary block: the agenda, its first event of that hour selected."""
        self.anchor = day
        self._agenda_at = dt.datetime.combine(day, dt.time(hour))
        self.set_view("agenda")

    def filters(self) -> EventFilter:
        return EventFilter(
            educator_id=self.educator.currentData(),
            apartment_id=self.apartment.currentData(),
            case_id=self.case.currentData(),
            area=self.area.currentData(),
            viewer=self.env.ctx,
        )

    # ---- loading ------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        """Reload for any event changed (this page's own moves too: it shows them this way);
        for plans, stays and cases only while their deadlines are shown."""
        if changes.touches(Aggregate.EVENTS) or (
            self.show_deadlines.isChecked() and changes.touches(*DEADLINE_SOURCES)
        ):
            self.reload()

    def reload(self) -> None:
        self.view_buttons[self.view].setChecked(True)
        first, last = self.visible_range()
        self._token += 1
        token, view, filters = self._token, self.view, self.filters()
        with_deadlines = self.show_deadlines.isChecked()
        self.status.setText(self.tr("Caricamento…"))
        room = self.month.room()

        def load(_progress: object) -> Loaded:
            if view == "month":
                data, marks = load_month(self.env, first, last, filters, with_deadlines, room)
                return Loaded(token, view, first, last, data.occurrences, NO_NAMES, marks, data)
            found, names, marks = load_range(self.env, first, last, filters, with_deadlines, view)
            return Loaded(token, view, first, last, found, names, marks)

        self.env.runner.run(
            load,
            on_success=self._show,
            on_error=lambda exc: show_error(self, exc),
        )

    def _show(self, loaded: Loaded) -> None:
        if loaded.token != self._token:
            return  # a newer request is on its way
        self.loaded = loaded
        today = self.env.ctx.today()
        if loaded.view in ("day", "week"):
            days = [
                loaded.first + dt.timedelta(days=n)
                for n in range((loaded.last - loaded.first).days + 1)
            ]
            self.grid.set_data(
                days, loaded.occurrences, loaded.deadlines, loaded.names.apartments, today
            )
            self.stack.setCurrentWidget(self.grid)
        elif loaded.view == "month":
            assert loaded.month is not None
            self.month.set_data(self.anchor, loaded.month, loaded.deadlines, self.anchor, today)
            self.stack.setCurrentWidget(self.month)
        else:
            self.agenda_model.set_occurrences(loaded.occurrences, loaded.names)
            self.agenda.resizeColumnsToContents()
            at, self._agenda_at = self._agenda_at, None
            rows = self.agenda_model.rows
            row = next((n for n, o in enumerate(rows) if at and local(o.start) >= at), None)
            if row is not None:
                self.agenda.selectRow(row)
                self.agenda.scrollTo(self.agenda_model.index(row, 0))
            self.stack.setCurrentWidget(self.agenda)
        self.range_label.setText(self._range_text(loaded))
        count = loaded.total
        text = self.tr("%n appuntamenti", "", count)
        if loaded.deadlines:
            text = self.tr("{appointments} · {deadlines}").format(
                appointments=text, deadlines=self.tr("%n scadenze", "", len(loaded.deadlines))
            )
        self.status.setText(text)

    def _range_text(self, loaded: Loaded) -> str:
        if loaded.view == "month":
            month = month_name(self.anchor.month)
            return f"{month[:1].upper()}{month[1:]} {self.anchor.year}"
        if loaded.first == loaded.last:
            return f"{loaded.first:%d/%m/%Y}"
        return f"{loaded.first:%d/%m} – {loaded.last:%d/%m/%Y}"

    # ---- occurrences --------------------------------------------------------------------

    def _describe(self, occ: OccurrenceDTO | None) -> None:
        if occ is None or self.loaded is None:
            return
        names = self.loaded.names
        if any(b not in names.beneficiaries for b in occ.beneficiary_ids):
            names = names_for(self.env.db, beneficiary_ids=occ.beneficiary_ids)  # one small read
        people = names.people(occ.beneficiary_ids, names.beneficiaries)
        text = f"{area_style(occ.area).label} · {occ.title}"
        if people:
            text += " · " + ", ".join(people)
        self.status.setText(text + "  " + self.tr("(Invio: apri, tasto menu: azioni)"))

    def _menu(self, occ: OccurrenceDTO, where: QPoint) -> None:
        self.occurrence_actions.menu(occ).popup(where)

    def _agenda_occ(self, row: int) -> OccurrenceDTO | None:
        return self.agenda_model.row_at(row)

    def _agenda_open(self, row: int) -> None:
        occ = self._agenda_occ(row)
        if occ is not None:
            self.occurrence_actions.edit(occ)

    def _agenda_menu(self, pos: QPoint) -> None:
        occ = self.agenda.indexAt(pos).data(ROW_ROLE)
        if occ is not None:
            self._menu(occ, self.agenda.viewport().mapToGlobal(pos))

    def new_event(self, wall: dt.datetime | None) -> EventDialog:
        if wall is None:
            wall = dt.datetime.combine(self.anchor, dt.time(9))
        dialog = EventDialog(self.env, start=wall, parent=self)
        dialog.open()
        return dialog
