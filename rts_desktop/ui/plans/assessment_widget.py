"""The "Autonomia" tab of a case file: progress chart per domain, last two scores compared,
and "Nuova valutazione…" to score with the beneficiary."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.plans.assessments import (
    AssessmentDTO,
    Comparison,
    DomainDelta,
    Progress,
    compare_last,
    list_assessments,
    progress,
)
from rts_desktop.services.plans.frameworks import get_framework
from rts_desktop.services.plans.listing import CaseHeader, case_header
from rts_desktop.ui.common.dates import format_day
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.chart import ProgressChart
from rts_desktop.ui.plans.forms import made_within
from rts_desktop.ui.plans.scoring_dialog import ScoringDialog

WATCHED = (Aggregate.ASSESSMENTS, Aggregate.HOUSEHOLDS)


def delta_text(d: DomainDelta) -> str:
    """The change as words and arrows (never colour alone)."""
    if d.delta is None:
        return "—"
    if d.delta > 0:
        return f"▲ +{d.delta}"
    if d.delta < 0:
        return f"▼ {d.delta}"
    return "= 0"


@dataclass
class AssessmentData:
    header: CaseHeader
    history: list[AssessmentDTO]
    progress: Progress | None
    comparison: Comparison | None


class AssessmentWidget(QWidget):
    def __init__(self, env: UiEnv, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment_widget")
        self.env, self.case_id = env, case_id
        self.data: AssessmentData | None = None
        self.read_only = False  # a closed case: the history is consulted only
        self.framework = get_framework("autonomia")
        self.scale = tuple(text_of(step.label) for step in self.framework.scale)

        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setMinimumWidth(220)
        person_label = QLabel(self.tr("&Persona:"))
        person_label.setBuddy(self.person)
        self.new_button = QPushButton(self.tr("&Nuova valutazione…"))
        self.new_button.setObjectName("new_assessment")
        self.new_button.clicked.connect(self.open_scoring)
        self.summary = QLabel()
        self.summary.setObjectName("assessment_summary")
        self.summary.setStyleSheet("color: #444;")
        bar = QHBoxLayout()
        bar.addWidget(person_label)
        bar.addWidget(self.person)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_button)

        self.chart = ProgressChart()
        self.model: RecordsModel[DomainDelta] = RecordsModel(
            [
                Column(self.tr("Ambito"), lambda d: d.label),
                Column(self.tr("Prima"), lambda d: d.before if d.before is not None else "—"),
                Column(self.tr("Ora"), lambda d: d.after if d.after is not None else "—"),
                Column(self.tr("Variazione"), delta_text),
            ]
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("comparison")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAccessibleName(self.tr("Confronto tra le ultime due valutazioni"))
        self.compare_title = QLabel()
        self.compare_title.setStyleSheet("font-weight: 600;")
        self.compare_title.setWordWrap(True)  # the side column is narrow: a long text wraps
        side = QWidget()
        side.setMinimumWidth(400)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.compare_title)
        side_layout.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(self.chart)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.person.currentIndexChanged.connect(lambda _i: self._show_person())
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        """Reload for an assessment of this case or a change of its household's members;
        not for other cases, nor for what its own scoring dialog saved (reloaded already)."""
        if made_within(self, changes.initiator):
            return
        household = self.data.header.household_id if self.data else None
        mine = changes.touches(Aggregate.ASSESSMENTS) and changes.touches_record(
            Aggregate.CASES, self.case_id
        )
        if mine or changes.touches_record(Aggregate.HOUSEHOLDS, household):
            self.reload()

    def reload(self) -> None:
        db, ctx, case_id = self.env.db, self.env.ctx, self.case_id
        chosen = self.person.currentData()

        def work(_p: object) -> AssessmentData:
            header = case_header(db, case_id, ctx.today(), ctx=ctx)
            history = list_assessments(db, case_id, ctx=ctx)
            person = chosen or _default_person(header, history)
            return AssessmentData(
                header,
                history,
                progress(db, case_id, person) if person else None,
                compare_last(db, case_id, person) if person else None,
            )

        self.env.runner.run(work, on_success=self.show_data, on_error=lambda e: show_error(self, e))

    def show_data(self, data: AssessmentData) -> None:
        self.data = data
        chosen = data.progress.beneficiary_id if data.progress else None
        self.person.blockSignals(True)
        self.person.clear()
        for m in data.header.members:
            count = sum(1 for a in data.history if a.beneficiary_id == m.beneficiary_id)
            self.person.addItem(
                self.tr("%1 (%2)")
                .replace("%1", m.name)
                .replace("%2", self.tr("%n valutazioni", "", count)),
                m.beneficiary_id,
            )
        if chosen:
            self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self.chart.set_progress(data.progress, self.scale)
        comparison = data.comparison
        self.model.set_rows(list(comparison.deltas) if comparison else [])
        if comparison:
            self.compare_title.setText(
                self.tr("Confronto %1 → %2")
                .replace("%1", format_day(comparison.before_date))
                .replace("%2", format_day(comparison.after_date))
            )
        else:
            self.compare_title.setText(self.tr("Servono due valutazioni per il confronto."))
        n = len(data.progress.dates) if data.progress else 0
        self.summary.setText(
            self.tr("Scala 1–5: 1 = supporto intensivo, 5 = piena autonomia · %1").replace(
                "%1", self.tr("%n valutazioni", "", n)
            )
        )

    def _show_person(self) -> None:
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.new_button.setEnabled(not read_only)
        self.new_button.setToolTip(
            self.tr("Caso concluso: solo consultazione.") if read_only else ""
        )

    def make_scoring_dialog(self) -> ScoringDialog:
        header = (
            self.data.header
            if self.data
            else case_header(self.env.db, self.case_id, self.env.ctx.today())
        )
        history = self.data.history if self.data else []
        return ScoringDialog(
            self.env,
            self.case_id,
            header.members,
            self.framework,
            history,
            self.person.currentData(),
            self,
        )

    def open_scoring(self) -> None:
        if self.read_only:
            return
        dialog = self.make_scoring_dialog()
        if dialog.exec() and dialog.result is not None:
            self.reload()


def _default_person(header: CaseHeader, history: list[AssessmentDTO]) -> str | None:
    """The head of household if assessed, else whoever was assessed most recently."""
    assessed = {a.beneficiary_id for a in history}
    for m in header.members:
        if m.is_head and m.beneficiary_id in assessed:
            return m.beneficiary_id
    if history:
        return history[-1].beneficiary_id
    return header.members[0].beneficiary_id if header.members else None
