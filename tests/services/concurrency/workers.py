"""What each process of the concurrency test does: the same services a PC calls, at the
same moments as the others (a barrier before each round), every outcome written down."""

from __future__ import annotations

import datetime as dt
import time
import traceback
from dataclasses import dataclass
from typing import Any

D = dt.date
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Plan:
    """One worker's part: its cases and the shared things it races for."""

    url: str
    username: str
    password: str
    worker: int
    first_case: str  # races for the single bed of Camera 1 (October–November)
    second_case: str  # races for the two beds of Camera 2 (October–February)
    apartment_id: str
    rooms: dict[str, str]  # name → id
    shared_case: str  # every worker edits its summary


@dataclass(frozen=True)
class Outcome:
    step: str
    accepted: bool
    value: Any = None  # what was written (ids, versions, dates)
    error: str = ""  # the error's class name
    message: str = ""  # its message (Italian source text)


def run(plan: Plan, barrier: Any, results: Any) -> None:
    """Run the rounds; put the list of outcomes (or a crash) on ``results``."""
    out: list[Outcome] = []
    try:
        out = _rounds(plan, barrier)
    except BaseException:  # a crash is what the test must catch: say it, never hang
        out.append(Outcome("crash", False, error="crash", message=traceback.format_exc()))
        barrier.abort()
    results.put((plan.worker, out))


def _attempt(out: list[Outcome], step: str, call: Any) -> Any:
    from rts_desktop.kernel.errors import ConflictError, ValidationError

    try:
        value = call()
    except (ConflictError, ValidationError) as exc:
        out.append(Outcome(step, False, error=type(exc).__name__, message=exc.message))
        return None
    except Exception as exc:
        out.append(Outcome(step, False, error=type(exc).__name__, message=traceback.format_exc()))
        return None
    out.append(Outcome(step, True, value=_plain(value)))
    return value


def _plain(value: Any) -> Any:
    if value is None:
        return None
    return {
        k: getattr(value, k)
        for k in ("id", "version", "planned_end", "room_id", "summary")
        if hasattr(value, k)
    }


def _login(open_as: Any, plan: Plan) -> Any:
    """Sign in; the same account signing in on several PCs at once may refresh its
    password hash at the same moment, which one of them is told to retry (ConflictError)."""
    from rts_desktop.kernel.errors import ConflictError

    for attempt in range(10):
        try:
            return open_as(plan.url, plan.username, plan.password)
        except ConflictError:
            time.sleep(0.1 * (attempt + 1))
    return open_as(plan.url, plan.username, plan.password)


def _rounds(plan: Plan, barrier: Any) -> list[Outcome]:
    from rts_desktop.kernel.context import ActingContext
    from rts_desktop.models.vocab import Role
    from rts_desktop.services.cases import case as cases
    from rts_desktop.services.housing import stays
    from rts_desktop.services.operators.login import open_as

    db, who = _login(open_as, plan)
    ctx = ActingContext(
        device_id=db.device_id,
        operator_id=who.operator_id,
        role=Role.COORDINATORE,
        clock=lambda: NOW,
    )
    out: list[Outcome] = []
    rooms, apt = plan.rooms, plan.apartment_id

    def book(step: str, case_id: str, room: str, start: dt.date, end: dt.date) -> Any:
        return _attempt(
            out, step, lambda: stays.plan_stay(db, ctx, case_id, apt, rooms[room], 1, start, end)
        )

    def edit(round_: int) -> None:
        read = cases.get_case(db, ctx, plan.shared_case)
        barrier.wait()  # everybody has read the same version
        data = cases.CaseInput(
            household_id=read.household.id,
            referral_date=read.referral_date,
            summary=f"Sintesi del processo {plan.worker}, giro {round_}",
        )
        _attempt(
            out,
            f"edit{round_}",
            lambda: cases.update_case(
                db, ctx, plan.shared_case, data, expected_version=read.version
            ),
        )

    barrier.wait()
    first = book("book_single", plan.first_case, "Camera 1", D(2026, 10, 1), D(2026, 12, 1))
    barrier.wait()
    second = book("book_double", plan.second_case, "Camera 2", D(2026, 10, 1), D(2027, 3, 1))
    edit(1)
    barrier.wait()
    if first is None:  # the losers of the single bed race for it after the winner leaves
        first = book("book_after", plan.first_case, "Camera 1", D(2026, 12, 1), D(2027, 1, 1))
    barrier.wait()
    if first is not None:  # extending into a night somebody else may hold
        _attempt(
            out,
            "extend",
            lambda: stays.extend_stay(
                db, ctx, first.id, first.planned_end + dt.timedelta(days=15), "Proroga concordata"
            ),
        )
    edit(2)
    barrier.wait()
    if second is not None:  # the two in Camera 2 race for the single bed of Camera 3
        _attempt(
            out,
            "move",
            lambda: stays.move_stay(db, ctx, second.id, D(2026, 11, 20), rooms["Camera 3"]),
        )
    edit(3)
    db.close()
    return out
