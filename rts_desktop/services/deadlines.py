"""Scadenze: what needs attention soon, gathered from the services that own each deadline.

Plan reviews due, stays ending (or overdue), documents expiring, contributions in arrears and
the follow-up six months after exit; each item names its case so the UI can open the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.models import Apartment, Case, Household, HouseholdMember, Stay
from rts_desktop.models.vocab import CaseStatus, label
from rts_desktop.services import agreements, documents, plan_reviews

HORIZON_DAYS = 30

KIND_LABELS = {
    "verifica": "Verifica del progetto",
    "fine_inserimento": "Fine inserimento",
    "documento": "Documento in scadenza",
    "morosita": "Quote non pagate",
    "follow_up": "Follow-up a 6 mesi",
}


@dataclass(frozen=True)
class Deadline:
    kind: str
    due: dt.date | None
    case_id: str
    case_code: str
    household_name: str
    description: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    def overdue(self, today: dt.date) -> bool:
        return self.due is not None and self.due < today


def _stays_ending(db: Database, until: dt.date) -> list[Deadline]:
    stmt = (
        select(Stay.planned_end, Case.id, Case.code, Household.name, Apartment.code)
        .join(Case, Case.id == Stay.case_id)
        .join(Household, Household.id == Case.household_id)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .where(Stay.actual_end.is_(None), Stay.planned_end <= until)
    )
    with db.session(write=False) as s:
        rows = s.execute(stmt).all()
    return [
        Deadline("fine_inserimento", end, cid, code, name, f"Alloggio {apt}")
        for end, cid, code, name, apt in rows
    ]


FOLLOW_UP_STALE = dt.timedelta(days=365 + 30)


def _follow_ups(db: Database, until: dt.date) -> list[Deadline]:
    stmt = (
        select(Case.follow_up_due, Case.id, Case.code, Household.name, Case.exit_destination)
        .join(Household, Household.id == Case.household_id)
        .where(
            Case.status == CaseStatus.CONCLUSO,
            Case.follow_up_done.is_(None),
            Case.follow_up_due <= until,
            # a follow-up missed more than a year ago can no longer be done: history, not a task
            Case.follow_up_due >= until - FOLLOW_UP_STALE,
        )
    )
    with db.session(write=False) as s:
        rows = s.execute(stmt).all()
    return [
        Deadline("follow_up", due, cid, code, name, f"Uscita verso: {label(dest)}")
        for due, cid, code, name, dest in rows
    ]


def _documents(db: Database, until: dt.date) -> list[Deadline]:
    docs = documents.documents_expiring(db, until, open_cases_only=True)
    owners = {d.beneficiary_id for d in docs if d.beneficiary_id and not d.case_id}
    by_person: dict[str, tuple[str, str, str]] = {}
    case_ids = {d.case_id for d in docs if d.case_id}
    with db.session(write=False) as s:
        if owners:
            rows = s.execute(
                select(HouseholdMember.beneficiary_id, Case.id, Case.code, Household.name)
                .join(Case, Case.household_id == HouseholdMember.household_id)
                .join(Household, Household.id == Case.household_id)
                .where(
                    HouseholdMember.beneficiary_id.in_(owners),
                    Case.status != CaseStatus.CONCLUSO,
                )
            )
            by_person = {bid: (cid, code, name) for bid, cid, code, name in rows}
        by_case = {
            cid: (cid, code, name)
            for cid, code, name in s.execute(
                select(Case.id, Case.code, Household.name)
                .join(Household, Household.id == Case.household_id)
                .where(Case.id.in_(case_ids), Case.status != CaseStatus.CONCLUSO)
            )
        }
    found = []
    for d in docs:
        owner = by_case.get(d.case_id or "") or by_person.get(d.beneficiary_id or "")
        if owner is None:  # a closed case or a person no longer followed
            continue
        found.append(Deadline("documento", d.expires_on, *owner, f"{label(d.doc_type)}: {d.title}"))
    return found


def upcoming(
    db: Database,
    today: dt.date,
    *,
    days: int = HORIZON_DAYS,
    kinds: frozenset[str] | None = None,
) -> list[Deadline]:
    """Every deadline up to ``today + days`` (overdue ones too), soonest first.

    ``kinds`` limits the work to some kinds (the calendar has no use for arrears).
    Arrears have no date of their own: they sort by the oldest unpaid month.
    """
    until = today + dt.timedelta(days=days)

    def wanted(kind: str) -> bool:
        return kinds is None or kind in kinds

    found: list[Deadline] = []
    if wanted("verifica"):
        found += [
            Deadline(
                "verifica",
                r.next_review_due,
                r.case_id,
                r.case_code,
                r.household_name,
                f"Progetto v{r.version_no}",
            )
            for r in plan_reviews.reviews_due(db, until + dt.timedelta(days=1))
        ]
    if wanted("fine_inserimento"):
        found += _stays_ending(db, until)
    if wanted("documento"):
        found += _documents(db, until)
    if wanted("morosita"):
        with db.session(write=False) as session:
            open_cases = set(
                session.scalars(select(Case.id).where(Case.status != CaseStatus.CONCLUSO))
            )
        found += [
            Deadline(
                "morosita",
                a.oldest_unpaid,
                a.case_id,
                a.case_code,
                a.household_name,
                f"{agreements.euro(a.arrears_cents)} ({a.unpaid_months} mesi)",
            )
            for a in agreements.arrears_by_case(db, today)
            if a.case_id in open_cases  # a closed case's debt is for the office, not the panel
        ]
    if wanted("follow_up"):
        found += _follow_ups(db, until)
    return sorted(found, key=lambda d: (d.due or dt.date.max, d.kind, d.case_code))
