"""The "Sincronizzazione" area: this device, known devices, what waits, the Conflicts inbox,
imported bundles, and "Prepara pacchetto per…" / "Importa pacchetto…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import translator
from rts_desktop.sync import api
from rts_desktop.sync.view import (
    ConflictRow,
    ImportedRow,
    SyncOverview,
    conflict_rows,
    imported_bundles,
    overview,
    save_enrolment_file,
)
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.conflicts import ConflictsInbox
from rts_desktop.ui.sync.devices import DevicesPanel
from rts_desktop.ui.sync.import_dialog import ImportBundleDialog
from rts_desktop.ui.sync.layout import HeaderBox, imported_table
from rts_desktop.ui.sync.models import imported_model
from rts_desktop.ui.sync.prepare_dialog import PrepareBundleDialog
from rts_desktop.ui.sync.report_dialog import ImportReportDialog

tr = translator("sync")


def waiting_text(status: api.SyncStatus) -> str:
    if not status.pending:
        return tr("Nessuna modifica in attesa.")
    who = ", ".join(
        tr("«%1» (%2)").replace("%1", w.device_name).replace("%2", str(w.changes))
        for w in status.waiting_for
    )
    return (
        tr(
            "%1 modifiche ricevute sono in attesa di modifiche da %2: saranno applicate quando "
            "arriverà il pacchetto che le precede."
        )
        .replace("%1", str(status.pending))
        .replace("%2", who)
    )


class SyncPage(QWidget):
    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("page_sync")
        self.data: SyncOverview | None = None
        self._stale = False
        title = QLabel(tr("Sincronizzazione"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        hint = QLabel(
            tr(
                "I portatili si scambiano le modifiche con pacchetti cifrati (chiavetta USB, "
                "cartella condivisa). Prepara un pacchetto per un collega, importa quello che "
                "ricevi, poi risolvi qui gli eventuali conflitti."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.header = HeaderBox()
        self.pending = QLabel()
        self.pending.setObjectName("pending_summary")
        self.pending.setWordWrap(True)
        self.inbox = ConflictsInbox(env)
        self.devices = DevicesPanel(env)
        self.history_model = imported_model()
        self.history = imported_table(self.history_model)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(self.inbox, tr("Con&flitti"))
        self.tabs.addTab(self.devices, tr("&Dispositivi"))
        self.tabs.addTab(self.history, tr("Pacc&hetti importati"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.header)
        layout.addWidget(self.pending)
        layout.addWidget(self.tabs, 1)
        self.header.copy_button.clicked.connect(self.copy_code)
        self.header.save_button.clicked.connect(self.save_enrolment_file)
        self.header.prepare_button.clicked.connect(self.open_prepare)
        self.header.import_button.clicked.connect(self.open_import)
        self.prepare_dialog: PrepareBundleDialog | None = None
        self.import_dialog: ImportBundleDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        # every aggregate: a hand edit can close a conflict; the page's own writes (a
        # resolution, a device, a bundle) reach it here too
        self._listener = HubListener(self, env.db, tuple(Aggregate), self._heard)
        self.reload()

    # ---- loading ---------------------------------------------------------------------

    def _heard(self, changes: Changes) -> None:
        if changes.initiator is self:
            return  # an import run from this page: ``show_report`` reloads it
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        db = self.env.db
        self.env.runner.run(
            lambda _p: (overview(db), conflict_rows(db), imported_bundles(db)),
            on_success=self.show_data,
            on_error=lambda e: show_error(self, e),
        )

    def show_data(self, loaded: tuple[SyncOverview, list[ConflictRow], list[ImportedRow]]) -> None:
        data, conflicts, history = loaded
        self.data = data
        self.header.show_device(data)
        self.pending.setText(waiting_text(data.status))
        self.inbox.set_rows(conflicts)
        self.devices.set_rows(list(data.devices))
        self.history_model.set_rows(history)
        self.history.resizeColumnsToContents()
        label = (
            tr("Con&flitti (%1)").replace("%1", str(len(conflicts)))
            if conflicts
            else tr("Con&flitti")
        )
        self.tabs.setTabText(0, label)

    # ---- this device -----------------------------------------------------------------

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.header.code.text())
        self.header.message.setText(tr("Codice copiato negli appunti."))
        self.header.message.show()

    def save_enrolment_file(self, path: Path | None = None) -> None:
        if not path:
            device = self.data.status.device_name if self.data else tr("portatile")
            name = files.suggested_name(
                tr("Registrazione"), device, self.env.ctx.today(), suffix=".json"
            )
            chosen = files.save_file(
                self,
                files.ENROLMENT,
                tr("Salva file di registrazione"),
                name,
                [tr("Registrazione RTS (*.json)")],
            )
            if chosen is None:
                return
            path = chosen
        self.env.ops.write(self, save_enrolment_file, path, on_done=self._enrolment_saved)

    def _enrolment_saved(self, path: Path) -> None:
        self.header.message.setText(
            tr("File di registrazione salvato: %1").replace("%1", str(path))
        )
        self.header.message.show()

    # ---- bundles ---------------------------------------------------------------------

    def open_prepare(self) -> PrepareBundleDialog:
        devices = list(self.data.devices) if self.data else []
        self.prepare_dialog = PrepareBundleDialog(self.env, devices, self)
        self.prepare_dialog.open()
        return self.prepare_dialog

    def open_import(self, path: Path | None = None) -> ImportBundleDialog:
        """The import dialog; ``path``: the bundle already chosen (opened from a file)."""
        self.import_dialog = ImportBundleDialog(self.env, self)
        if path is not None:
            self.import_dialog.path.setText(str(path))
        self.import_dialog.imported.connect(self.show_report)
        self.import_dialog.open()
        return self.import_dialog

    def show_report(self, report: api.ImportReport, path: Any) -> None:
        self.reload()
        if report.conflicts:
            self.tabs.setCurrentWidget(self.inbox)
        self.report_dialog = ImportReportDialog(report, self)
        self.report_dialog.finished.connect(lambda _r: self.offer_delete(Path(path)))
        self.report_dialog.open()

    def offer_delete(self, path: Path) -> None:
        if not path.exists():
            return
        answer = QMessageBox.question(
            self,
            tr("Pacchetto importato"),
            tr(
                "Eliminare il file del pacchetto?\n%1\n\nContiene dati personali: se non serve "
                "ad altri portatili è meglio eliminarlo."
            ).replace("%1", str(path)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                path.unlink()
            except OSError as exc:
                show_error(self, exc)
