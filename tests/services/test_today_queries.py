"""The Oggi page's own queries give what the services they stand for give (on the demo's
ten years): free places as the board counts them, movements as the stays say."""

from __future__ import annotations

import datetime as dt

import pytest

from rts_desktop.demo import generate_small
from rts_desktop.services.housing.occupancy import occupancy_on
from rts_desktop.services.today.housing import FreePlace, free_places_today

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tests.accounts import create

    db = create(tmp_path_factory.mktemp("oggi") / "demo.db")
    generate_small(db, seed=2026, today=TODAY)
    yield db
    db.close()


def board_free_places(db, day: dt.date) -> list[FreePlace]:  # type: ignore[no-untyped-def]
    """The free places from the board's occupancy, as the page computed them before."""
    found = [
        FreePlace(
            a.apartment_id,
            a.code,
            a.address,
            a.free,
            a.beds,
            tuple(f"{r.name}: {r.free}" for r in a.rooms if r.free > 0),
        )
        for a in occupancy_on(db, day)
        if a.free > 0
    ]
    return sorted(found, key=lambda f: (-f.free, f.apartment_code))


@pytest.mark.parametrize(
    "day",
    [TODAY, dt.date(2026, 1, 1), dt.date(2025, 6, 30), dt.date(2024, 2, 29), dt.date(2027, 3, 1)],
)
def test_free_places_are_the_boards(demo, day):
    expected = board_free_places(demo, day)
    assert free_places_today(demo, None, day) == expected
    assert expected
    if day == TODAY:  # some apartments are partly taken
        assert any(f.free < f.beds for f in expected)
