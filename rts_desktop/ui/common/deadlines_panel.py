"""The Scadenze panel: reviews, stays ending, documents, arrears, follow-ups (next 30 days).

The items are read on the background runner: the panel says "Caricamento…" until they come,
then emits ``loaded`` (``is_loaded`` tells whether they have come once). Its columns are as
wide as the longest date and kind can be, worked out from the font, not from the rows (two
thousand rows measured one by one took a third of a second at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.services import deadlines
from rts_desktop.services.deadlines import KIND_LABELS, Deadline
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import widen_to_titles
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, RecordsModel
from rts_desktop.ui.common.text import count_text
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
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.overdue(self.today):  # type: ignore[arg-type]
                return QBrush(QColor("#b00020"))
        return super().data(index, role)


class DeadlinesPanel(QWidget):
    case_chosen = Signal(str)
    #: the items have come (the first time and after each reload)
    loaded = Signal()

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.items: list[Deadline] = []
        self.is_loaded = False
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
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control
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
        self._fit_columns()
        self._listener = HubListener(self, env.db, WATCHED, lambda _changes: self.reload())
        self.reload()

    def _fit_columns(self) -> None:
        """Date and kind columns as wide as their longest text can be; the household's
        name takes the rest."""
        metrics = self.view.fontMetrics()
        # the cell's text margins, the focus frame and a little air: Qt draws a cell's text
        # inset by more than the focus frame alone, and a date cut to "24/09/20…" reads wrong
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        margin += metrics.horizontalAdvance("  ")
        dates = [f"{d}{d}/{d}{d}/{d * 4}" for d in "0123456789"]
        header = self.view.horizontalHeader()
        for column, texts in ((0, dates), (1, list(SHORT.values()))):
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, widest + margin + 1)  # 1: the grid line
        widen_to_titles(header)

    def reload(self) -> None:
        db, today = self.env.db, self.env.ctx.today()
        if not self.is_loaded:
            self.summary.setText(self.tr("Caricamento delle scadenze…"))
        self.env.runner.run(
            lambda _p: deadlines.upcoming(db, today, ctx=self.env.ctx),
            on_success=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, items: list[Deadline]) -> None:
        self.items = items
        self.is_loaded = True
        self._refilter()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not self.is_loaded:
            self.summary.setText(self.tr("Scadenze non disponibili."))
        show_error(self, exc)

    def _refilter(self) -> None:
        if not self.is_loaded:
            return  # the summary says they are loading; the list fills when they come
        kind = self.kind.currentData()
        rows = [d for d in self.items if kind is None or d.kind == kind]
        self.model.set_rows(rows)
        today = self.env.ctx.today()
        late = sum(1 for d in rows if d.overdue(today))
        self.summary.setText(
            self.tr("%1 nei prossimi 30 giorni, %2.")
            .replace("%1", count_text(len(rows), self.tr("%n scadenza"), self.tr("%n scadenze")))
            .replace("%2", count_text(late, self.tr("%n già superata"), self.tr("%n già superate")))
        )

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.data(index, ROW_ROLE)
        if isinstance(row, Deadline):
            self.case_chosen.emit(row.case_id)
