"""The "Piani e documenti" area: plans of every case, filtered by status and review date,
with open-editor, print and batch print of the plans due for review."""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import PlanStatus, label
from rts_desktop.services.plans.listing import PlanRow, plan_rows
from rts_desktop.services.plans.printing import plan_pdf
from rts_desktop.services.plans.printing_batch import PlanJob
from rts_desktop.ui.common import files
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, RecordsModel
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.assessment_widget import AssessmentWidget
from rts_desktop.ui.plans.batch_dialog import BatchPrintDialog
from rts_desktop.ui.plans.plan_editor import PlanEditor
from rts_desktop.ui.plans.printing import show_pdf

WATCHED = (Aggregate.PLANS, Aggregate.CASES)

_tr = translator("PlansPage")


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def plans_model(rows: list[PlanRow] | None = None) -> RecordsModel[PlanRow]:
    return RecordsModel(
        [
            Column(_tr("Caso"), lambda r: r.case_code),
            Column(_tr("Nucleo"), lambda r: r.household_name),
            Column(_tr("Versione"), lambda r: r.version_no),
            Column(_tr("Stato"), lambda r: r.status_label),
            Column(_tr("Condiviso il"), lambda r: r.agreed_on),
            Column(_tr("Assistente sociale"), lambda r: r.agreed_with or ""),
            Column(_tr("Prossima verifica"), lambda r: r.next_review_due),
            Column(_tr("Obiettivi"), lambda r: r.goal_count),
        ],
        rows or [],
        muted=lambda r: r.status == PlanStatus.SUPERATO,
    )


class CasePlanDialog(QDialog):
    """Plan editor and assessments of one case, opened from the area list."""

    def __init__(self, env: UiEnv, case_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("case_plan_dialog")
        self.tabs = QTabWidget()
        self.editor = PlanEditor(env, case_id)
        self.assessment = AssessmentWidget(env, case_id)
        self.tabs.addTab(self.editor, self.tr("&Progetto"))
        self.tabs.addTab(self.assessment, self.tr("A&utonomia"))
        QVBoxLayout(self).addWidget(self.tabs)
        fit_to_screen(self, 1180, 760)

    def reject(self) -> None:
        if not self.editor.confirm_leave():
            return
        super().reject()


class PlansPage(QWidget):
    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("plans_page")
        self.preview = None
        today = env.ctx.today()
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("In vigore e bozze"), None)
        for code in (PlanStatus.CONDIVISO, PlanStatus.BOZZA, PlanStatus.SUPERATO):
            self.status.addItem(text_of(label(code)), str(code))
        status_label = QLabel(self.tr("&Stato:"))
        status_label.setBuddy(self.status)
        self.due_check = QCheckBox(self.tr("Verifica &entro il"))
        self.due_check.setObjectName("due_filter")
        self.due_check.setChecked(True)
        self.due = DateEdit(month_end(today + relativedelta(months=1)))
        self.due.setObjectName("due_before")
        self.due.setAccessibleName(self.tr("Verifica entro il"))
        self.count = QLabel()
        self.count.setObjectName("plans_count")
        bar = QHBoxLayout()
        for w in (status_label, self.status, self.due_check, self.due):
            bar.addWidget(w)
        bar.addWidget(self.count, 1)
        self.model = plans_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("plans_table")
        self.table.setAccessibleName(self.tr("Progetti"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("&Apri progetto…"))
        self.open_button.setObjectName("open_plan")
        self.print_button = QPushButton(self.tr("S&tampa…"))
        self.print_button.setObjectName("print_plan")
        self.batch_button = QPushButton(self.tr("Stampa &tutti in una cartella…"))
        self.batch_button.setObjectName("batch_print")
        actions = QHBoxLayout()
        for b in (self.open_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.batch_button)
        title = QLabel(self.tr("Progetti individualizzati"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Le verifiche in scadenza sono in cima. Doppio clic per aprire il "
                "progetto del caso; «Stampa tutti» prepara un PDF per ciascun progetto elencato."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.due_check.toggled.connect(lambda _c: self.reload())
        self.due.valueChanged.connect(lambda _d: self.reload())
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.batch_button.clicked.connect(self.open_batch)
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        self.reload()

    def _changed(self, _changes: Changes) -> None:
        """A plan or a case changed (status, review date, a closed case leaves the list)."""
        self.reload()

    def reload(self) -> None:
        status = self.status.currentData()
        due = self.due.committed_value() if self.due_check.isChecked() else None
        self.due.setEnabled(self.due_check.isChecked())
        db = self.env.db
        self.env.runner.run(
            lambda _p: plan_rows(db, status=status, due_before=due, ctx=self.env.ctx),
            on_success=self.show_rows,
            on_error=lambda e: show_error(self, e),
        )

    def show_rows(self, rows: list[PlanRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()  # the titles too: no "rossima verific"
        self.count.setText(self.tr("%n progetti", "", len(rows)))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.batch_button.setEnabled(bool(rows))

    def selected(self) -> PlanRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(self.proxy.index(index.row(), 0), ROW_ROLE)  # type: ignore[no-any-return]

    def make_case_dialog(self) -> CasePlanDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = CasePlanDialog(
            self.env, row.case_id, f"{row.case_code} – {row.household_name}", self
        )
        dialog.editor.reload(row.plan_id)
        return dialog

    def open_selected(self) -> None:
        dialog = self.make_case_dialog()
        if dialog is not None:
            dialog.exec()

    def print_selected(self, on_shown=None) -> None:  # type: ignore[no-untyped-def]
        row = self.selected()
        if row is None:
            return
        title = (
            self.tr("Progetto individualizzato %1 v%2")
            .replace("%1", row.case_code)
            .replace("%2", str(row.version_no))
        )
        show_pdf(
            self,
            self.env,
            self.print_button,
            plan_pdf,
            (row.plan_id,),
            title,
            files.suggested_name(
                self.tr("Progetto"),
                row.case_code,
                f"v{row.version_no}",
                self.env.ctx.today(),
                suffix=".pdf",
            ),
            on_shown,
        )

    def make_batch_dialog(self) -> BatchPrintDialog:
        jobs = [PlanJob(r.plan_id, r.case_code, r.version_no) for r in self.model.rows]
        return BatchPrintDialog(self.env, jobs, parent=self)

    def open_batch(self) -> None:
        self.make_batch_dialog().exec()
