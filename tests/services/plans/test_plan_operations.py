"""Plan writes are typed operations: declared audit entry, one transaction, typed changes;
the DTOs carry enums and the capability flags the editor follows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from rts_desktop.db.operations import Operation
from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.errors import PermissionDenied
from rts_desktop.models import AuditEntry
from rts_desktop.models.vocab import ActionOwner, ActionStatus, PlanDomain, PlanStatus, Role
from rts_desktop.services.cases.sharing import set_case_social_worker
from rts_desktop.services.operators import create_operator
from rts_desktop.services.plans import assessments, printing, printing_batch, printing_diary
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.plan import GoalInput
from rts_desktop.services.plans.printing_batch import PlanJob
from rts_desktop.services.plans.reviews import add_review
from tests.services.plans.plan_print_fixtures import seed
from tests.services.plans.test_plans import count, draft_with_goals, make_case

D = dt.date

#: every write of the area with the audit entry it has always left
DECLARED = [
    (plans.create_draft, "create_draft", "plan"),
    (plans.new_version, "new_version", "plan"),
    (plans.discard_draft, "discard_draft", "plan"),
    (plans.edit_plan, "update", "plan"),
    (plans.agree, "agree", "plan"),
    (plans.add_goal, "add_goal", "plan"),
    (plans.update_goal, "update_goal", "plan"),
    (plans.remove_goal, "remove_goal", "plan"),
    (plans.reorder_goals, "reorder_goals", "plan"),
    (plans.add_action, "add_action", "plan"),
    (plans.update_action, "update_action", "plan"),
    (plans.remove_action, "remove_action", "plan"),
    (add_review, "add_review", "plan"),
    (assessments.record_assessment, "create", "assessment"),
    (printing.plan_pdf, "print", "plan"),
    (printing.agreement_pdf, "print", "agreement"),
    (printing_diary.diary_pdf, "print", "diary"),
    (printing_batch.record_batch_prints, "print", "plan"),
]
PRINTS = {printing.plan_pdf, printing.agreement_pdf, printing_diary.diary_pdf}


@pytest.mark.parametrize(("fn", "action", "entity"), DECLARED, ids=lambda x: str(x)[:40])
def test_every_write_is_an_operation_with_its_audit_entry(fn, action, entity):
    assert isinstance(fn, Operation)
    assert (fn.action, fn.entity) == (action, entity)
    # printing is open to every role (the social worker prints); other writes are not
    assert (Role.ASSISTENTE_SOCIALE in fn.allowed) == (
        fn in PRINTS or fn is printing_batch.record_batch_prints
    )


def audit_rows(db, *where):
    """The audit entries as a set (the test clock is fixed: they share one instant)."""
    with db.session(write=False) as s:
        return {
            (a.action, a.entity, a.entity_id, a.detail)
            for a in s.scalars(select(AuditEntry).where(*where))
        }


def test_a_write_returns_its_changes_by_plan_and_case(db, ctx):
    case = make_case(db, ctx)
    draft = plans.create_draft(db, ctx, case.id)
    done = plans.add_goal.run(db, ctx, draft.id, GoalInput("abitare", "Curare la casa"))
    assert done.value.goals[0].title == "Curare la casa"
    assert done.changes.touches_record(Aggregate.PLANS, draft.id)
    assert not done.changes.touches_record(Aggregate.PLANS, "another-plan")


def test_agree_supersedes_and_agrees_in_one_transaction(db, ctx):
    case = make_case(db, ctx)
    first = plans.agree(
        db, ctx, draft_with_goals(db, ctx, case.id).id, D(2026, 3, 1), "Dott.ssa Rossi"
    )
    second = plans.new_version(db, ctx, first.id)
    done = plans.agree.run(db, ctx, second.id, D(2026, 6, 1), "Dott.ssa Rossi")
    assert audit_rows(db, AuditEntry.action.in_(["agree", "supersede"])) == {
        ("agree", "plan", first.id, None),
        ("supersede", "plan", first.id, second.id),
        ("agree", "plan", second.id, None),
    }
    assert done.changes.ids_of(Aggregate.PLANS) >= {first.id, second.id}
    assert plans.get_plan(db, first.id).status is PlanStatus.SUPERATO


def test_a_refused_write_leaves_no_audit_entry(db, ctx):
    case = make_case(db, ctx)
    agreed = plans.agree(
        db, ctx, draft_with_goals(db, ctx, case.id).id, D(2026, 3, 1), "Dott.ssa Rossi"
    )
    before = count(db, AuditEntry)
    with pytest.raises(Exception, match="condiviso"):
        plans.add_goal(db, ctx, agreed.id, GoalInput("abitare", "Troppo tardi"))
    assert count(db, AuditEntry) == before


def test_dtos_carry_enums_and_capability_flags(db, ctx):
    case = make_case(db, ctx)
    draft = draft_with_goals(db, ctx, case.id)
    assert draft.status is PlanStatus.BOZZA
    assert draft.goals[0].domain is PlanDomain.DENARO
    action = draft.goals[0].actions[0]
    assert action.owner is ActionOwner.BENEFICIARIO and action.status is ActionStatus.DA_FARE
    assert (draft.is_frozen, draft.can_edit, draft.can_add_goal) == (False, True, True)
    assert (draft.can_agree, draft.can_discard, draft.can_review) == (True, True, False)
    [summary] = plans.list_plans(db, case.id)
    assert summary.status is PlanStatus.BOZZA and summary.is_draft

    agreed = plans.agree(db, ctx, draft.id, D(2026, 3, 1), "Dott.ssa Rossi")
    assert agreed.is_frozen and agreed.can_review
    assert not (agreed.can_edit or agreed.can_add_goal or agreed.can_agree or agreed.can_discard)
    second = plans.new_version(db, ctx, agreed.id)
    plans.agree(db, ctx, second.id, D(2026, 6, 1), "Dott.ssa Rossi")
    old = plans.get_plan(db, agreed.id)
    assert old.is_frozen and not (old.can_edit or old.can_review or old.can_agree)
    assert not any(v.is_draft for v in plans.list_plans(db, case.id))


def test_printing_is_open_to_the_social_worker_and_audited(db, ctx):
    seeded = seed(db, ctx)
    worker = create_operator(db, ctx, "sara.neri", "Sara Neri", "assistente_sociale")
    set_case_social_worker(db, ctx, seeded.case_id, worker.id)  # she sees what she follows
    reader = replace(ctx, role=Role.ASSISTENTE_SOCIALE, operator_id=worker.id)
    done = printing.plan_pdf.run(db, reader, seeded.plan_id)
    assert done.value.startswith(b"%PDF")
    assert done.changes.touches(Aggregate.AUDIT) and not done.changes.touches(Aggregate.PLANS)
    assert audit_rows(db, AuditEntry.action == "print") == {
        ("print", "plan", seeded.plan_id, "versione 1")
    }
    with pytest.raises(PermissionDenied):
        plans.create_draft(db, reader, seeded.case_id)


def test_batch_audit_writes_one_entry_per_printed_plan(db, ctx):
    a, b = seed(db, ctx), seed(db, ctx, last="Nguyễn", code_hint="b")
    jobs = [PlanJob(a.plan_id, a.case_code, 1), PlanJob(b.plan_id, b.case_code, 1)]
    printing_batch.record_batch_prints(db, ctx, jobs)
    assert audit_rows(db, AuditEntry.detail.like("%stampa multipla%")) == {
        ("print", "plan", a.plan_id, "versione 1 (stampa multipla)"),
        ("print", "plan", b.plan_id, "versione 1 (stampa multipla)"),
    }


def test_a_batch_that_printed_nothing_writes_no_entry(db, ctx, tmp_path):
    before = count(db, AuditEntry)
    report = printing_batch.print_plans(db, ctx, [], tmp_path, processes=1)
    assert report.total == 0 and count(db, AuditEntry) == before
