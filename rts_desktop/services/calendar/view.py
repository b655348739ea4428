"""What the calendar views need besides occurrences: short names for ids, filter choices and
deadline markers in a visible range.

Views show operators by name, apartments by code and beneficiaries by code + name (only
inside the app; exports use ``ics_export``, which never writes full names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.db.visibility import only_visible
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Apartment,
    Beneficiary,
    Case,
    Household,
    Operator,
)


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class Names:
    """Labels for the ids shown in a range of occurrences."""

    beneficiaries: dict[str, str]
    operators: dict[str, str]
    apartments: dict[str, str]
    cases: dict[str, str]

    def people(self, ids: Iterable[str], table: dict[str, str]) -> list[str]:
        return [table.get(i, "?") for i in ids]


def names_for(
    db: Database,
    beneficiary_ids: Iterable[str] = (),
    operator_ids: Iterable[str] = (),
    apartment_ids: Iterable[str] = (),
    case_ids: Iterable[str] = (),
) -> Names:
    """One query per table for every id shown (never one per event)."""
    bens, ops, apts, cases = (set(x) - {None} for x in (
        beneficiary_ids, operator_ids, apartment_ids, case_ids
    ))  # fmt: skip
    with db.session(write=False) as s:
        b = {
            i: f"{last} {first}"
            for i, first, last in s.execute(
                select(Beneficiary.id, Beneficiary.first_name, Beneficiary.last_name).where(
                    Beneficiary.id.in_(bens)
                )
            )
        } if bens else {}  # fmt: skip
        o = dict(
            s.execute(select(Operator.id, Operator.full_name).where(Operator.id.in_(ops))).all()
        ) if ops else {}  # fmt: skip
        a = dict(
            s.execute(select(Apartment.id, Apartment.code).where(Apartment.id.in_(apts))).all()
        ) if apts else {}  # fmt: skip
        c = dict(
            s.execute(select(Case.id, Case.code).where(Case.id.in_(cases))).all()
        ) if cases else {}  # fmt: skip
    return Names(b, o, a, c)


def operator_choices(db: Database) -> list[Choice]:
    with db.session(write=False) as s:
        rows = s.execute(
            select(Operator.id, Operator.full_name)
            .where(Operator.active.is_(True))
            .order_by(Operator.full_name)
        ).all()
    return [Choice(i, name) for i, name in rows]


def apartment_choices(db: Database) -> list[Choice]:
    with db.session(write=False) as s:
        rows = s.execute(
            select(Apartment.id, Apartment.code, Apartment.address).order_by(Apartment.code)
        ).all()
    return [Choice(i, f"{code} – {address}") for i, code, address in rows]


def case_choices(
    db: Database,
    query: str = "",
    *,
    limit: int = 50,
    open_only: bool = False,
    ctx: ActingContext | None = None,
) -> list[Choice]:
    """Cases by code or household name (for the case filter and the event form), only
    those ``ctx`` sees.

    ``open_only`` leaves out closed cases: new appointments are for people still followed,
    and ten years of closed cases would make the list unusable.
    """
    q = query.strip()
    stmt = select(Case.id, Case.code, Household.name).join(
        Household, Household.id == Case.household_id
    )
    stmt = only_visible(stmt, ctx, Case.id)
    if open_only:
        stmt = stmt.where(Case.status != "concluso")
    if q:
        like = f"%{q.lower()}%"
        stmt = stmt.where(
            (func.lower(Case.code).like(like)) | (func.lower(Household.name).like(like))
        )
    with db.session(write=False) as s:
        rows = s.execute(stmt.order_by(Case.code.desc()).limit(limit)).all()
    return [Choice(i, f"{code} – {name}") for i, code, name in rows]


def find_operator(db: Database, name: str, field: str = "educator") -> Choice:
    """An operator by username or full name (case-insensitive)."""
    wanted = name.strip().lower()
    with db.session(write=False) as s:
        rows = s.execute(
            select(Operator.id, Operator.full_name).where(
                (func.lower(Operator.username) == wanted)
                | (func.lower(Operator.full_name) == wanted)
            )
        ).all()
    if len(rows) != 1:
        raise ValidationError(field, N_("Operatore non trovato: {n}.").format(n=name))
    return Choice(rows[0][0], rows[0][1])


def find_apartment(db: Database, code: str, field: str = "apartment") -> Choice:
    with db.session(write=False) as s:
        row = s.execute(
            select(Apartment.id, Apartment.code).where(
                func.upper(Apartment.code) == code.strip().upper()
            )
        ).first()
    if row is None:
        raise ValidationError(field, N_("Alloggio non trovato: {c}.").format(c=code))
    return Choice(row[0], row[1])
