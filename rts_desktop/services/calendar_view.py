"""What the calendar views need besides occurrences: short names for ids, filter choices and
deadline markers in a visible range.

Views show operators by name, apartments by code and beneficiaries by code + name (only
inside the app; exports use ``ics_export``, which never writes full names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from rts_desktop.db import Database
from rts_desktop.errors import N_, ValidationError
from rts_desktop.models import (
    Apartment,
    Beneficiary,
    Case,
    Document,
    Household,
    HouseholdMember,
    Operator,
    Plan,
    Stay,
)
from rts_desktop.models.vocab import CaseStatus, PlanStatus, label
from rts_desktop.services.documents import replaced_by_newer

#: deadline kinds shown in the calendar (arrears have no date of their own)
CALENDAR_DEADLINE_KINDS = frozenset({"verifica", "fine_inserimento", "documento", "follow_up"})


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


@dataclass(frozen=True)
class DeadlineMark:
    """A deadline drawn on its day (all-day strip in week view, a line in month view)."""

    day: dt.date
    kind: str
    kind_label: str
    case_id: str
    case_code: str
    description: str


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
    db: Database, query: str = "", *, limit: int = 50, open_only: bool = False
) -> list[Choice]:
    """Cases by code or household name (for the case filter and the event form).

    ``open_only`` leaves out closed cases: new appointments are for people still followed,
    and ten years of closed cases would make the list unusable.
    """
    q = query.strip()
    stmt = select(Case.id, Case.code, Household.name).join(
        Household, Household.id == Case.household_id
    )
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


def deadline_marks(
    db: Database, first_day: dt.date, last_day: dt.date, *, case_id: str | None = None
) -> list[DeadlineMark]:
    """Deadlines falling on ``first_day``..``last_day``: the same items as the Scadenze
    service (``deadlines.upcoming``) for the calendar's kinds, but each query is bounded to
    the visible days, so a week costs its own deadlines, not ten years of overdue ones."""
    from rts_desktop.services.deadlines import KIND_LABELS

    lo, hi = first_day, last_day
    rows: list[tuple[dt.date, str, str, str, str]] = []  # due, kind, case id, code, text
    with db.session(write=False) as s:
        c = s.connection()
        scope = [Case.id == case_id] if case_id else []
        for due, cid, code, version in c.execute(
            select(Plan.next_review_due, Case.id, Case.code, Plan.version_no)
            .join(Case, Case.id == Plan.case_id)
            .where(
                Plan.status == PlanStatus.CONDIVISO,
                Plan.next_review_due.between(lo, hi),
                Case.status != CaseStatus.CONCLUSO,
                *scope,
            )
        ):
            rows.append((due, "verifica", cid, code, f"Progetto v{version}"))
        for due, cid, code, apt in c.execute(
            select(Stay.planned_end, Case.id, Case.code, Apartment.code)
            .join(Case, Case.id == Stay.case_id)
            .join(Apartment, Apartment.id == Stay.apartment_id)
            .where(Stay.actual_end.is_(None), Stay.planned_end.between(lo, hi), *scope)
        ):
            rows.append((due, "fine_inserimento", cid, code, f"Alloggio {apt}"))
        # the status is checked here, on the few rows in range: as an SQL condition SQLite
        # would pick the status index and read every closed case
        for due, cid, code, dest, status in c.execute(
            select(
                Case.follow_up_due, Case.id, Case.code, Case.exit_destination, Case.status
            ).where(Case.follow_up_done.is_(None), Case.follow_up_due.between(lo, hi), *scope)
        ):
            if status == CaseStatus.CONCLUSO:
                rows.append((due, "follow_up", cid, code, f"Uscita verso: {label(dest)}"))
        rows += _document_rows(c, lo, hi)
    found = [
        DeadlineMark(due, kind, KIND_LABELS[kind], cid, code, text)
        for due, kind, cid, code, text in rows
        if not case_id or cid == case_id
    ]
    return sorted(found, key=lambda m: (m.day, m.kind, m.case_code))


def _document_rows(
    c: Connection, lo: dt.date, hi: dt.date
) -> list[tuple[dt.date, str, str, str, str]]:
    """Documents expiring in ``lo..hi`` not replaced by a later one of the same type and
    owner, belonging to an open case or one of its current members (as in
    ``documents.documents_expiring(open_cases_only=True)`` and ``deadlines._documents``)."""
    replaced = replaced_by_newer()
    # the open-case scope is checked on the few documents in range (as one SQL condition,
    # SQLite would scan every open case's documents instead of using the date index)
    docs = c.execute(
        select(
            Document.expires_on,
            Document.case_id,
            Document.beneficiary_id,
            Document.doc_type,
            Document.title,
        )
        .where(Document.expires_on.between(lo, hi), ~replaced)
        .order_by(Document.expires_on, Document.title)
    ).all()
    case_ids = {d.case_id for d in docs if d.case_id}
    people = {d.beneficiary_id for d in docs if d.beneficiary_id}
    open_cases = set(
        c.scalars(select(Case.id).where(Case.id.in_(case_ids), Case.status != CaseStatus.CONCLUSO))
    ) if case_ids else set()  # fmt: skip
    members = set(
        c.scalars(
            select(HouseholdMember.beneficiary_id)
            .join(Case, Case.household_id == HouseholdMember.household_id)
            .where(
                HouseholdMember.beneficiary_id.in_(people),
                Case.status != CaseStatus.CONCLUSO,
                HouseholdMember.to_date.is_(None),
            )
        )
    ) if people else set()  # fmt: skip
    docs = [d for d in docs if d.case_id in open_cases or d.beneficiary_id in members]
    owners = {d.beneficiary_id for d in docs if d.beneficiary_id and not d.case_id}
    by_case = {cid: (cid, code) for cid, code in c.execute(
        select(Case.id, Case.code).where(Case.id.in_(open_cases))
    )} if open_cases else {}  # fmt: skip
    by_person: dict[str, tuple[str, str]] = {}
    if owners:
        by_person = {
            bid: (cid, code)
            for bid, cid, code in c.execute(
                select(HouseholdMember.beneficiary_id, Case.id, Case.code)
                .join(Case, Case.household_id == HouseholdMember.household_id)
                .where(
                    HouseholdMember.beneficiary_id.in_(owners),
                    Case.status != CaseStatus.CONCLUSO,
                )
            )
        }
    found = []
    for d in docs:
        owner = by_case.get(d.case_id or "") or by_person.get(d.beneficiary_id or "")
        if owner is not None:  # a closed case or a person no longer followed: not shown
            found.append((d.expires_on, "documento", *owner, f"{label(d.doc_type)}: {d.title}"))
    return found
