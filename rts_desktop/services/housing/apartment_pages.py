"""The "Elenco alloggi" from SQL: one page of apartments after a keyset, the totals apart.

A page is read in the order asked for, after the keyset of the previous page's last row
(its sort value and the apartment code, unique, so ties never repeat or skip a row). The
numbers of a row (rooms, places, places taken on the day, open repairs) and its state
(``apartment_state``: "Occupato" only when nobody else fits in) are SQL expressions over
the apartment, so filtering and sorting by any of them happen in the database and only the
page's rows come back. The same statements run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    tuple_,
)

from rts_desktop.db import Database
from rts_desktop.models import Apartment, MaintenanceRequest, Room, Stay
from rts_desktop.models.vocab import ApartmentStatus, MaintenanceStatus
from rts_desktop.services.housing.apartment_state import StateKind
from rts_desktop.services.housing.apartments import ApartmentRowDTO
from rts_desktop.services.housing.occupancy import status_on

PAGE_SIZE = 100


class ApartmentSort(StrEnum):
    """The orders of the list, one per column."""

    CODE = "code"
    ADDRESS = "address"
    MUNICIPIO = "municipio"
    ROOMS = "rooms"
    PLACES = "places"
    OCCUPIED = "occupied"
    FREE = "free"
    STATE = "state"
    REPAIRS = "repairs"


@dataclass(frozen=True)
class ApartmentQuery:
    """What the bar asks: text in the code or address, the state shown on the day."""

    text: str = ""
    state: StateKind | None = None
    sort: ApartmentSort = ApartmentSort.CODE
    descending: bool = False


#: where the next page starts: the last row's sort value and code
Keyset = tuple[Any, str]


@dataclass(frozen=True)
class ApartmentPage:
    rows: list[ApartmentRowDTO]
    #: the keyset after the last row, None when there is no more
    after: Keyset | None


@dataclass(frozen=True)
class ApartmentTotals:
    """The apartments the filter shows, and all of them with their places on the day."""

    shown: int
    apartments: int
    places: int
    free: int


def _rows(on: dt.date) -> Select[Any]:
    """Every apartment with its numbers on ``on``, as a subquery's columns."""
    a = Apartment
    rooms = select(func.count(Room.id)).where(Room.apartment_id == a.id).scalar_subquery()
    places = (
        select(func.coalesce(func.sum(Room.beds), 0))
        .where(Room.apartment_id == a.id)
        .scalar_subquery()
    )
    # places taken that night: the stays still open and those that ended later, each
    # looked up in the (apartment_id, actual_end, planned_end) index
    taken = func.coalesce(func.sum(Stay.places), 0)
    mine = (Stay.apartment_id == a.id, Stay.start_date <= on)
    still_open = (
        select(taken)
        .where(*mine, Stay.actual_end.is_(None), Stay.planned_end > on)
        .scalar_subquery()
    )
    ended_later = select(taken).where(*mine, Stay.actual_end > on).scalar_subquery()
    occupied = still_open + ended_later
    repairs = (
        select(func.count(MaintenanceRequest.id))
        .where(
            MaintenanceRequest.apartment_id == a.id,
            MaintenanceRequest.status != MaintenanceStatus.CHIUSA,
        )
        .scalar_subquery()
    )
    return select(
        a.id,
        a.code,
        a.address,
        a.municipio,
        status_on(on).label("status"),
        rooms.label("rooms"),
        places.label("places"),
        occupied.label("occupied"),
        repairs.label("repairs"),
    )


_CLOSED = (str(ApartmentStatus.IN_RISTRUTTURAZIONE), str(ApartmentStatus.FUORI_SERVIZIO))


def _state(r: Any) -> ColumnElement[str]:
    """``apartment_state(status, places, occupied).kind`` in SQL."""
    return case(
        (r.c.status.is_(None), literal(str(StateKind.SENZA_STATO))),
        (r.c.status.in_(_CLOSED), cast(r.c.status, String)),
        (r.c.occupied <= 0, literal(str(StateKind.LIBERO))),
        (r.c.occupied >= r.c.places, literal(str(StateKind.OCCUPATO))),
        else_=literal(str(StateKind.PARZIALE)),
    )


def _free(r: Any) -> ColumnElement[int]:
    """``ApartmentState.free`` in SQL: places left where people may live."""
    left = r.c.places - r.c.occupied
    return case(
        (r.c.status.is_(None) | r.c.status.in_(_CLOSED), literal(0)),
        (left > 0, left),
        else_=literal(0),
    )


def _sort_value(sort: ApartmentSort, r: Any) -> ColumnElement[Any]:
    if sort == ApartmentSort.STATE:
        return _state(r)
    if sort == ApartmentSort.FREE:
        return _free(r)
    column = {ApartmentSort.REPAIRS: "repairs"}.get(sort, str(sort))
    return r.c[column]  # type: ignore[no-any-return]


def _matching(query: ApartmentQuery, on: dt.date) -> tuple[Any, list[ColumnElement[bool]]]:
    r = _rows(on).subquery("apartment_rows")
    where: list[ColumnElement[bool]] = []
    words = query.text.strip()
    if words:
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(or_(r.c.code.ilike(like, escape="\\"), r.c.address.ilike(like, escape="\\")))
    if query.state is not None:
        where.append(_state(r) == str(query.state))
    return r, where


def _dto(row: Any) -> ApartmentRowDTO:
    status = ApartmentStatus(row.status) if row.status is not None else None
    return ApartmentRowDTO(
        row.id,
        row.code,
        row.address,
        row.municipio,
        status,
        row.rooms,
        row.places,
        row.occupied,
        row.repairs,
    )


def apartment_page(
    db: Database,
    query: ApartmentQuery,
    on: dt.date,
    *,
    after: Keyset | None = None,
    limit: int = PAGE_SIZE,
) -> ApartmentPage:
    """The apartments of ``query`` on ``on``, ``limit`` of them after ``after``."""
    r, where = _matching(query, on)
    value = _sort_value(query.sort, r)
    key = tuple_(value, r.c.code)
    if after is not None:
        where.append(key < tuple_(*after) if query.descending else key > tuple_(*after))
    order = (value.desc(), r.c.code.desc()) if query.descending else (value, r.c.code)
    stmt = select(r, value.label("sort_value")).where(*where).order_by(*order)
    with db.session(write=False) as s:
        found = s.execute(stmt.limit(limit + 1)).all()
    rows = found[:limit]
    more = len(found) > limit
    last = rows[-1] if rows else None
    keyset = (last.sort_value, last.code) if more and last is not None else None
    return ApartmentPage([_dto(row) for row in rows], keyset)


def apartment_totals(db: Database, query: ApartmentQuery, on: dt.date) -> ApartmentTotals:
    """How many apartments ``query`` shows, and all of them with their places and free
    places on ``on`` (one statement each)."""
    r, where = _matching(query, on)
    everything = select(
        func.count(), func.coalesce(func.sum(r.c.places), 0), func.coalesce(func.sum(_free(r)), 0)
    )
    with db.session(write=False) as s:
        apartments, places, free = s.execute(everything).one()
        shown = s.scalar(select(func.count()).select_from(r).where(*where)) if where else apartments
    return ApartmentTotals(int(shown or 0), int(apartments), int(places), int(free))


__all__ = [
    "PAGE_SIZE",
    "ApartmentPage",
    "ApartmentQuery",
    "ApartmentSort",
    "ApartmentTotals",
    "Keyset",
    "apartment_page",
    "apartment_totals",
]
