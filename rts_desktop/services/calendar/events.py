"""Calendar events: appointments and activities with participants, recurrence and
single-occurrence exceptions (cancelled or moved).

Instants are stored in UTC, truncated to the minute; recurrence is expanded in Europe/Rome
wall-clock time (``recurrence``). ``Event.series_until`` is kept as the end of the last
occurrence (None = open-ended) so range queries (``calendar_queries``) skip finished events
without expanding them. Attendance lives in ``attendance``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.records import apply_changes, check_version
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.access import audit, require_role
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.ids import new_id
from rts_desktop.models import (
    Apartment,
    Beneficiary,
    Case,
    Event,
    EventException,
    Operator,
    Participant,
    rules,
)
from rts_desktop.models.vocab import ActivityArea
from rts_desktop.services.calendar.recurrence import Series, from_local, to_local

MEDIATION_FIELDS = ("mediation_parties", "mediation_agreement", "follow_up_date")


@dataclass
class EventInput:
    """What the event form gives; instants are aware (the UI passes Europe/Rome times)."""

    area: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    all_day: bool = False
    apartment_id: str | None = None
    place: str | None = None
    case_id: str | None = None
    organizer_id: str | None = None
    beneficiary_ids: tuple[str, ...] = ()
    operator_ids: tuple[str, ...] = ()
    notes: str | None = None
    rrule: str | None = None
    mediation_parties: str | None = None
    mediation_agreement: str | None = None
    follow_up_date: dt.date | None = None


@dataclass(frozen=True)
class ExceptionDTO:
    original_start: dt.datetime
    cancelled: bool
    new_start: dt.datetime | None
    new_end: dt.datetime | None


@dataclass(frozen=True)
class EventDTO:
    id: str
    version: str
    area: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    series_until: dt.datetime | None
    all_day: bool
    rrule: str | None
    apartment_id: str | None
    place: str | None
    case_id: str | None
    organizer_id: str | None
    notes: str | None
    cancelled: bool
    mediation_parties: str | None
    mediation_agreement: str | None
    follow_up_date: dt.date | None
    beneficiary_ids: tuple[str, ...]
    operator_ids: tuple[str, ...]
    exceptions: tuple[ExceptionDTO, ...]


# ---- validation -------------------------------------------------------------------------


def instant(name: str, value: object, *, bounded: bool = True) -> dt.datetime:
    """An aware moment in UTC truncated to the minute; what is written (``bounded``) falls
    within the service's years, as a sync import checks it."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(name, N_("Indica data e ora."))
    if value.tzinfo is None:
        raise ValidationError(name, N_("Data e ora senza fuso orario."))
    utc = value.astimezone(dt.UTC).replace(second=0, microsecond=0)
    if bounded:
        v.instant(name, utc)
    return utc


def check_length(
    start: dt.datetime, end: dt.datetime, recurring: bool, end_field: str = "ends_at"
) -> None:
    """A single (not recurring) event lasts at most ``rules.MAX_EVENT_DAYS`` days."""
    if not recurring and end - start > dt.timedelta(days=rules.MAX_EVENT_DAYS):
        raise ValidationError(
            end_field,
            N_("Un appuntamento dura al massimo {n} giorni.").format(n=rules.MAX_EVENT_DAYS),
        )


def _span(starts: object, ends: object, all_day: bool) -> tuple[dt.datetime, dt.datetime]:
    """Start and end checked (end after start); all-day events snap to local midnights."""
    start, end = instant("starts_at", starts), instant("ends_at", ends)
    if end < start or (end == start and not all_day):
        raise ValidationError("ends_at", N_("La fine deve essere successiva all'inizio."))
    if all_day:
        first, last = to_local(start), to_local(end)
        last_day = last.date()
        if last.time() != dt.time(0) or last_day == first.date():
            last_day += dt.timedelta(days=1)
        start = from_local(dt.datetime.combine(first.date(), dt.time(0)))
        end = from_local(dt.datetime.combine(last_day, dt.time(0)))
        v.instant("starts_at", start)
        v.instant("ends_at", end)
    return start, end


def unique_ids(ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i))


def clean_input(data: EventInput) -> tuple[dict[str, Any], Series]:
    area = v.choice("area", data.area, ActivityArea)
    all_day = v.flag("all_day", data.all_day)
    rule_text = rules.check("events", "rrule", data.rrule)
    start, end = _span(data.starts_at, data.ends_at, all_day)
    series = Series.compile(start, end, rule_text)
    check_length(start, end, recurring=series.text is not None)
    v.instant("rrule", series.last_end(), required=False)  # the series ends by 2100
    texts = {
        name: rules.check("events", name, getattr(data, name))
        for name in ("title", "place", "notes", "mediation_parties", "mediation_agreement")
    }
    follow_up = v.optional_date("follow_up_date", data.follow_up_date)
    given = {**texts, "follow_up_date": follow_up}
    if area != ActivityArea.MEDIAZIONE:
        for name in MEDIATION_FIELDS:
            if given[name]:
                raise ValidationError(name, N_("Campo previsto solo per la mediazione."))
    if follow_up is not None:
        v.date_order("starts_at", to_local(start).date(), "follow_up_date", follow_up)
    values: dict[str, Any] = {
        "area": str(area),
        "starts_at": start,
        "ends_at": end,
        "all_day": all_day,
        "rrule": series.text,
        "apartment_id": data.apartment_id or None,
        "case_id": data.case_id or None,
        "organizer_id": data.organizer_id or None,
        **given,
    }
    return values, series


def _check_refs(s: Session, data: EventInput) -> None:
    """Every referenced record exists (checked before anything is written)."""
    singles: list[tuple[str, type[Any], str | None, str]] = [
        ("apartment_id", Apartment, data.apartment_id, N_("Alloggio non trovato.")),
        ("case_id", Case, data.case_id, N_("Caso non trovato.")),
        ("organizer_id", Operator, data.organizer_id, N_("Operatore non trovato.")),
    ]
    for name, model, value, message in singles:
        if value and s.get(model, value) is None:
            raise ValidationError(name, message)
    groups: list[tuple[str, Any, tuple[str, ...], str]] = [
        ("beneficiary_ids", Beneficiary, data.beneficiary_ids, N_("Beneficiario non trovato.")),
        ("operator_ids", Operator, data.operator_ids, N_("Operatore non trovato.")),
    ]
    for name, model, ids, message in groups:
        wanted = set(unique_ids(ids))
        if wanted and len(set(s.scalars(select(model.id).where(model.id.in_(wanted))))) < len(
            wanted
        ):
            raise ValidationError(name, message)


# ---- loading and DTOs ---------------------------------------------------------------------


def load_event(s: Session, event_id: str) -> Event:
    event = s.get(Event, event_id, options=[selectinload(Event.participants)])
    if event is None:
        raise ValidationError("event_id", N_("Appuntamento non trovato."))
    return event


def event_exceptions(s: Session, event_ids: list[str]) -> dict[str, list[EventException]]:
    found: dict[str, list[EventException]] = {i: [] for i in event_ids}
    if event_ids:
        stmt = select(EventException).where(EventException.event_id.in_(event_ids))
        for exc in s.scalars(stmt.order_by(EventException.original_start)):
            found[exc.event_id].append(exc)
    return found


def event_series(event: Event) -> Series:
    """The stored event's series (a broken stored rule reads as a single event)."""
    return stored_series(event.starts_at, event.ends_at, event.rrule)


@lru_cache(maxsize=8192)
def stored_series(starts_at: dt.datetime, ends_at: dt.datetime, rule: str | None) -> Series:
    """Parsed once per (start, end, rule): week after week the views show the same series."""
    try:
        return Series.compile(starts_at, ends_at, rule, strict=False)
    except ValidationError:
        return Series.compile(starts_at, ends_at, None)


def event_people(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    bens = tuple(p.beneficiary_id for p in event.participants if p.beneficiary_id)
    ops = tuple(p.operator_id for p in event.participants if p.operator_id)
    return bens, ops


_EVENT_FIELDS = tuple(
    f
    for f in EventDTO.__dataclass_fields__
    if f not in {"beneficiary_ids", "operator_ids", "exceptions"}
)


def _event_dto(event: Event, exceptions: list[EventException]) -> EventDTO:
    bens, ops = event_people(event)
    return EventDTO(
        **{name: getattr(event, name) for name in _EVENT_FIELDS},
        beneficiary_ids=bens,
        operator_ids=ops,
        exceptions=tuple(
            ExceptionDTO(e.original_start, e.cancelled, e.new_start, e.new_end) for e in exceptions
        ),
    )


def _series_until(series: Series, exceptions: list[EventException]) -> dt.datetime | None:
    """End of the last occurrence (a moved occurrence may end later); None if open-ended."""
    last = series.last_end()
    if last is None:
        return None
    moved = [e.new_end for e in exceptions if not e.cancelled and e.new_end is not None]
    return max([last, *moved])


def _sync_participants(event: Event, bens: tuple[str, ...], ops: tuple[str, ...]) -> None:
    wanted = {("b", b) for b in bens} | {("o", o) for o in ops}
    for p in list(event.participants):
        key = ("b", p.beneficiary_id) if p.beneficiary_id else ("o", p.operator_id)
        if key in wanted:
            wanted.discard(key)  # type: ignore[arg-type]
        else:
            event.participants.remove(p)
    for kind, person in [("b", b) for b in bens] + [("o", o) for o in ops]:
        if (kind, person) in wanted:
            event.participants.append(
                Participant(
                    event_id=event.id,
                    beneficiary_id=person if kind == "b" else None,
                    operator_id=person if kind == "o" else None,
                    role="beneficiario" if kind == "b" else "operatore",
                )
            )


# ---- writing ------------------------------------------------------------------------------


def create_event(db: Database, ctx: ActingContext, data: EventInput) -> EventDTO:
    """A new appointment or activity (recurring when ``rrule`` is given)."""
    require_role(ctx)
    values, series = clean_input(data)
    with db.session(ctx) as s:
        _check_refs(s, data)
        event = Event(id=new_id(), series_until=series.last_end(), **values)
        s.add(event)
        _sync_participants(event, unique_ids(data.beneficiary_ids), unique_ids(data.operator_ids))
        s.flush()
        audit(s, ctx, "create", "event", event.id)
        return _event_dto(event, [])


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


def update_event(
    db: Database,
    ctx: ActingContext,
    event_id: str,
    data: EventInput,
    *,
    expected_version: str | None = None,
) -> EventDTO:
    """Change an event (the whole series when recurring); exceptions follow the series."""
    require_role(ctx)
    values, series = clean_input(data)
    with db.session(ctx) as s:
        event = load_event(s, event_id)
        check_version(event, expected_version)
        if event.cancelled:
            raise ValidationError("event_id", N_("L'appuntamento è annullato."))
        _check_refs(s, data)
        old = event_series(event)
        exceptions = _remap_exceptions(s, old, series, event_exceptions(s, [event.id])[event.id])
        apply_changes(event, values)
        event.series_until = _series_until(series, exceptions)
        _sync_participants(event, unique_ids(data.beneficiary_ids), unique_ids(data.operator_ids))
        s.flush()
        audit(s, ctx, "update", "event", event.id)
        return _event_dto(event, exceptions)


def _as_input(event: Event) -> EventInput:
    bens, ops = event_people(event)
    names = [
        f for f in EventInput.__dataclass_fields__ if f not in {"beneficiary_ids", "operator_ids"}
    ]
    return EventInput(
        **{n: getattr(event, n) for n in names}, beneficiary_ids=bens, operator_ids=ops
    )


def move_event(
    db: Database,
    ctx: ActingContext,
    event_id: str,
    new_start: dt.datetime,
    *,
    expected_version: str | None = None,
) -> EventDTO:
    """Move an event (or a whole series) keeping its duration."""
    with db.session(write=False) as s:
        event = load_event(s, event_id)
        data, version = _as_input(event), event.version
    start = instant("starts_at", new_start)
    moved = replace(data, starts_at=start, ends_at=start + (data.ends_at - data.starts_at))
    return update_event(db, ctx, event_id, moved, expected_version=expected_version or version)


def cancel_event(
    db: Database, ctx: ActingContext, event_id: str, *, expected_version: str | None = None
) -> EventDTO:
    """Cancel the event (every occurrence); it stays in the history."""
    require_role(ctx)
    with db.session(ctx) as s:
        event = load_event(s, event_id)
        check_version(event, expected_version)
        event.cancelled = True
        s.flush()
        audit(s, ctx, "cancel", "event", event.id)
        return _event_dto(event, event_exceptions(s, [event.id])[event.id])


def _set_exception(
    db: Database,
    ctx: ActingContext,
    event_id: str,
    occurrence_start: dt.datetime,
    values: dict[str, Any] | None,
    action: str,
) -> EventDTO:
    """Create, change or (``values`` None) remove the exception of one occurrence."""
    require_role(ctx)
    original = instant("occurrence_start", occurrence_start)
    with db.session(ctx) as s:
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
        event.series_until = _series_until(series, exceptions)
        s.flush()
        audit(s, ctx, action, "event", event.id, original.isoformat())
        return _event_dto(event, sorted(exceptions, key=lambda e: e.original_start))


def cancel_occurrence(
    db: Database, ctx: ActingContext, event_id: str, occurrence_start: dt.datetime
) -> EventDTO:
    """Cancel one occurrence (identified by its original start); the series goes on."""
    values = {"cancelled": True, "new_start": None, "new_end": None}
    return _set_exception(db, ctx, event_id, occurrence_start, values, "cancel_occurrence")


def move_occurrence(
    db: Database,
    ctx: ActingContext,
    event_id: str,
    occurrence_start: dt.datetime,
    new_start: dt.datetime,
    new_end: dt.datetime | None = None,
) -> EventDTO:
    """Move one occurrence; ``new_end`` defaults to keeping the series' duration."""
    start = instant("new_start", new_start)
    if new_end is None:
        with db.session(write=False) as s:
            event = load_event(s, event_id)
            new_end = start + (event.ends_at - event.starts_at)
    end = instant("new_end", new_end)
    if end <= start:
        raise ValidationError("new_end", N_("La fine deve essere successiva all'inizio."))
    check_length(start, end, False, "new_end")
    values = {"cancelled": False, "new_start": start, "new_end": end}
    return _set_exception(db, ctx, event_id, occurrence_start, values, "move_occurrence")


def restore_occurrence(
    db: Database, ctx: ActingContext, event_id: str, occurrence_start: dt.datetime
) -> EventDTO:
    """Undo a cancellation or a move of one occurrence."""
    return _set_exception(db, ctx, event_id, occurrence_start, None, "restore_occurrence")


def get_event(db: Database, event_id: str) -> EventDTO:
    with db.session(write=False) as s:
        event = load_event(s, event_id)
        return _event_dto(event, event_exceptions(s, [event.id])[event.id])
