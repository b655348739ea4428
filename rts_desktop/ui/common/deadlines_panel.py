"""The Scadenze panel: reviews, stays ending, documents, arrears, follow-ups (next 30 days).

The items are read on the background runner, by the session's ``DeadlinesFeed`` (the Oggi
page shows some of the same list): the panel says "Caricamento…" until they come,
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
from rts_desktop.kernel.i18n import noop, text_of, translate, translator
from rts_desktop.services.deadlines import KIND_LABELS, Deadline
from rts_desktop.ui.common.deadlines_feed import DeadlinesFeed
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import widen_to_titles
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.records_model import ROW_ROLE, Column, RecordsModel
from rts_desktop.ui.env import UiEnv

#: the kinds in a word, for the narrow column
SHORT = {
    "verifica": noop("DeadlineModel", "Verifica PI"),
    "fine_inserimento": noop("DeadlineModel", "Fine inserim."),
    "documento": noop("DeadlineModel", "Documento"),
    "morosita": noop("DeadlineModel", "Morosità"),
    "follow_up": noop("DeadlineModel", "Follow-up"),
    "consenso": noop("DeadlineModel", "Consenso"),
}
_tr = translator("DeadlineModel")
WATCHED = (
    Aggregate.PLANS,
    Aggregate.STAYS,
    Aggregate.CASES,
    Aggregate.PEOPLE,
    Aggregate.HOUSEHOLDS,
)


def short_text(kind: str) -> str:
    """A kind of deadline in a word, in the current language (the code when unknown)."""
    known = SHORT.get(kind)
    return translate("DeadlineModel", known) if known else kind  # i18n: dynamic


class DeadlineModel(RecordsModel[Deadline]):
    def __init__(self, today_text: object) -> None:
        super().__init__(
            [
                Column(_tr("Scadenza"), lambda d: d.due),
                Column(
                    _tr("Cosa"),
                    lambda d: short_text(d.kind),
                    tooltip=lambda d: text_of(d.kind_label),
                ),
                Column(
                    _tr("Nucleo"),
                    lambda d: d.household_name,
                    tooltip=lambda d: f"{d.case_code} – {text_of(d.description)}",
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
            self.kind.addItem(text_of(text), key)
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
        self.feed = DeadlinesFeed.of(env)
        self.feed.arrived.connect(self._loaded)
        self.feed.failed.connect(self._failed)
        self._listener = HubListener(self, env.db, WATCHED, self.reload)
        self.summary.setText(self.tr("Caricamento delle scadenze…"))
        self.feed.request()

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
        for column, texts in ((0, dates), (1, [short_text(k) for k in SHORT])):
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, widest + margin + 1)  # 1: the grid line
        widen_to_titles(header)

    def reload(self, cause: object | None = None) -> None:
        """Read the items again (``cause``: the change heard, shared with other views)."""
        self.feed.reload(cause)

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
            self.tr("{count} nei prossimi 30 giorni, {late}.").format(
                count=self.tr("%n scadenze", "", len(rows)),
                late=self.tr("%n già superate", "", late),
            )
        )

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.data(index, ROW_ROLE)
        if isinstance(row, Deadline):
            self.case_chosen.emit(row.case_id)
