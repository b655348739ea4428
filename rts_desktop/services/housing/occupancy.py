"""Capacity arithmetic over plain tuples, shared by stays, the occupancy board and the CLI.

Day convention: a booking occupies the nights ``start .. end - 1``; the ``end`` day is free for
the next guest, so a move-out on day D and a move-in on day D do not overlap (half-open
interval ``[start, end)``). Loads are computed with a sweep over start/end events, so a
ten-year range costs as much as its number of bookings, not its number of days.

The helpers above the ``occupancy_on`` section are pure (no database); ``occupancy_on`` reads
the database once and feeds them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ScalarSelect, case, func, select

from rts_desktop.db import Database
from rts_desktop.db.visibility import HIDDEN_LABEL, visible_case_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Apartment, ApartmentStatusEntry, Case, Room, Stay
from rts_desktop.models.vocab import ApartmentStatus
from rts_desktop.services.housing.apartment_state import ApartmentState, apartment_state

ONE_DAY = dt.timedelta(days=1)
#: apartment statuses in which people may live (and beds count as free)
HABITABLE = frozenset({ApartmentStatus.DISPONIBILE, ApartmentStatus.OCCUPATO})


class Booking(NamedTuple):
    """``places`` beds taken from ``start`` (first night) to ``end`` (first free day)."""

    key: str
    start: dt.date
    end: dt.date
    places: int


class Segment(NamedTuple):
    """The load is ``load`` on every day from ``start`` to ``end - 1``."""

    start: dt.date
    end: dt.date
    load: int


def overlaps(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> bool:
    """Whether two half-open date ranges share at least one night."""
    return a_start < b_end and b_start < a_end


def load_segments(bookings: Iterable[Booking], start: dt.date, end: dt.date) -> list[Segment]:
    """The load over ``[start, end)`` as consecutive constant segments (zero loads included)."""
    if end <= start:
        return []
    deltas: dict[dt.date, int] = defaultdict(int)
    deltas[start] += 0
    for b in bookings:
        lo, hi = max(b.start, start), min(b.end, end)
        if lo < hi:
            deltas[lo] += b.places
            deltas[hi] -= b.places
    points = sorted(deltas)
    segments: list[Segment] = []
    load = 0
    for i, point in enumerate(points):
        load += deltas[point]
        following = points[i + 1] if i + 1 < len(points) else end
        if point < end and point < following:
            segments.append(Segment(point, following, load))
    return segments


def daily_load(
    bookings: Iterable[Booking], start: dt.date, end: dt.date
) -> list[tuple[dt.date, int]]:
    """The load of each day of ``[start, end)`` (for grids and charts)."""
    days: list[tuple[dt.date, int]] = []
    for seg in load_segments(bookings, start, end):
        day = seg.start
        while day < seg.end:
            days.append((day, seg.load))
            day += ONE_DAY
    return days


def max_load(
    bookings: Iterable[Booking], start: dt.date, end: dt.date
) -> tuple[int, dt.date | None]:
    """The highest load over ``[start, end)`` and the first day it is reached."""
    best, when = 0, None
    for seg in load_segments(bookings, start, end):
        if seg.load > best:
            best, when = seg.load, seg.start
    return best, when


def first_over_capacity(
    bookings: Iterable[Booking], capacity: int, start: dt.date, end: dt.date
) -> tuple[dt.date, int] | None:
    """The first day of ``[start, end)`` whose load exceeds ``capacity``, with that load."""
    for seg in load_segments(bookings, start, end):
        if seg.load > capacity:
            return seg.start, seg.load
    return None


def load_on(bookings: Iterable[Booking], day: dt.date) -> int:
    """Places taken on the night of ``day``."""
    return sum(b.places for b in bookings if b.start <= day < b.end)


def free_places(beds: int, bookings: Iterable[Booking], day: dt.date) -> int:
    """Beds still free on ``day`` (never negative)."""
    return max(beds - load_on(bookings, day), 0)


def frees_up(bookings: Iterable[Booking], day: dt.date) -> list[dt.date]:
    """For each place occupied on ``day``, the date its current occupant leaves (sorted)."""
    dates: list[dt.date] = []
    for b in bookings:
        if b.start <= day < b.end:
            dates.extend([b.end] * b.places)
    return sorted(dates)


# --- occupancy of every apartment on a date (the board, the CLI ``occupancy`` command) ---


@dataclass(frozen=True)
class OccupantDTO:
    stay_id: str
    case_id: str
    case_code: str
    places: int
    start_date: dt.date
    end_date: dt.date


@dataclass(frozen=True)
class RoomOccupancyDTO:
    room_id: str
    name: str
    beds: int
    occupied: int
    #: beds that can be assigned (0 when the apartment cannot be lived in)
    free: int
    #: for each occupied place, the day it frees up
    frees_up: tuple[dt.date, ...]
    occupants: tuple[OccupantDTO, ...]


@dataclass(frozen=True)
class ApartmentOccupancyDTO:
    apartment_id: str
    code: str
    address: str
    municipio: int
    status: ApartmentStatus | None
    rooms: tuple[RoomOccupancyDTO, ...]

    @property
    def beds(self) -> int:
        return sum(r.beds for r in self.rooms)

    @property
    def occupied(self) -> int:
        return sum(r.occupied for r in self.rooms)

    @property
    def free(self) -> int:
        return sum(r.free for r in self.rooms)

    @property
    def state(self) -> ApartmentState:
        """What it is on the day, from its status history and its stays."""
        return apartment_state(self.status, self.beds, self.occupied)

    @property
    def status_label(self) -> str:
        return self.state.label


def status_on(on: dt.date) -> ScalarSelect[Any]:
    """The apartment's status on ``on`` (its latest status entry from then or before), as a
    subquery correlated with ``Apartment``."""
    return (
        select(ApartmentStatusEntry.status)
        .where(
            ApartmentStatusEntry.apartment_id == Apartment.id,
            ApartmentStatusEntry.from_date <= on,
        )
        .order_by(ApartmentStatusEntry.from_date.desc())
        .limit(1)
        .scalar_subquery()
    )


def occupancy_on(
    db: Database, on: dt.date, *, municipio: int | None = None, ctx: ActingContext | None = None
) -> list[ApartmentOccupancyDTO]:
    """Per apartment and room: beds, occupied, free, status and when places free up.

    Three queries whatever the number of apartments (apartments with status, rooms, stays).
    """
    status = status_on(on)
    apartments = select(
        Apartment.id, Apartment.code, Apartment.address, Apartment.municipio, status
    ).order_by(Apartment.code)
    rooms = select(Room.id, Room.apartment_id, Room.name, Room.beds).order_by(Room.name)
    end = func.coalesce(Stay.actual_end, Stay.planned_end)
    seen = visible_case_ids(ctx, Stay.case_id)
    code = Case.code if seen is None else case((seen, Case.code), else_=HIDDEN_LABEL)
    stays = (
        select(Stay.id, Stay.case_id, code, Stay.room_id, Stay.places, Stay.start_date, end)
        .join(Case, Case.id == Stay.case_id)
        .where(Stay.start_date <= on, end > on)
        .order_by(Stay.start_date)
    )
    if municipio is not None:
        apartments = apartments.where(Apartment.municipio == municipio)
        rooms = rooms.join(Apartment).where(Apartment.municipio == municipio)
        stays = stays.join(Apartment, Apartment.id == Stay.apartment_id).where(
            Apartment.municipio == municipio
        )
    with db.session(write=False) as s:
        apartment_rows = s.execute(apartments).all()
        room_rows = s.execute(rooms).all()
        stay_rows = s.execute(stays).all()
    by_room: dict[str, list[OccupantDTO]] = defaultdict(list)
    for stay_id, case_id, case_code, room_id, places, start, stay_end in stay_rows:
        by_room[room_id].append(OccupantDTO(stay_id, case_id, case_code, places, start, stay_end))
    status_of = {row[0]: row[4] for row in apartment_rows}
    rooms_of: dict[str, list[RoomOccupancyDTO]] = defaultdict(list)
    for room_id, apartment_id, name, beds in room_rows:
        occupants = by_room.get(room_id, [])
        bookings = [Booking(o.stay_id, o.start_date, o.end_date, o.places) for o in occupants]
        usable = status_of.get(apartment_id) in HABITABLE
        rooms_of[apartment_id].append(
            RoomOccupancyDTO(
                room_id=room_id,
                name=name,
                beds=beds,
                occupied=load_on(bookings, on),
                free=free_places(beds, bookings, on) if usable else 0,
                frees_up=tuple(frees_up(bookings, on)),
                occupants=tuple(occupants),
            )
        )
    return [
        ApartmentOccupancyDTO(
            a_id,
            code,
            address,
            mun,
            ApartmentStatus(st) if st is not None else None,
            tuple(rooms_of.get(a_id, [])),
        )
        for a_id, code, address, mun, st in apartment_rows
    ]
