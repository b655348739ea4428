"""The rows of the case list, fetched in a few set-based queries (no per-case lookups).

Each row carries a folded ``search_key`` (names of all members, person codes, identifiers
such as the codice fiscale, case code, apartment) so the UI filters in memory as the person
types, without a query per keystroke.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from rts_desktop.db import Database
from rts_desktop.db.visibility import only_visible
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.kernel.progress import Progress
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

#: deadline kinds shown in the "Prossima scadenza" column
DEADLINE_LABELS = {
    "verifica": N_("Verifica del progetto"),
    "fine_inserimento": N_("Fine inserimento"),
    "follow_up": N_("Follow-up a 6 mesi"),
}


@dataclass(frozen=True)
class CaseRow:
    id: str
    code: str
    status: CaseStatus
    household_name: str
    head_name: str
    apartment_id: str | None
    apartment_code: str | None
    municipio: int | None
    educator_id: str | None
    educator_name: str | None
    days_in_service: int | None
    next_deadline: dt.date | None
    next_deadline_kind: str | None
    flags: tuple[str, ...]
    search_key: str

    @property
    def closed(self) -> bool:
        """The case is concluded (the list shows it greyed)."""
        return self.status == CaseStatus.CONCLUSO

    def matches(self, tokens: Iterable[str]) -> bool:
        key = self.search_key
        return all(t in key for t in tokens)


def _members(s: Connection) -> dict[str, list[tuple[str, str, str, bool, bool]]]:
    """household id → (beneficiary id, code, full name, is head, current) per member."""
    rows = s.execute(
        select(
            HouseholdMember.household_id,
            Beneficiary.id,
            Beneficiary.code,
            Beneficiary.first_name,
            Beneficiary.last_name,
            HouseholdMember.is_head,
            HouseholdMember.to_date,
        ).join(Beneficiary, Beneficiary.id == HouseholdMember.beneficiary_id)
    ).all()
    found: dict[str, list[tuple[str, str, str, bool, bool]]] = defaultdict(list)
    for hh, bid, code, first, last, head, to_date in rows:
        found[hh].append((bid, code, f"{first} {last}", bool(head), to_date is None))
    return found


def _identifiers(s: Connection) -> dict[str, str]:
    """beneficiary id → the person's identifiers (codice fiscale...), joined by " | "."""
    rows = s.execute(
        select(Identifier.beneficiary_id, func.group_concat(Identifier.value, " | ")).group_by(
            Identifier.beneficiary_id
        )
    ).all()
    return {bid: values for bid, values in rows}


def search_fold(text: str) -> str:
    """``fold(text)``, with a shortcut for plain ASCII (most search keys): lower case and
    single spaces is then the whole of it, without the per-character scan (15,000 keys:
    ~25 ms instead of ~400 ms)."""
    if text.isascii():
        return " ".join(text.lower().split())
    return fold(text)


def _stays(s: Connection) -> dict[str, tuple[str, str, int, dt.date, dt.date | None]]:
    """case id → its latest stay (apartment id, code, municipio, planned end, actual end)."""
    rows = s.execute(
        select(
            Stay.case_id,
            Apartment.id,
            Apartment.code,
            Apartment.municipio,
            Stay.planned_end,
            Stay.actual_end,
        )
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .order_by(Stay.case_id, Stay.start_date)
    ).all()
    return {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in rows}


def _educators(s: Connection) -> dict[str, tuple[str, str]]:
    rows = s.execute(
        select(CaseEducator.case_id, Operator.id, Operator.full_name)
        .join(Operator, Operator.id == CaseEducator.operator_id)
        .where(CaseEducator.to_date.is_(None), CaseEducator.is_primary.is_(True))
        .order_by(CaseEducator.case_id, CaseEducator.from_date)
    ).all()
    return {case_id: (op_id, name) for case_id, op_id, name in rows}


def _reviews(s: Connection) -> dict[str, dt.date]:
    rows = s.execute(
        select(Plan.case_id, func.min(Plan.next_review_due))
        .where(Plan.status == PlanStatus.CONDIVISO, Plan.next_review_due.is_not(None))
        .group_by(Plan.case_id)
    ).all()
    return {cid: due for cid, due in rows}


def _next_deadline(
    status: str,
    review: dt.date | None,
    stay: tuple[str, str, int, dt.date, dt.date | None] | None,
    follow_up: dt.date | None,
) -> tuple[dt.date | None, str | None]:
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


def list_case_rows(
    db: Database,
    today: dt.date,
    progress: Progress | None = None,
    *,
    ctx: ActingContext | None = None,
) -> list[CaseRow]:
    """Every case ``ctx`` sees as a list row, newest referral first (5 queries whatever
    the size)."""
    with db.session(write=False) as session:
        s = session.connection()  # plain rows: the ORM's row handling doubled the time
        members = _members(s)
        idents = _identifiers(s)
        if progress:
            progress.step(1, 3, "Persone lette")
        stays = _stays(s)
        educators = _educators(s)
        reviews = _reviews(s)
        if progress:
            progress.step(2, 3, "Inserimenti letti")
        cases = s.execute(
            only_visible(
                select(
                    Case.id,
                    Case.code,
                    Case.status,
                    Case.household_id,
                    Case.sst_municipio,
                    Case.start_date,
                    Case.exit_date,
                    Case.flags,
                    Case.follow_up_due,
                    Case.follow_up_done,
                ).order_by(Case.referral_date.desc(), Case.code.desc()),
                ctx,
                Case.id,
            )
        ).all()
        names = {hid: name for hid, name in s.execute(select(Household.id, Household.name)).all()}
    rows: list[CaseRow] = []
    for cid, code, status, hh, sst_mun, start, exit_date, flags, fu_due, fu_done in cases:
        people = members.get(hh, [])
        head = next((p for p in people if p[3] and p[4]), people[0] if people else None)
        stay = stays.get(cid)
        edu = educators.get(cid)
        days = ((exit_date or today) - start).days if start else None
        follow_up = fu_due if fu_done is None else None
        deadline, kind = _next_deadline(status, reviews.get(cid), stay, follow_up)
        key_parts = [code, names.get(hh, "")]
        for bid, pcode, full, _head, _cur in people:
            key_parts += [full, pcode]
            if bid in idents:
                key_parts.append(idents[bid])
        if stay:
            key_parts.append(stay[1])
        rows.append(
            CaseRow(
                id=cid,
                code=code,
                status=CaseStatus(status),
                household_name=names.get(hh, ""),
                head_name=head[2] if head else "",
                apartment_id=stay[0] if stay else None,
                apartment_code=stay[1] if stay else None,
                municipio=stay[2] if stay else sst_mun,
                educator_id=edu[0] if edu else None,
                educator_name=edu[1] if edu else None,
                days_in_service=days,
                next_deadline=deadline,
                next_deadline_kind=kind,
                flags=tuple(f for f in flags.split(",") if f),
                search_key=search_fold(" | ".join(key_parts)),
            )
        )
    if progress:
        progress.step(3, 3, "Elenco pronto")
    return rows


def filter_rows(rows: list[CaseRow], text: str) -> list[CaseRow]:
    """Rows whose search key holds every word of ``text`` (case- and accent-insensitive)."""
    tokens = fold(text).split()
    if not tokens:
        return rows
    return [r for r in rows if r.matches(tokens)]


def cases_of_person(
    db: Database, beneficiary_id: str, *, ctx: ActingContext | None = None
) -> list[str]:
    """Ids of the cases ``ctx`` sees whose household the person belongs (or belonged) to,
    newest first."""
    with db.session(write=False) as s:
        stmt = (
            select(Case.id)
            .join(HouseholdMember, HouseholdMember.household_id == Case.household_id)
            .where(HouseholdMember.beneficiary_id == beneficiary_id)
            .order_by(Case.referral_date.desc())
        )
        return list(s.scalars(only_visible(stmt, ctx, Case.id)))
