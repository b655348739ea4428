"""Calendar views and checks: occurrences in a range (week / month views, filters) and
double-booking warnings for a draft event.

Only events whose span ``[starts_at, series_until]`` meets the window are loaded
(``series_until`` NULL = open-ended), plus events with an occurrence moved into it; rules
are expanded only inside the window.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, String, bindparam, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.errors import N_
from rts_desktop.models import Event, EventException, Participant
from rts_desktop.services.calendar import (
    EventInput,
    _stored_series,
    clean_input,
    event_exceptions,
    event_people,
    event_series,
    instant,
    unique_ids,
)
from rts_desktop.services.recurrence import ROME, Slot, expand, overlaps

#: how far an open-ended draft series is checked for double bookings
CONFLICT_HORIZON = dt.timedelta(days=366)


@dataclass(frozen=True)
class OccurrenceDTO:
    """One occurrence in a range; ``original_start`` identifies it (attendance, exceptions)."""

    event_id: str
    title: str
    area: str
    start: dt.datetime
    end: dt.datetime
    original_start: dt.datetime
    all_day: bool
    recurring: bool
    moved: bool
    cancelled: bool
    apartment_id: str | None
    place: str | None
    case_id: str | None
    organizer_id: str | None
    beneficiary_ids: tuple[str, ...]
    operator_ids: tuple[str, ...]


@dataclass(frozen=True)
class EventFilter:
    """Calendar view filters; ``educator_id`` matches the organizer or an operator taking part."""

    educator_id: str | None = None
    apartment_id: str | None = None
    case_id: str | None = None
    beneficiary_id: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class BookingConflict:
    """A warning: someone in the draft is already busy (``kind`` operatore / beneficiario)."""

    kind: str
    person_id: str
    event_id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    draft_start: dt.datetime

    @property
    def message(self) -> str:
        who = N_("L'operatore") if self.kind == "operatore" else N_("Il beneficiario")
        return N_("{who} è già impegnato in «{t}» il {d:%d/%m/%Y} alle {d:%H:%M}.").format(
            who=who, t=self.title, d=self.start.astimezone(ROME)
        )


def _filter_clauses(f: EventFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if f.area:
        clauses.append(Event.area == f.area)
    if f.apartment_id:
        clauses.append(Event.apartment_id == f.apartment_id)
    if f.case_id:
        clauses.append(Event.case_id == f.case_id)
    if f.beneficiary_id:
        with_ben = select(Participant.event_id).where(
            Participant.beneficiary_id == f.beneficiary_id
        )
        clauses.append(Event.id.in_(with_ben))
    if f.educator_id:
        with_op = select(Participant.event_id).where(Participant.operator_id == f.educator_id)
        clauses.append(or_(Event.organizer_id == f.educator_id, Event.id.in_(with_op)))
    return clauses


def _expand_range(
    s: Session,
    start: dt.datetime,
    end: dt.datetime,
    clauses: list[ColumnElement[bool]],
    include_cancelled: bool = False,
) -> list[tuple[Event, Slot]]:
    """Events touching [start, end) (by their series span or a moved occurrence), expanded."""
    base = (
        select(Event)
        .where(Event.cancelled.is_(False), *clauses)
        .options(selectinload(Event.participants))
    )
    # two queries instead of one OR: each uses the index on series_until, so a week costs
    # the events still running after its start, not every event of ten years before it
    bounded = base.where(Event.series_until > start, Event.starts_at < end)
    open_ended = base.where(Event.series_until.is_(None), Event.starts_at < end)
    found_events = {e.id: e for e in s.scalars(bounded)}
    found_events.update({e.id: e for e in s.scalars(open_ended)})
    # occurrences moved into the window from outside the series' span (two simple queries
    # rather than one OR, so the range index stays usable)
    moved_in = set(
        s.scalars(
            select(EventException.event_id).where(
                EventException.cancelled.is_(False),
                EventException.new_start < end,
                EventException.new_end > start,
            )
        )
    )
    moved_in -= found_events.keys()
    if moved_in:
        found_events.update({e.id: e for e in s.scalars(base.where(Event.id.in_(moved_in)))})
    events = list(found_events.values())
    exceptions = event_exceptions(s, [e.id for e in events])
    found: list[tuple[Event, Slot]] = []
    for event in events:
        for slot in expand(event_series(event), exceptions[event.id], start, end):
            if include_cancelled or not slot.cancelled:
                found.append((event, slot))
    return sorted(found, key=lambda pair: (pair[1].start, pair[0].title))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while thousands of acyclic rows and DTOs are made: on a
    large heap its full passes cost as much as building them (reference counting still frees
    memory). Re-enabled only if it was on, so nested or concurrent uses stay safe."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: columns read by the views (Core rows, not ORM objects: a busy month holds ~7,000 events)
_COLUMNS = (
    Event.id,
    Event.title,
    Event.area,
    # read as stored text and parsed in ``_utc``: the generic type processing costs as much
    # as the query itself on a busy week
    type_coerce(Event.starts_at, String).label("starts_at"),
    type_coerce(Event.ends_at, String).label("ends_at"),
    Event.rrule,
    Event.all_day,
    Event.apartment_id,
    Event.place,
    Event.case_id,
    Event.organizer_id,
)
#: ids per IN (...) list, well under SQLite's bound-parameter limit (32,766 since 3.32)
_CHUNK = 5000


def _utc(value: str | dt.datetime) -> dt.datetime:
    """A stored naive-UTC instant (SQLite text, or a driver's datetime) as an aware one."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[n : n + _CHUNK] for n in range(0, len(ids), _CHUNK)]


def _event_rows(
    c: Connection, lo: dt.datetime, hi: dt.datetime, clauses: list[ColumnElement[bool]]
):  # type: ignore[no-untyped-def]
    """Event rows touching [lo, hi) by their series span or a moved occurrence (see above)."""
    base = select(*_COLUMNS).where(Event.cancelled.is_(False), *clauses)
    rows = {
        r.id: r for r in c.execute(base.where(Event.series_until > lo, Event.starts_at < hi)).all()
    }
    rows.update(
        (r.id, r)
        for r in c.execute(base.where(Event.series_until.is_(None), Event.starts_at < hi)).all()
    )
    moved_in = set(
        c.scalars(
            select(EventException.event_id).where(
                EventException.cancelled.is_(False),
                EventException.new_start < hi,
                EventException.new_end > lo,
            )
        )
    )
    moved_in -= rows.keys()
    for chunk in _chunks(sorted(moved_in)):
        rows.update((r.id, r) for r in c.execute(base.where(Event.id.in_(chunk))))
    return list(rows.values())


#: built once (expanding IN parameter): compiling a fresh IN list of thousands of literal ids
#: costs as much as running the query
_PEOPLE = select(Participant.event_id, Participant.beneficiary_id, Participant.operator_id).where(
    Participant.event_id.in_(bindparam("ids", expanding=True))
)
_EXCEPTIONS = (
    select(
        EventException.event_id,
        EventException.original_start,
        EventException.cancelled,
        EventException.new_start,
        EventException.new_end,
    )
    .where(EventException.event_id.in_(bindparam("ids", expanding=True)))
    .order_by(EventException.original_start)
)


def _people_and_exceptions(c: Connection, ids: list[str]):  # type: ignore[no-untyped-def]
    """Participants (beneficiaries, operators) and exceptions of the events, by event id."""
    bens: dict[str, list[str]] = {}
    ops: dict[str, list[str]] = {}
    excs: dict[str, list] = {}  # type: ignore[type-arg]
    for chunk in _chunks(ids):
        for eid, ben, op in c.execute(_PEOPLE, {"ids": chunk}).all():
            if ben:
                bens.setdefault(eid, []).append(ben)
            if op:
                ops.setdefault(eid, []).append(op)
        for row in c.execute(_EXCEPTIONS, {"ids": chunk}).all():
            excs.setdefault(row.event_id, []).append(row)
    return bens, ops, excs


def occurrences(
    db: Database,
    start: dt.datetime,
    end: dt.datetime,
    filters: EventFilter | None = None,
    *,
    include_cancelled: bool = False,
) -> list[OccurrenceDTO]:
    """Occurrences overlapping [start, end), ordered by start (the week / month views).

    Same rows as ``_expand_range`` but read with Core: no ORM identity map or lazy
    relationships, which cost most of the time on a busy month.
    """
    lo, hi = instant("start", start), instant("end", end)
    clauses = _filter_clauses(filters or EventFilter())
    with _gc_paused():
        with db.session(write=False) as s:
            c = s.connection()  # Core rows: no ORM identity map or instrumentation
            rows = _event_rows(c, lo, hi, clauses)
            bens, ops, excs = _people_and_exceptions(c, [r.id for r in rows])
        return _dtos(rows, bens, ops, excs, lo, hi, include_cancelled)


def _dtos(  # type: ignore[no-untyped-def]
    rows, bens, ops, excs, lo: dt.datetime, hi: dt.datetime, include_cancelled: bool
) -> list[OccurrenceDTO]:
    """The occurrences of the rows in [lo, hi), ordered by start then title."""
    found: list[tuple[dt.datetime, str, OccurrenceDTO]] = []
    no_one: tuple[str, ...] = ()
    # rows unpacked as tuples: attribute access by name costs ten times more per field
    for eid, title, area, starts_raw, ends_raw, rule, all_day, apt, place, case, org in rows:
        starts, ends = _utc(starts_raw), _utc(ends_raw)
        b = tuple(bens[eid]) if eid in bens else no_one
        o = tuple(ops[eid]) if eid in ops else no_one
        if not rule and eid not in excs:
            # a plain single event (most of them): its one occurrence, no expansion needed
            if starts < hi and lo < ends:
                dto = OccurrenceDTO(
                    eid, title, area, starts, ends, starts, all_day, False, False, False,
                    apt, place, case, org, b, o,
                )  # fmt: skip
                found.append((starts, title, dto))
            continue
        series = _stored_series(starts, ends, rule)
        for slot in expand(series, excs.get(eid, ()), lo, hi):
            if include_cancelled or not slot.cancelled:
                dto = OccurrenceDTO(
                    eid, title, area, slot.start, slot.end, slot.original_start, all_day,
                    bool(rule), slot.moved, slot.cancelled, apt, place, case, org, b, o,
                )  # fmt: skip
                found.append((slot.start, title, dto))
    found.sort(key=lambda x: (x[0], x[1]))
    return [dto for _s, _t, dto in found]


@dataclass
class _Busy:
    operators: set[str] = field(default_factory=set)
    beneficiaries: set[str] = field(default_factory=set)


def _busy(event_org: str | None, bens: tuple[str, ...], ops: tuple[str, ...]) -> _Busy:
    return _Busy({o for o in (event_org, *ops) if o}, set(bens))


def conflicts_for(
    db: Database, draft: EventInput, *, exclude_event_id: str | None = None
) -> list[BookingConflict]:
    """Warn (never refuse) when the draft double-books an operator or a beneficiary.

    All-day events do not block time; an open-ended draft is checked for one year.
    """
    values, series = clean_input(draft)
    bens, ops = unique_ids(draft.beneficiary_ids), unique_ids(draft.operator_ids)
    mine = _busy(values["organizer_id"], bens, ops)
    if values["all_day"] or not (mine.operators or mine.beneficiaries):
        return []
    lo = series.start
    hi = series.last_end() or lo + CONFLICT_HORIZON
    slots = expand(series, [], lo, hi)
    people_ops = select(Participant.event_id).where(Participant.operator_id.in_(mine.operators))
    people_bens = select(Participant.event_id).where(
        Participant.beneficiary_id.in_(mine.beneficiaries)
    )
    involves = or_(
        Event.organizer_id.in_(mine.operators),
        Event.id.in_(people_ops),
        Event.id.in_(people_bens),
    )
    clauses = [involves, Event.all_day.is_(False)]
    if exclude_event_id:
        clauses.append(Event.id != exclude_event_id)
    found: list[BookingConflict] = []
    with db.session(write=False) as s:
        for event, other in _expand_range(s, lo, hi, clauses):
            theirs = _busy(event.organizer_id, *event_people(event))
            shared = [("operatore", p) for p in sorted(mine.operators & theirs.operators)]
            shared += [
                ("beneficiario", p) for p in sorted(mine.beneficiaries & theirs.beneficiaries)
            ]
            for slot in slots:
                if overlaps(slot.start, slot.end, other.start, other.end):
                    found.extend(
                        BookingConflict(
                            kind, pid, event.id, event.title, other.start, other.end, slot.start
                        )
                        for kind, pid in shared
                    )
    return found
