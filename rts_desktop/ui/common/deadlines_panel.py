"""The Scadenze panel: reviews, stays ending, documents, arrears, follow-ups (next 30 days)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.services import deadlines
from rts_desktop.services.deadlines import KIND_LABELS, Deadline
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, RecordsModel
from rts_desktop.ui.env import UiEnv

SHORT = {
    "verifica": "Verifica PI",
    "fine_inserimento": "Fine inserim.",
    "documento": "Documento",
    "morosita": "Morosità",
    "follow_up": "Follow-up",
    "consenso": "Consenso",
}
WATCHED = (
    Aggregate.PLANS,
    Aggregate.STAYS,
    Aggregate.CASES,
    Aggregate.PEOPLE,
    Aggregate.HOUSEHOLDS,
)


class DeadlineModel(RecordsModel[Deadline]):
    def __init__(self, today_text: object) -> None:
        super().__init__(
            [
                Column("Scadenza", lambda d: d.due),
                Column("Cosa", lambda d: SHORT.get(d.kind, d.kind), tooltip=lambda d: d.kind_label),
                Column(
                    "Nucleo",
                    lambda d: d.household_name,
                    tooltip=lambda d: f"{d.case_code} – {d.description}",
                ),
            ]
        )
        self.today = today_text

    def data(self, index, role=0):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.overdue(self.today):  # type: ignore[arg-type]
                return QBrush(QColor("#b00020"))
        return super().data(index, role)


class DeadlinesPanel(QWidget):
    case_chosen = Signal(str)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.items: list[Deadline] = []
        self.setObjectName("deadlines_panel")
        self.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.kind = QComboBox()
        self.kind.setObjectName("deadline_kind")
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(6)
        self.kind.setAccessibleName(self.tr("Tipo di scadenza"))
        self.kind.addItem(self.tr("Tutte le scadenze"), None)
        for key, text in KIND_LABELS.items():
            self.kind.addItem(self.tr(text), key)
        self.kind.currentIndexChanged.connect(self._refilter)
        layout.addWidget(self.kind)
        self.model = DeadlineModel(env.ctx.today())
        self.view = QTableView()
        self.view.setObjectName("deadlines")
        self.view.setAccessibleName(self.tr("Scadenze"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setObjectName("deadlines_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._listener = HubListener(self, env.db, WATCHED, lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        db, today = self.env.db, self.env.ctx.today()
        self.env.runner.run(
            lambda _p: deadlines.upcoming(db, today, ctx=self.env.ctx),
            on_success=self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _loaded(self, items: list[Deadline]) -> None:
        self.items = items
        self._refilter()

    def _refilter(self) -> None:
        kind = self.kind.currentData()
        rows = [d for d in self.items if kind is None or d.kind == kind]
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        late = sum(1 for d in rows if d.overdue(self.env.ctx.today()))
        self.summary.setText(
            self.tr("%1 scadenze nei prossimi 30 giorni, %2 già superate.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(late))
        )

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.data(index, ROW_ROLE)
        if isinstance(row, Deadline):
            self.case_chosen.emit(row.case_id)
