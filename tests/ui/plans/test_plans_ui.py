"""Plan editor, assessments, chart and the "Piani e documenti" area, driven like a person."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from rts_desktop.services.plans import plan as plans
from rts_desktop.ui.plans.assessment_widget import AssessmentWidget
from rts_desktop.ui.plans.chart import ProgressChart
from rts_desktop.ui.plans.page import PlansPage
from rts_desktop.ui.plans.plan_editor import PlanEditor
from tests.services.plans.plan_print_fixtures import seed
from tests.services.plans.test_plans import make_case

D = dt.date


def add_goal(qtbot, editor, domain, title, indicator):
    dialog = editor.make_goal_dialog()
    dialog.domain.setCurrentIndex(dialog.domain.findData(domain))
    qtbot.keyClicks(dialog.title, title)
    qtbot.keyClicks(dialog.indicator, indicator)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    editor.reload(dialog.result_plan.id)


def test_write_agree_and_version_a_plan(qtbot, env):
    case = make_case(env.db, env.ctx, last="Ștefan")
    editor = PlanEditor(env, case.id)
    qtbot.addWidget(editor)
    assert editor.new_button.text().replace("&", "") == "Nuova bozza"
    assert "non ha ancora un progetto" in editor.info.text()
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.plan is not None and editor.plan.status == "bozza"
    assert "Bozza" in editor.status.text() and editor.add_goal_button.isEnabled()

    # an empty title is refused under the field, nothing written
    dialog = editor.make_goal_dialog()
    dialog.save()
    assert dialog.errors.message("title") and dialog.result() != dialog.DialogCode.Accepted
    add_goal(qtbot, editor, "gestione_denaro", "Pagare la quota ogni mese", "Nessun arretrato")
    add_goal(qtbot, editor, "lavoro_formazione", "Trovare lavoro", "Contratto firmato")
    add_goal(qtbot, editor, "abitare", "Curare la casa", "Visite positive")
    assert len(editor.plan.goals) == 3
    # the tree groups goals by domain in the framework order
    assert editor.tree.topLevelItem(0).text(0) == "ABITARE"
    assert editor.tree.select("goal", editor.plan.goals[0].id)
    action = editor.make_action_dialog()
    qtbot.keyClicks(action.description, "Bilancio mensile")
    action.owner.setCurrentIndex(action.owner.findData("sst"))
    action.save()
    editor.reload(action.result_plan.id)
    assert any(a.owner == "sst" for g in editor.plan.goals for a in g.actions)

    qtbot.keyClicks(editor.summary, "Verso l'autonomia")
    assert editor.is_dirty()
    editor.save_summary_text()
    assert not editor.is_dirty() and editor.plan.summary == "Verso l'autonomia"

    agree = editor.make_agree_dialog()
    agree.agreed_with.clear()
    agree.save()
    assert agree.errors.message("agreed_with")
    assert editor.plan.status == "bozza"
    qtbot.keyClicks(agree.agreed_with, "Paola Ferrario")
    agree.save()
    editor.reload(agree.result_plan.id)
    assert editor.plan.status == "condiviso" and "Paola Ferrario" in editor.info.text()
    assert not editor.add_goal_button.isEnabled() and editor.summary.isReadOnly()
    assert editor.review_button.isEnabled() and not editor.agree_button.isEnabled()

    review = editor.make_review_dialog()
    review.set_outcome(editor.plan.goals[0].id, "raggiunto", "Tutto pagato")
    review.save()
    editor.reload(review.result_plan.id)
    assert "25/11/2026" in editor.reviews.text() and "1 raggiunto" in editor.reviews.text()

    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.plan.version_no == 2 and editor.plan.status == "bozza"
    assert len(editor.plan.goals) == 3 and editor.diff_button.isEnabled()
    add_goal(qtbot, editor, "progetto_uscita", "Domanda ERP", "Protocollata")
    from rts_desktop.ui.plans.diff_dialog import DiffDialog

    diff = DiffDialog(env, editor.data.versions, editor.plan.id, editor)
    qtbot.addWidget(diff)
    assert "Obiettivo aggiunto" in diff.text.toPlainText()
    assert "Domanda ERP" in diff.text.toPlainText()


def test_edit_dialog_only_on_drafts(qtbot, env):
    seeded = seed(env.db, env.ctx)
    editor = PlanEditor(env, seeded.case_id)
    qtbot.addWidget(editor)
    editor.tree.select("goal", editor.plan.goals[0].id)
    assert editor.make_edit_dialog() is None  # agreed: frozen
    draft = plans.new_version(env.db, env.ctx, seeded.plan_id)
    editor.reload(draft.id)
    editor.tree.select("goal", editor.plan.goals[0].id)
    dialog = editor.make_edit_dialog()
    assert dialog is not None and dialog.title.toPlainText() == editor.plan.goals[0].title


def test_score_twice_and_see_the_chart(qtbot, env):
    case = make_case(env.db, env.ctx, last="Nguyễn")
    widget = AssessmentWidget(env, case.id)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    assert widget.chart.progress is not None and not widget.chart.progress.series
    for day, score in ((D(2026, 3, 1), 2), (D(2026, 11, 20), 4)):
        dialog = widget.make_scoring_dialog()
        dialog.date.set_value(day)
        dialog.choose("abitare", score)
        dialog.choose("gestione_denaro", score - 1)
        assert "●" in dialog.domains.item(0).text()
        dialog.save()
        assert dialog.result is not None
        widget.reload()
    progress = widget.chart.progress
    assert [s.label for s in progress.series] == ["Abitare", "Gestione del denaro"]
    assert len(progress.dates) == 2
    assert widget.model.rowCount() == 2
    assert widget.model.index(0, 3).data() == "▲ +2"
    widget.chart.grab()  # paints without errors


def test_scoring_dialog_shows_anchor_texts_and_refuses_empty(qtbot, env):
    case = make_case(env.db, env.ctx)
    widget = AssessmentWidget(env, case.id)
    qtbot.addWidget(widget)
    dialog = widget.make_scoring_dialog()
    qtbot.addWidget(dialog)
    domain = dialog.framework.domains[1]
    dialog.domains.setCurrentRow(1)
    assert dialog.domain_title.text() == domain.label
    assert dialog.anchor_labels[3].text() == domain.level(3).anchor
    dialog.save()  # nothing scored
    assert dialog.errors.message("scores") and dialog.result is None


def test_comparison_model(qtbot, qtmodeltester, env):
    seeded = seed(env.db, env.ctx)
    widget = AssessmentWidget(env, seeded.case_id)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert widget.model.rowCount() == 2


def test_chart_empty_state_paints(qtbot):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    assert not chart.grab().isNull()


@pytest.mark.usefixtures("plurals")
def test_plans_page_filters_prints_and_batches(qtbot, qtmodeltester, env, tmp_path):
    seeded = seed(env.db, env.ctx)
    page = PlansPage(env)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    # default: reviews due by the end of next month (10/12/2026 is)
    assert [r.plan_id for r in page.model.rows] == [seeded.plan_id]
    assert page.count.text() == "1 progetto"
    page.due.set_value(D(2026, 12, 1))
    assert page.model.rowCount() == 0
    page.due_check.setChecked(False)
    page.status.setCurrentIndex(page.status.findData("condiviso"))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    shown = []
    page.print_selected(on_shown=shown.append)
    assert shown and shown[0].page_count() >= 1
    dialog = page.make_case_dialog()
    qtbot.addWidget(dialog)
    assert dialog.editor.plan.id == seeded.plan_id

    batch = page.make_batch_dialog()
    qtbot.addWidget(batch)
    batch.processes = 1
    batch.start()
    assert "Scegli una cartella" in batch.status.text()
    batch.folder.setText(str(tmp_path))
    qtbot.mouseClick(batch.start_button, Qt.MouseButton.LeftButton)
    assert batch.report is not None and len(batch.report.written) == 1
    assert "Stampati 1 progetti su 1" in batch.status.text()
    assert (tmp_path / f"{seeded.case_code}_progetto_v1.pdf").exists()
