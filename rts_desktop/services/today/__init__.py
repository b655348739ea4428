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
from collections.abc import Iterable
from dataclasses import dataclass

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
    her_occurrences,
    missing_notes,
    worth_naming,
)
from rts_desktop.services.today.housing import FreePlace, Movement, free_places_today, movements
from rts_desktop.services.today.scope import own_cases

__all__ = ["Appointment", "AttendanceDue", "FreePlace", "Movement", "TodayData", "day_summary"]

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


def _by_start(items: Iterable[Appointment]) -> tuple[Appointment, ...]:
    return tuple(sorted(items, key=lambda a: (a.start, a.title)))


def day_summary(db: Database, ctx: ActingContext) -> TodayData:
    """Everything the Oggi page shows for ``ctx`` on its today (no names of people outside
    the operator's cases; the lists are not audited, like the Scadenze panel)."""
    today = ctx.today()
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    found = her_occurrences(db, ctx, today - dt.timedelta(days=ATTENDANCE_DAYS), tomorrow)
    found = worth_naming(found, {yesterday, today, tomorrow}, ctx.now())
    made = appointments(db, found)
    on_day: dict[dt.date, list[Appointment]] = {}
    for item in made.values():
        on_day.setdefault(item.day, []).append(item)
    monday = today - dt.timedelta(days=today.weekday())
    week = (monday, monday + dt.timedelta(days=6))
    with db.session(write=False) as s:
        mine = own_cases(s, ctx)
    arrivals, departures = movements(db, *week, mine)
    # a restricted operator's deadlines are kept to her own cases (checked against what she
    # sees in ``own_cases``): the service's own filter would ask about every case
    due = deadlines.upcoming(
        db, today, days=DEADLINE_DAYS, kinds=DEADLINE_KINDS, ctx=ctx if mine is None else None
    )
    due = [d for d in due if mine is None or d.case_id in mine]
    whole = not is_restricted(ctx)
    return TodayData(
        today=today,
        whole_service=whole,
        week=week,
        today_appointments=_by_start(on_day.get(today, [])),
        tomorrow_appointments=_by_start(on_day.get(tomorrow, [])),
        attendance_due=tuple(attendance_due(db, found, made, ctx.now())),
        missing_notes=_by_start(missing_notes(db, on_day.get(yesterday, []), yesterday)),
        arrivals=tuple(arrivals),
        departures=tuple(departures),
        deadlines=tuple(d for d in due if d.kind != "morosita"),
        arrears=tuple(d for d in due if d.kind == "morosita"),
        free_places=tuple(free_places_today(db, ctx, today)) if whole else None,
    )
