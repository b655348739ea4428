"""Individualized plans (progetto individualizzato): versions, goals, actions.

A plan version starts as a draft (``bozza``), is agreed with the territorial social services
(``condiviso``) and then is FROZEN: its content (summary, goals, actions) never changes again,
because that is what the beneficiary, the educator and the social worker signed. Changes go
into a new version, started as a copy; agreeing it marks the previous one ``superato``.
Reviews (verifiche) are not edits of the content: they are recorded on the agreed version.
A case has at most one draft at a time.

This module is the entry point: reviews (``plan_reviews``) and version comparison
(``plan_diff``) are re-exported here, so callers use ``services.plans`` only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Case, Goal, Plan, PlanAction, rules
from rts_desktop.models.vocab import ActionOwner, ActionStatus, CaseStatus, PlanDomain, PlanStatus
from rts_desktop.services.plans.common import (
    ActionDTO,
    GoalDTO,
    PlanDTO,
    PlanSummaryDTO,
    ReviewDTO,
    ReviewDueDTO,
    ReviewOutcomeDTO,
    load_plan,
    plan_dto,
    require_draft,
)
from rts_desktop.services.plans.diff import (
    DiffEntry,
    DiffKind,
    FieldChange,
    diff_plans,
    diff_versions,
)
from rts_desktop.services.plans.reviews import OutcomeInput, add_review, reviews_due

__all__ = [
    "ActionDTO",
    "ActionInput",
    "DiffEntry",
    "DiffKind",
    "FieldChange",
    "GoalDTO",
    "GoalInput",
    "OutcomeInput",
    "PlanDTO",
    "PlanSummaryDTO",
    "ReviewDTO",
    "ReviewDueDTO",
    "ReviewOutcomeDTO",
    "add_action",
    "add_goal",
    "add_review",
    "agree",
    "create_draft",
    "diff_plans",
    "diff_versions",
    "discard_draft",
    "edit_plan",
    "get_plan",
    "list_plans",
    "new_version",
    "remove_action",
    "remove_goal",
    "reorder_goals",
    "reviews_due",
    "update_action",
    "update_goal",
]


@dataclass
class GoalInput:
    domain: str
    title: str
    indicator: str | None = None
    target_date: dt.date | None = None


@dataclass
class ActionInput:
    description: str
    owner: str
    due_date: dt.date | None = None
    status: str = ActionStatus.DA_FARE


# --- guards -------------------------------------------------------------------


def _load_case(s: Session, case_id: str, ctx: ActingContext | None = None) -> Case:
    require_visible_case(s, ctx, case_id)
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    return case


def _goal_of(s: Session, goal_id: str) -> tuple[Plan, Goal]:
    goal = s.get(Goal, goal_id)
    if goal is None:
        raise ValidationError("goal_id", N_("Obiettivo non trovato."))
    plan = load_plan(s, goal.plan_id)
    return plan, next(g for g in plan.goals if g.id == goal_id)


def _action_of(s: Session, action_id: str) -> tuple[Plan, Goal, PlanAction]:
    action = s.get(PlanAction, action_id)
    if action is None:
        raise ValidationError("action_id", N_("Azione non trovata."))
    plan, goal = _goal_of(s, action.goal_id)
    return plan, goal, next(a for a in goal.actions if a.id == action_id)


def _refuse_closed_case(case: Case) -> None:
    if case.status == CaseStatus.CONCLUSO:
        raise ValidationError(
            "case_id", N_("Il caso è concluso: non si apre una nuova versione del progetto.")
        )


def _refuse_second_draft(s: Session, case_id: str) -> None:
    draft = s.scalar(
        select(Plan.version_no).where(Plan.case_id == case_id, Plan.status == PlanStatus.BOZZA)
    )
    if draft is not None:
        raise ValidationError(
            "status",
            N_("Esiste già una bozza del progetto (versione {n}): completa quella.").format(
                n=draft
            ),
        )


def _latest(s: Session, case_id: str) -> Plan | None:
    return s.scalars(
        select(Plan).where(Plan.case_id == case_id).order_by(Plan.version_no.desc()).limit(1)
    ).first()


# --- validation of inputs -----------------------------------------------------------------


def _goal_values(data: GoalInput) -> dict[str, object]:
    domain = v.choice("domain", data.domain, PlanDomain)
    return {
        "domain": str(domain),
        "title": rules.check("goals", "title", data.title),
        "indicator": rules.check("goals", "indicator", data.indicator),
        "target_date": v.optional_date("target_date", data.target_date),
    }


def _action_values(data: ActionInput) -> dict[str, object]:
    owner = v.choice("owner", data.owner, ActionOwner)
    status = v.choice("status", data.status, ActionStatus)
    return {
        "description": rules.check("plan_actions", "description", data.description),
        "owner": str(owner),
        "due_date": v.optional_date("due_date", data.due_date),
        "status": str(status),
    }


# --- drafts and versions ------------------------------------------------------------------


@operation("create_draft", "plan")
def create_draft(op: Op, case_id: str) -> PlanDTO:
    """An empty draft: version = previous highest + 1; refused while another draft exists.

    ``previous_plan_id`` points at the latest existing version (if any), so the draft can be
    compared with what it follows; use :func:`new_version` to start from a copy instead.
    """
    s = op.s
    case = _load_case(s, case_id, op.ctx)
    _refuse_closed_case(case)
    _refuse_second_draft(s, case_id)
    latest = _latest(s, case_id)
    plan = Plan(
        case_id=case_id,
        version_no=(latest.version_no if latest else 0) + 1,
        status=PlanStatus.BOZZA,
        previous_plan_id=latest.id if latest else None,
    )
    s.add(plan)
    s.flush()
    op.audit(plan.id)
    return plan_dto(load_plan(s, plan.id))


@operation("new_version", "plan")
def new_version(op: Op, plan_id: str) -> PlanDTO:
    """A new draft copying the latest version's summary, goals and actions (statuses too)."""
    s = op.s
    source = load_plan(s, plan_id, op.ctx)
    _refuse_closed_case(_load_case(s, source.case_id))
    _refuse_second_draft(s, source.case_id)
    latest = _latest(s, source.case_id)
    assert latest is not None
    if latest.id != source.id:
        raise ValidationError(
            "plan_id",
            N_("Esiste una versione più recente (versione {n}): parti da quella.").format(
                n=latest.version_no
            ),
        )
    plan = Plan(
        case_id=source.case_id,
        version_no=source.version_no + 1,
        status=PlanStatus.BOZZA,
        summary=source.summary,
        previous_plan_id=source.id,
    )
    s.add(plan)
    s.flush()
    for g in source.goals:
        goal = Goal(
            plan_id=plan.id,
            domain=g.domain,
            title=g.title,
            indicator=g.indicator,
            target_date=g.target_date,
            position=g.position,
        )
        plan.goals.append(goal)
        s.flush()
        for a in g.actions:
            goal.actions.append(
                PlanAction(
                    goal_id=goal.id,
                    description=a.description,
                    owner=a.owner,
                    due_date=a.due_date,
                    status=a.status,
                    position=a.position,
                )
            )
    s.flush()
    op.audit(plan.id, source.id)
    return plan_dto(load_plan(s, plan.id))


@operation("discard_draft", "plan")
def discard_draft(op: Op, plan_id: str) -> None:
    """Delete a draft with its goals and actions (agreed versions are never deleted)."""
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    require_draft(plan)
    for goal in plan.goals:
        for action in goal.actions:
            s.delete(action)
        s.delete(goal)
    s.delete(plan)
    op.audit(plan_id)


@operation("update", "plan")
def edit_plan(
    op: Op,
    plan_id: str,
    summary: str | None,
    next_review_due: dt.date | None,
    *,
    expected_version: str | None = None,
) -> PlanDTO:
    """Change a draft's summary and planned first review date."""
    values = {
        "summary": rules.check("plans", "summary", summary),
        "next_review_due": v.optional_date("next_review_due", next_review_due),
    }
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    require_draft(plan)
    check_version(plan, expected_version, values)
    apply_changes(plan, values)
    s.flush()
    op.audit(plan.id)
    return plan_dto(plan)


@operation("agree", "plan")
def agree(
    op: Op,
    plan_id: str,
    agreed_on: dt.date,
    agreed_with: str,
    *,
    next_review_due: dt.date | None = None,
) -> PlanDTO:
    """Agree the draft with the SST social worker: it becomes ``condiviso`` and frozen.

    The previously agreed version becomes ``superato``. ``next_review_due`` (if given)
    replaces the draft's planned review date.
    """
    v.required_date("agreed_on", agreed_on)
    v.not_future("agreed_on", agreed_on, op.ctx.today())
    social_worker = rules.check("plans", "agreed_with", agreed_with, required=True)
    if next_review_due is not None:
        v.required_date("next_review_due", next_review_due)
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    require_draft(plan)
    if not plan.goals:
        raise ValidationError(
            "goals", N_("Il progetto deve avere almeno un obiettivo per essere condiviso.")
        )
    review_due = next_review_due or plan.next_review_due
    if review_due is not None and review_due <= agreed_on:
        raise ValidationError(
            "next_review_due", N_("La verifica va fissata dopo la data di condivisione.")
        )
    previous = s.scalars(
        select(Plan).where(Plan.case_id == plan.case_id, Plan.status == PlanStatus.CONDIVISO)
    ).all()
    for old in previous:
        if old.agreed_on is not None and agreed_on < old.agreed_on:
            raise ValidationError(
                "agreed_on",
                N_(
                    "La data precede la condivisione della versione in vigore ({d:%d/%m/%Y})."
                ).format(d=old.agreed_on),
            )
    for old in previous:
        old.status = PlanStatus.SUPERATO
        op.audit_also("supersede", old.id, plan.id)
    apply_changes(
        plan,
        {
            "status": PlanStatus.CONDIVISO,
            "agreed_on": agreed_on,
            "agreed_with": social_worker,
            "agreed_by": op.ctx.operator_id,
            "valid_from": agreed_on,
            "next_review_due": review_due,
        },
    )
    s.flush()
    op.audit(plan.id)
    return plan_dto(plan)


# --- goals and actions (drafts only) ------------------------------------------------------


@operation("add_goal", "plan")
def add_goal(op: Op, plan_id: str, data: GoalInput) -> PlanDTO:
    values = _goal_values(data)
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    require_draft(plan)
    goal = Goal(plan_id=plan.id, position=len(plan.goals), **values)
    plan.goals.append(goal)
    s.flush()
    op.audit(plan.id, goal.id)
    return plan_dto(plan)


@operation("update_goal", "plan")
def update_goal(
    op: Op,
    goal_id: str,
    data: GoalInput,
    *,
    expected_version: str | None = None,
) -> PlanDTO:
    values = _goal_values(data)
    s = op.s
    plan, goal = _goal_of(s, goal_id)
    require_draft(plan)
    check_version(goal, expected_version, values)
    apply_changes(goal, values)
    s.flush()
    op.audit(plan.id, goal.id)
    return plan_dto(plan)


@operation("remove_goal", "plan")
def remove_goal(op: Op, goal_id: str) -> PlanDTO:
    """Remove a goal with its actions; the others close the gap in the order."""
    s = op.s
    plan, goal = _goal_of(s, goal_id)
    require_draft(plan)
    for action in goal.actions:
        s.delete(action)
    s.delete(goal)
    plan.goals.remove(goal)
    for i, g in enumerate(sorted(plan.goals, key=lambda g: g.position)):
        g.position = i
    s.flush()
    op.audit(plan.id, goal_id)
    return plan_dto(plan)


@operation("reorder_goals", "plan")
def reorder_goals(op: Op, plan_id: str, goal_ids: list[str]) -> PlanDTO:
    """Put the draft's goals in the given order (every goal exactly once)."""
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    require_draft(plan)
    by_id = {g.id: g for g in plan.goals}
    if len(goal_ids) != len(by_id) or set(goal_ids) != set(by_id):
        raise ValidationError("goal_ids", N_("L'ordine deve elencare ogni obiettivo una volta."))
    for i, gid in enumerate(goal_ids):
        by_id[gid].position = i
    s.flush()
    op.audit(plan.id)
    return plan_dto(plan)


@operation("add_action", "plan")
def add_action(op: Op, goal_id: str, data: ActionInput) -> PlanDTO:
    values = _action_values(data)
    s = op.s
    plan, goal = _goal_of(s, goal_id)
    require_draft(plan)
    action = PlanAction(goal_id=goal.id, position=len(goal.actions), **values)
    goal.actions.append(action)
    s.flush()
    op.audit(plan.id, action.id)
    return plan_dto(plan)


@operation("update_action", "plan")
def update_action(
    op: Op,
    action_id: str,
    data: ActionInput,
    *,
    expected_version: str | None = None,
) -> PlanDTO:
    values = _action_values(data)
    s = op.s
    plan, _goal, action = _action_of(s, action_id)
    require_draft(plan)
    check_version(action, expected_version, values)
    apply_changes(action, values)
    s.flush()
    op.audit(plan.id, action.id)
    return plan_dto(plan)


@operation("remove_action", "plan")
def remove_action(op: Op, action_id: str) -> PlanDTO:
    s = op.s
    plan, goal, action = _action_of(s, action_id)
    require_draft(plan)
    s.delete(action)
    goal.actions.remove(action)
    for i, a in enumerate(sorted(goal.actions, key=lambda a: a.position)):
        a.position = i
    s.flush()
    op.audit(plan.id, action_id)
    return plan_dto(plan)


# --- queries ------------------------------------------------------------------------------


def get_plan(db: Database, plan_id: str, *, ctx: ActingContext | None = None) -> PlanDTO:
    """One version with goals, actions and reviews."""
    with db.session(write=False) as s:
        return plan_dto(load_plan(s, plan_id, ctx))


def list_plans(
    db: Database, case_id: str, *, ctx: ActingContext | None = None
) -> list[PlanSummaryDTO]:
    """Every version of the case's plan, newest first."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        goals = select(Goal.plan_id, func.count().label("n")).group_by(Goal.plan_id).subquery()
        rows = s.execute(
            select(Plan, func.coalesce(goals.c.n, 0))
            .outerjoin(goals, goals.c.plan_id == Plan.id)
            .where(Plan.case_id == case_id)
            .order_by(Plan.version_no.desc())
        ).all()
        return [
            PlanSummaryDTO(
                id=p.id,
                version_no=p.version_no,
                status=PlanStatus(p.status),
                agreed_on=p.agreed_on,
                agreed_with=p.agreed_with,
                next_review_due=p.next_review_due,
                goal_count=n,
                is_draft=p.status == PlanStatus.BOZZA,
            )
            for p, n in rows
        ]
