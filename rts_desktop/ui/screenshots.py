"""Offscreen renders of views for the README and for reviewing (``rts-desktop screenshot``).

Each entry maps a view name to "module:function"; the function receives the ``UiEnv`` and
the main window and returns the widget to grab (after putting it in the state to show).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.fileio import make_folders, make_private
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow

ShotFn = Callable[[UiEnv, MainWindow], QWidget]

VIEWS: dict[str, str] = {
    "main": "rts_desktop.ui.screenshots:main_view",
    "today": "rts_desktop.ui.today.shots:today",
    "calendar-week": "rts_desktop.ui.calendar.shots:week",
    "calendar-month": "rts_desktop.ui.calendar.shots:month",
    "calendar-agenda": "rts_desktop.ui.calendar.shots:agenda",
    "event-dialog": "rts_desktop.ui.calendar.shots:event_dialog",
    "attendance": "rts_desktop.ui.calendar.shots:attendance",
    "housing-board": "rts_desktop.ui.housing.shots:board",
    "housing-board-quarter": "rts_desktop.ui.housing.shots:board_quarter",
    "housing-list": "rts_desktop.ui.housing.shots:apartment_list",
    "housing-file": "rts_desktop.ui.housing.shots:apartment_file",
    "housing-move-in": "rts_desktop.ui.housing.shots:move_in",
    "cases": "rts_desktop.ui.cases.shots:cases_view",
    "case": "rts_desktop.ui.cases.shots:case_view",
    "case-timeline": "rts_desktop.ui.cases.shots:case_timeline_view",
    "case-diary": "rts_desktop.ui.cases.shots:case_diary_view",
    "new-case": "rts_desktop.ui.cases.shots:new_case_view",
    "case-documents": "rts_desktop.ui.cases.shots:case_documents_view",
    "case-fse": "rts_desktop.ui.cases.shots:case_fse_view",
    "edit-person": "rts_desktop.ui.cases.shots:edit_person_view",
    "plans-area": "rts_desktop.ui.plans.shots:plans_area",
    "plan-editor": "rts_desktop.ui.plans.shots:plan_editor",
    "assessment": "rts_desktop.ui.plans.shots:assessment",
    "plan-chart": "rts_desktop.ui.plans.shots:plan_chart",
    "plan-preview": "rts_desktop.ui.plans.shots:plan_preview",
    "sync": "rts_desktop.ui.sync.shots:sync_view",
    "sync-conflicts": "rts_desktop.ui.sync.shots:sync_conflicts",
    "sync-import-report": "rts_desktop.ui.sync.shots:sync_import_report",
    "login": "rts_desktop.ui.login.shots:login",
    "lock": "rts_desktop.ui.login.shots:lock",
    "audit": "rts_desktop.ui.login.shots:audit",
    "reports": "rts_desktop.ui.reports.shots:reports",
}


def main_view(env: UiEnv, window: MainWindow) -> QWidget:
    return window


def resolve(view: str) -> ShotFn:
    if view not in VIEWS:
        raise ValidationError(
            "view",
            N_("Vista sconosciuta: {v} (disponibili: {all}).").format(v=view, all=", ".join(VIEWS)),
        )
    module_name, function_name = VIEWS[view].split(":")
    return getattr(importlib.import_module(module_name), function_name)


def _operator_name(env: UiEnv) -> str | None:
    from rts_desktop.services.operators import list_operators

    found = [o for o in list_operators(env.db) if o.id == env.ctx.operator_id]
    return found[0].full_name if found else None


def grab(env: UiEnv, view: str, out: Path, size: tuple[int, int]) -> Path:
    """Show the main window at ``size``, put ``view`` on screen and save it as PNG."""
    shot = resolve(view)
    window = MainWindow(env, operator_name=_operator_name(env))
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    widget = shot(env, window)
    for _ in range(3):
        QApplication.processEvents()
    make_folders(out.parent)
    if not widget.grab().save(str(out)):
        raise ValidationError("out", N_("Impossibile salvare l'immagine {path}.").format(path=out))
    make_private(out)  # 0600: the window may show people
    # hidden, not closed: closing a dialog with unsaved input asks before discarding it
    widget.hide()
    window.hide()
    return out
