"""Operators (educators with their years of service, coordinators) and SST social workers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from rts_desktop.demo.common import IdMaker, Rows, days
from rts_desktop.demo.names import italian_names
from rts_desktop.kernel.text import fold

OPERATOR_COLS = (
    "id", "username", "full_name", "role", "email", "phone", "active", "password_hash",
)  # fmt: skip


@dataclass(slots=True)
class Staff:
    id: str
    full_name: str
    role: str
    start: dt.date
    end: dt.date | None  # None: still in service

    def serves(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


class StaffRoster:
    """Who works in the service when; picks an educator active on a given day."""

    def __init__(
        self,
        rng: random.Random,
        ids: IdMaker,
        rows: Rows,
        seed: int,
        first_day: dt.date,
        today: dt.date,
        educators: int,
        coordinators: int,
        turnover: bool,
    ) -> None:
        self.rng = rng
        names = italian_names(seed, educators + coordinators + 9 * 6)
        table = rows.table("operators", OPERATOR_COLS)
        self.educators: list[Staff] = []
        self.coordinators: list[Staff] = []
        span = (today - first_day).days
        for i, (first, last, _sex) in enumerate(names[: educators + coordinators]):
            role = "educatore" if i < educators else "coordinatore"
            start, end = first_day - days(rng.randint(30, 900)), None
            # the first three educators and the first coordinator stay all along, so every
            # day of the history has someone; about half the others joined later, some left
            veteran = i < 3 or i == educators
            if turnover and not veteran:
                if role == "educatore" and rng.random() < 0.5:
                    start = first_day + days(rng.randint(0, span - 60))
                if rng.random() < 0.4:
                    end = start + days(rng.randint(700, 2500))
                    end = None if end >= today - days(30) else max(end, first_day + days(200))
            staff = Staff(ids.on(start), f"{first} {last}", role, start, end)
            user = f"{fold(first)}.{fold(last)}".replace(" ", "").replace("'", "")
            table.append(
                (
                    staff.id,
                    user,
                    staff.full_name,
                    role,
                    f"{user}@rts-milano.example",
                    f"+39 02 {rng.randint(1000000, 9999999)}",
                    end is None,
                    None,
                )
            )
            (self.educators if role == "educatore" else self.coordinators).append(staff)
        rest = names[educators + coordinators :]
        #: per Municipio, the SST social workers (names only: they are not users here)
        self.social_workers = {
            m: [f"{f} {last}" for f, last, _ in rest[(m - 1) * 6 : m * 6]] for m in range(1, 10)
        }

    def educator(self, day: dt.date, avoid: str | None = None) -> Staff:
        active = [s for s in self.educators if s.serves(day) and s.id != avoid]
        return self.rng.choice(active)

    def coordinator(self, day: dt.date) -> Staff:
        active = [s for s in self.coordinators if s.serves(day)]
        return self.rng.choice(active)
