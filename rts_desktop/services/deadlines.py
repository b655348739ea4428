"""Scadenze: what needs attention soon, gathered from the services that own each deadline.

Plan reviews due, stays ending (or overdue), documents expiring, contributions in arrears,
the follow-up six months after exit and consents to ask again; each item names its case so the UI can open the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, case, func, or_, select

from rts_desktop.db import Database
from rts_desktop.db.visibility import visible_case_set
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import (
    Apartment,
    Case,
    Contribution,
    Document,
    Household,
    HouseholdMember,
    Plan,
    Stay,
)
from rts_desktop.models.vocab import CaseStatus, PlanStatus, label
from rts_desktop.services.cases import consents, documents
from rts_desktop.services.housing import agreements
from rts_desktop.services.plans import reviews as plan_reviews

HORIZON_DAYS = 30

KIND_LABELS = {
    "verifica": N_("Verifica del progetto"),
    "fine_inserimento": N_("Fine inserimento"),
    "documento": N_("Documento in scadenza"),
    "morosita": N_("Quote non pagate"),
    "follow_up": N_("Follow-up a 6 mesi"),
    "consenso": N_("Consenso da rinnovare"),
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
        Deadline("fine_inserimento", end, cid, code, name, N_("Alloggio {apt}").format(apt=apt))
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
        Deadline(
            "follow_up", due, cid, code, name, N_("Uscita verso: {place}").format(place=label(dest))
        )
        for due, cid, code, name, dest in rows
    ]


#: the statuses of an open case, as a list: "status != concluso" keeps SQLite off the status
#: index and makes it read every case (and every household member) to find the open ones
OPEN_STATUSES = tuple(str(status) for status in CaseStatus if status != CaseStatus.CONCLUSO)
#: what a document deadline shows, read as plain rows by both document readers below
DOCUMENT_COLUMNS = (
    Document.expires_on,
    Document.case_id,
    Document.beneficiary_id,
    Document.doc_type,
    Document.title,
)


def _documents(db: Database, until: dt.date) -> list[Deadline]:
    """Documents expiring by ``until`` (expired ones too) of open cases and of their current
    members, not replaced by a newer one, as ``documents.documents_expiring(open_cases_only=
    True)`` gives them; read as plain rows of the five columns shown (SQLite starts from the
    open cases' documents, by case and by person, not from ten years of expired ones)."""
    open_cases = select(Case.id).where(Case.status.in_(OPEN_STATUSES))
    open_members = (
        select(HouseholdMember.beneficiary_id)
        .join(Case, Case.household_id == HouseholdMember.household_id)
        .where(Case.status.in_(OPEN_STATUSES), HouseholdMember.to_date.is_(None))
    )
    with db.session(write=False) as s:
        c = s.connection()
        docs = c.execute(
            select(*DOCUMENT_COLUMNS)
            .where(
                Document.expires_on <= until,
                ~documents.replaced_by_newer(),
                or_(Document.case_id.in_(open_cases), Document.beneficiary_id.in_(open_members)),
            )
            .order_by(Document.expires_on, Document.title)
        ).all()
        owners = {d.beneficiary_id for d in docs if d.beneficiary_id and not d.case_id}
        by_person: dict[str, tuple[str, str, str]] = {}
        if owners:
            rows = c.execute(
                select(HouseholdMember.beneficiary_id, Case.id, Case.code, Household.name)
                .join(Case, Case.household_id == HouseholdMember.household_id)
                .join(Household, Household.id == Case.household_id)
                .where(
                    HouseholdMember.beneficiary_id.in_(owners),
                    Case.status != CaseStatus.CONCLUSO,
                )
            )
            by_person = {bid: (cid, code, name) for bid, cid, code, name in rows}
        case_ids = {d.case_id for d in docs if d.case_id}
        by_case = {
            cid: (cid, code, name)
            for cid, code, name in c.execute(
                select(Case.id, Case.code, Household.name)
                .join(Household, Household.id == Case.household_id)
                .where(Case.id.in_(case_ids), Case.status != CaseStatus.CONCLUSO)
            )
        } if case_ids else {}  # fmt: skip
    found = []
    for d in docs:
        owner = by_case.get(d.case_id or "") or by_person.get(d.beneficiary_id or "")
        if owner is None:  # a closed case or a person no longer followed
            continue
        found.append(Deadline("documento", d.expires_on, *owner, f"{label(d.doc_type)}: {d.title}"))
    return found


def _arrears(db: Database, today: dt.date) -> list[Deadline]:
    """Open cases behind with their contributions before this month, as
    ``agreements.arrears_by_case`` counts them (balance, short months, the oldest of them).
    Only open cases are summed: a closed case's debt is for the office, not the panel, and
    summing every case's ten years of months took most of the panel's time."""
    short = Contribution.paid_cents < Contribution.due_cents
    balance = func.sum(Contribution.due_cents - Contribution.paid_cents)
    stmt = (
        select(
            Contribution.case_id,
            balance,
            func.sum(case((short, 1), else_=0)),
            func.min(case((short, Contribution.period), else_=None)),
        )
        .where(
            Contribution.case_id.in_(select(Case.id).where(Case.status.in_(OPEN_STATUSES))),
            Contribution.period < agreements.month_start(today),
        )
        .group_by(Contribution.case_id)
        .having(balance > 0)
    )
    with db.session(write=False) as s:
        c = s.connection()
        behind = {cid: (cents, months, oldest) for cid, cents, months, oldest in c.execute(stmt)}
        names = c.execute(
            select(Case.id, Case.code, Household.name)
            .join(Household, Household.id == Case.household_id)
            .where(Case.id.in_(behind))
        ).all() if behind else []  # fmt: skip
    found = []
    for cid, code, name in names:
        cents, months, oldest = behind[cid]
        amount = agreements.euro(cents)
        text = N_("{amount} ({months} mesi)").format(amount=amount, months=months)
        found.append(Deadline("morosita", oldest, cid, code, name, text))
    return found


def _consents(db: Database, until: dt.date) -> list[Deadline]:
    expiring = consents.consents_expiring(db, until)
    with db.session(write=False) as s:
        cases = {
            cid: (code, name)
            for cid, code, name in s.execute(
                select(Case.id, Case.code, Household.name)
                .join(Household, Household.id == Case.household_id)
                .where(Case.id.in_({e.case_id for e in expiring}))
            )
        }
    return [
        Deadline(
            "consenso",
            e.consent.expires_on,
            e.case_id,
            *cases[e.case_id],
            f"{e.person_name}: {consents.CONSENT_KINDS[e.consent.kind]}",
        )
        for e in expiring
        if e.case_id in cases
    ]


def upcoming(
    db: Database,
    today: dt.date,
    *,
    days: int = HORIZON_DAYS,
    kinds: frozenset[str] | None = None,
    ctx: ActingContext | None = None,
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
                N_("Progetto v{version}").format(version=r.version_no),
            )
            for r in plan_reviews.reviews_due(db, until + dt.timedelta(days=1))
        ]
    if wanted("fine_inserimento"):
        found += _stays_ending(db, until)
    if wanted("documento"):
        found += _documents(db, until)
    if wanted("morosita"):
        found += _arrears(db, today)
    if wanted("follow_up"):
        found += _follow_ups(db, until)
    if wanted("consenso"):
        found += _consents(db, until)
    with db.session(write=False) as session:
        seen = visible_case_set(session, ctx)  # one query; None: every case
    if seen is not None:
        found = [d for d in found if d.case_id in seen]
    return sorted(found, key=lambda d: (d.due or dt.date.max, d.kind, d.case_code))


# --- marks on the calendar's visible days ---------------------------------------------------

#: deadline kinds shown in the calendar (arrears have no date of their own)
CALENDAR_DEADLINE_KINDS = frozenset({"verifica", "fine_inserimento", "documento", "follow_up"})


@dataclass(frozen=True)
class DeadlineMark:
    """A deadline drawn on its day (all-day strip in week view, a line in month view)."""

    day: dt.date
    kind: str
    kind_label: str
    case_id: str
    case_code: str
    description: str


def deadline_marks(
    db: Database,
    first_day: dt.date,
    last_day: dt.date,
    *,
    case_id: str | None = None,
    ctx: ActingContext | None = None,
) -> list[DeadlineMark]:
    """Deadlines falling on ``first_day``..``last_day``: the same items as the Scadenze
    service (``deadlines.upcoming``) for the calendar's kinds, but each query is bounded to
    the visible days, so a week costs its own deadlines, not ten years of overdue ones."""
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
            rows.append((due, "fine_inserimento", cid, code, N_("Alloggio {apt}").format(apt=apt)))
        # the status is checked here, on the few rows in range: as an SQL condition SQLite
        # would pick the status index and read every closed case
        for due, cid, code, dest, status in c.execute(
            select(
                Case.follow_up_due, Case.id, Case.code, Case.exit_destination, Case.status
            ).where(Case.follow_up_done.is_(None), Case.follow_up_due.between(lo, hi), *scope)
        ):
            if status == CaseStatus.CONCLUSO:
                rows.append(
                    (
                        due,
                        "follow_up",
                        cid,
                        code,
                        N_("Uscita verso: {place}").format(place=label(dest)),
                    )
                )
        rows += _document_rows(c, lo, hi)
        seen = visible_case_set(s, ctx)  # one query; None: every case
    if seen is not None:
        rows = [r for r in rows if r[2] in seen]
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
    replaced = documents.replaced_by_newer()
    # the open-case scope is checked on the few documents in range (as one SQL condition,
    # SQLite would scan every open case's documents instead of using the date index)
    docs = c.execute(
        select(*DOCUMENT_COLUMNS)
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
