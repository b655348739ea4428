"""Individualized plans: drafts, goals and actions, agreement, frozen versions, reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, Change, Goal, Plan, PlanAction, Review
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.plan import ActionInput, DiffKind, GoalInput, OutcomeInput

D = dt.date
REFERRAL = D(2026, 1, 10)


def make_case(db, ctx, last="Popescu", referral=REFERRAL):
    person = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Ana", last_name=last, birth_date=D(1985, 5, 6))
    )
    household = households.create_household(
        db, ctx, f"Nucleo {last}", [MemberInput(person.id, "capofamiglia", referral, is_head=True)]
    )
    return cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=referral)
    )


def count(db, model, *where):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def draft_with_goals(db, ctx, case_id):
    """A draft with two goals; the first has two actions."""
    plan = plans.create_draft(db, ctx, case_id)
    plan = plans.add_goal(
        db, ctx, plan.id, GoalInput("gestione_denaro", "Pagare la quota ogni mese", "12 quote")
    )
    plan = plans.add_goal(db, ctx, plan.id, GoalInput("lavoro_formazione", "Trovare lavoro"))
    money = plan.goals[0].id
    plans.add_action(db, ctx, money, ActionInput("Aprire un conto corrente", "beneficiario"))
    return plans.add_action(
        db, ctx, money, ActionInput("Bilancio mensile insieme", "educatore", D(2026, 12, 31))
    )


@pytest.fixture
def case(db, ctx):
    return make_case(db, ctx)


@pytest.fixture
def agreed(db, ctx, case):
    plan = draft_with_goals(db, ctx, case.id)
    return plans.agree(
        db, ctx, plan.id, D(2026, 3, 1), "Dott.ssa Rossi", next_review_due=D(2026, 9, 1)
    )


def test_draft_goals_and_actions(db, ctx, case):
    plan = draft_with_goals(db, ctx, case.id)
    assert plan.version_no == 1 and plan.status == "bozza" and not plan.is_frozen
    assert [g.domain for g in plan.goals] == ["gestione_denaro", "lavoro_formazione"]
    assert [a.description for a in plan.goals[0].actions] == [
        "Aprire un conto corrente",
        "Bilancio mensile insieme",
    ]
    assert plan.goals[0].actions[0].status == "da_fare"
    plan = plans.edit_plan(db, ctx, plan.id, "  Percorso verso l'autonomia ", D(2026, 6, 1))
    assert plan.summary == "Percorso verso l'autonomia" and plan.next_review_due == D(2026, 6, 1)

    money, work = plan.goals
    plan = plans.reorder_goals(db, ctx, plan.id, [work.id, money.id])
    assert [g.id for g in plan.goals] == [work.id, money.id]
    plan = plans.update_goal(
        db,
        ctx,
        money.id,
        GoalInput("gestione_denaro", "Pagare quota e utenze", None, D(2027, 1, 31)),
    )
    assert plan.goals[1].title == "Pagare quota e utenze"
    action = plan.goals[1].actions[0]
    plan = plans.update_action(
        db, ctx, action.id, ActionInput(action.description, "beneficiario", status="fatta")
    )
    assert plan.goals[1].actions[0].status == "fatta"
    plan = plans.remove_action(db, ctx, action.id)
    assert [(a.description, a.position) for a in plan.goals[1].actions] == [
        ("Bilancio mensile insieme", 0)
    ]
    plan = plans.remove_goal(db, ctx, work.id)
    assert [(g.id, g.position) for g in plan.goals] == [(money.id, 0)]
    assert plans.get_plan(db, plan.id) == plan


def test_removing_a_goal_records_deletes_for_it_and_its_actions(db, ctx, case):
    plan = draft_with_goals(db, ctx, case.id)
    plans.remove_goal(db, ctx, plan.goals[0].id)
    assert count(db, Change, Change.op == "delete", Change.table_name == "goals") == 1
    assert count(db, Change, Change.op == "delete", Change.table_name == "plan_actions") == 2
    assert count(db, PlanAction) == 0 and count(db, Goal) == 1
    assert count(db, AuditEntry, AuditEntry.action == "remove_goal") == 1


INVALID_CONTENT = [
    ("domain", lambda db, ctx, p: plans.add_goal(db, ctx, p.id, GoalInput("cucina", "X"))),
    ("title", lambda db, ctx, p: plans.add_goal(db, ctx, p.id, GoalInput("abitare", "  "))),
    (
        "owner",
        lambda db, ctx, p: plans.add_action(db, ctx, p.goals[0].id, ActionInput("X", "vicino")),
    ),
    (
        "status",
        lambda db, ctx, p: plans.add_action(
            db, ctx, p.goals[0].id, ActionInput("X", "sst", status="chiusa")
        ),
    ),
    (
        "description",
        lambda db, ctx, p: plans.add_action(db, ctx, p.goals[0].id, ActionInput("", "sst")),
    ),
    ("goal_ids", lambda db, ctx, p: plans.reorder_goals(db, ctx, p.id, [p.goals[0].id])),
    ("goal_id", lambda db, ctx, p: plans.remove_goal(db, ctx, "nessuno")),
    ("action_id", lambda db, ctx, p: plans.remove_action(db, ctx, "nessuna")),
]


def test_invalid_goal_or_action_names_field_and_writes_nothing(db, ctx, case):
    plan = draft_with_goals(db, ctx, case.id)
    for field, call in INVALID_CONTENT:
        before = count(db, Change), count(db, AuditEntry)
        with pytest.raises(ValidationError) as err:
            call(db, ctx, plan)
        assert err.value.field == field, field
        assert (count(db, Change), count(db, AuditEntry)) == before
    assert plans.get_plan(db, plan.id) == plan


def test_only_one_draft_per_case(db, ctx, case):
    plans.create_draft(db, ctx, case.id)
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        plans.create_draft(db, ctx, case.id)
    assert err.value.field == "status" and "bozza" in err.value.message
    assert count(db, Change) == before and count(db, Plan) == 1


def test_agree_requires_social_worker_goals_and_a_past_date(db, ctx, case):
    empty = plans.create_draft(db, ctx, case.id)
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        plans.agree(db, ctx, empty.id, D(2026, 3, 1), "Dott.ssa Rossi")
    assert err.value.field == "goals"
    plan = plans.add_goal(db, ctx, empty.id, GoalInput("abitare", "Cura della casa"))
    before = count(db, Change)
    for field, args in [
        ("agreed_with", (D(2026, 3, 1), "  ")),
        ("agreed_on", (D(2026, 12, 1), "Dott.ssa Rossi")),
        ("agreed_on", (None, "Dott.ssa Rossi")),
    ]:
        with pytest.raises(ValidationError) as err:
            plans.agree(db, ctx, plan.id, *args)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        plans.agree(db, ctx, plan.id, D(2026, 3, 1), "Rossi", next_review_due=D(2026, 2, 1))
    assert err.value.field == "next_review_due"
    assert count(db, Change) == before
    assert plans.get_plan(db, plan.id).status == "bozza"


FROZEN_EDITS = {
    "edit_plan": lambda db, ctx, p: plans.edit_plan(db, ctx, p.id, "nuovo testo", None),
    "add_goal": lambda db, ctx, p: plans.add_goal(db, ctx, p.id, GoalInput("abitare", "Nuovo")),
    "update_goal": lambda db, ctx, p: plans.update_goal(
        db, ctx, p.goals[0].id, GoalInput("gestione_denaro", "Titolo cambiato")
    ),
    "remove_goal": lambda db, ctx, p: plans.remove_goal(db, ctx, p.goals[1].id),
    "reorder_goals": lambda db, ctx, p: plans.reorder_goals(
        db, ctx, p.id, [p.goals[1].id, p.goals[0].id]
    ),
    "add_action": lambda db, ctx, p: plans.add_action(
        db, ctx, p.goals[1].id, ActionInput("Iscrizione CPI", "beneficiario")
    ),
    "update_action": lambda db, ctx, p: plans.update_action(
        db,
        ctx,
        p.goals[0].actions[0].id,
        ActionInput("Aprire un conto", "beneficiario", None, "fatta"),
    ),
    "remove_action": lambda db, ctx, p: plans.remove_action(db, ctx, p.goals[0].actions[1].id),
    "discard_draft": lambda db, ctx, p: plans.discard_draft(db, ctx, p.id),
    "agree_again": lambda db, ctx, p: plans.agree(db, ctx, p.id, D(2026, 4, 1), "Rossi"),
}


def test_agreed_plan_is_frozen(db, ctx, agreed):
    assert agreed.status == "condiviso" and agreed.is_frozen
    for name, edit in FROZEN_EDITS.items():
        before = count(db, Change), count(db, AuditEntry)
        with pytest.raises(ValidationError) as err:
            edit(db, ctx, agreed)
        assert err.value.field == "status", name
        assert "condiviso" in err.value.message and "nuova versione" in err.value.message
        assert (count(db, Change), count(db, AuditEntry)) == before, name
    assert plans.get_plan(db, agreed.id) == agreed


def test_superseded_plan_is_frozen_too(db, ctx, agreed):
    draft = plans.new_version(db, ctx, agreed.id)
    plans.agree(db, ctx, draft.id, D(2026, 9, 1), "Dott.ssa Rossi")
    old = plans.get_plan(db, agreed.id)
    assert old.status == "superato"
    for name, edit in FROZEN_EDITS.items():
        before = count(db, Change)
        with pytest.raises(ValidationError) as err:
            edit(db, ctx, old)
        assert err.value.field == "status" and "superata" in err.value.message, name
        assert count(db, Change) == before, name
    assert plans.get_plan(db, agreed.id) == old


def test_new_version_copies_and_agreeing_supersedes(db, ctx, case, agreed):
    assert agreed.agreed_with == "Dott.ssa Rossi" and agreed.valid_from == D(2026, 3, 1)
    draft = plans.new_version(db, ctx, agreed.id)
    assert (draft.version_no, draft.status, draft.previous_plan_id) == (2, "bozza", agreed.id)
    assert [(g.domain, g.title, g.indicator) for g in draft.goals] == [
        (g.domain, g.title, g.indicator) for g in agreed.goals
    ]
    assert [a.description for a in draft.goals[0].actions] == [
        a.description for a in agreed.goals[0].actions
    ]
    assert {g.id for g in draft.goals}.isdisjoint({g.id for g in agreed.goals})

    with pytest.raises(ValidationError) as err:  # one draft at a time
        plans.new_version(db, ctx, agreed.id)
    assert err.value.field == "status"
    with pytest.raises(ValidationError) as err:  # cannot go back before the version in force
        plans.agree(db, ctx, draft.id, D(2026, 2, 1), "Dott.ssa Rossi")
    assert err.value.field == "agreed_on"

    v2 = plans.agree(db, ctx, draft.id, D(2026, 9, 1), "Dott. Bianchi")
    assert v2.status == "condiviso"
    assert plans.get_plan(db, agreed.id).status == "superato"
    listed = plans.list_plans(db, case.id)
    assert [(p.version_no, p.status, p.goal_count) for p in listed] == [
        (2, "condiviso", 2),
        (1, "superato", 2),
    ]
    assert count(db, Plan, Plan.status == "condiviso") == 1
    with pytest.raises(ValidationError) as err:  # a new version starts from the latest
        plans.new_version(db, ctx, agreed.id)
    assert err.value.field == "plan_id"
    assert plans.create_draft(db, ctx, case.id).version_no == 3


def test_discarded_draft_frees_the_slot(db, ctx, case, agreed):
    draft = plans.new_version(db, ctx, agreed.id)
    plans.discard_draft(db, ctx, draft.id)
    assert [p.version_no for p in plans.list_plans(db, case.id)] == [1]
    assert plans.new_version(db, ctx, agreed.id).version_no == 2


def test_no_new_draft_on_a_closed_case(db, ctx):
    case = make_case(db, ctx)
    cases.close(db, ctx, case.id, D(2026, 2, 1), "rinuncia", "ignota")
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        plans.create_draft(db, ctx, case.id)
    assert err.value.field == "case_id"
    assert count(db, Change) == before


def test_diff_versions(db, ctx, agreed):
    draft = plans.new_version(db, ctx, agreed.id)
    money, work = draft.goals
    plans.update_goal(db, ctx, work.id, GoalInput("lavoro_formazione", "Tirocinio in cucina"))
    plans.update_action(
        db,
        ctx,
        money.actions[0].id,
        ActionInput("Aprire un conto corrente postale", "beneficiario", None, "fatta"),
    )
    plans.remove_action(db, ctx, money.actions[1].id)
    plans.add_action(db, ctx, money.id, ActionInput("Domiciliare le utenze", "beneficiario"))
    plans.add_goal(db, ctx, draft.id, GoalInput("progetto_uscita", "Domanda casa popolare"))
    plans.edit_plan(db, ctx, draft.id, "Seconda fase", None)
    entries = plans.diff_versions(db, agreed.id, draft.id)
    summary = [(e.kind, e.goal_title, e.action) for e in entries]
    assert summary == [
        (DiffKind.PLAN_CHANGED, None, None),
        (DiffKind.ACTION_CHANGED, "Pagare la quota ogni mese", "Aprire un conto corrente postale"),
        (DiffKind.ACTION_REMOVED, "Pagare la quota ogni mese", "Bilancio mensile insieme"),
        (DiffKind.ACTION_ADDED, "Pagare la quota ogni mese", "Domiciliare le utenze"),
        (DiffKind.GOAL_CHANGED, "Tirocinio in cucina", None),
        (DiffKind.GOAL_ADDED, "Domanda casa popolare", None),
    ]
    # reworded (similar description) → changed; a different action → removed + added
    assert entries[1].changes == (
        plans.FieldChange(
            "description", "Aprire un conto corrente", "Aprire un conto corrente postale"
        ),
        plans.FieldChange("status", "da_fare", "fatta"),
    )
    assert entries[4].changes == (
        plans.FieldChange("title", "Trovare lavoro", "Tirocinio in cucina"),
    )
    assert plans.diff_versions(db, agreed.id, agreed.id) == []
    back = plans.diff_versions(db, draft.id, agreed.id)
    assert (DiffKind.GOAL_REMOVED, "Domanda casa popolare") in [
        (e.kind, e.goal_title) for e in back
    ]


def test_diff_goal_moved_to_another_domain_is_removed_plus_added(db, ctx, agreed):
    draft = plans.new_version(db, ctx, agreed.id)
    work = draft.goals[1]
    plans.update_goal(db, ctx, work.id, GoalInput("progetto_uscita", work.title))
    kinds = [(e.kind, e.domain) for e in plans.diff_versions(db, agreed.id, draft.id)]
    assert kinds == [
        (DiffKind.GOAL_REMOVED, "lavoro_formazione"),
        (DiffKind.GOAL_ADDED, "progetto_uscita"),
    ]


def test_diff_refuses_plans_of_different_cases(db, ctx, agreed):
    other = plans.create_draft(db, ctx, make_case(db, ctx, last="Nguyễn").id)
    with pytest.raises(ValidationError) as err:
        plans.diff_versions(db, agreed.id, other.id)
    assert err.value.field == "plan_b_id"


def test_review_on_agreed_plan(db, ctx, agreed):
    money, work = agreed.goals
    reviewed = plans.add_review(
        db,
        ctx,
        agreed.id,
        D(2026, 9, 2),
        "Buoni progressi",
        [
            OutcomeInput(money.id, "raggiunto", "Quote pagate"),
            OutcomeInput(work.id, "parzialmente_raggiunto"),
        ],
        D(2027, 3, 1),
    )
    assert reviewed.status == "condiviso" and reviewed.next_review_due == D(2027, 3, 1)
    (review,) = reviewed.reviews
    assert review.outcome_for(money.id).outcome == "raggiunto"
    with db.session(write=False) as s:  # the due date it answered is kept (reviews on time)
        assert s.get(Review, review.id).due_date == agreed.next_review_due
    assert review.outcome_for(work.id).comment is None
    # the content did not change: goals and actions are exactly those agreed
    assert reviewed.goals == agreed.goals and reviewed.summary == agreed.summary
    assert count(db, AuditEntry, AuditEntry.action == "add_review") == 1


INVALID_REVIEWS = [
    ("date", D(2026, 12, 1), [], D(2027, 3, 1)),
    ("date", D(2026, 2, 1), [], D(2027, 3, 1)),
    ("outcomes", D(2026, 9, 2), [OutcomeInput("altro-obiettivo", "raggiunto")], None),
    ("outcomes", D(2026, 9, 2), [OutcomeInput("GOAL", "fallito")], None),
    (
        "outcomes",
        D(2026, 9, 2),
        [OutcomeInput("GOAL", "raggiunto"), OutcomeInput("GOAL", "sospeso")],
        None,
    ),
    ("next_review_due", D(2026, 9, 2), [], D(2026, 9, 2)),
]


def test_invalid_review_names_field_and_writes_nothing(db, ctx, agreed):
    goal_id = agreed.goals[0].id
    for field, date, outcomes, next_due in INVALID_REVIEWS:
        outcomes = [replace(o, goal_id=goal_id) if o.goal_id == "GOAL" else o for o in outcomes]
        before = count(db, Change)
        with pytest.raises(ValidationError) as err:
            plans.add_review(db, ctx, agreed.id, date, None, outcomes, next_due)
        assert err.value.field == field, (field, date)
        assert count(db, Change) == before
    assert plans.get_plan(db, agreed.id) == agreed


def test_review_refused_on_draft(db, ctx, case):
    plan = draft_with_goals(db, ctx, case.id)
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        plans.add_review(db, ctx, plan.id, D(2026, 9, 2), None, [], None)
    assert err.value.field == "status"
    assert count(db, Change) == before


def test_reviews_due(db, ctx, agreed, case):
    other = make_case(db, ctx, last="Ðorđević")
    late = plans.agree(
        db,
        ctx,
        draft_with_goals(db, ctx, other.id).id,
        D(2026, 4, 1),
        "Rossi",
        next_review_due=D(2026, 8, 1),
    )
    plans.create_draft(db, ctx, make_case(db, ctx, last="Bozza").id)  # drafts never count
    due = plans.reviews_due(db, D(2026, 11, 25))
    assert [(d.plan_id, d.case_code, d.household_name, d.next_review_due) for d in due] == [
        (late.id, other.code, "Nucleo Ðorđević", D(2026, 8, 1)),
        (agreed.id, case.code, "Nucleo Popescu", D(2026, 9, 1)),
    ]
    assert plans.reviews_due(db, D(2026, 9, 1)) == due[:1]  # strictly before
    plans.add_review(db, ctx, agreed.id, D(2026, 9, 2), None, [], D(2027, 3, 1))
    assert [d.plan_id for d in plans.reviews_due(db, D(2026, 11, 25))] == [late.id]
    cases.close(db, ctx, other.id, D(2026, 10, 1), "uscita", "erp")
    assert plans.reviews_due(db, D(2026, 11, 25)) == []


def test_social_worker_reads_but_cannot_write(db, ctx, agreed, case):
    reader = replace(ctx, role=Role.ASSISTENTE_SOCIALE)
    with pytest.raises(PermissionDenied):
        plans.new_version(db, reader, agreed.id)
    with pytest.raises(PermissionDenied):
        plans.add_review(db, reader, agreed.id, D(2026, 9, 2), None, [], None)
    assert plans.get_plan(db, agreed.id).id == agreed.id
    assert len(plans.list_plans(db, case.id)) == 1
