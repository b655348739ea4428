""" "Importa pacchetto…": choose the file (and the password when it has one), import on the
runner with progress; a refused bundle shows its reason here and nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import BundleError, ValidationError
from rts_desktop.kernel.i18n import translator
from rts_desktop.sync.api import ImportReport
from rts_desktop.sync.view import import_bundle_file, needs_passphrase
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import FieldErrors, error_label, show_error, translate_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.busy import run_busy
from rts_desktop.ui.sync.fields import password_field, path_row

tr = translator("sync")


class ImportBundleDialog(QDialog):
    """Emits ``imported(report, path)`` and closes once the bundle is in.

    The import runs through ``env.ops.write`` on behalf of the page that opened the dialog
    (its parent): the page is named as the initiator of the changes, and it reloads itself
    when it shows the report."""

    imported = Signal(object, object)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("import_dialog")
        self.setWindowTitle(tr("Importa pacchetto"))
        intro = QLabel(
            tr(
                "Il pacchetto viene verificato per intero prima di toccare i dati: se è "
                "danneggiato o non è destinato a questo portatile non cambia nulla."
            )
        )
        intro.setWordWrap(True)
        path_box, self.path, self.browse = path_row("bundle_path", "browse_bundle")
        self.path.setAccessibleName(tr("File del pacchetto"))
        self.password = password_field("bundle_password")
        self.general = error_label("import_error")
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.errors.add(form, tr("&File del pacchetto:"), path_box, "path")
        self.errors.add(form, tr("&Password:"), self.password, "passphrase")
        self.password_label = form.labelForField(self.password.parentWidget())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Importa"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annulla"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose)
        self.path.textChanged.connect(lambda _t: self._update())
        self._update()
        fit_to_screen(self, 600, 220)

    def _update(self) -> None:
        text = self.path.text().strip()
        need = bool(text) and needs_passphrase(Path(text))
        self.password.parentWidget().setVisible(need)
        if self.password_label is not None:
            self.password_label.setVisible(self.password.parentWidget().isVisibleTo(self))
        self.ok.setEnabled(bool(text))

    def choose(self) -> None:
        chosen = files.open_file(
            self,
            files.BUNDLE,
            tr("Importa pacchetto"),
            [tr("Pacchetto RTS (*.rtsbundle)"), files.all_files_filter()],
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def start(self) -> None:
        self.errors.clear()
        text = self.path.text().strip()
        if not text:
            self.errors.show(ValidationError("path", tr("Scegli il file del pacchetto.")))
            return
        path = Path(text)
        password = (self.password.text() or None) if needs_passphrase(path) else None
        self.ok.setEnabled(False)
        run_busy(
            self,
            self.env,
            tr("Importazione del pacchetto…"),
            import_bundle_file,
            path,
            passphrase=password,
            owner=self.parentWidget() or self,
            on_done=lambda report: self._done(report, path),
            on_error=self.failed,
        )

    def failed(self, exc: BaseException) -> bool:
        """A refused bundle shows its reason here (and asks the password again when it has
        one); any other error goes next to its field or to a message box."""
        self.ok.setEnabled(True)
        if isinstance(exc, BundleError):
            self.general.setText(translate_error(exc.message))
            self.general.show()
            if needs_passphrase(Path(self.path.text().strip())):
                self.password.parentWidget().show()
                if self.password_label is not None:
                    self.password_label.show()
                self.password.setFocus()
                self.password.selectAll()
            return True
        if not isinstance(exc, Exception):
            return False  # an interruption: the write's runner deals with it
        show_error(self, exc, self.errors)
        return True

    def _done(self, report: ImportReport, path: Path) -> None:
        self.accept()
        self.imported.emit(report, path)
