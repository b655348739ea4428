"""Every window and dialog of the interface, opened on the demo data as a person opens it.

``OPENERS`` maps each class to a function that opens one on screen and returns it, over
the main window or the window it opens from (``Scene`` builds those once per module).
``tests/ui/test_geometry.py`` checks that each fits the screen; a new dialog class fails
there until it is added here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rts_desktop.db import Database
from rts_desktop.demo import generate_small
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, EditConflict, FieldClash
from rts_desktop.models.vocab import CaseStatus, PlanStatus, Role
from rts_desktop.services.calendar import events as cal
from rts_desktop.services.calendar.queries import occurrences
from rts_desktop.services.cases.case_list import list_case_rows
from rts_desktop.services.housing import upkeep
from rts_desktop.services.housing.board import board_data
from rts_desktop.services.operators.login import Identity
from rts_desktop.services.plans.listing import plan_rows
from rts_desktop.services.plans.printing_batch import PlanJob
from rts_desktop.sync import api
from rts_desktop.sync.view import conflict_rows, overview
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.cases import consents_box, edit_case, fse_outcome, fse_sheet, lifecycle
from rts_desktop.ui.cases.agreement_dialogs import AgreementDialog, PaymentDialog, WarningDialog
from rts_desktop.ui.cases.attach_dialog import AttachDocumentDialog
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.edit_person import EditPersonDialog
from rts_desktop.ui.cases.household_dialogs import AddMemberDialog, EndMembershipDialog
from rts_desktop.ui.cases.new_case import NewCaseDialog
from rts_desktop.ui.cases.sharing_dialog import SharingDialog
from rts_desktop.ui.common.edit_conflict_dialog import EditConflictDialog
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog
from rts_desktop.ui.housing import stay_dialogs, upkeep_dialogs
from rts_desktop.ui.housing.apartment_file import ApartmentFileDialog
from rts_desktop.ui.housing.case_summary import CaseSummaryDialog
from rts_desktop.ui.housing.stay_actions import StayActions
from rts_desktop.ui.login.account import ChangePasswordDialog
from rts_desktop.ui.login.dialogs import LoginDialog, RecoveryDialog, SwitchUserDialog
from rts_desktop.ui.login.first_run import FirstRunDialog
from rts_desktop.ui.login.lock import UnlockDialog
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.plans.agree_review import AgreeDialog, ReviewDialog
from rts_desktop.ui.plans.batch_dialog import BatchPrintDialog
from rts_desktop.ui.plans.diff_dialog import DiffDialog
from rts_desktop.ui.plans.goal_dialogs import ActionDialog, GoalDialog
from rts_desktop.ui.plans.page import CasePlanDialog
from rts_desktop.ui.plans.printing import DiaryExtractDialog
from rts_desktop.ui.plans.scoring_dialog import ScoringDialog
from rts_desktop.ui.sync.devices import EnrolDialog
from rts_desktop.ui.sync.edit_value import EditValueDialog
from rts_desktop.ui.sync.import_dialog import ImportBundleDialog
from rts_desktop.ui.sync.prepare_dialog import PrepareBundleDialog
from rts_desktop.ui.sync.report_dialog import ImportReportDialog
from rts_desktop.ui.worker import SyncRunner
from tests.conftest import FIXED_NOW

#: classes that are only ever opened through a subclass
BASES = {"_CaseDialog", "_Form", "FormDialog", "PlanWriteDialog"}


@contextmanager
def demo_scene(folder: Path) -> Iterator[Scene]:
    """The demo data with an open conflict (a copy made by the Sync screenshots' helper),
    its settings in ``folder``; the windows it kept are closed at the end."""
    from rts_desktop.db import init_database
    from rts_desktop.ui.sync.shots import conflict_copy

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RTS_DATA_DIR", str(folder / "data"))
        patch.setenv("RTS_CONFIG_DIR", str(folder / "config"))
        demo = init_database(f"sqlite:///{folder / 'demo.db'}", device_name="Ufficio")
        generate_small(demo, seed=2026, today=dt.date(2026, 11, 25))
        ctx = ActingContext(
            device_id=demo.device_id,
            operator_id=None,
            role=Role.COORDINATORE,
            clock=lambda: FIXED_NOW,
        )
        copy, report = conflict_copy(UiEnv(demo, ctx, SyncRunner()))
        env = UiEnv(copy.db, dataclasses.replace(ctx, device_id=copy.db.device_id), SyncRunner())
        made = Scene(env, report, folder)
        yield made
        for widget in reversed(made.kept):
            widget.hide()
            widget.deleteLater()
        settle()
        copy.db.close()
        demo.close()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


class Scene:
    """The demo database with one open conflict, the main window on it, and the windows
    the dialogs open from (built when first asked for, then kept for the module)."""

    def __init__(self, env: UiEnv, report: api.ImportReport, folder: Path) -> None:
        self.env = env
        self.db: Database = env.db
        self.report = report
        self.folder = folder
        self.kept: list[QWidget] = []

    def keep(self, widget: QWidget) -> QWidget:
        self.kept.append(widget)
        return widget

    @cached_property
    def window(self) -> MainWindow:
        window = MainWindow(self.env, operator_name="Coordinatrice di prova")
        window.show()
        settle()
        return self.keep(window)  # type: ignore[return-value]

    # ---- a case file --------------------------------------------------------------------
    @cached_property
    def case_id(self) -> str:
        """An active case in an apartment, with the most flags (the fullest file)."""
        listed = list_case_rows(self.db, self.env.ctx.today(), ctx=self.env.ctx)
        housed = [c for c in listed if c.status == CaseStatus.ATTIVO and c.apartment_id]
        return max(housed, key=lambda c: (len(c.flags), c.code)).id

    @cached_property
    def case_file(self) -> CaseFileWindow:
        case_file = self.window.open_case(self.case_id)
        assert isinstance(case_file, CaseFileWindow)
        settle()
        return self.keep(case_file)  # type: ignore[return-value]

    # ---- plans --------------------------------------------------------------------------
    @cached_property
    def plan_row(self):  # type: ignore[no-untyped-def]
        rows = plan_rows(self.db, status=PlanStatus.CONDIVISO)
        return max(rows, key=lambda r: (r.goal_count, r.version_no))

    @cached_property
    def plan_dialog(self) -> CasePlanDialog:
        row = self.plan_row
        dialog = CasePlanDialog(
            self.env, row.case_id, f"{row.case_code} – {row.household_name}", self.window
        )
        dialog.editor.reload(row.plan_id)
        dialog.show()
        settle()
        return self.keep(dialog)  # type: ignore[return-value]

    # ---- housing ------------------------------------------------------------------------
    @cached_property
    def stay_actions(self) -> StayActions:
        return StayActions(self.env, self.window)

    @cached_property
    def stay(self):  # type: ignore[no-untyped-def]
        today = self.env.ctx.today()
        data = board_data(self.db, today, today + dt.timedelta(days=1), ctx=self.env.ctx)
        return next(s for s in data.stays if s.is_open and not s.hidden)

    @cached_property
    def request(self) -> upkeep.MaintenanceDTO:
        return upkeep.open_requests(self.db)[0]


def _edit_conflict(scene: Scene) -> QWidget:
    """Someone else saved the case the form was editing (the facts the service gives)."""
    case = scene.case_file.data.case
    headline = N_("Modificato da {name} alle {time}.").format(name="Anna Rossi", time="11:42")
    conflict = EditConflict(
        N_("{headline} Ricarica e riprova.").format(headline=headline),
        headline=headline,
        entity="cases",
        record_id=case.id,
        version=case.version,
        by="Anna Rossi",
        at=scene.env.ctx.now(),
        fields=(
            FieldClash("summary", "Nucleo con due minori, " * 4, "Sfratto esecutivo a marzo"),
            FieldClash("sst_social_worker", None, "Dott.ssa Neri", mine_changed=False),
            FieldClash("referral_date", dt.date(2026, 3, 2), dt.date(2026, 3, 1)),
        ),
    )
    form = scene.case_file.actions.case_dialog("edit")  # the labels as the form shows them
    labels = dict(form.labels)
    form.deleteLater()
    return EditConflictDialog(conflict, labels, scene.case_file)


def _show(widget: QWidget) -> QWidget:
    widget.show()
    settle()
    return widget


def _group_occurrence(scene: Scene):  # type: ignore[no-untyped-def]
    now = scene.env.ctx.now()
    found = [
        o
        for o in occurrences(scene.db, now - dt.timedelta(days=60), now)
        if len(o.beneficiary_ids) >= 3
    ]
    return found[-1]


def _event(scene: Scene) -> QWidget:
    occ = _group_occurrence(scene)
    return EventDialog(scene.env, event=cal.get_event(scene.db, occ.event_id), parent=scene.window)


def _attendance(scene: Scene) -> QWidget:
    occ = _group_occurrence(scene)
    return AttendanceDialog(scene.env, occ.event_id, occ.original_start, scene.window)


def _lifecycle(scene: Scene) -> QWidget:
    file = scene.case_file
    key = next(iter(file.action_buttons))
    return file.make_action_dialog(key)


def _pdf(scene: Scene) -> QWidget:
    shown: list[PdfPreviewDialog] = []
    scene.plan_dialog.editor.print_plan(on_shown=shown.append)
    settle()
    return shown[0]


def _unlock(scene: Scene) -> QWidget:
    who = Identity("", "coordinatore", "Coordinatrice di prova", scene.env.ctx.role)
    return UnlockDialog(scene.db, who, lambda: None)


def _goal_selected(scene: Scene) -> QWidget:
    editor = scene.plan_dialog.editor
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    dialog = editor.make_action_dialog()
    assert dialog is not None
    return dialog


def _scoring(scene: Scene) -> QWidget:
    dialog = scene.plan_dialog.assessment.make_scoring_dialog()
    assert isinstance(dialog, ScoringDialog)
    return dialog


def _edit_value(scene: Scene) -> QWidget:
    return EditValueDialog(scene.env, conflict_rows(scene.db)[0], scene.window)


def _prepare(scene: Scene) -> QWidget:
    return PrepareBundleDialog(scene.env, list(overview(scene.db).devices), scene.window)


def _batch(scene: Scene) -> QWidget:
    rows = plan_rows(scene.db)
    jobs = [PlanJob(r.plan_id, r.case_code, r.version_no) for r in rows]
    return BatchPrintDialog(scene.env, jobs, scene.folder, scene.window)


def _member(scene: Scene):  # type: ignore[no-untyped-def]
    data = scene.case_file.data
    assert data is not None
    return next(m for m in data.case.household.members if m.to_date is None)


def _agreement_tab(scene: Scene):  # type: ignore[no-untyped-def]
    """The agreement tab of the case file, on a month of its ledger."""
    tab = scene.case_file.agreement_tab
    scene.case_file.tabs.setCurrentWidget(tab)
    settle()
    if tab.ledger.model().rowCount():
        tab.ledger.selectRow(0)
    return tab


def _payment(scene: Scene) -> QWidget:
    dialog = _agreement_tab(scene).make_payment_dialog()
    assert dialog is not None, "no month in the ledger of the case"
    return dialog


def _warning(scene: Scene) -> QWidget:
    dialog = _agreement_tab(scene).make_warning_dialog()
    assert dialog is not None, "no agreement for the case"
    return dialog


Opener = Callable[[Scene], QWidget]

OPENERS: dict[type[QWidget], Opener] = {
    MainWindow: lambda s: s.window,
    CaseFileWindow: lambda s: s.case_file,
    CasePlanDialog: lambda s: s.plan_dialog,
    # calendar
    EventDialog: _event,
    AttendanceDialog: _attendance,
    # cases
    NewCaseDialog: lambda s: NewCaseDialog(s.env, s.window),
    EditPersonDialog: lambda s: s.case_file.actions.edit_person_dialog(_member(s).beneficiary_id),
    AddMemberDialog: lambda s: s.case_file.actions.add_member_dialog(),
    EndMembershipDialog: lambda s: EndMembershipDialog(s.env, _member(s), s.case_file),
    edit_case.EditCaseDialog: lambda s: s.case_file.actions.case_dialog("edit"),
    edit_case.AssignEducatorDialog: lambda s: s.case_file.actions.case_dialog("educator"),
    edit_case.FollowUpDialog: lambda s: s.case_file.actions.case_dialog("follow_up"),
    EditConflictDialog: _edit_conflict,
    SharingDialog: lambda s: s.case_file.actions.sharing_dialog(),
    lifecycle.LifecycleDialog: _lifecycle,
    AttachDocumentDialog: lambda s: AttachDocumentDialog(s.env, s.case_file.data, s.case_file),
    consents_box.ConsentDialog: lambda s: consents_box.ConsentDialog(
        s.env, _member(s).beneficiary_id, s.case_file
    ),
    AgreementDialog: lambda s: _agreement_tab(s).make_agreement_dialog(),
    PaymentDialog: _payment,
    WarningDialog: _warning,
    fse_sheet.SheetDialog: lambda s: s.case_file.fse.make_dialog(),
    fse_outcome.OutcomeDialog: lambda s: fse_outcome.OutcomeDialog(
        s.env, s.case_file.data, s.case_file
    ),
    # housing
    ApartmentFileDialog: lambda s: ApartmentFileDialog(
        s.env, s.stay.apartment_id, s.stay_actions, s.window
    ),
    CaseSummaryDialog: lambda s: CaseSummaryDialog(s.env, s.stay.case_id, s.stay_actions, s.window),
    stay_dialogs.PlanStayDialog: lambda s: stay_dialogs.PlanStayDialog(s.env, parent=s.window),
    stay_dialogs.MoveInDialog: lambda s: stay_dialogs.MoveInDialog(s.env, s.stay, s.window),
    stay_dialogs.MoveOutDialog: lambda s: stay_dialogs.MoveOutDialog(s.env, s.stay, s.window),
    stay_dialogs.ExtendDialog: lambda s: stay_dialogs.ExtendDialog(s.env, s.stay, s.window),
    stay_dialogs.MoveDialog: lambda s: stay_dialogs.MoveDialog(s.env, s.stay, s.window),
    upkeep_dialogs.StatusDialog: lambda s: upkeep_dialogs.StatusDialog(
        s.env, s.stay.apartment_id, s.window
    ),
    upkeep_dialogs.InspectionDialog: lambda s: upkeep_dialogs.InspectionDialog(
        s.env, s.stay.apartment_id, s.window
    ),
    upkeep_dialogs.RequestDialog: lambda s: upkeep_dialogs.RequestDialog(
        s.env, s.stay.apartment_id, s.window
    ),
    upkeep_dialogs.AssignDialog: lambda s: upkeep_dialogs.AssignDialog(s.env, s.request, s.window),
    upkeep_dialogs.CloseDialog: lambda s: upkeep_dialogs.CloseDialog(s.env, s.request, s.window),
    # plans
    PdfPreviewDialog: _pdf,
    AgreeDialog: lambda s: s.plan_dialog.editor.make_agree_dialog(),
    ReviewDialog: lambda s: s.plan_dialog.editor.make_review_dialog(),
    GoalDialog: lambda s: s.plan_dialog.editor.make_goal_dialog(),
    ActionDialog: _goal_selected,
    DiffDialog: lambda s: DiffDialog(
        s.env,
        s.plan_dialog.editor.data.versions,
        s.plan_dialog.editor.plan.id,
        s.plan_dialog.editor,
    ),
    DiaryExtractDialog: lambda s: DiaryExtractDialog(s.env, s.plan_row.case_id, s.window),
    ScoringDialog: _scoring,
    BatchPrintDialog: _batch,
    # sync
    EnrolDialog: lambda s: EnrolDialog(s.env, s.window),
    EditValueDialog: _edit_value,
    ImportBundleDialog: lambda s: ImportBundleDialog(s.env, s.window),
    PrepareBundleDialog: _prepare,
    ImportReportDialog: lambda s: ImportReportDialog(s.report, s.window),
    # help
    ShortcutsDialog: lambda s: s.window.menu.show_shortcuts(),
    AboutDialog: lambda s: s.window.menu.show_about(),
    # login
    LoginDialog: lambda s: LoginDialog(s.db.url, str(s.db.path), s.window, hint="demo"),
    RecoveryDialog: lambda s: RecoveryDialog(s.db.url, s.window),
    SwitchUserDialog: lambda s: SwitchUserDialog(s.db, s.window),
    FirstRunDialog: lambda s: FirstRunDialog(
        f"sqlite:///{s.folder / 'nuovo.db'}", str(s.folder / "nuovo.db"), protect=False
    ),
    ChangePasswordDialog: lambda s: ChangePasswordDialog(s.env, s.window),
    UnlockDialog: _unlock,
}


def open_window(scene: Scene, cls: type[QWidget]) -> QWidget:
    """An instance of ``cls`` on screen, laid out."""
    widget = OPENERS[cls](scene)
    assert isinstance(widget, cls), (cls, type(widget))
    if not widget.isVisible():
        _show(widget)
    if isinstance(widget, QDialog) and widget not in scene.kept:
        widget.setModal(False)
    return widget
