"""Which apartments and rooms can take a household over a period, with their free beds.

A room offers the beds free on *every* night of ``[start, end)``; an apartment offers the
sum of its rooms, and none while it cannot be lived in on one of those days (in
ristrutturazione, fuori servizio, no status yet). The plan-stay and move dialogs list these
offers; ``stays`` still checks the same rules when the stay is written.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models.vocab import label
from rts_desktop.services.housing.apartment_state import places_text
from rts_desktop.services.housing.apartments import first_unusable_day
from rts_desktop.services.housing.board import BoardApartment, BoardStay, board_data
from rts_desktop.services.housing.occupancy import Booking, load_segments
from rts_desktop.services.housing.stay_reads import fmt_day


class _Entry(NamedTuple):
    status: str
    from_date: dt.date


@dataclass(frozen=True)
class RoomOffer:
    id: str
    name: str
    beds: int
    #: beds free on every night of the period
    free: int

    @property
    def offered(self) -> bool:
        return self.free > 0

    @property
    def label(self) -> str:
        beds = N_("1 letto") if self.beds == 1 else N_("{n} letti").format(n=self.beds)
        room = f"{self.name} ({beds})"
        return f"{room} – {places_text(self.free) if self.free else N_('completa')}"


@dataclass(frozen=True)
class ApartmentOffer:
    id: str
    code: str
    address: str
    rooms: tuple[RoomOffer, ...]
    #: why it cannot take anybody in the period (None: it can)
    reason: str | None

    @property
    def free(self) -> int:
        return sum(r.free for r in self.rooms) if self.reason is None else 0

    @property
    def offered(self) -> bool:
        return self.reason is None

    @property
    def label(self) -> str:
        what = places_text(self.free) if self.reason is None else self.reason
        return f"{self.code} – {what} – {self.address}"

    def room(self, room_id: str | None) -> RoomOffer | None:
        return next((r for r in self.rooms if r.id == room_id), None)


def _room_free(beds: int, stays: list[BoardStay], start: dt.date, end: dt.date) -> int:
    bookings = [Booking(st.id, st.start, st.end, st.places) for st in stays]
    peak = max((seg.load for seg in load_segments(bookings, start, end)), default=0)
    return max(beds - peak, 0)


def _unusable(apartment: BoardApartment, start: dt.date, end: dt.date) -> str | None:
    history = [_Entry(str(p.status), p.start) for p in apartment.periods]
    bad = first_unusable_day(history, start, end)
    if bad is None:
        return None
    day, status = bad
    what = label(status).lower() if status else N_("senza stato")
    return what if day == start else N_("{s} dal {d}").format(s=what, d=fmt_day(day))


def place_offers(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    ctx: ActingContext | None = None,
    exclude_stay: str | None = None,
) -> list[ApartmentOffer]:
    """Every apartment with its rooms' free beds over ``[start, end)``: those that can take
    somebody first (by code), then the others with the reason. ``exclude_stay`` leaves out
    one stay (the one being moved). Empty when ``end`` is not after ``start``."""
    if end <= start:
        return []
    data = board_data(db, start, end, ctx=ctx)
    by_room: dict[str, list[BoardStay]] = defaultdict(list)
    for stay in data.stays:
        if stay.id != exclude_stay:
            by_room[stay.room_id].append(stay)
    offers = []
    for apartment in data.apartments:
        rooms = tuple(
            RoomOffer(r.id, r.name, r.beds, _room_free(r.beds, by_room[r.id], start, end))
            for r in apartment.rooms
        )
        reason = _unusable(apartment, start, end)
        if reason is not None:
            rooms = tuple(RoomOffer(r.id, r.name, r.beds, 0) for r in rooms)
        elif not any(r.free for r in rooms):
            reason = N_("nessun posto libero in queste date")
        offers.append(
            ApartmentOffer(apartment.id, apartment.code, apartment.address, rooms, reason)
        )
    return sorted(offers, key=lambda o: (not o.offered, o.code))
