"""Range queries against a brute-force reference: every event expanded over the window and
filtered in Python must give exactly what the indexed queries give (week view) and what the
month summary counts and lists (month view), whatever the window, filter or cell size."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from rts_desktop.models import Event
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.events import EventInput
from rts_desktop.services.calendar.month import MonthData, month_data
from rts_desktop.services.calendar.queries import EventFilter, occurrences
from rts_desktop.services.calendar.recurrence import ROME, Series, expand
from tests.query_plans import plans
from tests.services.calendar.test_calendar import local, team  # noqa: F401  (fixture)

AREAS = ("colloquio", "visita_domiciliare", "educazione_finanziaria")
RULES = (  # each starts on any day (the first occurrence must be the event's start)
    "FREQ=DAILY;COUNT=9",
    "FREQ=WEEKLY",  # open-ended
    "FREQ=WEEKLY;COUNT=5",
    "FREQ=MONTHLY",  # the 29th to 31st skip the months without that day
    "FREQ=DAILY;INTERVAL=3;COUNT=6",
)
FIRST_DAY = dt.date(2026, 9, 20)
SPAN_DAYS = 80  # around the end of summer time (25 October 2026)


def _random_events(db, ctx, team) -> None:  # noqa: F811
    """~160 events: short and multi-day singles, all-day ones, recurring series (some
    open-ended), occurrences cancelled or moved (also far outside their series), people."""
    rng = random.Random(20261025)
    people = [team["ben1"], team["ben2"]]
    for n in range(160):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        start = local(day.year, day.month, day.day, rng.choice((0, 8, 9, 13, 17, 22, 23)))
        kind = rng.random()
        if kind < 0.1:
            length = dt.timedelta(days=rng.randint(2, 12), hours=rng.randint(0, 5))
        else:
            length = dt.timedelta(minutes=rng.choice((30, 60, 90, 180)))
        rule = rng.choice(RULES) if 0.1 <= kind < 0.35 else None
        event = calendar.create_event(db, ctx, EventInput(
            area=rng.choice(AREAS),
            title=f"Evento {n:03d}",
            starts_at=start,
            ends_at=start + length,
            all_day=kind > 0.95,
            rrule=rule,
            apartment_id=team["flat"] if rng.random() < 0.5 else None,
            organizer_id=rng.choice((team["anna"], team["luca"], None)),
            operator_ids=(team["luca"],) if rng.random() < 0.2 else (),
            beneficiary_ids=tuple(p for p in people if rng.random() < 0.4),
        ))  # fmt: skip
        if rng.random() < 0.25:  # one occurrence cancelled or moved (maybe weeks away)
            first = occurrences(db, event.starts_at, event.starts_at + dt.timedelta(days=60))
            mine = [o for o in first if o.event_id == event.id]
            if mine:
                target = rng.choice(mine).original_start
                if rng.random() < 0.4:
                    calendar.cancel_occurrence(db, ctx, event.id, target)
                else:
                    shift = dt.timedelta(days=rng.randint(-30, 30), hours=rng.randint(-3, 3))
                    calendar.move_occurrence(db, ctx, event.id, target, target + shift)
        if rng.random() < 0.03:
            calendar.cancel_event(db, ctx, event.id)


def _reference(db, lo: dt.datetime, hi: dt.datetime, f: EventFilter) -> list[tuple]:
    """Every event loaded one by one, expanded over [lo, hi) and filtered in Python."""
    with db.session(write=False) as s:
        ids = list(s.scalars(select(Event.id)))
    found = []
    for e in map(lambda i: calendar.get_event(db, i), ids):
        if e.cancelled:
            continue
        if (
            (f.area and e.area != f.area)
            or (f.apartment_id and e.apartment_id != f.apartment_id)
            or (f.case_id and e.case_id != f.case_id)
            or (f.beneficiary_id and f.beneficiary_id not in e.beneficiary_ids)
            or (f.educator_id and f.educator_id not in (e.organizer_id, *e.operator_ids))
        ):
            continue
        series = Series.compile(e.starts_at, e.ends_at, e.rrule)
        for slot in expand(series, e.exceptions, lo, hi):
            if not slot.cancelled:
                found.append((e.id, slot.original_start, slot.start, slot.end))
    return sorted(found)


def _key(found) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((o.event_id, o.original_start, o.start, o.end) for o in found)


@pytest.fixture
def dataset(db, ctx, team):  # noqa: F811
    _random_events(db, ctx, team)
    return db, team


FILTERS = st.sampled_from(("none", "anna", "luca", "flat", "ben1", "area"))


def _filter(name: str, team) -> EventFilter:  # noqa: F811
    return {
        "none": EventFilter(),
        "anna": EventFilter(educator_id=team["anna"]),
        "luca": EventFilter(educator_id=team["luca"]),
        "flat": EventFilter(apartment_id=team["flat"]),
        "ben1": EventFilter(beneficiary_id=team["ben1"]),
        "area": EventFilter(area="colloquio"),
    }[name]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    offset=st.integers(0, SPAN_DAYS + 20),
    days=st.sampled_from((1, 7, 42)),
    which=FILTERS,
)
def test_occurrences_match_a_full_expansion(dataset, offset, days, which):
    db, team = dataset  # noqa: F811
    first = FIRST_DAY - dt.timedelta(days=10) + dt.timedelta(days=offset)
    lo = local(first.year, first.month, first.day)
    last = first + dt.timedelta(days=days)
    hi = local(last.year, last.month, last.day)
    f = _filter(which, team)
    assert _key(occurrences(db, lo, hi, f)) == _reference(db, lo, hi, f)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(offset=st.integers(0, SPAN_DAYS), limit=st.integers(0, 8), which=FILTERS)
def test_month_summary_matches_the_occurrences(dataset, offset, limit, which):
    db, team = dataset  # noqa: F811
    first = FIRST_DAY + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=41)
    f = _filter(which, team)
    lo = local(first.year, first.month, first.day)
    end = last + dt.timedelta(days=1)
    found = occurrences(db, lo, local(end.year, end.month, end.day), f)
    expected = MonthData.of(found, limit, first, last)
    got = month_data(db, first, last, f, detail_limit=limit)
    assert got.counts == expected.counts
    assert got.detailed == expected.detailed
    assert _key(got.occurrences) == _key(expected.occurrences)
    assert got.total == sum(1 for o in found if first <= o.start.astimezone(ROME).date() <= last)


def test_long_single_event_reaches_a_window_far_from_its_start(db, ctx, team):  # noqa: F811
    """Twelve days away at a seaside camp: found by a week starting eleven days later."""
    camp = calendar.create_event(db, ctx, EventInput(
        area="socializzazione", title="Soggiorno al mare",
        starts_at=local(2026, 7, 1, 9), ends_at=local(2026, 7, 13, 18),
        organizer_id=team["anna"],
    ))  # fmt: skip
    week = occurrences(db, local(2026, 7, 12), local(2026, 7, 19))
    assert [o.event_id for o in week] == [camp.id]
    assert occurrences(db, local(2026, 7, 13, 18), local(2026, 7, 20)) == []


def test_recurring_event_filtered_by_a_participating_educator(db, ctx, team):  # noqa: F811
    """Series are read through their own index and filtered in Python: same rules as SQL."""
    calendar.create_event(db, ctx, EventInput(
        area="lavoro", title="Sportello lavoro", starts_at=local(2026, 11, 2, 10),
        ends_at=local(2026, 11, 2, 12), rrule="FREQ=WEEKLY;BYDAY=MO",
        organizer_id=team["anna"], operator_ids=(team["luca"],),
    ))  # fmt: skip
    week = (local(2026, 11, 9), local(2026, 11, 16))
    assert [o.title for o in occurrences(db, *week, EventFilter(educator_id=team["luca"]))] == [
        "Sportello lavoro"
    ]
    assert occurrences(db, *week, EventFilter(beneficiary_id=team["ben1"])) == []
    assert occurrences(db, *week, EventFilter(area="colloquio")) == []


@pytest.mark.sqlite_only  # SQLite's query plans
def test_range_queries_use_their_indexes(db, db_path, team):  # noqa: F811
    """The plans the bench figures rely on: a reworded expression or a renamed column would
    silently fall back to reading every event of ten years."""
    first, last = dt.date(2026, 10, 26), dt.date(2026, 12, 6)
    found = plans(db, db_path, lambda: month_data(db, first, last, detail_limit=5))
    (spanning,) = [p for q, p in found.items() if "datetime(" in q]
    assert "ix_events_spanning" in spanning
    (counts,) = [p for q, p in found.items() if "count(*)" in q]
    assert "COVERING INDEX ix_events_range" in counts
    mine = EventFilter(educator_id=team["anna"])
    found = plans(
        db, db_path, lambda: occurrences(db, local(2026, 11, 2), local(2026, 11, 9), mine)
    )
    (short,) = [p for q, p in found.items() if "starts_at > ?" in q]
    assert "ix_events_organizer_start (organizer_id=? AND starts_at>? AND starts_at<?)" in short
    assert "ix_events_spanning" in next(p for q, p in found.items() if "datetime(" in q)
