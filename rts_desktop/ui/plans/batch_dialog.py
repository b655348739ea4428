"""Batch printing of plans into a folder, on the worker (both cores), with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.services.plans.printing_batch import BatchReport, PlanJob, print_plans
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import translate_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import Task


class BatchPrintDialog(QDialog):
    def __init__(
        self,
        env: UiEnv,
        jobs: list[PlanJob],
        out_dir: Path | None = None,
        parent: QWidget | None = None,
        processes: int = 2,
    ) -> None:
        super().__init__(parent)
        self.env, self.jobs, self.processes = env, jobs, processes
        self.task: Task | None = None
        self._running = False
        self.report: BatchReport | None = None
        self.setWindowTitle(self.tr("Stampa dei progetti"))
        self.setObjectName("batch_print")
        intro = QLabel(
            self.tr(
                "%1 da stampare, un PDF per progetto (codice del caso e versione nel nome "
                "del file)."
            ).replace("%1", self.tr("%n progetti", "", len(jobs)))
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(out_dir) if out_dir else "")
        self.folder.setObjectName("folder")
        folder_label = QLabel(self.tr("&Cartella:"))
        folder_label.setBuddy(self.folder)
        browse = QPushButton(self.tr("S&foglia…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.bar = QProgressBar()
        self.bar.setObjectName("progress")
        self.bar.setRange(0, max(1, len(jobs)))
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("%v di %m"))
        self.status = QLabel()
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("&Avvia stampa"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start")
        self.cancel_button = self.buttons.addButton(
            self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancel")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.start_button.setEnabled(bool(jobs))
        fit_to_screen(self, 560, 220)

    def browse(self) -> None:
        folder = files.choose_folder(
            self, files.PDF, self.tr("Cartella dei PDF"), Path(self.folder.text().strip())
        )
        if folder is not None:
            self.folder.setText(str(folder))

    def start(self) -> None:
        out_dir = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not out_dir.is_dir():
            self.status.setText(self.tr("Scegli una cartella esistente."))
            self.status.setStyleSheet("color: #b00020;")
            return
        self.status.setStyleSheet("")
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Avvio dei processi di stampa…"))
        # the start button owns the write: the dialog (and its cancel button) stays usable
        self.task = None
        self._running = True
        task = self.env.ops.write(
            self.start_button,
            print_plans,
            self.jobs,
            out_dir,
            processes=self.processes,
            on_done=self.batch_finished,
            on_error=self.batch_failed,
            on_progress=self.progressed,
        )
        # a synchronous runner has already finished: nothing is left to cancel
        self.task = task if self._running else None

    def progressed(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(translate_error(message))

    def batch_finished(self, report: BatchReport) -> None:
        self.report = report
        self.task, self._running = None, False
        self.bar.setValue(len(report.written) + len(report.failed))
        text = translate_error(report.summary())
        if report.failed:
            text += "\n" + "\n".join(f"{f.case_code}: {f.message}" for f in report.failed[:5])
        self.status.setText(text)
        self.start_button.setEnabled(False)  # printed: what is left is to close
        self.cancel_button.setText(self.tr("&Chiudi"))

    def batch_failed(self, _exc: BaseException) -> bool:
        """The start button is usable again; the error is shown by ``ops`` (one box)."""
        self.task, self._running = None, False
        return False

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(
                self.tr("Interruzione in corso: i PDF già completati restano nella cartella.")
            )
            return
        self.reject()
