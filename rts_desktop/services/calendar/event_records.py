"""Calendar events as records: the form's input and its checks, loading, the DTOs.

Instants are stored in UTC, truncated to the minute; recurrence is expanded in Europe/Rome
wall-clock time (``recurrence``). ``Event.series_until`` is kept as the end of the last
occurrence (None = open-ended) so range queries (``queries``) skip finished events without
expanding them. The writes are in ``events``, attendance in ``attendance``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.kernel import validation as v
from rts_desktop.kernel.errors import N_, ValidationError
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


class MoveScope(StrEnum):
    """What moving an occurrence of a recurring event moves."""

    #: this occurrence only (an exception of the series)
    ONE = "one"
    #: the whole series, by the same wall-clock shift
    ALL = "all"


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
    area: ActivityArea
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


def span(starts: object, ends: object, all_day: bool) -> tuple[dt.datetime, dt.datetime]:
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
    start, end = span(data.starts_at, data.ends_at, all_day)
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


def check_refs(s: Session, data: EventInput) -> None:
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
    if f not in {"area", "beneficiary_ids", "operator_ids", "exceptions"}
)


def event_dto(event: Event, exceptions: list[EventException]) -> EventDTO:
    bens, ops = event_people(event)
    return EventDTO(
        **{name: getattr(event, name) for name in _EVENT_FIELDS},
        area=ActivityArea(event.area),
        beneficiary_ids=bens,
        operator_ids=ops,
        exceptions=tuple(
            ExceptionDTO(e.original_start, e.cancelled, e.new_start, e.new_end) for e in exceptions
        ),
    )


def series_until(series: Series, exceptions: list[EventException]) -> dt.datetime | None:
    """End of the last occurrence (a moved occurrence may end later); None if open-ended."""
    last = series.last_end()
    if last is None:
        return None
    moved = [e.new_end for e in exceptions if not e.cancelled and e.new_end is not None]
    return max([last, *moved])


def sync_participants(event: Event, bens: tuple[str, ...], ops: tuple[str, ...]) -> None:
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


def as_input(event: Event) -> EventInput:
    bens, ops = event_people(event)
    names = [
        f for f in EventInput.__dataclass_fields__ if f not in {"beneficiary_ids", "operator_ids"}
    ]
    return EventInput(
        **{n: getattr(event, n) for n in names}, beneficiary_ids=bens, operator_ids=ops
    )


def live_span(s: Session, event: Event, original: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Where the occurrence starting (originally) at ``original`` is now (a move kept)."""
    moved = next(
        (e for e in event_exceptions(s, [event.id])[event.id] if e.original_start == original),
        None,
    )
    if moved is not None and moved.new_start is not None and moved.new_end is not None:
        return moved.new_start, moved.new_end
    return original, original + (event.ends_at - event.starts_at)


def moved_input(
    s: Session,
    event: Event,
    occurrence_start: dt.datetime,
    new_start: dt.datetime,
    new_end: dt.datetime | None,
    scope: MoveScope,
) -> EventInput:
    """The event as moving one occurrence to ``new_start`` leaves it: for ``ONE`` that
    occurrence alone (ending at ``new_end``, by default as long as it is now), for ``ALL``
    the whole series shifted by as much in wall-clock time, keeping its length."""
    data = as_input(event)
    original = instant("occurrence_start", occurrence_start)
    start = instant("new_start", new_start)
    live_start, live_end = live_span(s, event, original)
    if scope is MoveScope.ONE:
        end = start + (live_end - live_start) if new_end is None else instant("new_end", new_end)
        return replace(data, starts_at=start, ends_at=end, rrule=None)
    first = from_local(to_local(event.starts_at) + (to_local(start) - to_local(live_start)))
    return replace(data, starts_at=first, ends_at=first + (event.ends_at - event.starts_at))
