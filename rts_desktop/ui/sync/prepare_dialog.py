""" "Prepara pacchetto per…": recipient, protection (device key or password twice), output file;
the bundle is written on the runner with progress and the result is shown in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import translator
from rts_desktop.sync.api import DeviceDTO, ExportReport
from rts_desktop.sync.view import prepare_bundle
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.busy import run_busy
from rts_desktop.ui.sync.fields import password_field, path_row

tr = translator("sync")

NEW_LAPTOP = ""


class PrepareBundleDialog(QDialog):
    def __init__(self, env: UiEnv, devices: list[DeviceDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.report: ExportReport | None = None
        self.setObjectName("prepare_dialog")
        self.setWindowTitle(tr("Prepara pacchetto"))
        self.target = QComboBox()
        self.target.setObjectName("target_device")
        for d in devices:
            if not d.is_self and d.revoked_at is None:
                self.target.addItem(d.name, d.id)
        self.target.addItem(tr("Nuovo portatile (pacchetto completo)"), NEW_LAPTOP)
        self.snapshot = QCheckBox(tr("Pacchetto &completo (per riallineare un portatile)"))
        self.snapshot.setObjectName("snapshot")
        self.use_key = QRadioButton(tr("Cifrato per la &chiave del dispositivo"))
        self.use_key.setObjectName("use_key")
        self.use_password = QRadioButton(tr("Protetto da &password"))
        self.use_password.setObjectName("use_password")
        self.password = password_field("password")
        self.password2 = password_field("password2")
        out_box, self.out, self.browse = path_row("out_path", "browse_out")
        self.out.setAccessibleName(tr("File del pacchetto da salvare"))
        self.general = error_label("prepare_error")
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.errors.add(form, tr("&Destinatario:"), self.target, "for_device")
        form.addRow("", self.snapshot)
        form.addRow(tr("Protezione:"), self.use_key)
        form.addRow("", self.use_password)
        self.errors.add(form, tr("Pass&word:"), self.password, "passphrase", "recipients")
        self.errors.add(form, tr("&Ripeti password:"), self.password2, "passphrase2")
        self.errors.add(form, tr("&File:"), out_box, "out")
        self.result = QLabel()
        self.result.setObjectName("prepare_result")
        self.result.setWordWrap(True)
        self.result.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Prepara"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(tr("Annulla"))
        self.buttons.accepted.connect(self.prepare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.use_password.toggled.connect(lambda _c: self._update())
        self.snapshot.toggled.connect(lambda _c: self._default_out())
        self.browse.clicked.connect(self.choose_out)
        self.use_key.setChecked(True)
        self._target_changed()
        fit_to_screen(self, 600, 340)

    def device_id(self) -> str | None:
        return str(self.target.currentData()) or None

    def _target_changed(self) -> None:
        new = self.device_id() is None
        self.snapshot.setEnabled(not new)
        if new:
            self.snapshot.setChecked(True)
            self.use_password.setChecked(True)
        self.use_key.setEnabled(not new)
        self._default_out()
        self._update()

    def _update(self) -> None:
        on = self.use_password.isChecked()
        self.password.setEnabled(on)
        self.password2.setEnabled(on)

    def _default_out(self) -> None:
        device = self.target.currentText() if self.device_id() else tr("nuovo portatile")
        name = files.suggested_name(
            tr("Pacchetto RTS per"),
            device,
            tr("completo") if self.snapshot.isChecked() else None,
            self.env.ctx.today(),
            suffix=".rtsbundle",
        )
        self.out.setText(str(files.start_folder(files.BUNDLE) / name))

    def choose_out(self) -> None:
        current = Path(self.out.text().strip())
        chosen = files.save_file(
            self,
            files.BUNDLE,
            tr("Salva pacchetto"),
            current.name,
            [tr("Pacchetto RTS (*.rtsbundle)")],
            folder=current.parent,
        )
        if chosen is not None:
            self.out.setText(str(chosen))

    def prepare(self) -> None:
        self.errors.clear()
        passphrase = None
        if self.use_password.isChecked():
            passphrase = self.password.text()
            if not passphrase:
                self.errors.show(ValidationError("passphrase", tr("Scrivi una password.")))
                return
            if passphrase != self.password2.text():
                self.errors.show(
                    ValidationError("passphrase2", tr("Le due password non coincidono."))
                )
                return
        if not self.out.text().strip():
            self.errors.show(ValidationError("out", tr("Scegli dove salvare il pacchetto.")))
            return
        self.ok.setEnabled(False)
        run_busy(
            self,
            self.env,
            tr("Preparazione del pacchetto…"),
            prepare_bundle,
            Path(self.out.text().strip()),
            device_id=self.device_id(),
            snapshot=self.snapshot.isChecked(),
            passphrase=passphrase,
            on_done=self.done_ok,
            on_error=self.failed,
            errors=self.errors,
        )

    def failed(self, _exc: BaseException) -> bool:
        """``env.ops.write`` shows the refusal (next to its field, or in a message box)."""
        self.ok.setEnabled(True)
        return False

    def done_ok(self, report: ExportReport) -> None:
        self.report = report
        what = (
            tr("%1 record (pacchetto completo)").replace("%1", str(report.rows))
            if report.kind == "snapshot"
            else tr("%n modifiche", n=report.changes)
        )
        self.result.setText(
            tr(
                "Pacchetto pronto: <b>%1</b><br>%2, %3, %4 kB. Consegnalo con una "
                "chiavetta o una cartella condivisa; dopo l'importazione può essere eliminato."
            )
            .replace("%1", str(report.path))
            .replace("%2", what)
            .replace("%3", tr("%n allegati", n=report.attachments))
            .replace("%4", str(max(1, report.size // 1024)))
        )
        self.result.show()
        self.ok.hide()
        self.cancel.setText(tr("Chiudi"))
