"""The case-list index: one derived row per case, recomputed when what it shows changes.

Migration 0011 makes ``case_list_rows`` (what a list row shows, sort keys, the folded
search key), its FTS5 trigram index and the triggers that, on any write to a table a row is
made from, delete the rows concerned and note their cases in ``case_list_stale`` (on
PostgreSQL the same tables, PL/pgSQL triggers and a ``pg_trgm`` index instead of FTS5).
:func:`refresh` recomputes the noted rows in a few set-based queries (the folding stays the
Python one, ``search_fold``); readers call :func:`ensure_fresh` first, so a service write, a
bundle import or a script writing rows directly all show at the next read.

The index rows are derived and local: they are not models, never synced or exported.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    exists,
    func,
    insert,
    select,
)

from rts_desktop.db import Database
from rts_desktop.kernel.text import fold
from rts_desktop.models import (
    Apartment,
    Beneficiary,
    Case,
    CaseEducator,
    Household,
    HouseholdMember,
    Identifier,
    Operator,
    Plan,
    Stay,
)
from rts_desktop.models.vocab import CaseStatus, PlanStatus

#: the derived tables (and the FTS shadow tables) start with this: schema comparisons
#: against the models leave them out
PREFIX = "case_list_"
_meta = MetaData()

rows_table = Table(
    "case_list_rows",
    _meta,
    Column("case_id", String(36), nullable=False, unique=True),
    Column("code", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("referral_date", Date, nullable=False),
    Column("household_name", String(150), nullable=False),
    Column("head_name", String(210), nullable=False),
    Column("head_sort", String(210), nullable=False),
    Column("apartment_id", String(36)),
    Column("apartment_code", String(20)),
    Column("apartment_sort", String(20), nullable=False),
    Column("municipio", Integer),
    Column("municipio_sort", Integer, nullable=False),
    Column("educator_id", String(36)),
    Column("educator_name", String(150)),
    Column("educator_sort", String(150), nullable=False),
    Column("start_date", Date),
    Column("exit_date", Date),
    Column("next_deadline", Date),
    Column("next_deadline_kind", String(20)),
    Column("deadline_sort", Date, nullable=False),
    Column("flags", String(300), nullable=False),
    Column("search_key", Text, nullable=False),
)
stale_table = Table("case_list_stale", _meta, Column("case_id", String(36), primary_key=True))

#: apartment and educator sort keys of a row without one: after every name
NONE_LAST = "~"
_BATCH = 2000


def search_fold(text: str) -> str:
    """``fold(text)``, with a shortcut for plain ASCII (most search keys): lower case and
    single spaces is then the whole of it, without the per-character scan."""
    if text.isascii():
        return " ".join(text.lower().split())
    return fold(text)


def ensure_fresh(db: Database) -> None:
    """Recompute the rows whose sources changed since the last read (none: one lookup)."""
    with db.session(write=False) as s:
        if s.scalar(select(exists().select_from(stale_table))) is not True:
            return
    with db.session(write=True) as s:
        refresh(s.connection())


def refresh(conn: Connection) -> int:
    """Recompute every noted row in ``conn``'s transaction; the number of cases done.

    On a server the noted rows are locked while they are recomputed: a second reader
    waits for the first one's commit, then finds them done (no duplicate row)."""
    done = 0
    while True:
        noted = select(stale_table.c.case_id).limit(_BATCH).with_for_update()
        ids = list(conn.scalars(noted))
        if not ids:
            return done
        conn.execute(delete(rows_table).where(rows_table.c.case_id.in_(ids)))
        rows = compute_rows(conn, ids)
        if rows:
            conn.execute(insert(rows_table), rows)
        conn.execute(delete(stale_table).where(stale_table.c.case_id.in_(ids)))
        done += len(ids)


def _members(conn: Connection, households: set[str]) -> dict[str, list[tuple[Any, ...]]]:
    """household id → (beneficiary id, code, full name, is head, current) per member."""
    rows = conn.execute(
        select(
            HouseholdMember.household_id,
            Beneficiary.id,
            Beneficiary.code,
            Beneficiary.first_name,
            Beneficiary.last_name,
            HouseholdMember.is_head,
            HouseholdMember.to_date,
        )
        .join(Beneficiary, Beneficiary.id == HouseholdMember.beneficiary_id)
        .where(HouseholdMember.household_id.in_(households))
    ).all()
    found: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for hh, bid, code, first, last, head, to_date in rows:
        found[hh].append((bid, code, f"{first} {last}", bool(head), to_date is None))
    return found


def _identifiers(conn: Connection, people: set[str]) -> dict[str, str]:
    """beneficiary id → the person's identifiers (codice fiscale...), joined by " | "."""
    rows = conn.execute(
        select(Identifier.beneficiary_id, func.group_concat(Identifier.value, " | "))
        .where(Identifier.beneficiary_id.in_(people))
        .group_by(Identifier.beneficiary_id)
    ).all()
    return {bid: values for bid, values in rows}


def _stays(conn: Connection, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """case id → its latest stay (apartment id, code, municipio, planned end, actual end)."""
    rows = conn.execute(
        select(
            Stay.case_id,
            Apartment.id,
            Apartment.code,
            Apartment.municipio,
            Stay.planned_end,
            Stay.actual_end,
        )
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .where(Stay.case_id.in_(ids))
        .order_by(Stay.case_id, Stay.start_date, Stay.id)
    ).all()
    return {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in rows}


def _educators(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    rows = conn.execute(
        select(CaseEducator.case_id, Operator.id, Operator.full_name)
        .join(Operator, Operator.id == CaseEducator.operator_id)
        .where(
            CaseEducator.case_id.in_(ids),
            CaseEducator.to_date.is_(None),
            CaseEducator.is_primary.is_(True),
        )
        .order_by(CaseEducator.case_id, CaseEducator.from_date)
    ).all()
    return {case_id: (op_id, name) for case_id, op_id, name in rows}


def _reviews(conn: Connection, ids: list[str]) -> dict[str, dt.date]:
    rows = conn.execute(
        select(Plan.case_id, func.min(Plan.next_review_due))
        .where(
            Plan.case_id.in_(ids),
            Plan.status == PlanStatus.CONDIVISO,
            Plan.next_review_due.is_not(None),
        )
        .group_by(Plan.case_id)
    ).all()
    return {cid: due for cid, due in rows}


def next_deadline(
    status: str,
    review: dt.date | None,
    stay: tuple[Any, ...] | None,
    follow_up: dt.date | None,
) -> tuple[dt.date | None, str | None]:
    """The row's "Prossima scadenza": the follow-up of a concluded case, otherwise the
    earlier of the plan review and the planned end of the stay under way."""
    candidates: list[tuple[dt.date, str]] = []
    if status == CaseStatus.CONCLUSO:
        if follow_up is not None:
            candidates.append((follow_up, "follow_up"))
    else:
        if review is not None:
            candidates.append((review, "verifica"))
        if stay is not None and stay[4] is None:
            candidates.append((stay[3], "fine_inserimento"))
    if not candidates:
        return None, None
    day, kind = min(candidates)
    return day, kind


def compute_rows(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The index rows of the cases ``ids`` (a few set-based queries, no per-case lookups)."""
    cases = conn.execute(
        select(
            Case.id,
            Case.code,
            Case.status,
            Case.referral_date,
            Case.household_id,
            Case.sst_municipio,
            Case.start_date,
            Case.exit_date,
            Case.flags,
            Case.follow_up_due,
            Case.follow_up_done,
            Household.name,
        )
        .join(Household, Household.id == Case.household_id)
        .where(Case.id.in_(ids))
    ).all()
    members = _members(conn, {c.household_id for c in cases})
    idents = _identifiers(conn, {p[0] for people in members.values() for p in people})
    stays, educators, reviews = _stays(conn, ids), _educators(conn, ids), _reviews(conn, ids)
    rows: list[dict[str, Any]] = []
    for c in cases:
        people = members.get(c.household_id, [])
        head = next((p for p in people if p[3] and p[4]), people[0] if people else None)
        stay, edu = stays.get(c.id), educators.get(c.id)
        follow_up = c.follow_up_due if c.follow_up_done is None else None
        deadline, kind = next_deadline(c.status, reviews.get(c.id), stay, follow_up)
        key_parts = [c.code, c.name]
        for bid, pcode, full, _head, _cur in people:
            key_parts += [full, pcode]
            if bid in idents:
                key_parts.append(idents[bid])
        if stay:
            key_parts.append(stay[1])
        head_name = head[2] if head else ""
        municipio = stay[2] if stay else c.sst_municipio
        rows.append(
            {
                "case_id": c.id,
                "code": c.code,
                "status": c.status,
                "referral_date": c.referral_date,
                "household_name": c.name,
                "head_name": head_name,
                "head_sort": fold(head_name),
                "apartment_id": stay[0] if stay else None,
                "apartment_code": stay[1] if stay else None,
                "apartment_sort": stay[1] if stay else NONE_LAST,
                "municipio": municipio,
                "municipio_sort": municipio or 99,
                "educator_id": edu[0] if edu else None,
                "educator_name": edu[1] if edu else None,
                "educator_sort": fold(edu[1] if edu else NONE_LAST),
                "start_date": c.start_date,
                "exit_date": c.exit_date,
                "next_deadline": deadline,
                "next_deadline_kind": kind,
                "deadline_sort": deadline or dt.date.max,
                "flags": c.flags or "",
                "search_key": search_fold(" | ".join(key_parts)),
            }
        )
    return rows
