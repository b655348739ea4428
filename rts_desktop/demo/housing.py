"""Apartments and rooms, a per-room occupancy calendar, and the dated status history.

Placement never exceeds a room's beds on any day: every reservation is checked against the
room's calendar (inclusive day ranges) before it is taken. Family apartments are given to
one household at a time; shared apartments take single people bed by bed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from rts_desktop.demo.common import IdMaker, Rows, weighted
from rts_desktop.demo.places import MUNICIPIO_WEIGHTS, STREETS

APARTMENT_COLS = (
    "id", "code", "address", "postcode", "municipio", "floor", "lift", "accessible", "notes",
)  # fmt: skip
ROOM_COLS = ("id", "apartment_id", "name", "beds")
STATUS_COLS = ("id", "apartment_id", "status", "from_date", "note")
ROOMS_WEIGHTS = {1: 0.15, 2: 0.3, 3: 0.3, 4: 0.25}
BEDS_WEIGHTS = {1: 0.35, 2: 0.4, 3: 0.15, 4: 0.1}
STATUS_RANK = {"disponibile": 0, "in_ristrutturazione": 1, "occupato": 2, "fuori_servizio": 3}


@dataclass(slots=True)
class RoomSim:
    id: str
    name: str
    beds: int
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, places

    def load(self, a: int, b: int) -> int:
        """The highest number of places taken on any day of [a, b]."""
        over = [(s, e, p) for s, e, p in self.spans if s <= b and e >= a]
        if sum(p for _, _, p in over) <= 0:
            return 0
        points = [a] + [s for s, _, _ in over if s > a]
        return max(sum(p for s, e, p in over if s <= x <= e) for x in points)


@dataclass(slots=True)
class ApartmentSim:
    id: str
    code: str
    municipio: int
    family: bool
    open_from: int  # ordinal of the first day it can host
    closed_from: int | None
    rooms: list[RoomSim]
    windows: list[tuple[int, int]] = field(default_factory=list)  # renovations in between
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def beds(self) -> int:
        return sum(r.beds for r in self.rooms)

    def usable(self, a: int, b: int) -> bool:
        if a < self.open_from or (self.closed_from is not None and b >= self.closed_from):
            return False
        return not any(w0 <= b and w1 >= a for w0, w1 in self.windows)


class Housing:
    """The apartments of the service and who sleeps where."""

    def __init__(
        self,
        rng: random.Random,
        ids: IdMaker,
        rows: Rows,
        count: int,
        first_day: dt.date,
        today: dt.date,
    ) -> None:
        self.rng = rng
        self.first_day = first_day
        self.today = today
        self.status_rows = rows.table("apartment_status", STATUS_COLS)
        self.ids = ids
        apartments = rows.table("apartments", APARTMENT_COLS)
        room_rows = rows.table("rooms", ROOM_COLS)
        self.apartments: list[ApartmentSim] = []
        start, end = first_day.toordinal(), today.toordinal()
        for n in range(1, count + 1):
            roll = rng.random()
            closed = None
            if roll < 0.04:  # being renovated now: enters service after today
                open_from = end + rng.randint(20, 200)
            elif roll < 0.30:  # renovated and opened during the history
                open_from = rng.randint(start, end - 30)
            else:
                open_from = start - rng.randint(10, 400)
            if roll >= 0.04 and rng.random() < 0.025:
                closed = rng.randint(max(open_from, start) + 200, end + 200)
                closed = closed if closed <= end else None
            municipio = int(weighted(rng, {str(k): v for k, v in MUNICIPIO_WEIGHTS.items()}))
            street, postcode = rng.choice(STREETS[municipio])
            made = dt.date.fromordinal(max(open_from - 300, start - 400))
            apt = ApartmentSim(
                ids.on(made), f"ALL-{n:04d}", municipio, rng.random() < 0.55, open_from, closed, []
            )
            n_rooms = int(weighted(rng, {str(k): v for k, v in ROOMS_WEIGHTS.items()}))
            for r in range(n_rooms):
                beds = int(weighted(rng, {str(k): v for k, v in BEDS_WEIGHTS.items()}))
                room = RoomSim(ids.on(made, 601), f"Camera {r + 1}", beds)
                apt.rooms.append(room)
                room_rows.append((room.id, apt.id, room.name, beds))
            if closed is None and open_from < start - 60 and rng.random() < 0.06:
                w0 = rng.randint(start + 100, end - 120)
                apt.windows.append((w0, w0 + rng.randint(60, 180)))
            floor = rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
            lift = (floor >= 3 and rng.random() < 0.8) or rng.random() < 0.2
            address = f"{street} {rng.randint(1, 180)}"
            note = "Alloggio per nuclei familiari" if apt.family else "Alloggio condiviso"
            apartments.append(
                (
                    apt.id,
                    apt.code,
                    address,
                    postcode,
                    municipio,
                    floor,
                    lift,
                    lift and rng.random() < 0.3,
                    note,
                )
            )
            self.apartments.append(apt)
        self.family = [a for a in self.apartments if a.family]
        self.shared = [a for a in self.apartments if not a.family]

    def place(self, people: int, a: dt.date, b: dt.date) -> list[tuple[ApartmentSim, RoomSim, int]]:
        """Reserve beds for ``people`` from ``a`` to ``b`` (inclusive); [] when nothing fits."""
        lo, hi = a.toordinal(), b.toordinal()
        if people == 1 or (people == 2 and self.rng.random() < 0.3):
            found = self._shared(people, lo, hi)
            if found:
                return found
        return self._family(people, lo, hi)

    def _candidates(self, pool: list[ApartmentSim]) -> list[ApartmentSim]:
        if not pool:
            return []
        picks = [pool[self.rng.randrange(len(pool))] for _ in range(min(60, 2 * len(pool)))]
        return picks

    def _family(self, people: int, lo: int, hi: int) -> list[tuple[ApartmentSim, RoomSim, int]]:
        for apt in self._candidates(self.family):
            if apt.beds < people or not apt.usable(lo, hi):
                continue
            if any(s <= hi and e >= lo for s, e in apt.spans):
                continue
            taken: list[tuple[ApartmentSim, RoomSim, int]] = []
            left = people
            for room in sorted(apt.rooms, key=lambda r: -r.beds):
                if left == 0:
                    break
                places = min(room.beds, left)
                taken.append((apt, room, places))
                left -= places
            for _, room, places in taken:
                room.spans.append((lo, hi, places))
            apt.spans.append((lo, hi))
            return taken
        return []

    def _shared(self, people: int, lo: int, hi: int) -> list[tuple[ApartmentSim, RoomSim, int]]:
        for apt in self._candidates(self.shared):
            if not apt.usable(lo, hi):
                continue
            for room in apt.rooms:
                if room.beds >= people and room.load(lo, hi) + people <= room.beds:
                    room.spans.append((lo, hi, people))
                    apt.spans.append((lo, hi))
                    return [(apt, room, people)]
        return []

    def write_status_history(self) -> None:
        """Dated statuses up to today: renovations, available/occupied spells, out of service."""
        rng, today = self.rng, self.today.toordinal()
        start = self.first_day.toordinal()
        for apt in self.apartments:
            marks: list[tuple[int, str, str | None]] = []
            if apt.open_from <= start:
                marks.append((apt.open_from, "disponibile", "Alloggio consegnato al servizio"))
            else:
                marks.append(
                    (
                        apt.open_from - rng.randint(60, 240),
                        "in_ristrutturazione",
                        "Lavori di ristrutturazione (PON Metro)",
                    )
                )
                marks.append((apt.open_from, "disponibile", "Fine lavori, alloggio abitabile"))
            for w0, w1 in apt.windows:
                marks.append((w0, "in_ristrutturazione", "Manutenzione straordinaria"))
                marks.append((w1 + 1, "disponibile", None))
            for s, e in union_spans(apt.spans):
                marks.append((s, "occupato", None))
                marks.append((e + 1, "disponibile", None))
            if apt.closed_from is not None:
                marks.append((apt.closed_from, "fuori_servizio", "Infiltrazioni: non abitabile"))
            marks.sort(key=lambda m: (m[0], STATUS_RANK[m[1]]))
            last_status = None
            kept: list[tuple[int, str, str | None]] = []
            for day, status, note in marks:
                if day > today:
                    break
                if kept and kept[-1][0] == day:
                    kept.pop()
                    last_status = kept[-1][1] if kept else None
                if status != last_status:
                    kept.append((day, status, note))
                    last_status = status
            for day, status, note in kept:
                when = dt.date.fromordinal(day)
                self.status_rows.append((self.ids.on(when), apt.id, status, when.isoformat(), note))


def union_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping or touching day ranges."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
