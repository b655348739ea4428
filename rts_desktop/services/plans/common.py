"""What the plan services share: DTOs, eager loading, the frozen-version guard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session, selectinload

from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Goal, Plan, Review
from rts_desktop.models.vocab import (
    ActionOwner,
    ActionStatus,
    GoalOutcome,
    PlanDomain,
    PlanStatus,
    label,
)


@dataclass(frozen=True)
class ActionDTO:
    id: str
    version: str
    goal_id: str
    description: str
    owner: ActionOwner
    due_date: dt.date | None
    status: ActionStatus
    position: int

    @property
    def is_closed(self) -> bool:
        """Done or cancelled: shown greyed in the editor."""
        return self.status in (ActionStatus.FATTA, ActionStatus.ANNULLATA)


@dataclass(frozen=True)
class GoalDTO:
    id: str
    version: str
    domain: PlanDomain
    title: str
    indicator: str | None
    target_date: dt.date | None
    position: int
    actions: tuple[ActionDTO, ...]

    @property
    def domain_label(self) -> str:
        return label(self.domain)


@dataclass(frozen=True)
class ReviewOutcomeDTO:
    goal_id: str
    outcome: GoalOutcome
    comment: str | None


@dataclass(frozen=True)
class ReviewDTO:
    id: str
    date: dt.date
    operator_id: str | None
    notes: str | None
    outcomes: tuple[ReviewOutcomeDTO, ...]

    def outcome_for(self, goal_id: str) -> ReviewOutcomeDTO | None:
        return next((o for o in self.outcomes if o.goal_id == goal_id), None)


@dataclass(frozen=True)
class PlanDTO:
    id: str
    version: str
    case_id: str
    version_no: int
    status: PlanStatus
    summary: str | None
    agreed_on: dt.date | None
    agreed_with: str | None
    valid_from: dt.date | None
    next_review_due: dt.date | None
    previous_plan_id: str | None
    goals: tuple[GoalDTO, ...]
    reviews: tuple[ReviewDTO, ...]
    #: agreed or superseded: what was signed, never edited again
    is_frozen: bool
    #: the summary, the first review date, goals and actions may change (a draft)
    can_edit: bool
    can_add_goal: bool
    #: "Condividi…" is offered (the service still wants at least one goal)
    can_agree: bool
    can_discard: bool
    #: reviews are recorded on the agreed version in force only
    can_review: bool

    @property
    def status_label(self) -> str:
        return label(self.status)


@dataclass(frozen=True)
class PlanSummaryDTO:
    """One line of a case's plan versions list."""

    id: str
    version_no: int
    status: PlanStatus
    agreed_on: dt.date | None
    agreed_with: str | None
    next_review_due: dt.date | None
    goal_count: int
    #: the draft being written (a case has at most one: no new version while it exists)
    is_draft: bool


@dataclass(frozen=True)
class ReviewDueDTO:
    """An agreed plan waiting for its review (Scadenze panel, batch printing)."""

    plan_id: str
    case_id: str
    case_code: str
    household_name: str
    version_no: int
    agreed_on: dt.date | None
    next_review_due: dt.date


def load_plan(s: Session, plan_id: str, ctx: ActingContext | None = None) -> Plan:
    """The plan with goals, actions, reviews and outcomes loaded (nothing lazy afterwards)."""
    plan = s.get(
        Plan,
        plan_id,
        options=[
            selectinload(Plan.goals).selectinload(Goal.actions),
            selectinload(Plan.reviews).selectinload(Review.outcomes),
        ],
    )
    if plan is None:
        raise ValidationError("plan_id", N_("Progetto non trovato."))
    require_visible_case(s, ctx, plan.case_id)  # a plan of a case out of sight: not found
    return plan


def require_draft(plan: Plan) -> None:
    """Refuse any edit of an agreed or superseded version (it is what was signed)."""
    if plan.status == PlanStatus.CONDIVISO:
        raise ValidationError(
            "status",
            N_(
                "Il progetto è già stato condiviso con i servizi sociali e non si può modificare: "
                "crea una nuova versione."
            ),
        )
    if plan.status == PlanStatus.SUPERATO:
        raise ValidationError(
            "status", N_("Questa versione del progetto è stata superata e non si può modificare.")
        )


def plan_dto(plan: Plan) -> PlanDTO:
    """A loaded plan as a DTO; goals and actions in their stored order."""
    goals = tuple(
        GoalDTO(
            id=g.id,
            version=g.version,
            domain=PlanDomain(g.domain),
            title=g.title,
            indicator=g.indicator,
            target_date=g.target_date,
            position=g.position,
            actions=tuple(
                ActionDTO(
                    a.id,
                    a.version,
                    g.id,
                    a.description,
                    ActionOwner(a.owner),
                    a.due_date,
                    ActionStatus(a.status),
                    a.position,
                )
                for a in sorted(g.actions, key=lambda a: a.position)
            ),
        )
        for g in sorted(plan.goals, key=lambda g: g.position)
    )
    reviews = tuple(
        ReviewDTO(
            id=r.id,
            date=r.date,
            operator_id=r.operator_id,
            notes=r.notes,
            outcomes=tuple(
                ReviewOutcomeDTO(o.goal_id, GoalOutcome(o.outcome), o.comment) for o in r.outcomes
            ),
        )
        for r in sorted(plan.reviews, key=lambda r: r.date)
    )
    status = PlanStatus(plan.status)
    draft = status == PlanStatus.BOZZA
    return PlanDTO(
        id=plan.id,
        version=plan.version,
        case_id=plan.case_id,
        version_no=plan.version_no,
        status=status,
        summary=plan.summary,
        agreed_on=plan.agreed_on,
        agreed_with=plan.agreed_with,
        valid_from=plan.valid_from,
        next_review_due=plan.next_review_due,
        previous_plan_id=plan.previous_plan_id,
        goals=goals,
        reviews=reviews,
        is_frozen=not draft,
        can_edit=draft,
        can_add_goal=draft,
        can_agree=draft,
        can_discard=draft,
        can_review=status == PlanStatus.CONDIVISO,
    )
