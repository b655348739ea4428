"""Several processes at once on one database (SQLite: one file; PostgreSQL: one server
database), through the services: booking the same beds, extending and moving into them,
editing the same case. Afterwards no room is over its beds on any day, every accepted
write is there and every refused one got a plain Italian message."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue

from sqlalchemy import func, select

from rts_desktop.models import Change, Room, Stay
from rts_desktop.services.cases import case as cases
from tests.accounts import TEST_ADMIN, TEST_PASSWORD
from tests.services.concurrency.workers import Outcome, Plan, run
from tests.services.housing.test_housing import make_apartment, make_case, room

WORKERS = 4
#: the refusals a person may get here, by kind (never an OperationalError, never a traceback)
EXPECTED = {"ConflictError", "EditConflict", "ValidationError"}


def occupancy_ok(db) -> list[str]:
    """Every (room, day) whose stays take more places than the room has beds."""
    over: list[str] = []
    with db.session(write=False) as s:
        end = func.coalesce(Stay.actual_end, Stay.planned_end)
        rows = s.execute(
            select(Room.name, Room.beds, Stay.start_date, end, Stay.places).join(
                Stay, Stay.room_id == Room.id
            )
        ).all()
    by_room: dict[str, tuple[int, list[tuple[dt.date, dt.date, int]]]] = {}
    for name, beds, start, stop, places in rows:
        by_room.setdefault(name, (beds, []))[1].append((start, stop, places))
    for name, (beds, stays) in by_room.items():
        day = min(s for s, _e, _p in stays)
        last = max(e for _s, e, _p in stays)
        while day < last:
            load = sum(p for s, e, p in stays if s <= day < e)
            if load > beds:
                over.append(f"{name} {day}: {load}/{beds}")
            day += dt.timedelta(days=1)
    return over


def test_processes_booking_and_editing_at_once(db, ctx):
    apt = make_apartment(db, ctx, rooms=(("Camera 1", 1), ("Camera 2", 2), ("Camera 3", 1)))
    shared = make_case(db, ctx)
    rooms = {name: room(apt, name).id for name in ("Camera 1", "Camera 2", "Camera 3")}
    plans = [
        Plan(
            db.url,
            TEST_ADMIN,
            TEST_PASSWORD,
            n,
            make_case(db, ctx).id,
            make_case(db, ctx).id,
            apt.id,
            rooms,
            shared.id,
        )
        for n in range(WORKERS)
    ]
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(WORKERS, timeout=60), spawn.Queue()
    procs = [spawn.Process(target=run, args=(p, barrier, results)) for p in plans]
    for p in procs:
        p.start()
    got: dict[int, list[Outcome]] = {}
    try:
        for _ in procs:
            worker, outcomes = results.get(timeout=180)
            got[worker] = outcomes
    except queue.Empty:  # pragma: no cover - a hung worker
        raise AssertionError(f"workers answered: {sorted(got)}") from None
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():  # pragma: no cover
                p.kill()
    everything = [o for outcomes in got.values() for o in outcomes]

    # every refusal is one a person can read: a typed error with an Italian message
    strange = [o for o in everything if not o.accepted and o.error not in EXPECTED]
    assert not strange, "\n".join(f"{o.step}: {o.message}" for o in strange)
    for o in everything:
        if not o.accepted:
            assert o.message and "Traceback" not in o.message and "SELECT" not in o.message

    steps: dict[str, list[Outcome]] = {}
    for o in everything:
        steps.setdefault(o.step, []).append(o)
    won = {step: sum(o.accepted for o in found) for step, found in steps.items()}
    assert won["book_single"] == 1, "one bed, one booking"
    assert won["book_double"] == 2, "two beds, two bookings"
    assert won["book_after"] == 1, "the bed after the first leaves: one of the others"
    assert won.get("move", 0) == 1, "one of the two moves into the single bed of Camera 3"
    assert won["extend"] == 1, "only the last in Camera 1 can stay longer"
    for n in (1, 2, 3):  # all read the same version: exactly one save per round lands
        assert won[f"edit{n}"] == 1, steps[f"edit{n}"]
    # nothing is over capacity, on any day, in any room
    assert occupancy_ok(db) == []

    # every accepted write is there
    with db.session(write=False) as s:
        for o in everything:
            if not o.accepted:
                continue
            if o.step.startswith("edit"):
                assert s.get(Change, o.value["version"]) is not None
            else:  # a booking, an extension or the stay a move started
                stay = s.get(Stay, o.value["id"])
                assert stay is not None and stay.room_id == o.value["room_id"]
                if o.step == "extend":
                    assert stay.planned_end == o.value["planned_end"]
    final = cases.get_case(db, ctx, shared.id)
    last_edit = next(o for o in steps["edit3"] if o.accepted)
    assert final.summary == last_edit.value["summary"]
