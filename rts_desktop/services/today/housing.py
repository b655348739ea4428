"""Oggi, the housing part: this week's arrivals and departures, free places today.

A household in two rooms has one stay per room: it arrives and leaves once (one line, its
rooms named together). A move between rooms ends one stay and starts another on the same day:
neither an arrival nor a departure. An arrival is listed until the keys are handed over
(a ``consegna`` handover on one of the household's stays there that day), late ones too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Subquery, case, func, or_, select, union_all
from sqlalchemy.orm import aliased

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import (
    Apartment,
    Case,
    Handover,
    Household,
    Room,
    Stay,
)
from rts_desktop.models.vocab import HandoverKind
from rts_desktop.services.housing.occupancy import HABITABLE, status_on

ARRIVAL, DEPARTURE = "arrivo", "partenza"


@dataclass(frozen=True)
class Movement:
    """An arrival (keys not handed over yet) or a departure, planned or recorded."""

    kind: str
    day: dt.date
    #: a departure already recorded (arrivals are listed only while still to happen)
    done: bool
    stay_id: str
    case_id: str
    case_code: str
    household_name: str
    apartment_id: str
    apartment_code: str
    #: the room, or the rooms of a household in more than one ("Camera 1, Camera 2")
    rooms: str


@dataclass(frozen=True)
class FreePlace:
    """An apartment with beds free today."""

    apartment_id: str
    apartment_code: str
    address: str
    free: int
    beds: int
    #: "Camera 1: 2" for each room with free beds
    rooms: tuple[str, ...]


_COLUMNS = (
    Stay.id,
    Stay.case_id,
    Case.code.label("case_code"),
    Household.name.label("household"),
    Stay.apartment_id,
    Apartment.code.label("apartment_code"),
    Room.name.label("room"),
    Stay.start_date,
    Stay.planned_end,
    Stay.actual_end,
)


def _end(row: Any) -> dt.date:
    return row.actual_end or row.planned_end  # type: ignore[no-any-return]


def _merged(found: list[Movement]) -> list[Movement]:
    """One line per household, apartment and day: the rooms named together."""
    by_key: dict[tuple[str, str, str, dt.date], Movement] = {}
    for m in found:
        key = (m.kind, m.case_id, m.apartment_id, m.day)
        seen = by_key.get(key)
        if seen is None:
            by_key[key] = m
        elif m.rooms not in seen.rooms.split(", "):
            rooms = ", ".join(sorted([*seen.rooms.split(", "), m.rooms]))
            by_key[key] = replace(seen, rooms=rooms)
    return sorted(by_key.values(), key=lambda m: (m.day, m.case_code))


def movements(
    db: Database, first: dt.date, last: dt.date, mine: set[str] | None
) -> tuple[list[Movement], list[Movement]]:
    """Arrivals up to ``last`` still waiting for the keys, and departures planned or
    recorded in ``first..last``, of the cases in ``mine`` (None: every case)."""
    # a stay of the household there that started the same day and had its keys handed over
    given = aliased(Stay)
    keys_given = (
        select(Handover.id)
        .join(given, given.id == Handover.stay_id)
        .where(
            Handover.kind == HandoverKind.CONSEGNA,
            given.case_id == Stay.case_id,
            given.apartment_id == Stay.apartment_id,
            given.start_date == Stay.start_date,
        )
        .exists()
    )
    window = or_(
        Stay.start_date.between(first, last),
        # a late arrival: under way since before the week, keys still to hand over (the
        # hundreds of stays under way with their keys given are left to SQL)
        Stay.actual_end.is_(None)
        & (Stay.start_date < first)
        & (Stay.planned_end > first)
        & ~keys_given,
        Stay.actual_end.is_(None) & Stay.planned_end.between(first, last),
        Stay.actual_end.between(first, last),
    )
    stmt = (
        select(*_COLUMNS)
        .join(Case, Case.id == Stay.case_id)
        .join(Household, Household.id == Case.household_id)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .join(Room, Room.id == Stay.room_id)
    )
    with db.session(write=False) as s:
        rows = [r for r in s.execute(stmt.where(window)).all() if mine is None or r.case_id in mine]
        case_ids = {r.case_id for r in rows}
        if not case_ids:
            return [], []
        others = s.execute(
            select(Stay.id, Stay.case_id, Stay.apartment_id, Stay.start_date, Stay.planned_end,
                   Stay.actual_end).where(Stay.case_id.in_(case_ids))
        ).all()  # fmt: skip
        keyed = set(
            s.scalars(
                select(Handover.stay_id).where(
                    Handover.stay_id.in_([o.id for o in others]),
                    Handover.kind == HandoverKind.CONSEGNA,
                )
            )
        )
    of_case: dict[str, list[Any]] = {}
    for o in others:
        of_case.setdefault(o.case_id, []).append(o)
    arrivals, departures = [], []
    for r in rows:
        mates = of_case[r.case_id]
        where = (
            r.id, r.case_id, r.case_code, r.household, r.apartment_id, r.apartment_code, r.room,
        )  # fmt: skip
        # housed the night before (a move, a room added): not an arrival
        housed_before = any(o.start_date < r.start_date <= _end(o) for o in mates)
        keys_given = any(
            o.id in keyed and o.apartment_id == r.apartment_id and o.start_date == r.start_date
            for o in mates
        )
        waiting = r.actual_end is None and r.start_date <= last and r.planned_end > first
        if waiting and not housed_before and not keys_given:
            arrivals.append(Movement(ARRIVAL, r.start_date, False, *where))
        end = _end(r)
        # still housed that night (a move, another room kept): not a departure
        housed_after = any(o.start_date <= end < _end(o) for o in mates if o.id != r.id)
        if first <= end <= last and not housed_after:
            departures.append(Movement(DEPARTURE, end, r.actual_end is not None, *where))
    return _merged(arrivals), _merged(departures)


def free_places_today(db: Database, ctx: ActingContext | None, today: dt.date) -> list[FreePlace]:
    """Apartments with beds free today, the most free first: the free places of the board
    (``occupancy_on``), summed by SQL from the places taken per room instead of the whole
    board's occupancy (``ctx`` is not needed: no case is named)."""
    rooms = _rooms_tonight(today)
    free, beds = func.sum(rooms.c.free), func.sum(rooms.c.beds)
    usable = (
        select(Apartment.id, Apartment.code, Apartment.address, free, beds)
        .join(rooms, rooms.c.apartment_id == Apartment.id)
        .where(status_on(today).in_([str(s) for s in HABITABLE]))
        .group_by(Apartment.id, Apartment.code, Apartment.address)
        .having(free > 0)
    )
    with db.session(write=False) as s:
        c = s.connection()
        apartments = c.execute(usable).all()
        free_rooms = c.execute(
            select(rooms.c.apartment_id, rooms.c.name, rooms.c.free)
            .where(rooms.c.free > 0)
            .order_by(rooms.c.name)
        ).all()
    named: dict[str, list[str]] = {}
    for apt_id, room, places in free_rooms:
        named.setdefault(apt_id, []).append(f"{room}: {places}")
    found = [
        FreePlace(apt_id, code, address, int(places), int(total), tuple(named[apt_id]))
        for apt_id, code, address, places, total in apartments
    ]
    return sorted(found, key=lambda f: (-f.free, f.apartment_code))


def _rooms_tonight(today: dt.date) -> Subquery:
    """Every room with its beds and its beds still free tonight (``apartment_id``, ``name``,
    ``beds``, ``free``)."""
    # stays under way tonight: those still open (their partial index) and those whose
    # recorded end is later; one condition with ``coalesce`` would look up every stay's row
    under_way = union_all(
        *(
            select(Stay.room_id, Stay.places).where(condition, Stay.start_date <= today)
            for condition in (
                Stay.actual_end.is_(None) & (Stay.planned_end > today),
                Stay.actual_end.is_not(None) & (Stay.actual_end > today),
            )
        )
    ).subquery()
    taken = (
        select(under_way.c.room_id, func.sum(under_way.c.places).label("places"))
        .group_by(under_way.c.room_id)
        .subquery()
    )
    left = Room.beds - func.coalesce(taken.c.places, 0)
    return (
        select(
            Room.apartment_id,
            Room.name,
            Room.beds,
            case((left > 0, left), else_=0).label("free"),
        )
        .outerjoin(taken, taken.c.room_id == Room.id)
        .subquery()
    )
