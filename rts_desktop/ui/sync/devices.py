"""Known devices: the table, "Registra dispositivo…" (paste a code or choose a file), "Revoca…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import translator
from rts_desktop.sync.api import DeviceDTO
from rts_desktop.sync.view import enrol, revoke
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import FieldErrors
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.records_model import ROW_ROLE
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.models import devices_model

tr = translator("sync")


class EnrolDialog(QDialog):
    """Paste the other laptop's code (RTS1-…) or load its registration file."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.enrolled: DeviceDTO | None = None
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(tr("Registra dispositivo"))
        intro = QLabel(
            tr(
                "Incolla il codice di registrazione dell'altro portatile (inizia con «RTS1-») "
                "oppure scegli il suo file di registrazione. Controlla poi che nome e impronta "
                "coincidano con quelli mostrati sull'altro portatile."
            )
        )
        intro.setWordWrap(True)
        self.code = QPlainTextEdit()
        self.code.setObjectName("enrol_code")
        self.code.setTabChangesFocus(True)
        self.code.setFixedHeight(90)
        self.choose = QPushButton(tr("Scegli &file…"))
        self.choose.setObjectName("choose_enrol_file")
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add(form, tr("&Codice:"), self.code, "code")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Registra"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.choose.clicked.connect(self.choose_file)
        fit_to_screen(self, 560, 280)

    def choose_file(self) -> None:
        chosen = files.open_file(
            self,
            files.ENROLMENT,
            tr("File di registrazione"),
            [tr("Registrazione RTS (*.json)"), files.all_files_filter()],
        )
        if chosen is not None:
            self.load_file(chosen)

    def load_file(self, path: Path) -> None:
        try:
            self.code.setPlainText(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            self.code.setPlainText("")
            self.errors.show(ValidationError("code", tr("Impossibile leggere il file.")))

    def save(self) -> None:
        self.env.ops.write(
            self, enrol, self.code.toPlainText(), on_done=self._finish, errors=self.errors
        )

    def _finish(self, device: DeviceDTO) -> None:
        self.enrolled = device
        self.accept()


class DevicesPanel(QWidget):
    """Known devices; ``changed`` is emitted after an enrolment or a revocation (both are
    announced on the hub as ``Aggregate.SYNC``)."""

    changed = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.model = devices_model()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("devices_table")
        self.table.setAccessibleName(tr("Dispositivi"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.enrol_button = QPushButton(tr("&Registra dispositivo…"))
        self.enrol_button.setObjectName("enrol_device")
        self.revoke_button = QPushButton(tr("Re&voca…"))
        self.revoke_button.setObjectName("revoke_device")
        self.message = QLabel()
        self.message.setObjectName("devices_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.enrol_dialog: EnrolDialog | None = None
        self._update()

    def set_rows(self, rows: list[DeviceDTO]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        ids = [d.id for d in rows]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        self._update()

    def selected(self) -> DeviceDTO | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(self.model.index(index.row(), 0), ROW_ROLE)  # type: ignore[no-any-return]

    def _update(self) -> None:
        d = self.selected()
        self.revoke_button.setEnabled(d is not None and not d.is_self and d.revoked_at is None)

    def open_enrol(self) -> None:
        self.enrol_dialog = EnrolDialog(self.env, self)
        self.enrol_dialog.accepted.connect(self._enrolled)
        self.enrol_dialog.open()

    def _enrolled(self) -> None:
        d = self.enrol_dialog.enrolled if self.enrol_dialog else None
        if d is not None:
            self.message.setText(
                tr("Registrato «%1» (impronta %2).")
                .replace("%1", d.name)
                .replace("%2", d.fingerprint or "—")
            )
        self.changed.emit()

    def revoke_selected(self) -> None:
        d = self.selected()
        if d is None or d.is_self or d.revoked_at is not None:
            return
        answer = QMessageBox.question(
            self,
            tr("Revoca dispositivo"),
            tr(
                "Revocare «%1»? I suoi pacchetti saranno rifiutati e non potrai più preparare "
                "pacchetti per lui (ad esempio se il portatile è stato smarrito)."
            ).replace("%1", d.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.env.ops.write(self, revoke, d.id, on_done=self._revoked)

    def _revoked(self, device: DeviceDTO) -> None:
        self.message.setText(tr("«%1» revocato.").replace("%1", device.name))
        self.changed.emit()
