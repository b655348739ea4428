"""Plans across all cases, for the "Piani e documenti" area (filters: status, review due)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.db.visibility import only_visible, require_visible_case
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Beneficiary, Case, Goal, Household, HouseholdMember, Plan
from rts_desktop.models.vocab import CaseStatus, PlanStatus, label


@dataclass(frozen=True)
class PlanRow:
    plan_id: str
    case_id: str
    case_code: str
    household_name: str
    version_no: int
    status: PlanStatus
    agreed_on: dt.date | None
    agreed_with: str | None
    next_review_due: dt.date | None
    goal_count: int

    @property
    def status_label(self) -> str:
        return label(self.status)


def plan_rows(
    db: Database,
    *,
    status: str | None = None,
    due_before: dt.date | None = None,
    include_closed: bool = False,
    ctx: ActingContext | None = None,
) -> list[PlanRow]:
    """Plan versions, soonest review first; ``due_before`` keeps plans to review before it.

    Superseded versions are shown only when asked for by ``status``; closed cases only with
    ``include_closed``.
    """
    if status is not None and status not in {str(p) for p in PlanStatus}:
        raise ValidationError("status", N_("Stato del progetto sconosciuto."))
    with db.session(write=False) as s:
        goals = select(Goal.plan_id, func.count().label("n")).group_by(Goal.plan_id).subquery()
        stmt = (
            select(Plan, Case.code, Household.name, func.coalesce(goals.c.n, 0))
            .join(Case, Case.id == Plan.case_id)
            .join(Household, Household.id == Case.household_id)
            .outerjoin(goals, goals.c.plan_id == Plan.id)
        )
        stmt = only_visible(stmt, ctx, Case.id)
        if status is not None:
            stmt = stmt.where(Plan.status == status)
        else:
            stmt = stmt.where(Plan.status != PlanStatus.SUPERATO)
        if not include_closed:
            stmt = stmt.where(Case.status != CaseStatus.CONCLUSO)
        if due_before is not None:
            stmt = stmt.where(Plan.next_review_due.is_not(None), Plan.next_review_due < due_before)
        rows = s.execute(
            stmt.order_by(Plan.next_review_due.is_(None), Plan.next_review_due, Case.code)
        ).all()
        return [
            PlanRow(
                plan_id=p.id,
                case_id=p.case_id,
                case_code=code,
                household_name=name,
                version_no=p.version_no,
                status=PlanStatus(p.status),
                agreed_on=p.agreed_on,
                agreed_with=p.agreed_with,
                next_review_due=p.next_review_due,
                goal_count=n,
            )
            for p, code, name, n in rows
        ]


@dataclass(frozen=True)
class CaseMember:
    beneficiary_id: str
    name: str
    is_head: bool


@dataclass(frozen=True)
class CaseHeader:
    """What the plan and assessment widgets need about their case (no audit: the case file
    that hosts them already logged the reading)."""

    case_id: str
    code: str
    status: CaseStatus
    household_id: str
    household_name: str
    sst_social_worker: str
    members: tuple[CaseMember, ...]


def case_header(
    db: Database, case_id: str, on: dt.date, *, ctx: ActingContext | None = None
) -> CaseHeader:
    """The case's code, household and the members present on ``on`` (head first)."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        row = s.execute(
            select(Case, Household.name)
            .join(Household, Household.id == Case.household_id)
            .where(Case.id == case_id)
        ).first()
        if row is None:
            raise ValidationError("case_id", N_("Caso non trovato."))
        case, name = row
        members = s.execute(
            select(
                Beneficiary.id,
                Beneficiary.first_name,
                Beneficiary.last_name,
                HouseholdMember.is_head,
            )
            .join(HouseholdMember, HouseholdMember.beneficiary_id == Beneficiary.id)
            .where(
                HouseholdMember.household_id == case.household_id,
                HouseholdMember.from_date <= on,
                (HouseholdMember.to_date.is_(None)) | (HouseholdMember.to_date >= on),
            )
            .order_by(HouseholdMember.is_head.desc(), Beneficiary.birth_date)
        ).all()
        return CaseHeader(
            case_id=case.id,
            code=case.code,
            status=CaseStatus(case.status),
            household_id=case.household_id,
            household_name=name,
            sst_social_worker=case.sst_social_worker or "",
            members=tuple(CaseMember(i, f"{f} {last}", head) for i, f, last, head in members),
        )
