"""Attendance of one occurrence: presente / assente / giustificato per participant, and the
printed sign-in sheet (foglio firme)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import Attendance, label
from rts_desktop.services.calendar.attendance import (
    AttendanceDTO,
    AttendanceSheet,
    attendance_sheet,
    mark_attendances,
)
from rts_desktop.services.calendar.printing import attendance_pdf
from rts_desktop.ui.calendar.style import area_style, local, weekday_short
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv

STATUSES = ("", *(str(a) for a in Attendance))


class AttendanceDialog(QDialog):
    def __init__(
        self,
        env: UiEnv,
        event_id: str,
        occurrence_start: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.event_id = event_id
        self.occurrence_start = occurrence_start
        self.preview: QDialog | None = None
        self.saved: list[AttendanceDTO] = []
        self.setWindowTitle(self.tr("Presenze"))
        self.sheet: AttendanceSheet = attendance_sheet(
            env.db, event_id, occurrence_start, ctx=env.ctx
        )
        start, end = local(self.sheet.start), local(self.sheet.end)
        heading = QLabel(
            f"<b>{self.sheet.title}</b><br>{area_style(self.sheet.area).label} · "
            f"{weekday_short(start)} {start:%d/%m/%Y} {start:%H:%M}–{end:%H:%M}"
            + (f" · {self.sheet.place}" if self.sheet.place else "")
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(self.sheet.rows), 3)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("attendance_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Codice"), self.tr("Nome"), self.tr("Presenza")]
        )
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for n, row in enumerate(self.sheet.rows):
            self.table.setItem(n, 0, QTableWidgetItem(row.code))
            self.table.setItem(n, 1, QTableWidgetItem(row.full_name))
            combo = QComboBox()
            combo.setObjectName(f"status_{n}")
            combo.setAccessibleName(self.tr("Presenza di %1").replace("%1", row.full_name))
            for code in STATUSES:
                combo.addItem(text_of(label(code)) if code else self.tr("— da segnare —"), code)
            combo.setCurrentIndex(STATUSES.index(row.status or ""))
            self.table.setCellWidget(n, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("Nessun beneficiario partecipa a questo appuntamento."))
        self.empty.setVisible(not self.sheet.rows)
        self.print_button = QPushButton(self.tr("Stampa &foglio firme…"))
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Salva presenze"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Chiudi"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 420)

    def changed(self) -> list[tuple[str, str]]:
        """(beneficiary id, new status) of the rows whose choice differs from the stored one."""
        return [
            (row.beneficiary_id, str(combo.currentData()))
            for row, combo in zip(self.sheet.rows, self.combos, strict=True)
            if combo.currentData() and combo.currentData() != (row.status or "")
        ]

    def save(self) -> None:
        """Every changed mark in one write (all saved or none), then close."""
        marks = self.changed()
        if not marks:
            self.accept()
            return
        self.env.ops.write(
            self, mark_attendances, self.event_id, self.occurrence_start, marks,
            on_done=self._finish,
        )  # fmt: skip

    def _finish(self, saved: list[AttendanceDTO]) -> None:
        self.saved = saved
        self.accept()

    def reject(self) -> None:
        if self.changed():
            answer = QMessageBox.question(
                self, self.tr("Presenze non salvate"),
                self.tr("Le presenze segnate non sono state salvate. Chiudere comunque?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def print_sheet(self) -> None:
        env, event_id, start = self.env, self.event_id, self.occurrence_start
        today = env.ctx.today()

        def make() -> bytes:
            return attendance_pdf(env.db, event_id, start, today, ctx=env.ctx)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)

        env.runner.run(
            lambda _progress: make(),
            on_success=lambda pdf: self._show_pdf(pdf, make, failed),
            on_error=failed,
        )

    def _show_pdf(
        self,
        pdf: bytes,
        make: Callable[[], bytes] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog, on_worker

        day = local(self.sheet.start).date()
        render = on_worker(self.env.runner, make, failed) if make and failed else None
        self.preview = PdfPreviewDialog(
            pdf,
            self.tr("Foglio firme"),
            files.suggested_name(self.tr("Foglio firme"), day, suffix=".pdf"),
            self,
            render=render,
        )
        self.preview.setModal(True)
        self.preview.show()
