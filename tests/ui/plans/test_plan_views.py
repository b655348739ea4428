"""The plan views write through ``env.ops`` and reload only for the records they show."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from rts_desktop.kernel.changes import Changes
from rts_desktop.models import AuditEntry
from rts_desktop.models.vocab import PlanStatus, Role
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.plan import GoalInput
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.assessment_widget import AssessmentWidget
from rts_desktop.ui.plans.page import PlansPage
from rts_desktop.ui.plans.plan_editor import PlanEditor
from rts_desktop.ui.plans.printing import DiaryExtractDialog
from rts_desktop.ui.worker import SyncRunner
from tests.accounts import as_operator
from tests.services.plans.plan_print_fixtures import seed
from tests.services.plans.test_plans import count, draft_with_goals, make_case

D = dt.date


def count_reloads(monkeypatch, view) -> list[object]:
    """Record every reload of ``view`` (it still reloads)."""
    calls: list[object] = []
    original = view.reload

    def spy(*args: object) -> None:
        calls.append(args)
        original(*args)

    monkeypatch.setattr(view, "reload", spy)
    return calls


@pytest.fixture
def heard(env):
    """Every change the hub announces, in order."""
    seen: list[Changes] = []
    unsubscribe = env.db.hub.subscribe(seen.append)
    yield seen
    unsubscribe()


def test_editor_of_plan_a_ignores_plan_b_and_follows_plan_a(qtbot, monkeypatch, env):
    case_a, case_b = make_case(env.db, env.ctx, last="Alfa"), make_case(env.db, env.ctx, "Beta")
    plan_a = plans.create_draft(env.db, env.ctx, case_a.id)
    plan_b = plans.create_draft(env.db, env.ctx, case_b.id)
    editor = PlanEditor(env, case_a.id)
    qtbot.addWidget(editor)
    assert editor.plan.id == plan_a.id and not editor.plan.goals
    reloads = count_reloads(monkeypatch, editor)

    plans.add_goal(env.db, env.ctx, plan_b.id, GoalInput("abitare", "Goal di un altro caso"))
    assert reloads == [] and not editor.plan.goals

    plans.add_goal(env.db, env.ctx, plan_a.id, GoalInput("abitare", "Curare la casa"))
    assert len(reloads) == 1
    assert [g.title for g in editor.plan.goals] == ["Curare la casa"]
    assert editor.tree.topLevelItemCount() == 1

    # a new version of this case, made elsewhere, shows in the versions list
    plans.agree(env.db, env.ctx, plan_a.id, D(2026, 3, 1), "Dott.ssa Rossi")
    assert len(reloads) == 2 and editor.plan.status is PlanStatus.CONDIVISO
    plans.new_version(env.db, env.ctx, plan_a.id)
    assert len(reloads) == 3 and editor.version.count() == 2
    # ... and a new version of another case does not
    plans.agree(env.db, env.ctx, plan_b.id, D(2026, 3, 1), "Dott.ssa Rossi")
    plans.new_version(env.db, env.ctx, plan_b.id)
    assert len(reloads) == 3


def test_the_editors_own_writes_reload_it_once(qtbot, monkeypatch, env, heard):
    case = make_case(env.db, env.ctx)
    editor = PlanEditor(env, case.id)
    qtbot.addWidget(editor)
    reloads = count_reloads(monkeypatch, editor)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert heard[-1].initiator is editor
    assert len(reloads) == 1 and editor.plan is not None and editor.plan.can_add_goal

    dialog = editor.make_goal_dialog()
    qtbot.keyClicks(dialog.title, "Trovare lavoro")
    dialog.save()
    # the dialog's write is announced as its own; the editor skips the echo (it reloads
    # once the dialog is accepted, see _dialog_done)
    assert heard[-1].initiator is dialog and dialog.result_plan is not None
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(reloads) == 1


def test_an_agreed_plan_shows_no_editing_buttons(qtbot, env):
    seeded = seed(env.db, env.ctx)
    editor = PlanEditor(env, seeded.case_id)
    qtbot.addWidget(editor)
    plan = editor.plan
    assert plan.status is PlanStatus.CONDIVISO and plan.is_frozen
    editor.tree.select("goal", plan.goals[0].id)
    editing = (editor.add_goal_button, editor.add_action_button, editor.edit_button)
    assert not any(b.isEnabled() for b in (*editing, editor.remove_button, editor.agree_button))
    assert editor.save_summary.isHidden() and editor.discard_button.isHidden()
    assert editor.summary.isReadOnly() and not editor.next_review.isEnabled()
    assert editor.review_button.isEnabled() and editor.make_edit_dialog() is None

    # the buttons follow the flags, not the status: same status, editable flags
    open_flags = replace(
        plan, can_edit=True, can_add_goal=True, can_agree=True, can_discard=True, can_review=False
    )
    editor.show_data(replace(editor.data, plan=open_flags))
    editor.tree.select("goal", plan.goals[0].id)
    assert all(b.isEnabled() for b in (*editing, editor.remove_button, editor.agree_button))
    assert not editor.save_summary.isHidden() and not editor.discard_button.isHidden()
    assert not editor.summary.isReadOnly() and not editor.review_button.isEnabled()


def test_a_draft_with_closed_flags_is_not_editable(qtbot, env):
    case = make_case(env.db, env.ctx)
    draft_with_goals(env.db, env.ctx, case.id)
    editor = PlanEditor(env, case.id)
    qtbot.addWidget(editor)
    assert editor.plan.status is PlanStatus.BOZZA and editor.add_goal_button.isEnabled()
    closed = replace(
        editor.plan, is_frozen=True, can_edit=False, can_add_goal=False, can_agree=False
    )
    editor.show_data(replace(editor.data, plan=replace(closed, can_discard=False)))
    assert not editor.add_goal_button.isEnabled() and not editor.agree_button.isEnabled()
    assert editor.summary.isReadOnly() and editor.discard_button.isHidden()


def test_plans_page_reloads_on_plans_and_cases_only(qtbot, monkeypatch, env):
    seeded = seed(env.db, env.ctx)
    page = PlansPage(env)
    qtbot.addWidget(page)
    page.due_check.setChecked(False)
    reloads = count_reloads(monkeypatch, page)
    env.db.hub.emit(Changes.of(apartments=["a1"], events=["e1"]))
    assert reloads == []
    env.db.hub.emit(Changes.of(cases=["c1"]))
    assert len(reloads) == 1
    draft = plans.new_version(env.db, env.ctx, seeded.plan_id)
    assert len(reloads) == 2
    assert any(r.plan_id == draft.id and r.status is PlanStatus.BOZZA for r in page.model.rows)


def test_printing_from_the_editor_is_audited_and_open_to_the_social_worker(
    qtbot, monkeypatch, db, ctx
):
    seeded = seed(db, ctx)
    worker = as_operator(db, ctx, Role.ASSISTENTE_SOCIALE, seeded.case_id)
    env = UiEnv(db, worker, SyncRunner())
    editor = PlanEditor(env, seeded.case_id)
    qtbot.addWidget(editor)
    reloads = count_reloads(monkeypatch, editor)
    seen: list[Changes] = []
    unsubscribe = db.hub.subscribe(seen.append)
    before = count(db, AuditEntry, AuditEntry.action == "print")
    shown: list[object] = []
    editor.print_plan(on_shown=shown.append)
    unsubscribe()
    assert shown and shown[0].page_count() >= 1
    assert count(db, AuditEntry, AuditEntry.action == "print") == before + 1
    assert seen[-1].initiator is editor.print_button and reloads == []
    assert editor.print_button.isEnabled()


def test_diary_extract_dialog_shows_errors_inline_and_makes_the_pdf(qtbot, env, heard):
    seeded = seed(env.db, env.ctx)
    dialog = DiaryExtractDialog(env, seeded.case_id)
    qtbot.addWidget(dialog)
    dialog.date_from.set_value(D(2026, 6, 1))
    dialog.date_to.set_value(D(2026, 1, 1))
    dialog.save()
    assert "precede" in dialog.errors.message("date_to") and dialog.pdf is None
    dialog.date_from.set_value(D(2026, 1, 1))
    dialog.date_to.set_value(D(2026, 6, 30))
    dialog.save()
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")
    assert heard[-1].initiator is dialog and dialog.result() == dialog.DialogCode.Accepted


def test_scoring_writes_through_ops_and_other_cases_do_not_reload(qtbot, monkeypatch, env, heard):
    case, other = make_case(env.db, env.ctx), make_case(env.db, env.ctx, last="Altro")
    widget = AssessmentWidget(env, case.id)
    other_widget = AssessmentWidget(env, other.id)
    qtbot.addWidget(widget)
    qtbot.addWidget(other_widget)
    reloads, other_reloads = (
        count_reloads(monkeypatch, widget),
        count_reloads(monkeypatch, other_widget),
    )
    dialog = widget.make_scoring_dialog()
    qtbot.addWidget(dialog)
    dialog.date.set_value(D(2026, 3, 1))
    dialog.choose("abitare", 3)
    dialog.save()
    assert dialog.result is not None and heard[-1].initiator is dialog
    # the dialog's own widget reloads after exec (open_scoring); the echo is skipped
    assert reloads == [] and other_reloads == []
    dialog2 = other_widget.make_scoring_dialog()
    qtbot.addWidget(dialog2)
    dialog2.date.set_value(D(2026, 3, 1))
    dialog2.choose("abitare", 2)
    dialog2.save()
    assert dialog2.result is not None
    assert reloads == [] and other_reloads == []
    # an assessment of this case written elsewhere reloads this widget only
    from rts_desktop.services.plans.assessments import AssessmentInput, record_assessment

    person = widget.data.header.members[0].beneficiary_id
    record_assessment(
        env.db, env.ctx, AssessmentInput(case.id, person, D(2026, 4, 1), {"abitare": 4})
    )
    assert len(reloads) == 1 and other_reloads == []


def test_batch_print_keeps_cancel_usable_while_it_runs(qtbot, monkeypatch, env, tmp_path):
    seed(env.db, env.ctx)
    page = PlansPage(env)
    qtbot.addWidget(page)
    batch = page.make_batch_dialog()
    qtbot.addWidget(batch)
    batch.processes = 1
    batch.folder.setText(str(tmp_path))
    during: list[tuple[bool, bool, bool]] = []
    original = batch.progressed

    def progressed(done: int, total: int, message: str) -> None:
        during.append(
            (batch.isEnabled(), batch.cancel_button.isEnabled(), batch.start_button.isEnabled())
        )
        original(done, total, message)

    monkeypatch.setattr(batch, "progressed", progressed)
    qtbot.mouseClick(batch.start_button, Qt.MouseButton.LeftButton)
    assert during and all(d == (True, True, False) for d in during)
    assert batch.report is not None and len(batch.report.written) == 1
    assert not batch.start_button.isEnabled() and batch.task is None
    qtbot.mouseClick(batch.cancel_button, Qt.MouseButton.LeftButton)  # now "Chiudi"
    assert batch.result() == batch.DialogCode.Rejected
