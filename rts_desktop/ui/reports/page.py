"""The "Report" area: the service's indicators for a period, on screen and exported.

The filters on top (year, period, Municipio, ESF programme) and "Aggiorna" run every report
of ``rts_desktop.reports`` once, on the background runner (one audit entry). The dashboard
shows each report's headline figures and small charts; "Report" lists them with their
tables; "Dati da completare" is the data-quality list, where a row opens its case. Each
report exports itself ("Esporta…": Excel, CSV, PDF); "Esporta tutto…" writes them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import PermissionDenied, RtsError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.reports import registry
from rts_desktop.reports.table import Report
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import error_label, translate_error
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.reports.charts import ChartWidget
from rts_desktop.ui.reports.filters import ReportFilters
from rts_desktop.ui.reports.participants import participants_button
from rts_desktop.ui.reports.widgets import (
    FigureCard,
    FlowGrid,
    ReportView,
    TitleList,
    chart_formatter,
    section_title,
)

QUALITY = "data-quality"
ISSUES = "issues"
XLSX, CSV, PDF = "Excel (*.xlsx)", "CSV (*.csv)", "PDF (*.pdf)"


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def suggested_name(reports: Sequence[Report], suffix: str) -> str:
    """ "Report esf 2025-01-01 2025-12-31.xlsx" (all reports: no kind)."""
    flt = reports[0].filter
    kind = f" {reports[0].kind}" if len(reports) == 1 else ""
    where = f" Municipio {flt.municipio}" if flt.municipio else ""
    return f"Report{kind} {flt.start.isoformat()} {flt.end.isoformat()}{where}{suffix}"


# ---- the pieces: a report's table as a model, a headline figure, a report ----------


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
        corner = QWidget()
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 0)
        people = participants_button(self)
        if people is not None:
            buttons.addWidget(people)
        buttons.addWidget(self.export_all)
        self.tabs.setCornerWidget(corner)
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
                self.list.add(text_of(report.title))
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
        header.addWidget(section_title(text_of(report.title)), 1)
        more = QPushButton(self.tr("Dettagli"))
        more.setObjectName("report_details")
        more.setAccessibleName(self.tr("Dettagli: %1").replace("%1", text_of(report.title)))
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
        return files.save_file(
            self, files.REPORT, caption, suggested.name, filters, folder=suggested.parent
        )

    def export_report(self, report: Report) -> None:
        """One report: Excel, CSV or PDF."""
        self._export([report], self.tr("Esporta report"), [XLSX, CSV, PDF])

    def export_everything(self) -> None:
        """Every report shown: one Excel workbook (a sheet a table) or one PDF."""
        if self.reports:
            self._export(self.reports, self.tr("Esporta tutti i report"), [XLSX, PDF])

    def _export(self, reports: Sequence[Report], caption: str, filters: Sequence[str]) -> None:
        path = self._ask_path(
            caption, files.start_folder(files.REPORT) / suggested_name(reports, ".xlsx"), filters
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
