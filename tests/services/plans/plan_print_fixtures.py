"""A case with a plan, reviews, assessments, an agreement and notes (for printing tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, notes, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.housing import agreements
from rts_desktop.services.plans import assessments
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.plan import ActionInput, GoalInput
from rts_desktop.services.plans.reviews import OutcomeInput, add_review

D = dt.date
GOALS = (
    (
        "gestione_denaro",
        "Pagare la quota di compartecipazione ogni mese",
        "Nessuna quota arretrata",
    ),
    ("lavoro_formazione", "Trovare un lavoro stabile", "Contratto di almeno sei mesi"),
    ("progetto_uscita", "Presentare domanda per un alloggio ERP", "Domanda protocollata"),
)


@dataclass
class Seeded:
    case_id: str
    case_code: str
    person_id: str
    plan_id: str
    agreement_id: str


def seed(db, ctx, last: str = "Ștefan", code_hint: str = "") -> Seeded:
    person = people.create_beneficiary(
        db,
        ctx,
        BeneficiaryInput(first_name="Mădălina", last_name=last, birth_date=D(1988, 3, 14), sex="F"),
    )
    household = households.create_household(
        db,
        ctx,
        f"Nucleo {last}",
        [MemberInput(person.id, "capofamiglia", D(2026, 1, 10), is_head=True)],
    )
    case = cases.create_case(
        db,
        ctx,
        cases.CaseInput(
            household_id=household.id,
            referral_date=D(2026, 1, 10),
            sst_municipio=2,
            sst_social_worker="Paola Ferrario",
        ),
    )
    plan = plans.create_draft(db, ctx, case.id)
    plans.edit_plan(db, ctx, plan.id, "Consolidare l'autonomia nella gestione della casa.", None)
    for domain, title, indicator in GOALS:
        plan = plans.add_goal(
            db, ctx, plan.id, GoalInput(domain, title, indicator, D(2026, 12, 31))
        )
    plans.add_action(
        db,
        ctx,
        plan.goals[0].id,
        ActionInput("Bilancio mensile con l'educatore", "educatore", D(2026, 6, 30)),
    )
    plans.add_action(db, ctx, plan.goals[1].id, ActionInput("Iscriversi al CPI", "sst"))
    plan = plans.agree(
        db, ctx, plan.id, D(2026, 3, 1), "Paola Ferrario", next_review_due=D(2026, 6, 1)
    )
    plan = add_review(
        db,
        ctx,
        plan.id,
        D(2026, 5, 28),
        "Verifica trimestrale.",
        [OutcomeInput(plan.goals[0].id, "parzialmente_raggiunto", "Due mesi pagati")],
        D(2026, 12, 10),
    )
    for day, score in ((D(2026, 2, 1), 2), (D(2026, 5, 28), 3)):
        assessments.record_assessment(
            db,
            ctx,
            assessments.AssessmentInput(
                case.id, person.id, day, {"abitare": score, "gestione_denaro": score + 1}
            ),
        )
    agreement = agreements.create_agreement(
        db,
        ctx,
        agreements.AgreementInput(
            case_id=case.id,
            signed_on=D(2026, 2, 1),
            duration_months=12,
            monthly_contribution_cents=12000,
            house_rules_version="2026.1",
        ),
    )
    notes.add_note(
        db, ctx, case.id, "colloquio_ingresso", D(2026, 1, 15), "Primo colloquio con Mădălina."
    )
    notes.add_note(db, ctx, case.id, "visita_domiciliare", D(2026, 4, 2), "Visita: casa in ordine.")
    notes.add_note(db, ctx, case.id, "libera", D(2026, 8, 2), "Nota fuori periodo.")
    return Seeded(case.id, case.code, person.id, plan.id, agreement.id)
