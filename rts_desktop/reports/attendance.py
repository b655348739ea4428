"""Participation in group activities, by area: sessions, people, presences, hours.

A **group activity** is an event tied to no case (``Event.case_id`` empty): the calendar's
own rule (``services/calendar/queries.py``: "events with no case (a group activity)"), which
is how courses open to the guests of every apartment are recorded. An individual
appointment belongs to one case, even with two adults of the household present.

Only attendance marks count (``AttendanceMark``), the latest mark of each person at each
occurrence (marks are append-only, a correction is a newer one), with the occurrence's
original start in the period (Rome days):

- **sessions**: occurrences with at least one counted mark (any status);
- **participants**: distinct people marked ``presente``;
- **hours**: presences × the event's duration (``ends_at - starts_at``, in hours).

Visibility: only the people ``ctx`` sees count (``visible_people_ids``), so an educator's
sessions are those where someone she sees was marked. The Municipio filter keeps people
in a household whose case is followed by that Municipio's SST. Grouped queries only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, exists, func, join, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.db.visibility import visible_people_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import AttendanceMark, Case, Event, HouseholdMember
from rts_desktop.models.vocab import Attendance, label
from rts_desktop.reports.common import ONE_DAY, count_if, hours_between
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Chart, Column, Figure, Report, ReportFilter, Table

KIND = "attendance"
ROME = ZoneInfo("Europe/Rome")
PRESENT = Attendance.PRESENTE.value

AREA = N_("Area")
SESSIONS = N_("Incontri")
PARTICIPANTS = N_("Partecipanti presenti")
PRESENCES = N_("Presenze")
HOURS = N_("Ore-partecipante")
NOTE = N_(
    "Attività di gruppo: appuntamenti non legati a un caso. Incontri con almeno una presenza "
    "o assenza segnata nel periodo; ore = presenze × durata dell'incontro."
)


def _scope(ctx: ActingContext | None, flt: ReportFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    seen = visible_people_ids(ctx, AttendanceMark.beneficiary_id)
    if seen is not None:
        found.append(seen)
    if flt.municipio is not None:
        member, followed = aliased(HouseholdMember), aliased(Case)
        found.append(
            exists()
            .select_from(join(member, followed, followed.household_id == member.household_id))
            .where(
                member.beneficiary_id == AttendanceMark.beneficiary_id,
                followed.sst_municipio == flt.municipio,
            )
        )
    return found


def _instant(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), ROME).astimezone(dt.UTC)


def _counted(flt: ReportFilter, ctx: ActingContext | None) -> Any:
    """The latest mark of each counted person and occurrence, with area and hours."""
    newer = aliased(AttendanceMark)
    superseded = exists().where(
        newer.event_id == AttendanceMark.event_id,
        newer.occurrence_start == AttendanceMark.occurrence_start,
        newer.beneficiary_id == AttendanceMark.beneficiary_id,
        or_(
            newer.marked_at > AttendanceMark.marked_at,
            and_(newer.marked_at == AttendanceMark.marked_at, newer.id > AttendanceMark.id),
        ),
    )
    return (
        select(
            Event.area.label("area"),
            AttendanceMark.event_id.label("event_id"),
            AttendanceMark.occurrence_start.label("occurrence"),
            AttendanceMark.beneficiary_id.label("person"),
            AttendanceMark.status.label("status"),
            hours_between(Event.ends_at, Event.starts_at).label("hours"),
        )
        .join(Event, Event.id == AttendanceMark.event_id)
        .where(
            Event.case_id.is_(None),
            AttendanceMark.occurrence_start >= _instant(flt.start),
            AttendanceMark.occurrence_start < _instant(flt.end + ONE_DAY),
            ~superseded,
            *_scope(ctx, flt),
        )
        .subquery("counted")
    )


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    marks = _counted(flt, ctx)
    present = marks.c.status == PRESENT
    occurrences = (
        select(marks.c.area)
        .group_by(marks.c.area, marks.c.event_id, marks.c.occurrence)
        .subquery("occurrences")
    )
    sessions = dict(
        s.execute(select(occurrences.c.area, func.count()).group_by(occurrences.c.area)).all()
    )
    people = func.count(func.distinct(case((present, marks.c.person))))
    rows = s.execute(
        select(
            marks.c.area,
            people,
            count_if(present),
            func.coalesce(func.sum(case((present, marks.c.hours), else_=0.0)), 0.0),
        ).group_by(marks.c.area)
    ).all()
    total_people = int(s.scalar(select(people)) or 0)
    by_area = sorted(
        (
            (label(area), int(sessions.get(area, 0)), int(n), int(p), round(float(h), 1))
            for area, n, p, h in rows
        ),
        key=lambda row: (-row[4], row[0]),
    )
    table = Table(
        "by_area",
        N_("Partecipazione per area"),
        (
            Column("area", AREA),
            Column("sessions", SESSIONS, "int"),
            Column("participants", PARTICIPANTS, "int"),
            Column("presences", PRESENCES, "int"),
            Column("hours", HOURS, "decimal"),
        ),
        tuple(by_area),
        NOTE,
    )
    chart = Chart(
        N_("Ore-partecipante per area"),
        tuple(row[0] for row in by_area),
        ((HOURS, tuple(row[4] for row in by_area)),),
        unit="decimal",
    )
    figures = (
        Figure("sessions", SESSIONS, sum(row[1] for row in by_area)),
        Figure("participants", PARTICIPANTS, total_people),
        Figure("presences", PRESENCES, sum(row[3] for row in by_area)),
        Figure("hours", HOURS, round(sum(row[4] for row in by_area), 1), "decimal"),
    )
    return Report(
        kind=KIND,
        title=REPORTS[KIND].title,
        filter=flt,
        figures=figures,
        tables=(table,),
        charts=(chart,),
    )
