"""Screenshot views of the plans area (``rts-desktop screenshot --view plan-editor|...``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models.vocab import PlanStatus
from rts_desktop.services.plans.listing import plan_rows
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.plans.page import CasePlanDialog, PlansPage

SIZE = (1280, 800)


def _page(window: MainWindow) -> PlansPage:
    window.show_area("plans")
    page = window.pages.currentWidget()
    assert isinstance(page, PlansPage)
    return page


def _richest_case(env: UiEnv) -> tuple[str, str, str]:
    """(case id, plan id, title) of the agreed plan with the most goals."""
    rows = plan_rows(env.db, status=PlanStatus.CONDIVISO)
    if not rows:
        raise ValidationError("view", N_("Nessun progetto condiviso nel database."))
    row = max(rows, key=lambda r: (r.goal_count, r.version_no))
    return row.case_id, row.plan_id, f"{row.case_code} – {row.household_name}"


def _case_dialog(env: UiEnv, window: MainWindow) -> CasePlanDialog:
    case_id, plan_id, title = _richest_case(env)
    dialog = CasePlanDialog(env, case_id, title, window)
    dialog.editor.reload(plan_id)
    dialog.resize(*SIZE)
    dialog.show()
    QApplication.processEvents()
    return dialog


def plans_area(env: UiEnv, window: MainWindow) -> QWidget:
    _page(window)
    return window


def plan_editor(env: UiEnv, window: MainWindow) -> QWidget:
    dialog = _case_dialog(env, window)
    tree = dialog.editor.tree
    if tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0).child(0))
    return dialog


def plan_chart(env: UiEnv, window: MainWindow) -> QWidget:
    dialog = _case_dialog(env, window)
    dialog.tabs.setCurrentWidget(dialog.assessment)
    QApplication.processEvents()
    return dialog


def assessment(env: UiEnv, window: MainWindow) -> QWidget:
    dialog = _case_dialog(env, window)
    dialog.tabs.setCurrentWidget(dialog.assessment)
    scoring = dialog.assessment.make_scoring_dialog()
    scoring.choose("abitare", 3)
    scoring.choose("gestione_denaro", 2)
    scoring.choose("convivenza_condominio", 4)
    scoring.domains.setCurrentRow(2)
    scoring.resize(1040, 700)
    scoring.show()
    QApplication.processEvents()
    return scoring


def plan_preview(env: UiEnv, window: MainWindow) -> QWidget:
    dialog = _case_dialog(env, window)
    shown: list[PdfPreviewDialog] = []
    dialog.editor.print_plan(on_shown=shown.append)
    for _ in range(50):
        QApplication.processEvents()
        if shown:
            break
        import time

        time.sleep(0.05)
    if not shown:
        raise ValidationError("view", N_("Anteprima non pronta."))
    preview = shown[0]
    preview.resize(900, 1000)
    preview.show()
    for _ in range(5):
        QApplication.processEvents()
    return preview
