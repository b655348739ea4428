"""Screenshot states of the calendar area (``rts-desktop screenshot --view calendar-...``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.services.calendar import events as cal
from rts_desktop.services.calendar.queries import OccurrenceDTO, occurrences
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.page import CalendarPage
from rts_desktop.ui.calendar.style import aware
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow


def _page(env: UiEnv, window: MainWindow, view: str) -> CalendarPage:
    window.show_area("calendar")
    page = window.pages.currentWidget()
    assert isinstance(page, CalendarPage)
    busiest = _busiest_educator(env)
    if busiest:
        page.educator.setCurrentIndex(max(0, page.educator.findData(busiest)))
    page.set_view(view)
    QApplication.processEvents()
    return page


def _week(env: UiEnv) -> list[OccurrenceDTO]:
    today = env.ctx.today()
    monday = today - dt.timedelta(days=today.weekday())
    start = aware(dt.datetime.combine(monday, dt.time(0)))
    return occurrences(env.db, start, start + dt.timedelta(days=7))


def _busiest_educator(env: UiEnv) -> str | None:
    counts = Counter(o.organizer_id for o in _week(env) if o.organizer_id)
    return counts.most_common(1)[0][0] if counts else None


def _group_occurrence(env: UiEnv) -> OccurrenceDTO | None:
    """A recent past occurrence of a group activity (three or more beneficiaries)."""
    now = env.ctx.now()
    start = now - dt.timedelta(days=60)
    found = [o for o in occurrences(env.db, start, now) if len(o.beneficiary_ids) >= 3]
    return found[-1] if found else None


def week(env: UiEnv, window: MainWindow) -> QWidget:
    _page(env, window, "week")
    return window


def month(env: UiEnv, window: MainWindow) -> QWidget:
    _page(env, window, "month")
    return window


def agenda(env: UiEnv, window: MainWindow) -> QWidget:
    _page(env, window, "agenda")
    return window


def event_dialog(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(env, window, "week")
    occ = _group_occurrence(env)
    if occ is None:
        dialog = EventDialog(env, parent=page)
    else:
        dialog = EventDialog(env, event=cal.get_event(env.db, occ.event_id), parent=page)
    dialog.show()
    return dialog


def attendance(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(env, window, "week")
    occ = _group_occurrence(env)
    if occ is None:
        return page
    dialog = AttendanceDialog(env, occ.event_id, occ.original_start, page)
    dialog.show()
    return dialog
