"""Reviews (verifiche) of agreed plans and the list of reviews falling due.

A review records how each goal went and when the next review is due; it does not change
the plan's content, so it is allowed (only) on the agreed version in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import only_visible
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Case, Household, Plan, Review, ReviewOutcome, rules
from rts_desktop.models.vocab import CaseStatus, GoalOutcome, PlanStatus
from rts_desktop.services.plans.common import PlanDTO, ReviewDueDTO, load_plan, plan_dto


@dataclass
class OutcomeInput:
    goal_id: str
    outcome: str
    comment: str | None = None


def _clean_outcomes(outcomes: list[OutcomeInput], goal_ids: set[str]) -> list[OutcomeInput]:
    if not isinstance(outcomes, list | tuple) or not all(
        isinstance(item, OutcomeInput) for item in outcomes
    ):
        raise ValidationError("outcomes", N_("Esiti non validi."))
    seen: set[str] = set()
    cleaned: list[OutcomeInput] = []
    for item in outcomes:
        if item.goal_id not in goal_ids:
            raise ValidationError("outcomes", N_("L'obiettivo non appartiene a questo progetto."))
        if item.goal_id in seen:
            raise ValidationError("outcomes", N_("Un obiettivo ha più di un esito."))
        seen.add(item.goal_id)
        outcome = v.choice("outcomes", item.outcome, GoalOutcome)
        comment = rules.check("review_outcomes", "comment", item.comment, field="outcomes")
        cleaned.append(OutcomeInput(item.goal_id, str(outcome), comment))
    return cleaned


@operation("add_review", "plan")
def add_review(
    op: Op,
    plan_id: str,
    date: dt.date,
    notes: str | None,
    outcomes: list[OutcomeInput],
    next_review_due: dt.date | None,
) -> PlanDTO:
    """Record a review of the agreed plan with an outcome per goal (goals may be left out).

    ``next_review_due`` becomes the plan's next review date; None means no further review
    is planned (e.g. the household is about to leave).
    """
    v.required_date("date", date)
    v.not_future("date", date, op.ctx.today())
    clean_notes = rules.check("reviews", "notes", notes)
    if next_review_due is not None:
        v.required_date("next_review_due", next_review_due)
        if next_review_due <= date:
            raise ValidationError(
                "next_review_due", N_("La prossima verifica va fissata dopo questa.")
            )
    s = op.s
    plan = load_plan(s, plan_id, op.ctx)
    if plan.status != PlanStatus.CONDIVISO:
        raise ValidationError(
            "status", N_("Le verifiche si registrano sul progetto condiviso in vigore.")
        )
    if plan.agreed_on is not None and date < plan.agreed_on:
        raise ValidationError(
            "date",
            N_("La verifica non può precedere la condivisione del progetto ({d:%d/%m/%Y}).").format(
                d=plan.agreed_on
            ),
        )
    cleaned = _clean_outcomes(outcomes, {g.id for g in plan.goals})
    review = Review(
        plan_id=plan.id,
        date=date,
        due_date=plan.next_review_due,
        operator_id=op.ctx.operator_id,
        notes=clean_notes,
    )
    plan.reviews.append(review)
    s.flush()
    for item in cleaned:
        review.outcomes.append(
            ReviewOutcome(
                review_id=review.id,
                goal_id=item.goal_id,
                outcome=item.outcome,
                comment=item.comment,
            )
        )
    plan.next_review_due = next_review_due
    s.flush()
    op.audit(plan.id, review.id)
    return plan_dto(plan)


def reviews_due(
    db: Database, before_date: dt.date, *, ctx: ActingContext | None = None
) -> list[ReviewDueDTO]:
    """Agreed plans whose next review falls before ``before_date`` (Scadenze, batch print).

    Plans of closed cases are left out: there is nothing left to review.
    """
    with db.session(write=False) as s:
        # plain rows of the columns shown: a coordinator's month on a large service is
        # hundreds of plans, and whole Plan objects cost ~3× the query
        stmt = (
            select(
                Plan.id,
                Plan.case_id,
                Case.code,
                Household.name,
                Plan.version_no,
                Plan.agreed_on,
                Plan.next_review_due,
            )
            .join(Case, Case.id == Plan.case_id)
            .join(Household, Household.id == Case.household_id)
            .where(
                Plan.status == PlanStatus.CONDIVISO,
                Plan.next_review_due.is_not(None),
                Plan.next_review_due < before_date,
                Case.status != CaseStatus.CONCLUSO,
            )
            .order_by(Plan.next_review_due, Case.code)
        )
        rows = s.execute(only_visible(stmt, ctx, Case.id)).all()
        return [
            ReviewDueDTO(
                plan_id=plan_id,
                case_id=case_id,
                case_code=code,
                household_name=name,
                version_no=version_no,
                agreed_on=agreed_on,
                next_review_due=due,
            )
            for plan_id, case_id, code, name, version_no, agreed_on, due in rows
        ]
