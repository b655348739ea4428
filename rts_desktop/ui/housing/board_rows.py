"""Row layout of the occupancy board, computed once per load (no painting here).

Each apartment gives a header row (free places, status) and one row per room; a room's
stays are stacked in lanes so stays sharing the room on the same days never cover each
other. Rows keep their y offset so the painter finds the visible ones by bisection.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from rts_desktop.services.housing.apartment_state import ApartmentState, apartment_state
from rts_desktop.services.housing.board import (
    BoardApartment,
    BoardData,
    BoardRoom,
    BoardStay,
    FreeSegment,
    free_segments,
)

APARTMENT_H = 26
LANE_H = 24


@dataclass
class BoardRow:
    apartment: BoardApartment
    room: BoardRoom | None  # None: the apartment's own row
    y: int
    height: int
    #: (stay, lane) of the room's stays
    bars: list[tuple[BoardStay, int]] = field(default_factory=list)
    free: list[FreeSegment] = field(default_factory=list)


def assign_lanes(stays: list[BoardStay]) -> list[tuple[BoardStay, int]]:
    """Greedy interval colouring: each stay takes the first lane free on its start day."""
    lane_ends: list[dt.date] = []
    out: list[tuple[BoardStay, int]] = []
    for stay in sorted(stays, key=lambda st: (st.start, st.end, st.id)):
        for lane, end in enumerate(lane_ends):
            if end <= stay.start:
                lane_ends[lane] = stay.end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(stay.end)
        out.append((stay, lane))
    return out


class BoardLayout:
    """All rows of a loaded board, with lookup by y and by stay."""

    def __init__(self, data: BoardData, *, municipio: int | None = None, text: str = "") -> None:
        self.data = data
        self.rows: list[BoardRow] = []
        by_room: dict[str, list[BoardStay]] = defaultdict(list)
        by_apartment: dict[str, list[BoardStay]] = defaultdict(list)
        for stay in data.stays:
            by_room[stay.room_id].append(stay)
            by_apartment[stay.apartment_id].append(stay)
        needle = text.strip().lower()
        y = 0
        for apartment in data.apartments:
            if municipio is not None and apartment.municipio != municipio:
                continue
            if needle and not self._matches(apartment, by_apartment[apartment.id], needle):
                continue
            free = free_segments(apartment, by_apartment[apartment.id], data.start, data.end)
            self.rows.append(BoardRow(apartment, None, y, APARTMENT_H, free=free))
            y += APARTMENT_H
            for room in apartment.rooms:
                bars = assign_lanes(by_room[room.id])
                lanes = max((lane for _, lane in bars), default=0) + 1
                height = lanes * LANE_H + 4
                self.rows.append(BoardRow(apartment, room, y, height, bars))
                y += height
        self.height = y
        self._by_apartment = by_apartment
        self._tops = [row.y for row in self.rows]
        self.stay_rows: dict[str, int] = {}
        for index, row in enumerate(self.rows):
            for stay, _ in row.bars:
                self.stay_rows[stay.id] = index

    @staticmethod
    def _matches(apartment: BoardApartment, stays: list[BoardStay], needle: str) -> bool:
        haystack = [apartment.code, apartment.address] + [
            f"{st.household} {st.case_code}" for st in stays
        ]
        return any(needle in h.lower() for h in haystack)

    def row_index_at(self, y: int) -> int | None:
        """The row covering content y (None outside)."""
        if y < 0 or y >= self.height:
            return None
        return bisect.bisect_right(self._tops, y) - 1

    def visible(self, top: int, bottom: int) -> range:
        """Indices of rows intersecting content ``[top, bottom)``."""
        if not self.rows:
            return range(0)
        first = max(bisect.bisect_right(self._tops, top) - 1, 0)
        last = bisect.bisect_left(self._tops, bottom)
        return range(first, min(last, len(self.rows)))

    def stay_order(self, rows: range) -> list[str]:
        """Stays of ``rows`` in reading order (for keyboard navigation)."""
        out: list[str] = []
        for index in rows:
            out += [
                st.id for st, _ in sorted(self.rows[index].bars, key=lambda b: (b[1], b[0].start))
            ]
        return out

    def stay(self, stay_id: str) -> BoardStay | None:
        index = self.stay_rows.get(stay_id)
        if index is None:
            return None
        return next(st for st, _ in self.rows[index].bars if st.id == stay_id)

    def state_on(self, apartment: BoardApartment, day: dt.date) -> ApartmentState:
        """What the apartment is on ``day``, from its status periods and its stays."""
        stays = self._by_apartment.get(apartment.id, [])
        occupied = sum(st.places for st in stays if st.start <= day < st.end)
        return apartment_state(apartment.status_on(day), apartment.beds, occupied)

    def find_apartment(self, code: str) -> int | None:
        for index, row in enumerate(self.rows):
            if row.room is None and row.apartment.code == code:
                return index
        return None
