"""Property: whatever bookings come, one after another, the services accept exactly those
that fit in the room's beds on every night, and refuse the others with a plain message."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays
from tests.services.housing.test_housing import make_apartment, make_case

BASE = dt.date(2030, 1, 1)
_rounds = itertools.count()

booking = st.tuples(
    st.integers(0, 20),  # first night, days after the round's start
    st.integers(1, 10),  # nights
    st.integers(1, 2),  # places
)


def fits(
    accepted: list[tuple[dt.date, dt.date, int]], new: tuple[dt.date, dt.date, int], beds: int
) -> bool:
    start, end, places = new
    day = start
    while day < end:
        if places + sum(p for s, e, p in accepted if s <= day < e) > beds:
            return False
        day += dt.timedelta(days=1)
    return True


def test_bookings_accepted_exactly_when_they_fit(db, ctx):
    apt = make_apartment(db, ctx)
    cases = [make_case(db, ctx).id for _ in range(5)]

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(beds=st.integers(1, 3), wanted=st.lists(booking, min_size=1, max_size=5))
    def check(beds: int, wanted: list[tuple[int, int, int]]) -> None:
        n = next(_rounds)
        name = f"Stanza {n}"
        room = next(
            r for r in housing.add_room(db, ctx, apt.id, name, beds).rooms if r.name == name
        )
        start_of_round = BASE + dt.timedelta(days=40 * n)  # each round its own days
        accepted: list[tuple[dt.date, dt.date, int]] = []
        for case_id, (offset, nights, places) in zip(cases, wanted, strict=False):
            start = start_of_round + dt.timedelta(days=offset)
            new = (start, start + dt.timedelta(days=nights), places)
            expected = fits(accepted, new, beds)
            try:
                stays.plan_stay(db, ctx, case_id, apt.id, room.id, places, new[0], new[1])
            except ValidationError as exc:
                assert not expected, exc.message
                assert exc.field == "places" and "oltre la capienza" in exc.message
            else:
                assert expected, (accepted, new, beds)
                accepted.append(new)

    check()
