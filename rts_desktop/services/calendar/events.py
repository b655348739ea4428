"""Calendar events: appointments and activities with participants, recurrence and
single-occurrence exceptions (cancelled or moved).

Every write here is one operation (one session, one audit entry). The form's input, its
checks, loading and the DTOs are in ``event_records`` (re-exported here); attendance lives
in ``attendance``. Dragging an occurrence in a view is ``move``: this occurrence or the
whole series (``MoveScope``), one write either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.ids import new_id
from rts_desktop.models import Event, EventException
from rts_desktop.services.calendar.event_records import (
    MEDIATION_FIELDS,
    EventDTO,
    EventInput,
    ExceptionDTO,
    MoveScope,
    as_input,
    check_length,
    check_refs,
    clean_input,
    event_dto,
    event_exceptions,
    event_people,
    event_series,
    instant,
    load_event,
    moved_input,
    series_until,
    sync_participants,
    unique_ids,
)
from rts_desktop.services.calendar.recurrence import Series, from_local, to_local

__all__ = [
    "MEDIATION_FIELDS",
    "EventDTO",
    "EventInput",
    "ExceptionDTO",
    "MoveScope",
    "cancel_event",
    "cancel_occurrence",
    "create_event",
    "event_people",
    "get_event",
    "instant",
    "move",
    "move_draft",
    "move_event",
    "move_occurrence",
    "move_series",
    "restore_occurrence",
    "update_event",
]


@operation("create", "event")
def create_event(op: Op, data: EventInput) -> EventDTO:
    """A new appointment or activity (recurring when ``rrule`` is given)."""
    values, series = clean_input(data)
    s = op.s
    check_refs(s, data)
    event = Event(id=new_id(), series_until=series.last_end(), **values)
    s.add(event)
    sync_participants(event, unique_ids(data.beneficiary_ids), unique_ids(data.operator_ids))
    s.flush()
    op.audit(event.id)
    return event_dto(event, [])


def _remap_exceptions(
    s: Session, old: Series, new: Series, exceptions: list[EventException]
) -> list[EventException]:
    """Follow a moved series (same wall-clock shift); drop exceptions that no longer match."""
    shift = to_local(new.start) - to_local(old.start)
    kept = []
    for exc in exceptions:
        target = from_local(to_local(exc.original_start) + shift)
        if new.is_occurrence(target):
            exc.original_start = target
            kept.append(exc)
        else:
            s.delete(exc)
    return kept


def _rewrite(
    op: Op,
    event: Event,
    data: EventInput,
    checked: tuple[dict[str, Any], Series],
    expected_version: str | None,
) -> EventDTO:
    """Write ``data`` (``checked`` is its ``clean_input``) over the stored event, the whole
    series; exceptions follow it."""
    values, series = checked
    s = op.s
    check_version(event, expected_version, values)
    if event.cancelled:
        raise ValidationError("event_id", N_("L'appuntamento è annullato."))
    check_refs(s, data)
    old = event_series(event)
    exceptions = _remap_exceptions(s, old, series, event_exceptions(s, [event.id])[event.id])
    apply_changes(event, values)
    event.series_until = series_until(series, exceptions)
    sync_participants(event, unique_ids(data.beneficiary_ids), unique_ids(data.operator_ids))
    s.flush()
    op.audit(event.id)
    return event_dto(event, exceptions)


@operation("update", "event")
def update_event(
    op: Op, event_id: str, data: EventInput, *, expected_version: str | None = None
) -> EventDTO:
    """Change an event (the whole series when recurring); exceptions follow the series."""
    checked = clean_input(data)  # the form's mistakes first, then the event is looked up
    return _rewrite(op, load_event(op.s, event_id), data, checked, expected_version)


@operation("update", "event")
def move_event(
    op: Op, event_id: str, new_start: dt.datetime, *, expected_version: str | None = None
) -> EventDTO:
    """Move an event (or a whole series) keeping its duration."""
    event = load_event(op.s, event_id)
    data = as_input(event)
    start = instant("starts_at", new_start)
    moved = replace(data, starts_at=start, ends_at=start + (data.ends_at - data.starts_at))
    return _rewrite(op, event, moved, clean_input(moved), expected_version)


@operation("update", "event")
def move_series(
    op: Op, event_id: str, occurrence_start: dt.datetime, new_start: dt.datetime
) -> EventDTO:
    """Move the whole series so that this occurrence starts at ``new_start`` (every other
    occurrence shifts by as much wall-clock time; the length stays)."""
    event = load_event(op.s, event_id)
    data = moved_input(op.s, event, occurrence_start, new_start, None, MoveScope.ALL)
    return _rewrite(op, event, data, clean_input(data), None)


@operation("cancel", "event")
def cancel_event(op: Op, event_id: str, *, expected_version: str | None = None) -> EventDTO:
    """Cancel the event (every occurrence); it stays in the history."""
    s = op.s
    event = load_event(s, event_id)
    check_version(event, expected_version)
    event.cancelled = True
    s.flush()
    op.audit(event.id)
    return event_dto(event, event_exceptions(s, [event.id])[event.id])


def _set_exception(
    op: Op, event_id: str, original: dt.datetime, values: dict[str, Any] | None
) -> EventDTO:
    """Create, change or (``values`` None) remove the exception of one occurrence."""
    s = op.s
    event = load_event(s, event_id)
    if event.cancelled:
        raise ValidationError("event_id", N_("L'appuntamento è annullato."))
    series = event_series(event)
    if not series.is_occurrence(original):
        raise ValidationError(
            "occurrence_start", N_("Nessuna ripetizione dell'appuntamento inizia a quell'ora.")
        )
    exceptions = event_exceptions(s, [event.id])[event.id]
    current = next((e for e in exceptions if e.original_start == original), None)
    if values is None:
        if current is not None:
            s.delete(current)
            exceptions.remove(current)
    elif current is None:
        current = EventException(event_id=event.id, original_start=original, **values)
        s.add(current)
        exceptions.append(current)
    else:
        apply_changes(current, values)
    event.series_until = series_until(series, exceptions)
    s.flush()
    op.audit(event.id, original.isoformat())
    return event_dto(event, sorted(exceptions, key=lambda e: e.original_start))


@operation("cancel_occurrence", "event")
def cancel_occurrence(op: Op, event_id: str, occurrence_start: dt.datetime) -> EventDTO:
    """Cancel one occurrence (identified by its original start); the series goes on."""
    original = instant("occurrence_start", occurrence_start)
    values = {"cancelled": True, "new_start": None, "new_end": None}
    return _set_exception(op, event_id, original, values)


@operation("move_occurrence", "event")
def move_occurrence(
    op: Op,
    event_id: str,
    occurrence_start: dt.datetime,
    new_start: dt.datetime,
    new_end: dt.datetime | None = None,
) -> EventDTO:
    """Move one occurrence; ``new_end`` defaults to keeping the series' duration."""
    start = instant("new_start", new_start)
    if new_end is None:
        event = load_event(op.s, event_id)
        new_end = start + (event.ends_at - event.starts_at)
    end = instant("new_end", new_end)
    if end <= start:
        raise ValidationError("new_end", N_("La fine deve essere successiva all'inizio."))
    check_length(start, end, False, "new_end")
    original = instant("occurrence_start", occurrence_start)
    values = {"cancelled": False, "new_start": start, "new_end": end}
    return _set_exception(op, event_id, original, values)


@operation("restore_occurrence", "event")
def restore_occurrence(op: Op, event_id: str, occurrence_start: dt.datetime) -> EventDTO:
    """Undo a cancellation or a move of one occurrence."""
    return _set_exception(op, event_id, instant("occurrence_start", occurrence_start), None)


def move(
    db: Database,
    ctx: ActingContext,
    event_id: str,
    occurrence_start: dt.datetime,
    new_start: dt.datetime,
    new_end: dt.datetime | None = None,
    scope: MoveScope | str = MoveScope.ONE,
) -> EventDTO:
    """One drag of an occurrence to ``new_start``, one write: this occurrence alone
    (``ONE``: ending at ``new_end``) or the whole series (``ALL``: shifted alike, its length
    kept). The audit entry is that of the write chosen (``move_occurrence`` / ``update``)."""
    if _scope(scope) is MoveScope.ONE:
        return move_occurrence(db, ctx, event_id, occurrence_start, new_start, new_end)
    return move_series(db, ctx, event_id, occurrence_start, new_start)


def move_draft(
    db: Database,
    event_id: str,
    occurrence_start: dt.datetime,
    new_start: dt.datetime,
    new_end: dt.datetime | None = None,
    scope: MoveScope | str = MoveScope.ONE,
) -> EventInput:
    """The event as ``move`` would leave it (for the double-booking check before it)."""
    chosen = _scope(scope)
    with db.session(write=False) as s:
        event = load_event(s, event_id)
        return moved_input(s, event, occurrence_start, new_start, new_end, chosen)


def _scope(value: MoveScope | str) -> MoveScope:
    """``MoveScope`` from its value ("one" / "all")."""
    return v.choice("scope", value, MoveScope) or MoveScope.ONE


def get_event(db: Database, event_id: str) -> EventDTO:
    with db.session(write=False) as s:
        event = load_event(s, event_id)
        return event_dto(event, event_exceptions(s, [event.id])[event.id])
