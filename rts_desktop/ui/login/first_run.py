"""First start: the administrator is created (and an older plaintext database encrypted),
then the recovery key is shown once, to be kept somewhere safe."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.ui.common import files
from rts_desktop.ui.login.fields import ErrorLine, busy, password_field, text_field

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.services.operators.login import Identity


class FirstRunDialog(QDialog):
    """Two steps: the administrator's account, then the recovery key (which cannot be
    skipped: "Continua" waits for the box saying it was kept)."""

    def __init__(
        self,
        url: str,
        where: str,
        *,
        protect: bool,
        server: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Primo avvio – RTS Desktop"))
        self.url, self.protect, self.server = url, protect, server
        self.result: tuple[Database, Identity] | None = None
        self.recovery_key: str | None = None
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._account_step(where))
        self.steps.addWidget(self._key_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)

    # -- step 1: the administrator ------------------------------------------------------
    def _account_step(self, where: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = (
            self.tr(
                "Questo database è stato creato da una versione precedente e non è cifrato. "
                "Crea l'amministratore: il database verrà cifrato (prima ne viene fatta una "
                "copia di sicurezza) e da ora si aprirà solo con una password."
            )
            if self.protect
            else self.tr(
                "Benvenuto. Il database sul server non ha ancora operatori: crea "
                "l'amministratore. L'amministratore aggiunge poi gli operatori, che "
                "entreranno con il proprio nome e la propria password."
            )
            if self.server
            else self.tr(
                "Benvenuto. Crea l'amministratore: il database verrà creato cifrato e si "
                "aprirà solo con una password. L'amministratore aggiunge poi gli operatori."
            )
        )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Database: %1").replace("%1", where)))
        form = QFormLayout()
        self.full_name = text_field(page, "full_name", self.tr("Amministratore"))
        self.username = text_field(page, "username", "admin")
        self.password = password_field(page, "password")
        self.repeat = password_field(page, "repeat")
        form.addRow(self.tr("Nome e &cognome:"), self.full_name)
        form.addRow(self.tr("&Nome utente:"), self.username)
        form.addRow(self.tr("&Password (almeno 10 caratteri):"), self.password)
        form.addRow(self.tr("&Ripeti la password:"), self.repeat)
        layout.addLayout(form)
        self.error = ErrorLine(page)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Crea"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Esci"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def create(self) -> None:
        from rts_desktop.services.operators import login

        self.error.clear_error()
        if self.password.text() != self.repeat.text():
            self.error.show_error(self.tr("Le due password non coincidono."))
            return
        name, full = self.username.text().strip(), self.full_name.text().strip()
        try:
            with busy():
                if self.protect:
                    made = login.protect_existing(
                        self.url, name, self.password.text(), full_name=full
                    )
                else:
                    made = login.create_database(
                        self.url, name, self.password.text(), full_name=full
                    )
        except RtsError as exc:
            self.error.show_error(exc)
            return
        self.result = (made.db, made.admin)
        self.recovery_key = made.recovery_key
        if made.recovery_key is None:  # a server database: no key file, no recovery key
            self.accept()
            return
        self.key_field.setText(made.recovery_key)
        self.steps.setCurrentIndex(1)

    # -- step 2: the recovery key -------------------------------------------------------
    def _key_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "<b>Chiave di recupero</b><br>È l'unico modo per aprire il database se tutte "
                "le password vengono dimenticate. Viene mostrata solo ora: stampala o salvala "
                "su una chiavetta e conservala in cassaforte, lontano dal portatile."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_field = QLineEdit(page)
        self.key_field.setObjectName("recovery_key")
        self.key_field.setReadOnly(True)
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.key_field)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copia"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key_field.text()))
        self.save_button = QPushButton(self.tr("Salva in un file…"))
        self.save_button.setObjectName("save_key")
        self.save_button.clicked.connect(self.save_key)
        row.addWidget(copy)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved_label = QLabel()
        layout.addWidget(self.saved_label)
        self.kept = QCheckBox(self.tr("Ho conservato la chiave di recupero in un luogo sicuro"))
        self.kept.setObjectName("kept")
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("Continua"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("continue")
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        return page

    def save_key(self, path: str | None = None) -> None:
        """Write the key to a file only its owner reads (0600); ``path`` skips the dialog."""
        from rts_desktop.kernel.fileio import write_atomically

        if not path:
            import datetime as dt

            chosen = files.save_file(
                self,
                files.RECOVERY_KEY,
                self.tr("Salva la chiave di recupero"),
                files.suggested_name(
                    self.tr("Chiave di recupero RTS"), dt.date.today(), suffix=".txt"
                ),
                [self.tr("Testo (*.txt)")],
            )
            path = str(chosen) if chosen is not None else None
        if not path or self.recovery_key is None:
            return
        try:
            write_atomically(Path(path), (self.recovery_key + "\n").encode("ascii"))
        except (OSError, RtsError) as exc:
            self.saved_label.setText(self.tr("Non salvata: %1").replace("%1", str(exc)))
            return
        self.saved_label.setText(self.tr("Salvata in %1").replace("%1", path))

    def reject(self) -> None:
        if self.steps.currentIndex() == 1:
            return  # the database exists now: the key must be seen and kept first
        super().reject()
