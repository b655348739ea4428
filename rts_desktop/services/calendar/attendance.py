"""Attendance (presenze): presente / assente / giustificato per beneficiary and occurrence.

Marks are append-only: a correction is a newer mark and the latest one counts (by
``marked_at``, then by id, which is time-ordered). An occurrence is identified by its
original start, so a moved occurrence keeps its marks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import visible_people_ids
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Apartment, AttendanceMark, Beneficiary, Event
from rts_desktop.models.vocab import ActivityArea, Attendance
from rts_desktop.services.calendar.event_records import (
    event_exceptions,
    event_people,
    event_series,
    instant,
    load_event,
)
from rts_desktop.services.calendar.recurrence import Slot, expand

MarkKey = tuple[str, dt.datetime, str]


@dataclass(frozen=True)
class AttendanceDTO:
    id: str
    event_id: str
    event_title: str
    area: ActivityArea
    occurrence_start: dt.datetime
    beneficiary_id: str
    status: Attendance
    marked_at: dt.datetime
    marked_by: str | None


@dataclass(frozen=True)
class SheetRow:
    beneficiary_id: str
    code: str
    full_name: str
    status: Attendance | None


@dataclass(frozen=True)
class AttendanceSheet:
    """Data for the printed attendance sheet (foglio firme) of one occurrence."""

    event_id: str
    title: str
    area: ActivityArea
    occurrence_start: dt.datetime
    start: dt.datetime
    end: dt.datetime
    place: str | None
    rows: tuple[SheetRow, ...]


def _live_slot(s: Session, event: Event, original: dt.datetime) -> Slot:
    """The occurrence starting (originally) at ``original``, after exceptions."""
    if event.cancelled:
        raise ValidationError("event_id", N_("L'appuntamento è annullato."))
    series = event_series(event)
    if not series.is_occurrence(original):
        raise ValidationError(
            "occurrence_start", N_("Nessuna ripetizione dell'appuntamento inizia a quell'ora.")
        )
    excs = [e for e in event_exceptions(s, [event.id])[event.id] if e.original_start == original]
    window_start, window_end = original, original + series.duration
    if excs and excs[0].new_start is not None and excs[0].new_end is not None:
        window_start, window_end = excs[0].new_start, excs[0].new_end
    slot = next(
        (x for x in expand(series, excs, window_start, window_end) if x.original_start == original),
        None,
    )
    if slot is None or slot.cancelled:
        raise ValidationError("occurrence_start", N_("Questa ripetizione è stata annullata."))
    return slot


def _dto(mark: AttendanceMark, event: Event) -> AttendanceDTO:
    return AttendanceDTO(
        id=mark.id,
        event_id=mark.event_id,
        event_title=event.title,
        area=ActivityArea(event.area),
        occurrence_start=mark.occurrence_start,
        beneficiary_id=mark.beneficiary_id,
        status=Attendance(mark.status),
        marked_at=mark.marked_at,
        marked_by=mark.marked_by,
    )


def _latest(marks: list[AttendanceMark]) -> dict[MarkKey, AttendanceMark]:
    latest: dict[MarkKey, AttendanceMark] = {}
    for mark in sorted(marks, key=lambda m: (m.marked_at, m.id)):
        latest[(mark.event_id, mark.occurrence_start, mark.beneficiary_id)] = mark
    return latest


def _mark(
    op: Op, event: Event, original: dt.datetime, beneficiary_id: str, status: str
) -> tuple[AttendanceMark, str]:
    """Add one mark (checked) to the session; returns it with its audit detail."""
    chosen = v.choice("status", status, Attendance)
    if beneficiary_id not in event_people(event)[0]:
        raise ValidationError(
            "beneficiary_id", N_("La persona non partecipa a questo appuntamento.")
        )
    slot = _live_slot(op.s, event, original)
    if chosen != Attendance.GIUSTIFICATO and slot.start > op.ctx.now():
        raise ValidationError(
            "status", N_("Presenze e assenze si segnano dopo l'inizio dell'appuntamento.")
        )
    mark = AttendanceMark(
        event_id=event.id,
        occurrence_start=original,
        beneficiary_id=beneficiary_id,
        status=str(chosen),
        marked_at=op.ctx.now(),
        marked_by=op.ctx.operator_id,
    )
    op.s.add(mark)
    return mark, f"{beneficiary_id}: {chosen}"


@operation("attendance", "event")
def mark_attendance(
    op: Op,
    event_id: str,
    occurrence_start: dt.datetime,
    beneficiary_id: str,
    status: str,
) -> AttendanceDTO:
    """Record presente / assente / giustificato for a participant at one occurrence.

    Presente and assente can be marked only once the occurrence has started; giustificato
    (an absence announced in advance) at any time.
    """
    v.choice("status", status, Attendance)
    original = instant("occurrence_start", occurrence_start)
    event = load_event(op.s, event_id)
    mark, detail = _mark(op, event, original, beneficiary_id, status)
    op.s.flush()
    op.audit(event.id, detail)
    return _dto(mark, event)


@operation("attendance", "event")
def mark_attendances(
    op: Op,
    event_id: str,
    occurrence_start: dt.datetime,
    marks: Sequence[tuple[str, str]],
) -> list[AttendanceDTO]:
    """Several marks of one occurrence at once, ``(beneficiary id, status)`` each: all are
    saved or none; one audit entry per mark, as ``mark_attendance`` leaves."""
    if not marks:
        raise ValidationError("status", N_("Scegli un valore."))
    for _person, status in marks:
        v.choice("status", status, Attendance)
    original = instant("occurrence_start", occurrence_start)
    event = load_event(op.s, event_id)
    added = [_mark(op, event, original, person, status) for person, status in marks]
    op.s.flush()
    for n, (_mark_row, detail) in enumerate(added):
        if n == 0:
            op.audit(event.id, detail)
        else:
            op.audit_also(op.action, event.id, detail)
    return [_dto(mark, event) for mark, _detail in added]


def attendance_for_beneficiary(db: Database, beneficiary_id: str) -> list[AttendanceDTO]:
    """The current (latest) mark of every occurrence the person was marked at, oldest first."""
    with db.session(write=False) as s:
        marks = list(
            s.scalars(select(AttendanceMark).where(AttendanceMark.beneficiary_id == beneficiary_id))
        )
        latest = _latest(marks)
        events = {
            e.id: e
            for e in s.scalars(select(Event).where(Event.id.in_({m.event_id for m in marks})))
        }
        found = [_dto(m, events[m.event_id]) for m in latest.values()]
    return sorted(found, key=lambda a: (a.occurrence_start, a.event_title))


def attendance_sheet(
    db: Database,
    event_id: str,
    occurrence_start: dt.datetime,
    *,
    ctx: ActingContext | None = None,
) -> AttendanceSheet:
    """Participants of one occurrence with their current mark (None = not marked yet).

    The operators running the activity (organizer, operator participants) see everyone on
    it, to take the register; anyone else only the people she sees (case visibility)."""
    original = instant("occurrence_start", occurrence_start)
    with db.session(write=False) as s:
        event = load_event(s, event_id)
        slot = _live_slot(s, event, original)
        bens, operators = event_people(event)
        stmt = select(Beneficiary).where(Beneficiary.id.in_(bens))
        runs_it = ctx is not None and ctx.operator_id in {event.organizer_id, *operators}
        condition = None if runs_it else visible_people_ids(ctx, Beneficiary.id)
        if condition is not None:
            stmt = stmt.where(condition)
        people = list(s.scalars(stmt.order_by(Beneficiary.last_name, Beneficiary.first_name)))
        marks = s.scalars(
            select(AttendanceMark).where(
                AttendanceMark.event_id == event.id, AttendanceMark.occurrence_start == original
            )
        )
        status = {key[2]: Attendance(m.status) for key, m in _latest(list(marks)).items()}
        place = event.place
        if event.apartment_id:
            apartment = s.get(Apartment, event.apartment_id)
            if apartment is not None:
                where = f"{apartment.code} – {apartment.address}"
                place = f"{where} ({place})" if place else where
        rows = tuple(
            SheetRow(p.id, p.code, f"{p.last_name} {p.first_name}", status.get(p.id))
            for p in people
        )
        return AttendanceSheet(
            event.id,
            event.title,
            ActivityArea(event.area),
            original,
            slot.start,
            slot.end,
            place,
            rows,
        )
