"""The pieces of the Report area: a report's tables (a sortable model of formatted
values), its figure cards, the grid that reflows them, one report's view and the list of
report titles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.reports.table import Chart, Column, Figure, Report, Table, Value
from rts_desktop.ui.reports.charts import ChartWidget

tr = translator("reports")


Index = QModelIndex | QPersistentModelIndex
NUMERIC = ("int", "decimal", "percent", "money")
#: a chart's unit as the column kind ``format_value`` knows
UNIT_KIND = {"count": "int", "percent": "percent", "decimal": "decimal", "money": "money"}
#: the row of the report's table behind a (possibly sorted) view row
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: at most this many rows are shown at once in a report's table (it scrolls beyond)
MAX_VISIBLE_ROWS = 12


def fmt(value: Any, kind: str) -> str:
    """A value as the exports write it (Italian numbers); nothing becomes a dash."""
    from rts_desktop.reports.export import format_value

    return format_value(value, kind) if value is not None else "—"


def chart_formatter(chart: Chart) -> Callable[[float], str]:
    kind = UNIT_KIND.get(chart.unit, "decimal")
    return lambda value: fmt(value, kind)


class ReportTableModel(QAbstractTableModel):
    """A report's :class:`Table`, read-only and sortable (the report's order at first)."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table
        self.order = list(range(len(table.rows)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def column(self, index: int) -> Column:
        return self.table.columns[index]

    def source_row(self, row: int) -> int:
        return self.order[row]

    def value(self, row: int, column: int) -> Value:
        return self.table.rows[self.order[row]][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.order):
            return None
        column = self.column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.value(index.row(), index.column())
            if role == Qt.ItemDataRole.ToolTipRole and column.kind in NUMERIC:
                return None
            return fmt(value, column.kind) if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SOURCE_ROW_ROLE:
            return self.order[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.table.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(self.table.columns[section].label)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.column(section).kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the values themselves (not their text); empty cells last; -1: the report's order."""
        self.layoutAboutToBeChanged.emit()
        rows = list(range(len(self.table.rows)))
        if 0 <= column < len(self.table.columns):
            reverse = order == Qt.SortOrder.DescendingOrder
            present = [r for r in rows if self.table.rows[r][column] is not None]
            empty = [r for r in rows if self.table.rows[r][column] is None]
            try:
                present.sort(key=lambda r: self.table.rows[r][column], reverse=reverse)  # type: ignore[arg-type, return-value]
            except TypeError:  # mixed kinds in one column: by their text
                present.sort(key=lambda r: str(self.table.rows[r][column]), reverse=reverse)
            rows = present + empty
        self.order = rows
        self.layoutChanged.emit()


def table_view(table: Table, name: str, *, fixed: bool = True) -> QTableView:
    """A sortable view of ``table``; ``fixed``: as tall as its rows (up to a dozen)."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab goes on to the next control
    view.setObjectName(name)
    view.setAccessibleName(table.title)
    view.setModel(ReportTableModel(table))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setStretchLastSection(True)
    view.setSortingEnabled(True)
    view.resizeColumnsToContents()
    for c in range(len(table.columns)):  # long texts must not make a column a page wide
        view.setColumnWidth(c, min(view.columnWidth(c), 320))
    if fixed:
        rows = max(1, min(len(table.rows), MAX_VISIBLE_ROWS))
        scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        height = (
            header.sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + scrollbar
            + 2
        )
        view.setFixedHeight(height)
    else:
        view.setMinimumHeight(180)
    return view


class FigureCard(QFrame):
    """A headline number: the value large, what it counts below."""

    def __init__(self, figure: Figure, report_title: str = "") -> None:
        super().__init__()
        self.setObjectName("figure_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#figure_card { background: palette(base); border: 1px solid #c8ced6;"
            " border-radius: 6px; }"
        )
        self.value = QLabel(fmt(figure.value, figure.kind))
        self.value.setObjectName("figure_value")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1f4e79;")
        self.caption = QLabel(text_of(figure.label))
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumWidth(150)
        spoken = f"{figure.label}: {self.value.text()}"
        self.setAccessibleName(spoken)
        self.setToolTip(f"{report_title}\n{spoken}" if report_title else spoken)
        self.figure = figure


class FlowGrid(QWidget):
    """Widgets in as many columns as the width allows (cards and charts reflow)."""

    def __init__(self, widgets: Sequence[QWidget], cell_width: int, *, fill: bool = False) -> None:
        super().__init__()
        self.widgets = list(widgets)
        self.cell_width = cell_width
        self.fill = fill  # fewer widgets than columns: they share the whole width
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        self._place(2)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for w in self.widgets:
            self.grid.removeWidget(w)
        for c in range(max(self.columns, columns) + 1):
            self.grid.setColumnStretch(c, 0)
        self.columns = columns
        for i, w in enumerate(self.widgets):
            r, c = divmod(i, columns)
            self.grid.addWidget(w, r, c)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = max(1, event.size().width() // self.cell_width)
        self._place(min(columns, len(self.widgets)) if self.fill else columns)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 12pt; font-weight: 600;")
    label.setWordWrap(True)
    return label


class ReportView(QWidget):
    """One report: its figures, each table (sortable), its charts, and "Esporta…"."""

    def __init__(
        self,
        report: Report,
        on_export: Callable[[Report], None],
        *,
        grow_table: str | None = None,
    ) -> None:
        super().__init__()
        self.report = report
        self.setObjectName(f"report_{report.kind}")
        header = QHBoxLayout()
        title = section_title(text_of(report.title))
        header.addWidget(title, 1)
        self.export = QPushButton(tr("&Esporta…"))
        self.export.setObjectName("report_export")
        self.export.setAccessibleName(
            tr("Esporta il report %1").replace("%1", text_of(report.title))
        )
        self.export.setToolTip(tr("Salva questo report in Excel, CSV o PDF."))
        self.export.clicked.connect(lambda: on_export(self.report))
        header.addWidget(self.export, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        period = QLabel(report.filter.describe())
        period.setStyleSheet("color: #555;")
        layout.addWidget(period)
        if report.figures:
            layout.addWidget(FlowGrid([FigureCard(f, report.title) for f in report.figures], 190))
        self.views: dict[str, QTableView] = {}
        for table in report.tables:
            layout.addWidget(section_title(table.title))
            grow = table.key == grow_table
            view = table_view(table, f"table_{report.kind}_{table.key}", fixed=not grow)
            self.views[table.key] = view
            layout.addWidget(view, 1 if grow else 0)
            if not table.rows:
                layout.addWidget(QLabel(tr("Nessuna riga per il periodo scelto.")))
            if table.note:
                note = QLabel(table.note)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555; font-style: italic;")
                layout.addWidget(note)
        if report.charts:
            layout.addWidget(
                FlowGrid(
                    [ChartWidget(c, chart_formatter(c)) for c in report.charts], 340, fill=True
                )
            )
        if grow_table is None:
            layout.addStretch(1)


class TitleList(QListWidget):
    """The reports' titles, wrapped on as many lines as the width needs (never cut)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add(self, title: str) -> None:
        self.addItem(title)
        self.item(self.count() - 1).setToolTip(title)
        self._measure()

    def _measure(self) -> None:
        width = max(40, self.viewport().width() - 12)
        fm = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            box = fm.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, box.height() + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure()


# ---- the page --------------------------------------------------------------------
