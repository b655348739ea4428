"""Read models for the occupancy board and the apartment file (no writes here).

The board asks for every apartment with its rooms and status periods, plus the stays that
touch a date range with their household's name: a fixed number of statements whatever the
number of apartments (never one query per row).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.visibility import (
    HIDDEN_LABEL,
    only_visible,
    require_visible_case,
    visible_case_ids,
)
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound
from rts_desktop.models import (
    Apartment,
    ApartmentStatusEntry,
    Case,
    Handover,
    Household,
    MaintenanceRequest,
    Room,
    Stay,
    StayExtension,
)
from rts_desktop.models.vocab import ApartmentStatus, CaseStatus, HandoverKind, label
from rts_desktop.services.housing.occupancy import HABITABLE, Booking, load_segments
from rts_desktop.services.housing.stay_reads import entry_blocker
from rts_desktop.services.housing.upkeep import MaintenanceDTO, maintenance_dto


@dataclass(frozen=True)
class BoardRoom:
    id: str
    name: str
    beds: int


@dataclass(frozen=True)
class StatusPeriod:
    """The apartment is in ``status`` over ``[start, end)`` (``end`` None: still)."""

    status: ApartmentStatus
    start: dt.date
    end: dt.date | None

    @property
    def habitable(self) -> bool:
        return self.status in HABITABLE

    @property
    def status_label(self) -> str:
        return label(self.status)


@dataclass(frozen=True)
class BoardApartment:
    id: str
    code: str
    address: str
    municipio: int
    rooms: tuple[BoardRoom, ...]
    periods: tuple[StatusPeriod, ...]

    @property
    def beds(self) -> int:
        return sum(r.beds for r in self.rooms)

    def status_on(self, day: dt.date) -> ApartmentStatus | None:
        found = None
        for p in self.periods:
            if p.start <= day:
                found = p.status
        return found

    def habitable_on(self, day: dt.date) -> bool:
        """Somebody may live there on ``day``."""
        return self.status_on(day) in HABITABLE


@dataclass(frozen=True)
class BoardStay:
    """A stay as the board draws it: who, where, from, to, and its proroghe."""

    id: str
    case_id: str
    case_code: str
    household: str
    apartment_id: str
    room_id: str
    places: int
    start: dt.date
    planned_end: dt.date
    actual_end: dt.date | None
    #: planned end before the first proroga (None when never extended)
    first_planned_end: dt.date | None
    extensions: int
    #: the keys were handed over (verbale di consegna): the household moved in
    keys_handed: bool = False
    apartment_code: str = ""
    #: the operator does not see the case: the place shows "occupato", no name, no code
    hidden: bool = False

    @property
    def end(self) -> dt.date:
        """First free day."""
        return self.actual_end or self.planned_end

    @property
    def is_open(self) -> bool:
        """No move-out recorded yet: it may still be moved in, extended, moved or closed."""
        return self.actual_end is None

    def is_overdue(self, today: dt.date) -> bool:
        return self.actual_end is None and self.planned_end <= today

    def can_cancel(self, today: dt.date) -> bool:
        """Still only planned: not started before ``today``, no keys handed, not closed."""
        return self.is_open and not self.keys_handed and self.start >= today


@dataclass(frozen=True)
class BoardData:
    start: dt.date
    end: dt.date
    apartments: tuple[BoardApartment, ...]
    stays: tuple[BoardStay, ...]


@dataclass(frozen=True)
class FreeSegment:
    """``free`` beds of an apartment on every day of ``[start, end)``."""

    start: dt.date
    end: dt.date
    free: int


@dataclass(frozen=True)
class CandidateCase:
    """A case and whether it may be housed (active or in assessment, started)."""

    id: str
    code: str
    household: str
    status: CaseStatus
    #: why it may not get a new stay yet (None: it may), in plain words
    blocker: str | None = None

    @property
    def may_enter(self) -> bool:
        return self.blocker is None


def _periods(entries: list[tuple[str, dt.date]]) -> tuple[StatusPeriod, ...]:
    entries = sorted(entries, key=lambda e: e[1])
    out = []
    for i, (status, start) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < len(entries) else None
        out.append(StatusPeriod(ApartmentStatus(status), start, end))
    return tuple(out)


def _stays(s: Session, *where: object, ctx: ActingContext | None = None) -> list[BoardStay]:
    """The stays matching ``where``; one ``ctx`` does not see come as "occupato"."""
    seen = visible_case_ids(ctx, Stay.case_id)
    ext = (
        select(
            StayExtension.stay_id.label("stay_id"),
            func.count(StayExtension.id).label("n"),
            func.min(StayExtension.previous_end).label("first_end"),
        )
        .group_by(StayExtension.stay_id)
        .subquery()
    )
    keys = (
        select(Handover.id)
        .where(Handover.stay_id == Stay.id, Handover.kind == HandoverKind.CONSEGNA)
        .exists()
    )
    rows = s.execute(
        select(
            Stay.id,
            Stay.case_id,
            Case.code,
            Household.name,
            Stay.apartment_id,
            Stay.room_id,
            Stay.places,
            Stay.start_date,
            Stay.planned_end,
            Stay.actual_end,
            ext.c.first_end,
            func.coalesce(ext.c.n, 0),
            keys,
            Apartment.code,
            (seen if seen is not None else true()).label("seen"),
        )
        # outer joins: on a server the policies hide the case of a stay the operator does
        # not see, and its bed must still show "occupato"
        .outerjoin(Case, Case.id == Stay.case_id)
        .outerjoin(Household, Household.id == Case.household_id)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .outerjoin(ext, ext.c.stay_id == Stay.id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Stay.start_date, Stay.id)
    ).all()
    return [_board_stay(*row) for row in rows]


def _board_stay(*row: Any) -> BoardStay:
    *values, seen = row
    stay = BoardStay(*values)
    if seen:
        return stay
    return replace(stay, case_code="", household=HIDDEN_LABEL, hidden=True)


def board_data(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    municipio: int | None = None,
    ctx: ActingContext | None = None,
) -> BoardData:
    """Apartments, rooms, status periods and the stays touching ``[start, end)``.

    Four statements (apartments, rooms, status entries, stays) whatever the size.
    """
    apartments = select(Apartment.id, Apartment.code, Apartment.address, Apartment.municipio)
    rooms = select(Room.apartment_id, Room.id, Room.name, Room.beds).join(Apartment)
    entries = select(
        ApartmentStatusEntry.apartment_id,
        ApartmentStatusEntry.status,
        ApartmentStatusEntry.from_date,
    ).join(Apartment)
    stay_end = func.coalesce(Stay.actual_end, Stay.planned_end)
    where: list[object] = [Stay.start_date < end, stay_end > start]
    if municipio is not None:
        apartments = apartments.where(Apartment.municipio == municipio)
        rooms = rooms.where(Apartment.municipio == municipio)
        entries = entries.where(Apartment.municipio == municipio)
        where.append(
            Stay.apartment_id.in_(select(Apartment.id).where(Apartment.municipio == municipio))
        )
    with db.session(write=False) as s:
        apartment_rows = s.execute(apartments.order_by(Apartment.code)).all()
        rooms_of: dict[str, list[BoardRoom]] = defaultdict(list)
        for apartment_id, room_id, name, beds in s.execute(rooms.order_by(Room.name)):
            rooms_of[apartment_id].append(BoardRoom(room_id, name, beds))
        status_of: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
        for apartment_id, status, from_date in s.execute(entries):
            status_of[apartment_id].append((status, from_date))
        stays = _stays(s, *where, ctx=ctx)
    return BoardData(
        start,
        end,
        tuple(
            BoardApartment(
                a_id, code, address, mun, tuple(rooms_of[a_id]), _periods(status_of[a_id])
            )
            for a_id, code, address, mun in apartment_rows
        ),
        tuple(stays),
    )


def free_segments(
    apartment: BoardApartment, stays: list[BoardStay], start: dt.date, end: dt.date
) -> list[FreeSegment]:
    """Free beds of an apartment over ``[start, end)`` (0 while it cannot be lived in)."""
    bookings = [Booking(st.id, st.start, st.end, st.places) for st in stays]
    blocked = [
        Booking("", max(p.start, start), min(p.end or end, end), apartment.beds)
        for p in apartment.periods
        if not p.habitable and max(p.start, start) < min(p.end or end, end)
    ]
    first = apartment.periods[0].start if apartment.periods else end
    if first > start:  # no status yet: nobody may live there
        blocked.append(Booking("", start, min(first, end), apartment.beds))
    out: list[FreeSegment] = []
    for seg in load_segments(bookings + blocked, start, end):
        free = max(apartment.beds - seg.load, 0)
        if out and out[-1].free == free and out[-1].end == seg.start:
            out[-1] = FreeSegment(out[-1].start, seg.end, free)
        else:
            out.append(FreeSegment(seg.start, seg.end, free))
    return out


def apartment_stays(
    db: Database, apartment_id: str, *, ctx: ActingContext | None = None
) -> list[BoardStay]:
    """Every stay of an apartment, past and present, with the household's name."""
    with db.session(write=False) as s:
        return _stays(s, Stay.apartment_id == apartment_id, ctx=ctx)


def case_board_stays(
    db: Database, case_id: str, *, ctx: ActingContext | None = None
) -> list[BoardStay]:
    """A case's stays with household name (for the case summary opened from the board)."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        return _stays(s, Stay.case_id == case_id)


def apartment_requests(db: Database, apartment_id: str) -> list[MaintenanceDTO]:
    """All maintenance requests of an apartment, newest first (open and closed)."""
    stmt = (
        select(MaintenanceRequest)
        .where(MaintenanceRequest.apartment_id == apartment_id)
        .order_by(MaintenanceRequest.opened_on.desc(), MaintenanceRequest.id)
    )
    with db.session(write=False) as s:
        return [maintenance_dto(r) for r in s.scalars(stmt)]


def housing_candidates(
    db: Database, *, ctx: ActingContext | None = None, waiting: bool = False
) -> list[CandidateCase]:
    """Cases that may get a new stay, by code, with the household's name; with ``waiting``
    also the open cases that may not yet (referred, in assessment, suspended), each with
    the reason in ``blocker``."""
    statuses = [CaseStatus.ATTIVO, CaseStatus.IN_VALUTAZIONE]
    if waiting:
        statuses += [CaseStatus.SEGNALATO, CaseStatus.SOSPESO]
    stmt = (
        select(Case.id, Case.code, Household.name, Case.status, Case.start_date)
        .join(Household, Household.id == Case.household_id)
        .where(Case.status.in_(statuses))
        .order_by(Case.code)
    )
    if not waiting:
        stmt = stmt.where(Case.start_date.is_not(None))
    with db.session(write=False) as s:
        rows = s.execute(only_visible(stmt, ctx, Case.id)).all()
    return [
        CandidateCase(
            case_id, code, household, CaseStatus(status), entry_blocker(status, start, code)
        )
        for case_id, code, household, status, start in rows
    ]


def case_heading(db: Database, case_id: str, *, ctx: ActingContext | None = None) -> CandidateCase:
    """Code, household and status of one case (a summary, not the case file)."""
    stmt = (
        select(Case.id, Case.code, Household.name, Case.status, Case.start_date)
        .join(Household, Household.id == Case.household_id)
        .where(Case.id == case_id)
    )
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        row = s.execute(stmt).first()
    if row is None:
        raise NotFound(N_("Caso non trovato."))
    found, code, household, status, start = row
    return CandidateCase(
        found, code, household, CaseStatus(status), entry_blocker(status, start, code)
    )
