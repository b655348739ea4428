"""The "Registro accessi" area: who did what, when and why, with filters and CSV export.

Only coordinators and administrators may read it: the service refuses other roles, and the
page then says so instead of showing rows. Rows come a page at a time: scrolling to the end
or "Altre voci" reads the next one; how many match is counted apart, after the first page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import PermissionDenied, RtsError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.kernel.i18n import translator
from rts_desktop.services import audit_log
from rts_desktop.services.audit_log import AuditFilter, AuditRow, Page
from rts_desktop.ui.common import files
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.field_errors import error_label, translate_error
from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.env import UiEnv

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.kernel.context import ActingContext


tr = translator("audit")


def audit_model() -> RecordsModel[AuditRow]:
    return RecordsModel(
        [
            Column(tr("Quando"), lambda r: audit_log.local_time(r.at)),
            Column(tr("Operatore"), lambda r: r.operator or ""),
            Column(tr("Dispositivo"), lambda r: r.device or r.device_id[:8]),
            Column(tr("Azione"), lambda r: r.action),
            Column(tr("Entità"), lambda r: r.entity),
            Column(tr("Codice/id"), lambda r: r.code or r.entity_id, lambda r: r.entity_id or ""),
            Column(tr("Finalità"), lambda r: r.purpose),
            Column(tr("Dettaglio"), lambda r: r.detail, lambda r: r.detail or ""),
        ]
    )


def _date_filter(text: str) -> tuple[QCheckBox, DateEdit]:
    check = QCheckBox(text)
    edit = DateEdit(dt.date.today())
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class AuditPage(QWidget):
    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("page_audit")
        self.after: tuple[dt.datetime, str] | None = None
        self.current = AuditFilter()
        self._loaded = False
        #: the entries matching the filters (counted apart, after the first page)
        self.total: int | None = None
        self._reading_more = False
        title = QLabel(tr("Registro accessi"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        hint = QLabel(
            tr(
                "Chi ha letto o modificato i dati, quando, da quale portatile e perché. "
                "Riservato a coordinatori e amministratori."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(tr("nome utente o nome e cognome"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(tr("es. RTS-2026-0042"))
        self.action = QComboBox()
        self.action.setEditable(True)
        self.use_from, self.date_from = _date_filter(tr("&Dal"))
        self.use_to, self.date_to = _date_filter(tr("A&l"))
        self.search = QPushButton(tr("&Cerca"))
        self.search.clicked.connect(self.apply_filters)
        self.operator.returnPressed.connect(self.apply_filters)
        self.case.returnPressed.connect(self.apply_filters)
        self.more = QPushButton(tr("Altre &voci"))
        self.more.clicked.connect(self.load_more)
        self.more.setEnabled(False)
        self.export = QPushButton(tr("&Esporta CSV…"))
        self.export.clicked.connect(lambda: self.export_csv())
        self.error = error_label("audit_error")
        self.count = QLabel()
        self.model = audit_model()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(tr("Voci del registro accessi"))
        self.table.setModel(self.model)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body = QWidget()
        filters = QGridLayout()
        for column, (text, field) in enumerate(
            (
                (tr("&Operatore"), self.operator),
                (tr("Ca&so"), self.case),
                (tr("Azio&ne"), self.action),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(field, 0, 2 * column + 1)
        filters.addWidget(self.use_from, 1, 0)
        filters.addWidget(self.date_from, 1, 1)
        filters.addWidget(self.use_to, 1, 2)
        filters.addWidget(self.date_to, 1, 3)
        filters.addWidget(self.search, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.more)
        buttons.addWidget(self.export)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(filters)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # ---- reading ---------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        def day(check: QCheckBox, edit: DateEdit) -> dt.date | None:
            return edit.committed_value() if check.isChecked() else None

        return AuditFilter(
            case=self.case.text().strip() or None,
            operator=self.operator.text().strip() or None,
            date_from=day(self.use_from, self.date_from),
            date_to=day(self.use_to, self.date_to),
            action=self.action.currentText().strip() or None,
        )

    def reload(self) -> None:
        self._loaded = True
        db, ctx = self.env.db, self.env.ctx
        self.env.runner.run(
            lambda _p: audit_log.actions(db, ctx),
            on_success=self._show_actions,
            on_error=self._failed,
        )
        self.apply_filters()

    def _show_actions(self, actions: list[str]) -> None:
        typed = self.action.currentText()
        self.action.clear()
        self.action.addItems(["", *actions])
        self.action.setCurrentText(typed)

    def apply_filters(self) -> None:
        self.current = self.filters()
        self._read(None)

    def load_more(self) -> None:
        if self.after is not None and not self._reading_more:
            self._reading_more = True
            self._read(self.after)

    def _scrolled(self, value: int) -> None:
        """The list scrolled to its end: the next page comes by itself."""
        if value and value == self.table.verticalScrollBar().maximum():
            self.load_more()

    def _read(self, after: tuple[dt.datetime, str] | None) -> None:
        db, ctx, wanted = self.env.db, self.env.ctx, self.current
        self.env.runner.run(
            lambda _p: audit_log.read_page(db, ctx, wanted, after=after),
            on_success=lambda page: self._show_page(page, wanted, append=after is not None),
            on_error=self._failed,
        )

    def _show_page(self, page: Page, wanted: AuditFilter, *, append: bool) -> None:
        self._reading_more = False
        if wanted != self.current:
            return  # the filters changed meanwhile: their own first page follows
        self.error.hide()
        self.body.setEnabled(True)
        self.model.set_rows([*self.model.rows, *page.rows] if append else page.rows)
        self.after = page.after
        self.more.setEnabled(page.after is not None)
        if not append:
            self.total = None
            if page.after is not None:
                self._count(wanted)
        self._show_count()
        if not append:
            self.table.resizeColumnsToContents()

    def _count(self, wanted: AuditFilter) -> None:
        db, ctx = self.env.db, self.env.ctx
        self.env.runner.run(
            lambda _p: audit_log.count_entries(db, ctx, wanted),
            on_success=lambda total: self._counted(wanted, total),
            on_error=self._failed,
        )

    def _counted(self, wanted: AuditFilter, total: int) -> None:
        if wanted == self.current:
            self.total = total
            self._show_count()

    def _show_count(self) -> None:
        shown = len(self.model.rows)
        if self.after is None:
            self.count.setText(tr("%n voci mostrate", n=shown))
        elif self.total is None:
            self.count.setText(tr("%n voci mostrate (altre disponibili)", n=shown))
        else:
            self.count.setText(tr("%1 di %n voci", n=self.total).replace("%1", str(shown)))

    def _failed(self, exc: BaseException) -> None:
        self._reading_more = False
        if isinstance(exc, PermissionDenied):
            text = tr("Il registro accessi è riservato a coordinatori e amministratori.")
            self.model.set_rows([])
            self.body.setEnabled(False)
        elif isinstance(exc, RtsError):
            text = translate_error(exc.message)
        else:
            text = tr("Errore imprevisto: %1").replace("%1", type(exc).__name__)
        self.error.setText(text)
        self.error.show()

    # ---- export ----------------------------------------------------------------------

    def export_csv(self, path: Path | None = None) -> None:
        """Every entry the filters match (not only the rows shown) to a CSV file."""
        if path is None:
            wanted = self.filters()
            name = files.suggested_name(
                tr("Registro accessi"),
                wanted.case,
                wanted.date_from,
                wanted.date_to or self.env.ctx.today(),
                suffix=".csv",
            )
            chosen = files.save_file(
                self, files.EXPORT, tr("Esporta registro accessi"), name, [tr("CSV (*.csv)")]
            )
            if chosen is None:
                return
            path = chosen
        db, ctx, wanted, out = self.env.db, self.env.ctx, self.filters(), path
        self.env.runner.run(
            lambda _p: _write_csv(db, ctx, wanted, out),
            on_success=self._exported,
            on_error=self._failed,
        )

    def _exported(self, result: tuple[Path, int]) -> None:
        self.error.hide()
        path, n = result
        self.count.setText(tr("Esportate %n voci in {path}", n=n).format(path=path))


def _write_csv(
    db: Database, ctx: ActingContext, wanted: AuditFilter, out: Path
) -> tuple[Path, int]:
    rows = list(audit_log.read_all(db, ctx, wanted))
    write_atomically(out, audit_log.csv_bytes(rows))
    return out, len(rows)
