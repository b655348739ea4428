"""Oggi: what one operator has on her plate today, gathered from the areas that own each item.

Her appointments today and tomorrow, the group activities she ran with attendance still to
record (last two weeks), yesterday's appointments with no diary note on that day, this week's
arrivals and departures, the deadlines and arrears of her households. An educator's own cases
are those assigned to her now or shared with her now; a social worker's those she sees.
Coordinators and administrators (and a system read) see the whole service, and also the free
places of every apartment today. Each item names what it opens: a case, an occurrence, a
stay, an apartment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rts_desktop.db import Database
from rts_desktop.db.visibility import is_restricted
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services import deadlines
from rts_desktop.services.deadlines import Deadline
from rts_desktop.services.today.agenda import (
    Appointment,
    AttendanceDue,
    appointments,
    attendance_due,
    missing_notes,
    page_occurrences,
)
from rts_desktop.services.today.housing import FreePlace, Movement, free_places_today, movements
from rts_desktop.services.today.scope import own_cases

__all__ = [
    "Appointment",
    "AttendanceDue",
    "FreePlace",
    "Movement",
    "TodayData",
    "day_summary",
    "with_deadlines",
]

#: how far back a group activity without attendance is still listed
ATTENDANCE_DAYS = 14
#: deadlines shown: those of the next two weeks, and every one overdue
DEADLINE_DAYS = 14
DEADLINE_KINDS = frozenset({"documento", "verifica", "fine_inserimento", "consenso", "morosita"})


@dataclass(frozen=True)
class TodayData:
    today: dt.date
    #: the operator sees the whole service (coordinators): free places are shown too
    whole_service: bool
    #: Monday and Sunday of this week
    week: tuple[dt.date, dt.date]
    today_appointments: tuple[Appointment, ...]
    tomorrow_appointments: tuple[Appointment, ...]
    attendance_due: tuple[AttendanceDue, ...]
    missing_notes: tuple[Appointment, ...]
    arrivals: tuple[Movement, ...]
    departures: tuple[Movement, ...]
    deadlines: tuple[Deadline, ...]
    arrears: tuple[Deadline, ...]
    #: None when the operator does not see the whole service
    free_places: tuple[FreePlace, ...] | None
    #: the cases that are the operator's own (None: the whole service), for ``with_deadlines``
    own_cases: frozenset[str] | None = None


def _by_start(items: Iterable[Appointment]) -> tuple[Appointment, ...]:
    return tuple(sorted(items, key=lambda a: (a.start, a.title, a.event_id)))


def day_summary(db: Database, ctx: ActingContext, *, read_deadlines: bool = True) -> TodayData:
    """Everything the Oggi page shows for ``ctx`` on its today (no names of people outside
    the operator's cases; the lists are not audited, like the Scadenze panel).

    With ``read_deadlines=False`` the deadlines and arrears are left empty, for a caller
    that has the Scadenze panel's list already (``with_deadlines`` adds them from it).
    """
    today = ctx.today()
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    found = page_occurrences(db, ctx, today, ATTENDANCE_DAYS)
    made = appointments(db, found)
    on_day: dict[dt.date, list[Appointment]] = {}
    for item in made.values():
        on_day.setdefault(item.day, []).append(item)
    monday = today - dt.timedelta(days=today.weekday())
    week = (monday, monday + dt.timedelta(days=6))
    with db.session(write=False) as s:
        mine = own_cases(s, ctx)
    arrivals, departures = movements(db, *week, mine)
    whole = not is_restricted(ctx)
    data = TodayData(
        today=today,
        whole_service=whole,
        week=week,
        today_appointments=_by_start(on_day.get(today, [])),
        tomorrow_appointments=_by_start(on_day.get(tomorrow, [])),
        attendance_due=tuple(attendance_due(db, found, made, ctx.now())),
        missing_notes=_by_start(missing_notes(db, on_day.get(yesterday, []), yesterday)),
        arrivals=tuple(arrivals),
        departures=tuple(departures),
        deadlines=(),
        arrears=(),
        free_places=tuple(free_places_today(db, ctx, today)) if whole else None,
        own_cases=None if mine is None else frozenset(mine),
    )
    if not read_deadlines:
        return data
    return with_deadlines(data, deadlines.upcoming(db, today, ctx=ctx))


def with_deadlines(data: TodayData, upcoming: Sequence[Deadline]) -> TodayData:
    """``data`` with its deadlines and arrears taken from ``upcoming``: the Scadenze panel's
    list (``deadlines.upcoming`` for the same operator and day, over its 30 days), so that
    the page and the panel read them once between them. The page keeps the kinds it lists,
    those of the next two weeks and every one overdue, of the operator's own cases (which
    she always sees: ``own_cases`` asks the visibility policy)."""
    until = data.today + dt.timedelta(days=DEADLINE_DAYS)
    mine = data.own_cases
    due = [
        d
        for d in upcoming
        if d.kind in DEADLINE_KINDS
        and (d.due is None or d.due <= until)
        and (mine is None or d.case_id in mine)
    ]
    return replace(
        data,
        deadlines=tuple(d for d in due if d.kind != "morosita"),
        arrears=tuple(d for d in due if d.kind == "morosita"),
    )
