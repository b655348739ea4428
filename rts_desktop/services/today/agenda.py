"""Oggi, the calendar part: appointments, attendance still to record, notes not written.

An operator's appointments are the events she organises or takes part in (the calendar's
educator filter), recurring ones expanded; events of cases she does not see are left out, as
in the calendar. A group activity is an event of no single case with people expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.visibility import is_restricted
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import AttendanceMark, Case, Household, Note
from rts_desktop.services.calendar.queries import EventFilter, OccurrenceDTO, occurrences
from rts_desktop.services.calendar.recurrence import ROME, from_local
from rts_desktop.services.calendar.view import names_for
from rts_desktop.services.today.scope import visible_among

OccurrenceKey = tuple[str, dt.datetime]


@dataclass(frozen=True)
class Appointment:
    """One occurrence of an event (``original_start`` identifies it for attendance)."""

    event_id: str
    original_start: dt.datetime
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    recurring: bool
    title: str
    area: str
    case_id: str | None
    case_code: str | None
    household_name: str | None
    #: the apartment's code or the place written on the event
    place: str | None
    organizer_name: str | None

    @property
    def day(self) -> dt.date:
        """The local (Europe/Rome) day it starts on."""
        return self.start.astimezone(ROME).date()


@dataclass(frozen=True)
class AttendanceDue:
    """A past occurrence of a group activity where some people have no mark yet."""

    occurrence: Appointment
    expected: int
    marked: int


def _midnight(day: dt.date) -> dt.datetime:
    return from_local(dt.datetime.combine(day, dt.time(0)))


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def her_occurrences(
    db: Database, ctx: ActingContext, first: dt.date, last: dt.date, *, groups: bool = False
) -> list[OccurrenceDTO]:
    """Occurrences on the local days ``first``..``last`` that are the operator's: all of
    them for the whole service; for a restricted operator those she organises or takes part
    in, without the events of cases she does not see. ``groups``: only the events of no
    single case (where the group activities are)."""
    start, end = _midnight(first), _midnight(last + dt.timedelta(days=1))
    if not is_restricted(ctx):
        return occurrences(db, start, end, EventFilter(without_case=groups))
    if ctx.operator_id is None:
        return []
    # she runs these: everyone on them counts, as on her attendance sheet (only counts leave
    # this module, never the people's names)
    found = occurrences(
        db, start, end, EventFilter(educator_id=ctx.operator_id, without_case=groups)
    )
    with db.session(write=False) as s:
        seen = visible_among(s, ctx, {o.case_id for o in found if o.case_id})
    return [o for o in found if o.case_id is None or o.case_id in seen]


def page_occurrences(
    db: Database, ctx: ActingContext, today: dt.date, attendance_days: int
) -> list[OccurrenceDTO]:
    """What the page lists: her occurrences of yesterday, today and tomorrow, and the group
    activities of the ``attendance_days`` before today already started (for the registers
    still to take). The days before yesterday are read for events of no case only: on a
    coordinator's screen they are two weeks of the whole service's calendar."""
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    near = her_occurrences(db, ctx, yesterday, tomorrow)
    if attendance_days > 1:
        before = today - dt.timedelta(days=attendance_days)
        far = her_occurrences(db, ctx, before, today - dt.timedelta(days=2), groups=True)
    else:
        far = []
    seen = {(o.event_id, o.original_start) for o in near}
    found = [*(o for o in far if (o.event_id, o.original_start) not in seen), *near]
    return worth_naming(found, {yesterday, today, tomorrow}, ctx.now())


def is_group(o: OccurrenceDTO) -> bool:
    """A group activity: of no single case, with people expected."""
    return o.case_id is None and bool(o.beneficiary_ids)


def worth_naming(
    found: list[OccurrenceDTO], days: set[dt.date], now: dt.datetime
) -> list[OccurrenceDTO]:
    """The occurrences the page lists: those on ``days`` and the group activities already
    started (the others of the window only mattered for finding these)."""
    return [
        o
        for o in found
        if o.start.astimezone(ROME).date() in days or (is_group(o) and o.start <= now)
    ]


def appointments(db: Database, found: list[OccurrenceDTO]) -> dict[OccurrenceKey, Appointment]:
    """The occurrences with their case, household, place and organizer named (one query
    per table), by (event id, original start)."""
    case_ids = {o.case_id for o in found if o.case_id}
    names = names_for(
        db,
        operator_ids={o.organizer_id for o in found if o.organizer_id},
        apartment_ids={o.apartment_id for o in found if o.apartment_id},
    )
    cases: dict[str, tuple[str, str]] = {}
    if case_ids:
        with db.session(write=False) as s:
            rows = s.execute(
                select(Case.id, Case.code, Household.name)
                .join(Household, Household.id == Case.household_id)
                .where(Case.id.in_(case_ids))
            )
            cases = {cid: (code, name) for cid, code, name in rows}
    made = {}
    for o in found:
        code, household = cases.get(o.case_id or "", (None, None))
        place = names.apartments.get(o.apartment_id or "") or o.place
        made[(o.event_id, o.original_start)] = Appointment(
            o.event_id, o.original_start, o.start, o.end, o.all_day, o.recurring, o.title,
            o.area, o.case_id, code, household, place, names.operators.get(o.organizer_id or ""),
        )  # fmt: skip
    return made


def attendance_due(
    db: Database,
    found: list[OccurrenceDTO],
    made: dict[OccurrenceKey, Appointment],
    now: dt.datetime,
) -> list[AttendanceDue]:
    """Group activities already started where someone expected has no mark, oldest first."""
    groups = [o for o in found if is_group(o) and o.start <= now]
    if not groups:
        return []
    marked: dict[OccurrenceKey, set[str]] = {}
    with db.session(write=False) as s:
        rows = s.execute(
            select(
                AttendanceMark.event_id,
                AttendanceMark.occurrence_start,
                AttendanceMark.beneficiary_id,
            ).where(
                AttendanceMark.event_id.in_({o.event_id for o in groups}),
                AttendanceMark.occurrence_start >= min(o.original_start for o in groups),
            )
        )
        for event_id, original, person in rows:
            marked.setdefault((event_id, _aware(original)), set()).add(person)
    due = []
    for o in groups:
        expected = set(o.beneficiary_ids)
        done = len(expected & marked.get((o.event_id, o.original_start), set()))
        if done < len(expected):
            due.append(AttendanceDue(made[(o.event_id, o.original_start)], len(expected), done))
    return sorted(
        due, key=lambda d: (d.occurrence.start, d.occurrence.title, d.occurrence.event_id)
    )


def missing_notes(db: Database, of_day: list[Appointment], day: dt.date) -> list[Appointment]:
    """The appointments of ``day`` with a case whose diary has no note on that day."""
    with_case = [a for a in of_day if a.case_id]
    if not with_case:
        return []
    with db.session(write=False) as s:
        written = set(
            s.scalars(
                select(Note.case_id).where(
                    Note.case_id.in_({a.case_id for a in with_case}), Note.date == day
                )
            )
        )
    return [a for a in with_case if a.case_id not in written]
