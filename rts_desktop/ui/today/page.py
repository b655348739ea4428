"""The Oggi page, the first of the main window: the operator's day at a glance.

Appointments today and tomorrow, registers to take, diary notes to write for yesterday, this
week's arrivals and departures, deadlines, arrears; coordinators see the whole service and
today's free places. Each line opens where the work is done (``opener.py``). Data is read off
the GUI thread, the deadlines from the Scadenze panel's list (``DeadlinesFeed``: one read for
both); ``loaded`` is emitted each time the day and its deadlines are on screen. The page follows the changes
of what it shows and, while hidden, reloads only when shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.services.deadlines import Deadline
from rts_desktop.services.today import TodayData, day_summary, with_deadlines
from rts_desktop.ui.calendar.style import local
from rts_desktop.ui.common.deadlines_feed import DeadlinesFeed
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.today import lines
from rts_desktop.ui.today.opener import TodayOpener
from rts_desktop.ui.today.section import Section

WATCHED = (
    Aggregate.EVENTS,
    Aggregate.CASES,
    Aggregate.STAYS,
    Aggregate.PLANS,
    Aggregate.PEOPLE,
    Aggregate.HOUSEHOLDS,
    Aggregate.APARTMENTS,
)
#: below this width the sections stand in one column
TWO_COLUMNS_FROM = 1000


class TodayPage(QWidget):
    #: the day's data is on screen (after each load)
    loaded = Signal()

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.setObjectName("page_today")
        self.env = env
        self.data: TodayData | None = None
        self.is_loaded = False
        self._token = 0
        self._stale = False
        #: a reload under way: its day (without deadlines) and the deadlines, as they come
        self._pending = False
        self._new_day: TodayData | None = None
        self._new_due: list[Deadline] | None = None
        self._wide: bool | None = None
        self.feed = DeadlinesFeed.of(env)
        self.feed.arrived.connect(self._due_came)
        self.feed.failed.connect(self._failed)
        self.opener = TodayOpener(env, self)
        self._build()
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(lambda: self.reload())
        self.reload(shared=True)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("today_heading")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.scope = QLabel()
        self.scope.setObjectName("today_scope")
        self.scope.setStyleSheet("color: #444;")
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.refresh_button.setObjectName("today_refresh")
        self.refresh_button.setToolTip(self.tr("Rileggi i dati della giornata (F5)"))
        self.refresh_button.clicked.connect(lambda: self.reload())
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.scope)
        top.addLayout(heading, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        specs = [
            ("today", self.tr("Appuntamenti di oggi"), self.tr("Nessun appuntamento oggi.")),
            ("tomorrow", self.tr("Appuntamenti di domani"), self.tr("Nessun appuntamento domani.")),
            ("attendance", self.tr("Presenze da segnare"), self.tr("Nessuna presenza da segnare.")),
            (
                "notes",
                self.tr("Note da scrivere sugli appuntamenti di ieri"),
                self.tr("Nessuna nota da scrivere per gli appuntamenti di ieri."),
            ),
            (
                "moves",
                self.tr("Arrivi e partenze della settimana"),
                self.tr("Nessun arrivo o partenza questa settimana."),
            ),
            (
                "deadlines",
                self.tr("Scadenze dei prossimi 14 giorni"),
                self.tr("Nessuna scadenza nei prossimi 14 giorni."),
            ),
            ("arrears", self.tr("Quote non pagate"), self.tr("Nessuna quota arretrata.")),
            ("free", self.tr("Posti liberi oggi"), self.tr("Nessun posto libero oggi.")),
        ]
        self.body = QWidget()
        self.body.setObjectName("today_body")
        self.sections: dict[str, Section] = {}
        for key, title, empty in specs:
            section = Section(key, title, empty, self.body)
            section.opened.connect(lambda item, k=key: self.opener.open(k, item))
            self.sections[key] = section
        self.columns = QHBoxLayout(self.body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for column in (self.left, self.right):
            column.addStretch(1)
            self.columns.addLayout(column, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("today_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        self.status = QLabel(self.tr("Caricamento…"))
        self.status.setObjectName("today_status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        self._arrange(wide=False)

    def _arrange(self, *, wide: bool) -> None:
        """Agenda on the left and cases on the right, or all in one column when narrow (the
        sections keep their order: Tab goes through them the same way)."""
        if wide == self._wide:
            return
        self._wide = wide
        keys = list(self.sections)
        for column in (self.left, self.right):
            while column.count() > 1:  # the stretch stays last
                column.takeAt(0)
        for n, key in enumerate(keys):
            column = self.right if wide and n >= 4 else self.left
            column.insertWidget(column.count() - 1, self.sections[key])
        self.columns.setStretch(1, 1 if wide else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(wide=event.size().width() >= TWO_COLUMNS_FROM)

    # --- data ---------------------------------------------------------------------------------
    def reload(self, cause: object | None = None, *, shared: bool = False) -> None:
        """Read the day again, and its deadlines (``shared``: the list the feed has or is
        reading will do; ``cause``: the change heard, which other views may read for too)."""
        self._token += 1
        self._stale = False
        self._pending, self._new_day, self._new_due = True, None, None
        token, db, ctx = self._token, self.env.db, self.env.ctx
        self.status.setText(self.tr("Caricamento…"))
        self.env.runner.run(
            lambda _progress: (token, day_summary(db, ctx, read_deadlines=False)),
            on_success=self._day_came,
            on_error=self._failed,
        )
        if shared:
            self.feed.request()
        else:
            self.feed.reload(cause)

    def _changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.reload(changes)
        else:
            self._stale = True

    def _day_came(self, result: tuple[int, TodayData]) -> None:
        token, data = result
        if token != self._token:
            return  # a newer reading is on its way
        self._new_day = data
        self._show_when_complete()

    def _due_came(self, items: list[Deadline]) -> None:
        if self._pending:
            self._new_due = items
            self._show_when_complete()
        elif self.data is not None:  # the panel's list was read again: the same day, anew
            self._show(with_deadlines(self.data, items))

    def _show_when_complete(self) -> None:
        if self._new_day is None or self._new_due is None:
            return
        self._pending = False
        self._show(with_deadlines(self._new_day, self._new_due))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        new_day = self.data is not None and self.data.today != self.env.ctx.today()
        if self._stale or new_day:
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Caricamento non riuscito."))
        show_error(self, exc)

    def _show(self, data: TodayData) -> None:
        self.data = data
        day = data.today
        long = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        self.title.setText(long[:1].upper() + long[1:])
        self.scope.setText(
            self.tr("Tutto il servizio")
            if data.whole_service
            else self.tr("I tuoi appuntamenti e i tuoi casi")
        )
        whole = data.whole_service
        s = self.sections
        now = self.env.ctx.now()
        for key, items in (
            ("today", data.today_appointments),
            ("tomorrow", data.tomorrow_appointments),
        ):
            s[key].show_items(items, lambda a: lines.appointment(a, now, with_organizer=whole))
        s["attendance"].show_items(data.attendance_due, lines.attendance)
        s["notes"].show_items(data.missing_notes, lines.missing_note)
        moves = sorted([*data.arrivals, *data.departures], key=lambda m: (m.day, m.kind))
        s["moves"].show_items(moves, lambda m: lines.movement(m, day))
        s["deadlines"].show_items(data.deadlines, lambda d: lines.deadline(d, day))
        s["arrears"].show_items(data.arrears, lines.arrears)
        s["free"].setVisible(data.free_places is not None)
        free = data.free_places or ()
        beds = sum(f.free for f in free)
        places = self.tr("1 posto") if beds == 1 else self.tr("%1 posti").replace("%1", str(beds))
        if len(free) > 1:
            places += " " + self.tr("in %1 alloggi").replace("%1", str(len(free)))
        s["free"].show_items(free, lines.free_place, places)
        first, last = data.week
        self.status.setText(
            self.tr("Aggiornato alle %1 · settimana dal %2 al %3")
            .replace("%1", f"{local(self.env.ctx.now()):%H:%M}")
            .replace("%2", f"{first:%d/%m}")
            .replace("%3", f"{last:%d/%m}")
        )
        self.is_loaded = True
        self.loaded.emit()
