"""The login window, the recovery-key window and "cambia utente"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.ui.login.fields import (
    ErrorLine,
    busy,
    finish_form,
    password_field,
    text_field,
)

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.services.operators.login import Identity

LAST_USER_KEY = "login/last_user"


class LoginDialog(QDialog):
    """Name and password; the database opens only with them. ``result`` once accepted."""

    def __init__(self, url: str, where: str, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Accesso – RTS Desktop"))
        self.url = url
        self.result: tuple[Database, Identity] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Database: %1").replace("%1", where))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if hint:
            tip = QLabel(hint)
            tip.setObjectName("hint")
            tip.setWordWrap(True)
            layout.addWidget(tip)
        form = QFormLayout()
        last = QSettings().value(LAST_USER_KEY, "")
        self.username = text_field(self, "username", str(last or ""))
        self.password = password_field(self, "password")
        form.addRow(self.tr("&Nome utente:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = ErrorLine(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.enter = buttons.addButton(self.tr("Entra"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.enter.setObjectName("enter")
        self.enter.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("Esci"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.forgot = QPushButton(self.tr("Password dimenticata…"))
        self.forgot.setObjectName("forgot")
        self.forgot.setAutoDefault(False)
        buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.recover)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def try_login(self) -> None:
        from rts_desktop.services.operators.login import open_as

        self.error.clear_error()
        name = self.username.text().strip()
        if not name:
            self.error.show_error(self.tr("Scrivi il tuo nome utente."))
            self.username.setFocus()
            return
        try:
            with busy():
                self.result = open_as(self.url, name, self.password.text())
        except RtsError as exc:
            self.password.clear()
            self.password.setFocus()
            self.error.show_error(exc)
            return
        QSettings().setValue(LAST_USER_KEY, name.lower())
        self.accept()

    def recover(self) -> None:
        dialog = RecoveryDialog(self.url, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            self.result = dialog.result
            self.accept()


class RecoveryDialog(QDialog):
    """Every password lost: the recovery key (printed at the first start) and a new
    password for an administrator; then that administrator is logged in."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Accesso con la chiave di recupero"))
        self.url = url
        self.result: tuple[Database, Identity] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "La chiave di recupero è stata mostrata una sola volta, alla creazione del "
                "database (inizia con RTSR-). Con essa puoi dare una nuova password a un "
                "amministratore."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = text_field(self, "recovery_key")
        self.admin = text_field(self, "admin", "admin")
        self.new_password = password_field(self, "new_password")
        self.repeat = password_field(self, "repeat")
        form.addRow(self.tr("&Chiave di recupero:"), self.key)
        form.addRow(self.tr("&Amministratore:"), self.admin)
        form.addRow(self.tr("&Nuova password:"), self.new_password)
        form.addRow(self.tr("&Ripeti la password:"), self.repeat)
        layout.addLayout(form)
        self.error = finish_form(self, layout, self.tr("Reimposta ed entra"), self.try_recover)

    def try_recover(self) -> None:
        from rts_desktop.services.operators import login

        self.error.clear_error()
        password = self.new_password.text()
        if password != self.repeat.text():
            self.error.show_error(self.tr("Le due password non coincidono."))
            return
        admin = self.admin.text().strip()
        try:
            with busy():
                login.check_password(password)
                db = login.open_with_recovery(self.url, self.key.text().strip())
                try:
                    login.reset_admin_password(db, admin, password)
                finally:
                    db.close()
                self.result = login.open_as(self.url, admin, password)
        except RtsError as exc:
            self.error.show_error(exc)
            return
        self.accept()


class SwitchUserDialog(QDialog):
    """ "Cambia utente": another operator logs in on the open database."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switch_user_dialog")
        self.setWindowTitle(self.tr("Cambia utente"))
        self.db = db
        self.result: Identity | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Le finestre aperte verranno chiuse: salva prima quello che stai scrivendo.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.username = text_field(self, "username")
        self.password = password_field(self, "password")
        form.addRow(self.tr("&Nome utente:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = finish_form(self, layout, self.tr("Entra"), self.try_switch)

    def try_switch(self) -> None:
        from rts_desktop.services.operators.login import switch_user

        self.error.clear_error()
        try:
            with busy():
                self.result = switch_user(
                    self.db, self.username.text().strip(), self.password.text()
                )
        except RtsError as exc:
            self.password.clear()
            self.error.show_error(exc)
            return
        QSettings().setValue(LAST_USER_KEY, self.result.username)
        self.accept()
