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
from typing import Any, NamedTuple

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.dialects import json_id_list, spanning_events
from rts_desktop.db.visibility import visible_case_ids, visible_or_none, visible_people_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Beneficiary, Case, Event, EventException, Participant
from rts_desktop.services.calendar.event_records import (
    EventInput,
    clean_input,
    event_exceptions,
    event_people,
    event_series,
    instant,
    stored_series,
    unique_ids,
)
from rts_desktop.services.calendar.recurrence import ROME, Slot, expand, overlaps

#: how far an open-ended draft series is checked for double bookings
CONFLICT_HORIZON = dt.timedelta(days=366)


class OccurrenceDTO(NamedTuple):
    """One occurrence in a range; ``original_start`` identifies it (attendance, exceptions).

    A named tuple, not a frozen dataclass: a busy month makes thousands, and a tuple is
    built four times faster."""

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
    #: only the events of no single case (group activities, the service's own)
    without_case: bool = False
    #: who looks: events of cases she does not see are left out, events with no case (a
    #: group activity) stay but list only the people she sees (``db/visibility.py``)
    viewer: ActingContext | None = None


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


def filter_clauses(f: EventFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if f.area:
        clauses.append(Event.area == f.area)
    if f.apartment_id:
        clauses.append(Event.apartment_id == f.apartment_id)
    if f.case_id:
        clauses.append(Event.case_id == f.case_id)
    if f.without_case:
        clauses.append(Event.case_id.is_(None))
    if f.beneficiary_id:
        with_ben = select(Participant.event_id).where(
            Participant.beneficiary_id == f.beneficiary_id
        )
        clauses.append(Event.id.in_(with_ben))
    if f.educator_id:
        with_op = select(Participant.event_id).where(Participant.operator_id == f.educator_id)
        clauses.append(or_(Event.organizer_id == f.educator_id, Event.id.in_(with_op)))
    seen = visible_or_none(f.viewer, Event.case_id)
    if seen is not None:
        clauses.append(seen)
    return clauses


def hide_unseen(c: Connection, f: EventFilter, rows: dict, bens: dict) -> None:  # type: ignore[type-arg]
    """Drop the rows of cases ``f.viewer`` does not see and the people she does not see
    from the rest (two queries, only for a restricted viewer)."""
    cases = visible_case_ids(f.viewer, Case.id)
    people = visible_people_ids(f.viewer, Beneficiary.id)
    if cases is None or people is None:
        return
    seen_cases = set(c.scalars(select(Case.id).where(cases)))
    for event_id in [i for i, r in rows.items() if r.case_id and r.case_id not in seen_cases]:
        del rows[event_id]
    seen_people = set(c.scalars(select(Beneficiary.id).where(people)))
    for ids in bens.values():
        ids[:] = [b for b in ids if b in seen_people]


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
    found_events: dict[str, Event] = {}
    for query in range_queries(base, start, end):
        found_events.update((e.id, e) for e in s.scalars(query))
    # occurrences moved into the window from outside the series' span
    moved_in = set(s.scalars(_moved_in(start, end))) - found_events.keys()
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
def gc_paused() -> Iterator[None]:
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
COLUMNS = (
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


def utc(value: str | dt.datetime) -> dt.datetime:
    """A stored naive-UTC instant (SQLite text, or a driver's datetime) as an aware one."""
    if isinstance(value, str):  # parsing with the offset is 6x faster than .replace(tzinfo)
        return dt.datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=dt.UTC)


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[n : n + _CHUNK] for n in range(0, len(ids), _CHUNK)]


#: recurring or longer than a day (the partial index ``ix_events_spanning`` covers them)
_SPANNING = spanning_events()
#: every other event starts less than this before any instant it covers
_SHORT = dt.timedelta(days=1, seconds=1)
#: events with an exception (a cancelled or moved occurrence)
_EXCEPTED = select(EventException.event_id)
#: events expanded in Python: recurring or with an exception (the others' one occurrence
#: is their stored start and end)
_EXPANDED = or_(Event.rrule.is_not(None), Event.id.in_(_EXCEPTED))


def range_queries(base: Select[Any], lo: dt.datetime, hi: dt.datetime) -> list[Select[Any]]:
    """``base`` restricted to events whose series span meets [lo, hi), as three index ranges
    instead of one interval test (which SQLite can only answer by reading every event that
    ends after ``lo``): events spanning more than a day through their partial index,
    open-ended series, and the rest by start."""
    return [
        base.where(_SPANNING, Event.series_until > lo, Event.starts_at < hi),
        base.where(Event.series_until.is_(None), Event.starts_at < hi),
        base.where(Event.starts_at > lo - _SHORT, Event.starts_at < hi, Event.series_until > lo),
    ]


def _moved_in(lo: dt.datetime, hi: dt.datetime) -> Select[tuple[str]]:
    """Events with an occurrence moved into [lo, hi) (maybe from outside their span)."""
    return select(EventException.event_id).where(
        EventException.cancelled.is_(False),
        EventException.new_start < hi,
        EventException.new_end > lo,
    )


def event_rows(  # type: ignore[no-untyped-def]
    c: Connection,
    lo: dt.datetime,
    hi: dt.datetime,
    filters: EventFilter,
    *,
    expanded_only: bool = False,
):
    """Event rows touching [lo, hi) by their series span or a moved occurrence that match
    ``filters``, with their people and exceptions; ``expanded_only``: only the recurring
    ones and those with an exception.

    The few recurring or long events are read unfiltered through their partial index and
    filtered here: with the filter in SQL, SQLite would rather read all of one educator's
    years through the organizer index.
    """
    base = select(*COLUMNS).where(Event.cancelled.is_(False))
    if expanded_only:
        base = base.where(_EXPANDED)
    spanning, open_ended, short = range_queries(base, lo, hi)
    if expanded_only:  # recurring events all span more than a day: the rest have exceptions
        short = short.where(Event.id.in_(_EXCEPTED))
    rows = {r.id: r for r in c.execute(short.where(*filter_clauses(filters))).all()}
    loose = {
        r.id: r for q in (spanning, open_ended) for r in c.execute(q).all() if r.id not in rows
    }
    moved_in = sorted(set(c.scalars(_moved_in(lo, hi))) - rows.keys() - loose.keys())
    for chunk in _chunks(moved_in):
        loose.update((r.id, r) for r in c.execute(base.where(Event.id.in_(chunk))))
    bens, ops, excs = people_and_exceptions(c, [*rows, *loose])
    rows.update((i, r) for i, r in loose.items() if _matches(r, bens, ops, filters))
    hide_unseen(c, filters, rows, bens)
    return list(rows.values()), bens, ops, excs


def _matches(row, bens, ops, f: EventFilter) -> bool:  # type: ignore[no-untyped-def]
    """``filter_clauses`` in Python, for one row and its people."""
    return not (
        (f.area and row.area != f.area)
        or (f.apartment_id and row.apartment_id != f.apartment_id)
        or (f.case_id and row.case_id != f.case_id)
        or (f.without_case and row.case_id is not None)
        or (f.beneficiary_id and f.beneficiary_id not in bens.get(row.id, ()))
        or (
            f.educator_id
            and row.organizer_id != f.educator_id
            and f.educator_id not in ops.get(row.id, ())
        )
    )


#: a list of ids as one JSON parameter: binding thousands of ids one by one (an expanding
#: IN) costs as much as running the query
_IDS = json_id_list("ids")
_PEOPLE = select(Participant.event_id, Participant.beneficiary_id, Participant.operator_id).where(
    Participant.event_id.in_(_IDS)
)
_EXCEPTIONS = (
    select(
        EventException.event_id,
        EventException.original_start,
        EventException.cancelled,
        EventException.new_start,
        EventException.new_end,
    )
    .where(EventException.event_id.in_(_IDS))
    .order_by(EventException.original_start)
)


def people_and_exceptions(c: Connection, ids: list[str]):  # type: ignore[no-untyped-def]
    """Participants (beneficiaries, operators) and exceptions of the events, by event id."""
    bens: dict[str, list[str]] = {}
    ops: dict[str, list[str]] = {}
    excs: dict[str, list] = {}  # type: ignore[type-arg]
    if not ids:
        return bens, ops, excs
    param = {"ids": orjson.dumps(ids).decode()}
    for eid, ben, op in c.execute(_PEOPLE, param).all():
        if ben:
            bens.setdefault(eid, []).append(ben)
        if op:
            ops.setdefault(eid, []).append(op)
    for row in c.execute(_EXCEPTIONS, param).all():
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
    lo, hi = instant("start", start, bounded=False), instant("end", end, bounded=False)
    with gc_paused():
        with db.session(write=False) as s:
            c = s.connection()  # Core rows: no ORM identity map or instrumentation
            rows, bens, ops, excs = event_rows(c, lo, hi, filters or EventFilter())
        return occurrence_dtos(rows, bens, ops, excs, lo, hi, include_cancelled)


def occurrence_dtos(  # type: ignore[no-untyped-def]
    rows, bens, ops, excs, lo: dt.datetime, hi: dt.datetime, include_cancelled: bool
) -> list[OccurrenceDTO]:
    """The occurrences of the rows in [lo, hi), ordered by start then title."""
    found: list[tuple[dt.datetime, str, OccurrenceDTO]] = []
    no_one: tuple[str, ...] = ()
    # rows unpacked as tuples: attribute access by name costs ten times more per field
    for eid, title, area, starts_raw, ends_raw, rule, all_day, apt, place, case, org in rows:
        starts, ends = utc(starts_raw), utc(ends_raw)
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
        series = stored_series(starts, ends, rule)
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
