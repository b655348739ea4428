"""The "Report" area: the service's indicators for a period, on screen and exported.

The filters on top (year, period, Municipio, ESF programme) and "Aggiorna" run every report
of ``rts_desktop.reports`` once, on the background runner (one audit entry). The dashboard
shows each report's headline figures and small charts; "Report" lists them with their
tables; "Dati da completare" is the data-quality list, where a row opens its case. Each
report exports itself ("Esporta…": Excel, CSV, PDF); "Esporta tutto…" writes them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import PermissionDenied, RtsError
from rts_desktop.reports import registry
from rts_desktop.reports.table import Chart, Column, Figure, Report, Table, Value
from rts_desktop.ui.common.field_errors import error_label, translate_error
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.reports.charts import ChartWidget
from rts_desktop.ui.reports.filters import ReportFilters

QUALITY = "data-quality"
ISSUES = "issues"
XLSX, CSV, PDF = "Excel (*.xlsx)", "CSV (*.csv)", "PDF (*.pdf)"
SUFFIX = {XLSX: ".xlsx", CSV: ".csv", PDF: ".pdf"}


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def suggested_name(reports: Sequence[Report], suffix: str) -> str:
    """ "Report esf 2025-01-01 2025-12-31.xlsx" (all reports: no kind)."""
    flt = reports[0].filter
    kind = f" {reports[0].kind}" if len(reports) == 1 else ""
    where = f" Municipio {flt.municipio}" if flt.municipio else ""
    return f"Report{kind} {flt.start.isoformat()} {flt.end.isoformat()}{where}{suffix}"


# ---- the pieces: a report's table as a model, a headline figure, a report ----------


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


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
            return self.table.columns[section].label
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
        self.caption = QLabel(figure.label)
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
        title = section_title(tr(report.title))
        header.addWidget(title, 1)
        self.export = QPushButton(tr("&Esporta…"))
        self.export.setObjectName("report_export")
        self.export.setAccessibleName(tr("Esporta il report %1").replace("%1", tr(report.title)))
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


class ReportsPage(QWidget):
    """``case_requested(case_id)``: a row of "Dati da completare" asks for its case."""

    case_requested = Signal(str)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("page_reports")
        self.reports: list[Report] = []
        self._run = 0  # the refresh whose answer is awaited (a cancelled one is ignored)
        self._loaded = False
        self.views: dict[str, ReportView] = {}
        title = QLabel(self.tr("Report"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Gli indicatori del servizio per il periodo scelto, contando i casi che vedi. "
                "Ogni report si esporta in Excel, CSV o PDF."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.filters = ReportFilters(env.ctx.today())
        self.filters.refresh_requested.connect(self.refresh)
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setAccessibleName(self.tr("Calcolo dei report in corso"))
        self.progress.setRange(0, 0)  # busy: the reports run in one go
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Annulla"))
        self.cancel.setObjectName("report_cancel")
        self.cancel.setAccessibleName(self.tr("Annulla il calcolo dei report"))
        self.cancel.clicked.connect(self.cancel_refresh)
        self.cancel.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.export_all = QPushButton(self.tr("Esporta &tutto…"))
        self.export_all.setObjectName("report_export_all")
        self.export_all.setAccessibleName(self.tr("Esporta tutti i report"))
        self.export_all.setToolTip(self.tr("Tutti i report in un file Excel o PDF."))
        self.export_all.clicked.connect(self.export_everything)
        self.export_all.setEnabled(False)
        self.error = error_label("report_error")
        self.filters.tail.addSpacing(8)
        self.filters.tail.addWidget(self.progress)
        self.filters.tail.addWidget(self.cancel)
        self.filters.tail.addWidget(self.status, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = QWidget()
        self.dashboard_layout = QVBoxLayout(self.dashboard)
        self.tabs.addTab(scrolled(self.dashboard, "report_dashboard"), self.tr("&Panoramica"))
        self.list = TitleList()
        self.list.setObjectName("report_list")
        self.list.setAccessibleName(self.tr("Elenco dei report"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(150)
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 600])
        self.tabs.addTab(splitter, self.tr("&Report"))
        self.quality = QWidget()
        QVBoxLayout(self.quality).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.quality, self.tr("Dati da &completare"))
        self._empty(self.tr("Scegli il periodo e premi «Aggiorna»."))
        self.tabs.setCornerWidget(self.export_all)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    # ---- running ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Run every report over the filters (on the runner); the answer fills the tabs."""
        self._loaded = True
        self._run += 1
        run, flt = self._run, self.filters.value()
        db, ctx, kinds = self.env.db, self.env.ctx, list(registry.REPORTS)
        self.error.hide()
        self._busy(True, self.tr("Calcolo dei report per %1…").replace("%1", flt.describe()))
        self.env.runner.run(
            lambda _p: registry.run_reports(db, ctx, kinds, flt),
            on_success=lambda found: self._ran(run, found),
            on_error=lambda exc: self._ran_badly(run, exc),
        )

    def cancel_refresh(self) -> None:
        """Stop waiting: the reports being computed are thrown away when they arrive."""
        self._run += 1
        self._busy(False, self.tr("Aggiornamento annullato."))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        self.filters.refresh.setEnabled(not busy)
        self.export_all.setEnabled(not busy and bool(self.reports))
        for view in self.views.values():
            view.export.setEnabled(not busy)
        self.status.setText(text)

    def _ran(self, run: int, found: list[Report]) -> None:
        if run != self._run:
            return
        self.reports = list(found)
        self._show(self.reports)
        shown = self.reports[0].filter.describe() if self.reports else ""
        self._busy(False, self.tr("Report per %1.").replace("%1", shown) if shown else "")

    def _ran_badly(self, run: int, exc: BaseException) -> None:
        if run != self._run:
            return
        self._busy(False)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            text = self.tr("Non hai il permesso di vedere i report: %1").replace(
                "%1", translate_error(exc.message)
            )
        elif isinstance(exc, RtsError):
            text = translate_error(exc.message)
        elif isinstance(exc, OSError):
            text = self.tr("Il file non si può scrivere: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            if exc.filename:
                text += f" ({exc.filename})"
        else:
            text = self.tr("Errore imprevisto: %1").replace("%1", str(exc) or type(exc).__name__)
        self.error.setText(text)
        self.error.show()

    # ---- showing ---------------------------------------------------------------------

    def _clear(self) -> None:
        self.views = {}
        self.list.clear()
        old = [self.stack.widget(i) for i in range(self.stack.count())]
        for w in old:
            self.stack.removeWidget(w)
        for layout in (self.dashboard_layout, self.quality.layout()):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    old.append(item.widget())
        for w in old:  # gone at once from the page (findChildren), deleted by the event loop
            w.hide()
            w.setParent(None)
            w.deleteLater()

    def _empty(self, text: str) -> None:
        self._clear()
        for layout in (self.dashboard_layout, self.quality.layout()):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
        self._quality_title(None)

    def _show(self, reports: list[Report]) -> None:
        self._clear()
        if not reports:
            self._empty(self.tr("Nessun report."))
            return
        for report in reports:
            self.dashboard_layout.addWidget(self._summary(report))
        self.dashboard_layout.addStretch(1)
        issues: int | None = None
        for report in reports:
            if report.kind == QUALITY:
                view = ReportView(report, self.export_report, grow_table=ISSUES)
                if ISSUES in view.views:
                    table = view.views[ISSUES]
                    table.doubleClicked.connect(self._quality_row)
                    table.installEventFilter(self)  # Enter and Return (see eventFilter)
                    table.setToolTip(self.tr("Doppio clic o Invio: apre il caso."))
                    issues = table.model().rowCount()
                hint = QLabel(self.tr("Doppio clic o Invio su una riga per aprire il caso."))
                hint.setStyleSheet("color: #555;")
                view.layout().insertWidget(2, hint)
                self.quality.layout().addWidget(scrolled(view, "report_quality"))
            else:
                view = ReportView(report, self.export_report)
                self.list.add(tr(report.title))
                self.stack.addWidget(scrolled(view, f"report_scroll_{report.kind}"))
            self.views[report.kind] = view
        if QUALITY not in self.views:
            self.quality.layout().addWidget(QLabel(self.tr("Nessun controllo dei dati.")))
        self._quality_title(issues)
        self.list.setCurrentRow(0)

    def _quality_title(self, count: int | None) -> None:
        index = self.tabs.indexOf(self.quality)
        title = self.tr("Dati da &completare")
        self.tabs.setTabText(index, title if count is None else f"{title} ({count})")

    def _summary(self, report: Report) -> QWidget:
        """A report on the dashboard: its figures and charts, and a way to its tables."""
        box = QFrame()
        box.setObjectName(f"summary_{report.kind}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 10)
        header = QHBoxLayout()
        header.addWidget(section_title(tr(report.title)), 1)
        more = QPushButton(self.tr("Dettagli"))
        more.setObjectName("report_details")
        more.setAccessibleName(self.tr("Dettagli: %1").replace("%1", tr(report.title)))
        more.clicked.connect(lambda: self.show_report(report.kind))
        header.addWidget(more)
        layout.addLayout(header)
        cards = [FigureCard(f, report.title) for f in report.figures]
        if cards:
            layout.addWidget(FlowGrid(cards, 190))
        charts = [ChartWidget(c, chart_formatter(c)) for c in report.charts]
        if charts:
            layout.addWidget(FlowGrid(charts, 340, fill=True))
        if not cards and not charts:
            layout.addWidget(QLabel(self.tr("Solo tabelle: vedi «Dettagli».")))
        return box

    def show_report(self, kind: str) -> None:
        """The report's own tab (the data-quality one has its tab)."""
        if kind == QUALITY:
            self.tabs.setCurrentWidget(self.quality)
            return
        kinds = [r.kind for r in self.reports if r.kind != QUALITY]
        if kind in kinds:
            self.tabs.setCurrentIndex(1)
            self.list.setCurrentRow(kinds.index(kind))

    def figure_texts(self) -> dict[str, dict[str, str]]:
        """What the dashboard shows: report → figure key → the text on its card."""
        shown: dict[str, dict[str, str]] = {}
        for card in self.dashboard.findChildren(FigureCard):
            kind = card.parent().parent().objectName().removeprefix("summary_")
            shown.setdefault(kind, {})[card.figure.key] = card.value.text()
        return shown

    # ---- data quality ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row of "Dati da completare" opens its case, as a double click does."""
        view = self.views.get(QUALITY)
        if (
            view is not None
            and watched is view.views.get(ISSUES)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._quality_row(view.views[ISSUES].currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _quality_row(self, index: QModelIndex) -> None:
        view = self.views.get(QUALITY)
        if view is None or not index.isValid():
            return
        model = view.views[ISSUES].model()
        row = model.source_row(index.row())  # type: ignore[attr-defined]
        case_ids = view.report.data.get("case_ids", [])
        if 0 <= row < len(case_ids) and case_ids[row]:
            self.open_case(str(case_ids[row]))

    def open_case(self, case_id: str) -> None:
        """Ask the main window for the case file (``case_requested`` tells anyone else)."""
        self.case_requested.emit(case_id)
        window = self.window()
        opener = getattr(window, "open_case", None) if window is not self else None
        if callable(opener):
            opener(case_id)

    # ---- export ----------------------------------------------------------------------

    def _ask_path(self, caption: str, suggested: Path, filters: Sequence[str]) -> Path | None:
        """Where to save (the system dialog; tests replace this method)."""
        name, chosen = QFileDialog.getSaveFileName(
            self, caption, str(suggested), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in SUFFIX.values():
            path = path.with_name(path.name + SUFFIX.get(chosen, ".xlsx"))
        return path

    def export_report(self, report: Report) -> None:
        """One report: Excel, CSV or PDF."""
        self._export([report], self.tr("Esporta report"), [XLSX, CSV, PDF])

    def export_everything(self) -> None:
        """Every report shown: one Excel workbook (a sheet a table) or one PDF."""
        if self.reports:
            self._export(self.reports, self.tr("Esporta tutti i report"), [XLSX, PDF])

    def _export(self, reports: Sequence[Report], caption: str, filters: Sequence[str]) -> None:
        path = self._ask_path(
            caption, documents_folder() / suggested_name(reports, ".xlsx"), filters
        )
        if path is None:
            return
        chosen = list(reports)
        self.error.hide()
        self._busy(True, self.tr("Salvataggio di %1…").replace("%1", path.name))

        def work(_p: object) -> list[Path]:
            from rts_desktop.reports.export import export_reports

            return export_reports(chosen, path)

        self.env.runner.run(work, on_success=self._exported, on_error=self._export_failed)

    def _exported(self, paths: list[Path]) -> None:
        self._busy(False)
        if not paths:
            return
        where = str(paths[0]) if len(paths) == 1 else str(paths[0].parent)
        text = self.tr("Salvato in %1").replace("%1", where)
        if len(paths) > 1:
            text += self.tr(" (%1 file)").replace("%1", str(len(paths)))
        self.status.setText(text)
        self.status.setToolTip("\n".join(str(p) for p in paths))

    def _export_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._failed(exc)
