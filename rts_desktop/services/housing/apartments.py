"""Apartments (alloggi), their rooms and beds, and the dated status history.

The apartment code is checked for uniqueness here, not by a database constraint: two
laptops may create apartments offline and a unique index would break the sync merge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.dialects import lock_rows
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version, get_or_fail, to_dto
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Apartment,
    ApartmentStatusEntry,
    MaintenanceRequest,
    Room,
    Stay,
    rules,
)
from rts_desktop.models.vocab import ApartmentStatus, MaintenanceStatus, label
from rts_desktop.services.housing.apartment_state import ApartmentState, apartment_state
from rts_desktop.services.housing.occupancy import HABITABLE, Booking, first_over_capacity


class _StatusLike(Protocol):
    @property
    def status(self) -> str: ...

    @property
    def from_date(self) -> dt.date: ...


class _HasHistory(Protocol):
    @property
    def status_history(self) -> Iterable[_StatusLike]: ...


class _Entry(NamedTuple):
    status: str
    from_date: dt.date


@dataclass(frozen=True)
class RoomDTO:
    id: str
    version: str
    apartment_id: str
    name: str
    beds: int


@dataclass(frozen=True)
class StatusEntryDTO:
    id: str
    status: ApartmentStatus
    from_date: dt.date
    note: str | None

    @property
    def status_label(self) -> str:
        return label(self.status)


@dataclass(frozen=True)
class ApartmentDTO:
    id: str
    version: str
    code: str
    address: str
    postcode: str | None
    municipio: int
    floor: int | None
    lift: bool
    accessible: bool
    notes: str | None
    rooms: tuple[RoomDTO, ...]
    status_history: tuple[StatusEntryDTO, ...]

    @property
    def places(self) -> int:
        return sum(r.beds for r in self.rooms)

    def status_on(self, on: dt.date) -> ApartmentStatus | None:
        return status_on(self, on)

    def habitable_on(self, on: dt.date) -> bool:
        """Somebody may live there on ``on``."""
        return self.status_on(on) in HABITABLE


@dataclass(frozen=True)
class ApartmentRowDTO:
    """One line of the apartments table: status, places and occupancy on a date."""

    id: str
    code: str
    address: str
    municipio: int
    status: ApartmentStatus | None
    rooms: int
    places: int
    occupied: int
    open_maintenance: int

    @property
    def habitable(self) -> bool:
        """Somebody may live there on the list's date."""
        return self.status in HABITABLE

    @property
    def state(self) -> ApartmentState:
        """What it is on the list's date, from its status history and its stays."""
        return apartment_state(self.status, self.places, self.occupied)

    @property
    def free(self) -> int:
        return self.state.free

    @property
    def status_label(self) -> str:
        return self.state.label


@dataclass
class ApartmentInput:
    code: str
    address: str
    municipio: int
    postcode: str | None = None
    floor: int | None = None
    lift: bool = False
    accessible: bool = False
    notes: str | None = None


@dataclass
class RoomInput:
    name: str
    beds: int


def status_on(apartment: _HasHistory, on: dt.date) -> ApartmentStatus | None:
    """The status on ``on``: the latest history entry starting on or before that day."""
    current: _StatusLike | None = None
    for entry in apartment.status_history:
        if entry.from_date <= on and (current is None or entry.from_date >= current.from_date):
            current = entry
    return ApartmentStatus(current.status) if current else None


def first_unusable_day(
    history: Iterable[_StatusLike], start: dt.date, end: dt.date
) -> tuple[dt.date, str | None] | None:
    """The first day of ``[start, end)`` on which nobody may live there, with its status."""
    entries = sorted(history, key=lambda e: e.from_date)
    status: str | None = None
    for entry in entries:
        if entry.from_date <= start:
            status = entry.status
    if status not in HABITABLE:
        return start, status
    for entry in entries:
        if start < entry.from_date < end and entry.status not in HABITABLE:
            return entry.from_date, entry.status
    return None


def _clean(data: ApartmentInput) -> dict[str, object]:
    def col(name: str) -> Any:
        return rules.check("apartments", name, getattr(data, name))

    code = col("code").upper()
    postcode = col("postcode")
    if postcode and not (len(postcode) == 5 and postcode.isdigit()):
        raise ValidationError("postcode", N_("Il CAP è di cinque cifre."))
    return {
        "code": code,
        "address": col("address"),
        "postcode": postcode,
        "municipio": col("municipio"),
        "floor": col("floor"),
        "lift": col("lift"),
        "accessible": col("accessible"),
        "notes": col("notes"),
    }


def _clean_room(name: str, beds: int, name_field: str, beds_field: str) -> tuple[str, int]:
    clean_name = rules.check("rooms", "name", name, field=name_field)
    count = rules.check("rooms", "beds", beds, field=beds_field)
    return clean_name, count


def _check_room_name(apartment: Apartment, name: str, exclude: str | None = None) -> None:
    for room in apartment.rooms:
        if room.id != exclude and room.name.casefold() == name.casefold():
            raise ValidationError(
                "name", N_("L'alloggio ha già una stanza «{n}».").format(n=room.name)
            )


def _check_code(s: Session, code: str, exclude: str | None = None) -> None:
    stmt = select(Apartment.id).where(func.upper(Apartment.code) == code)
    if exclude is not None:
        stmt = stmt.where(Apartment.id != exclude)
    if s.scalar(stmt.limit(1)) is not None:
        raise ValidationError("code", N_("Esiste già un alloggio con codice {c}.").format(c=code))


def load_apartment(s: Session, apartment_id: str) -> Apartment:
    apartment = s.get(
        Apartment,
        apartment_id,
        options=[selectinload(Apartment.rooms), selectinload(Apartment.status_history)],
    )
    if apartment is None:
        raise ValidationError("apartment_id", N_("Alloggio non trovato."))
    return apartment


def apartment_dto(a: Apartment) -> ApartmentDTO:
    return to_dto(
        ApartmentDTO,
        a,
        rooms=tuple(to_dto(RoomDTO, r) for r in a.rooms),
        status_history=tuple(
            to_dto(StatusEntryDTO, e, status=ApartmentStatus(e.status)) for e in a.status_history
        ),
    )


@operation("create", "apartment")
def create_apartment(
    op: Op,
    data: ApartmentInput,
    rooms: Sequence[RoomInput],
    *,
    status: str = ApartmentStatus.DISPONIBILE,
    status_from: dt.date | None = None,
) -> ApartmentDTO:
    """An apartment with its rooms and its first status (from ``status_from``, default today)."""
    values = _clean(data)
    first = v.choice("status", status, ApartmentStatus)
    since = v.required_date("status_from", status_from or op.ctx.today())
    if not rooms:
        raise ValidationError("rooms", N_("Indica almeno una stanza con i suoi letti."))
    cleaned = [_clean_room(r.name, r.beds, "rooms", "rooms") for r in rooms]
    names = [n.casefold() for n, _ in cleaned]
    if len(set(names)) != len(names):
        raise ValidationError("rooms", N_("Due stanze hanno lo stesso nome."))
    s = op.s
    _check_code(s, str(values["code"]))
    apartment = Apartment(**values)
    s.add(apartment)
    s.flush()
    for name, beds in cleaned:
        apartment.rooms.append(Room(apartment_id=apartment.id, name=name, beds=beds))
    apartment.status_history.append(
        ApartmentStatusEntry(apartment_id=apartment.id, status=str(first), from_date=since)
    )
    s.flush()
    op.audit(apartment.id)
    return apartment_dto(apartment)


@operation("update", "apartment")
def update_apartment(
    op: Op,
    apartment_id: str,
    data: ApartmentInput,
    *,
    expected_version: str | None = None,
) -> ApartmentDTO:
    values = _clean(data)
    s = op.s
    apartment = load_apartment(s, apartment_id)
    check_version(apartment, expected_version, values)
    _check_code(s, str(values["code"]), exclude=apartment.id)
    apply_changes(apartment, values)
    s.flush()
    op.audit(apartment.id)
    return apartment_dto(apartment)


@operation("add_room", "apartment")
def add_room(op: Op, apartment_id: str, name: str, beds: int) -> ApartmentDTO:
    clean_name, count = _clean_room(name, beds, "name", "beds")
    apartment = load_apartment(op.s, apartment_id)
    _check_room_name(apartment, clean_name)
    room = Room(apartment_id=apartment.id, name=clean_name, beds=count)
    apartment.rooms.append(room)
    op.s.flush()
    op.audit(apartment.id, room.id)
    return apartment_dto(apartment)


@operation("rename_room", "apartment")
def rename_room(op: Op, room_id: str, name: str) -> ApartmentDTO:
    clean_name = rules.check("rooms", "name", name)
    s = op.s
    room = get_or_fail(s, Room, room_id, "Stanza")
    apartment = load_apartment(s, room.apartment_id)
    _check_room_name(apartment, clean_name, exclude=room.id)
    room.name = clean_name
    s.flush()
    op.audit(apartment.id, room.id)
    return apartment_dto(apartment)


def room_bookings(s: Session, room_id: str, *, after: dt.date) -> list[Booking]:
    """Stays of a room still occupying a night on or after ``after``."""
    end = func.coalesce(Stay.actual_end, Stay.planned_end)
    rows = s.execute(
        select(Stay.id, Stay.start_date, end, Stay.places).where(
            Stay.room_id == room_id, end > after
        )
    ).all()
    return [Booking(*row) for row in rows]


@operation("room_beds", "apartment")
def set_room_beds(op: Op, room_id: str, beds: int) -> ApartmentDTO:
    """Change a room's beds; refused below the occupancy of any day from today on."""
    count = rules.check("rooms", "beds", beds)
    today = op.ctx.today()
    s = op.s
    room = get_or_fail(s, Room, room_id, "Stanza")
    lock_rows(s, Room, [room.id])  # no booking lands between this check and the write
    bookings = room_bookings(s, room.id, after=today)
    horizon = max((b.end for b in bookings), default=today)
    over = first_over_capacity(bookings, count, today, horizon)
    if over is not None:
        day, load = over
        raise ValidationError(
            "beds",
            N_(
                "La stanza «{r}» il {d:%d/%m/%Y} ha {n} posti occupati: "
                "non può avere solo {b} letti."
            ).format(r=room.name, d=day, n=load, b=count),
        )
    room.beds = count
    s.flush()
    op.audit(room.apartment_id, f"{room.id}={count}")
    return apartment_dto(load_apartment(s, room.apartment_id))


@operation("status", "apartment")
def set_status(
    op: Op,
    apartment_id: str,
    status: str,
    from_date: dt.date,
    note: str | None = None,
) -> ApartmentDTO:
    """The apartment is in ``status`` from ``from_date`` on (until the next dated entry).

    An entry already dated ``from_date`` is replaced. Refused when it would leave a stay in an
    apartment that cannot be lived in (e.g. in ristrutturazione during an inserimento).
    """
    new_status = str(v.choice("status", status, ApartmentStatus))
    since = v.required_date("from_date", from_date)
    clean_note = rules.check("apartment_status", "note", note)
    s = op.s
    lock_rows(s, Apartment, [apartment_id])  # no booking lands between this check and the write
    apartment = load_apartment(s, apartment_id)
    same_day = next((e for e in apartment.status_history if e.from_date == since), None)
    proposed: list[_StatusLike] = [e for e in apartment.status_history if e is not same_day]
    proposed.append(_Entry(new_status, since))
    end = func.coalesce(Stay.actual_end, Stay.planned_end)
    stays = s.execute(
        select(Stay.start_date, end).where(Stay.apartment_id == apartment.id, end > since)
    ).all()
    for start, stay_end in sorted(stays):
        bad = first_unusable_day(proposed, max(start, since), stay_end)
        if bad is not None:
            raise ValidationError(
                "status",
                N_(
                    "Il {d:%d/%m/%Y} l'alloggio {c} ha un inserimento: non può essere «{s}»."
                ).format(d=bad[0], c=apartment.code, s=label(bad[1])),
            )
    if same_day is not None:
        same_day.status, same_day.note = new_status, clean_note
    else:
        apartment.status_history.append(
            ApartmentStatusEntry(
                apartment_id=apartment.id, status=new_status, from_date=since, note=clean_note
            )
        )
    s.flush()
    op.audit(apartment.id, f"{new_status} {since.isoformat()}")
    return apartment_dto(apartment)


def get_apartment(db: Database, apartment_id: str) -> ApartmentDTO:
    with db.session(write=False) as s:
        return apartment_dto(load_apartment(s, apartment_id))


def list_apartments(
    db: Database,
    on: dt.date,
    *,
    municipio: int | None = None,
    apartment_ids: Iterable[str] | None = None,
) -> list[ApartmentRowDTO]:
    """Every apartment (or those of ``apartment_ids``) with its status, places, occupancy and
    open repairs on ``on``.

    One statement with correlated aggregates (indexed by apartment): no query per row.
    """
    a = Apartment
    status = (
        select(ApartmentStatusEntry.status)
        .where(ApartmentStatusEntry.apartment_id == a.id, ApartmentStatusEntry.from_date <= on)
        .order_by(ApartmentStatusEntry.from_date.desc())
        .limit(1)
        .scalar_subquery()
    )
    rooms = select(func.count(Room.id)).where(Room.apartment_id == a.id).scalar_subquery()
    places = (
        select(func.coalesce(func.sum(Room.beds), 0))
        .where(Room.apartment_id == a.id)
        .scalar_subquery()
    )
    occupied = (
        select(func.coalesce(func.sum(Stay.places), 0))
        .where(
            Stay.apartment_id == a.id,
            Stay.start_date <= on,
            func.coalesce(Stay.actual_end, Stay.planned_end) > on,
        )
        .scalar_subquery()
    )
    repairs = (
        select(func.count(MaintenanceRequest.id))
        .where(
            MaintenanceRequest.apartment_id == a.id,
            MaintenanceRequest.status != MaintenanceStatus.CHIUSA,
        )
        .scalar_subquery()
    )
    stmt = select(a.id, a.code, a.address, a.municipio, status, rooms, places, occupied, repairs)
    if municipio is not None:
        stmt = stmt.where(a.municipio == municipio)
    if apartment_ids is not None:
        stmt = stmt.where(a.id.in_(list(apartment_ids)))
    with db.session(write=False) as s:
        rows = s.execute(stmt.order_by(a.code)).all()
    return [
        ApartmentRowDTO(a_id, code, address, mun, _status_or_none(st), *counts)
        for a_id, code, address, mun, st, *counts in rows
    ]


def _status_or_none(value: str | None) -> ApartmentStatus | None:
    return ApartmentStatus(value) if value is not None else None
