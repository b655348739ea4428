"""Month view data: how many occurrences start on each day, by activity area, and the
occurrences themselves only for the days whose cell lists them one by one.

A busy month for everyone holds ~7,000 occurrences, far more than six weeks of cells can
show: most days show counts by area. So single events are counted by SQL per hour and area
(from a covering index), recurring ones and those with an exception are expanded in Python
as in the week view (the latter replacing their stored start in the counts), and full rows
are read only for the days that have room for them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, String, cast, func, select

from rts_desktop.db import Database
from rts_desktop.models import Event
from rts_desktop.services.calendar.queries import (
    COLUMNS,
    EventFilter,
    OccurrenceDTO,
    event_rows,
    filter_clauses,
    gc_paused,
    hide_unseen,
    occurrence_dtos,
    people_and_exceptions,
    utc,
)
from rts_desktop.services.calendar.recurrence import ROME, from_local


@dataclass(frozen=True)
class MonthData:
    """``counts``: occurrences starting on each local day of the range, by area;
    ``occurrences``: all those starting on the ``detailed`` days (the days with at most
    ``limit`` of them, empty days included), ordered by start."""

    counts: dict[dt.date, dict[str, int]]
    occurrences: list[OccurrenceDTO]
    detailed: frozenset[dt.date]
    limit: int

    @property
    def total(self) -> int:
        return sum(sum(areas.values()) for areas in self.counts.values())

    def day_total(self, day: dt.date) -> int:
        return sum(self.counts.get(day, {}).values())

    @classmethod
    def of(
        cls, occurrences: Sequence[OccurrenceDTO], detail_limit: int, first: dt.date, last: dt.date
    ) -> MonthData:
        """The same summary from occurrences already loaded (what ``month_data`` must equal)."""
        counts: dict[dt.date, Counter[str]] = {}
        for o in occurrences:
            day = o.start.astimezone(ROME).date()
            if first <= day <= last:
                counts.setdefault(day, Counter())[o.area] += 1
        detailed = _detailed(counts, detail_limit, first, last)
        shown = [o for o in occurrences if o.start.astimezone(ROME).date() in detailed]
        return cls({d: dict(c) for d, c in counts.items()}, shown, detailed, detail_limit)


def _detailed(
    counts: dict[dt.date, Counter[str]], limit: int, first: dt.date, last: dt.date
) -> frozenset[dt.date]:
    """The days with at most ``limit`` occurrences (empty days too: one query covers a run
    of quiet days)."""
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return frozenset(d for d in days if d not in counts or counts[d].total() <= limit)


def _midnight(day: dt.date) -> dt.datetime:
    return from_local(dt.datetime.combine(day, dt.time(0)))


#: reading this many rows of days that are not shown costs about one more query: days to
#: show separated by fewer are read together
_GAP_ROWS = 200


def _spans(
    first: dt.date,
    last: dt.date,
    detailed: frozenset[dt.date],
    counts: dict,  # type: ignore[type-arg]
) -> list[tuple[dt.date, dt.date]]:
    """The detailed days as (first, last) spans to read, joined over small gaps."""
    spans: list[tuple[dt.date, dt.date]] = []
    gap = 0
    day = first
    while day <= last:
        if day not in detailed or day not in counts:  # nothing to show, or nothing at all
            gap += counts[day].total() if day in counts else 0
        elif spans and gap <= _GAP_ROWS:
            spans[-1] = (spans[-1][0], day)
            gap = 0
        else:
            spans.append((day, day))
            gap = 0
        day += dt.timedelta(days=1)
    return spans


#: the stored start's hour ("YYYY-MM-DD HH", UTC): Europe/Rome moves by whole hours, so the
#: hour tells the local day
_HOUR = func.substr(cast(Event.starts_at, String), 1, 13)


def _single_counts(
    c: Connection,
    lo: dt.datetime,
    hi: dt.datetime,
    clauses: list,
    counts: dict,  # type: ignore[type-arg]
) -> None:
    """Add the single events starting in [lo, hi) to ``counts`` (local day → area → n)."""
    query = (
        select(_HOUR, Event.area, func.count())
        .where(Event.cancelled.is_(False), Event.rrule.is_(None))
        .where(Event.starts_at >= lo, Event.starts_at < hi, *clauses)
        .group_by(_HOUR, Event.area)
    )
    days: dict[str, dt.date] = {}
    for hour, area, n in c.execute(query).all():
        day = days.get(hour)
        if day is None:
            utc = dt.datetime.fromisoformat(f"{hour[:10]} {hour[11:13]}:00+00:00")
            day = days[hour] = utc.astimezone(ROME).date()
        _add(counts, day, area, n)


def _add(counts: dict[dt.date, Counter[str]], day: dt.date, area: str, n: int) -> None:
    areas = counts.get(day)
    if areas is None:
        areas = counts[day] = Counter()
    areas[area] += n


def _single_occurrences(  # type: ignore[no-untyped-def]
    c: Connection,
    lo: dt.datetime,
    hi: dt.datetime,
    clauses: list,
    skip: set[str],
    filters: EventFilter | None = None,
) -> list[OccurrenceDTO]:
    """Single events starting in [lo, hi), but those in ``skip`` (expanded elsewhere)."""
    query = select(*COLUMNS).where(
        Event.cancelled.is_(False),
        Event.rrule.is_(None),
        Event.starts_at >= lo,
        Event.starts_at < hi,
        *clauses,
    )
    rows = [r for r in c.execute(query).all() if r.id not in skip]
    bens, ops, excs = people_and_exceptions(c, [r.id for r in rows])
    if filters is not None:
        hide_unseen(c, filters, {r.id: r for r in rows}, bens)
    return occurrence_dtos(rows, bens, ops, excs, lo, hi, False)


def month_data(
    db: Database,
    first: dt.date,
    last: dt.date,
    filters: EventFilter | None = None,
    *,
    detail_limit: int,
) -> MonthData:
    """Counts for the local days ``first``..``last`` and the occurrences of every day with
    at most ``detail_limit`` of them (what a month cell can list)."""
    lo, hi = _midnight(first), _midnight(last + dt.timedelta(days=1))
    filters = filters or EventFilter()
    clauses = filter_clauses(filters)
    counts: dict[dt.date, Counter[str]] = {}
    with gc_paused(), db.session(write=False) as s:
        c = s.connection()
        _single_counts(c, lo, hi, clauses, counts)
        rows, bens, ops, excs = event_rows(c, lo, hi, filters, expanded_only=True)
        # single events with an exception were counted at their stored start: their
        # occurrence (moved or cancelled) comes from the expansion below instead
        excepted = {r.id for r in rows if not r.rrule}
        for r in rows:
            start = utc(r.starts_at)
            if not r.rrule and lo <= start < hi:
                _add(counts, start.astimezone(ROME).date(), r.area, -1)
        expanded = occurrence_dtos(rows, bens, ops, excs, lo, hi, False)
        local = [(o.start.astimezone(ROME).date(), o) for o in expanded]
        for day, o in local:
            if first <= day <= last:
                _add(counts, day, o.area, 1)
        counts = {d: +areas for d, areas in counts.items() if +areas}  # no zero counts
        detailed = _detailed(counts, detail_limit, first, last)
        shown = [o for day, o in local if day in detailed]
        for span_first, span_last in _spans(first, last, detailed, counts):
            span_hi = _midnight(span_last + dt.timedelta(days=1))
            found = _single_occurrences(
                c, _midnight(span_first), span_hi, clauses, excepted, filters
            )
            shown += [o for o in found if o.start.astimezone(ROME).date() in detailed]
    shown.sort(key=lambda o: (o.start, o.title))
    return MonthData({d: dict(n) for d, n in counts.items()}, shown, detailed, detail_limit)
