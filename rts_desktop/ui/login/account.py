"""The operator in the status bar and what she can do there: change her password, let
someone else log in, lock now, choose when the app locks itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, translate, translator
from rts_desktop.ui.common.field_errors import FieldErrors
from rts_desktop.ui.login.dialogs import SwitchUserDialog
from rts_desktop.ui.login.fields import ErrorLine, password_field
from rts_desktop.ui.login.lock import IdleLock, save_lock_minutes

if TYPE_CHECKING:
    from rts_desktop.services.operators.login import Identity
    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.main_window import MainWindow

_tr = translator("account")

ROLE_NAMES = {
    "amministratore": noop("account", "amministratore"),
    "coordinatore": noop("account", "coordinatore"),
    "educatore": noop("account", "educatore"),
    "assistente_sociale": noop("account", "assistente sociale"),
}


def operator_text(who: Identity) -> str:
    code = str(who.role)
    role = translate("account", ROLE_NAMES[code]) if code in ROLE_NAMES else code  # i18n: dynamic
    return _tr("Operatore: %1 (%2)").replace("%1", who.full_name).replace("%2", role)


class ChangePasswordDialog(QDialog):
    """The current password and the new one twice; written through ``env.ops``."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Cambia password"))
        self.env = env
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.error = ErrorLine(self)
        self.errors = FieldErrors(self.error)
        self.old = password_field(self, "old_password")
        self.new = password_field(self, "new_password")
        self.repeat = password_field(self, "repeat")
        self.errors.add(form, self.tr("Password &attuale:"), self.old, "old_password")
        self.errors.add(
            form, self.tr("&Nuova password (almeno 10 caratteri):"), self.new, "new_password"
        )
        form.addRow(self.tr("&Ripeti la nuova password:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cambia"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        from rts_desktop.services.operators.login import change_own_password

        self.error.clear_error()
        if self.new.text() != self.repeat.text():
            self.error.show_error(self.tr("Le due password non coincidono."))
            return
        self.env.ops.write(
            self.buttons,
            change_own_password,
            self.old.text(),
            self.new.text(),
            on_done=lambda _none: self.accept(),
            errors=self.errors,
        )


class AccountButton(QToolButton):
    """ "Operatore: Giulia Rossi (educatore)" with its menu, in the status bar."""

    def __init__(self, window: MainWindow, who: Identity, lock: IdleLock) -> None:
        super().__init__(window)
        self.setObjectName("account")
        self.window_, self.lock = window, lock
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        menu = QMenu(self)
        self.change_password = menu.addAction(self.tr("Cambia password…"))
        self.switch = menu.addAction(self.tr("Cambia utente…"))
        self.lock_now = QAction(self.tr("Blocca ora"), window)
        self.lock_now.setShortcut(QKeySequence("Ctrl+L"))
        window.addAction(self.lock_now)
        menu.addAction(self.lock_now)
        self.lock_after = menu.addAction("")
        self.setMenu(menu)
        self.change_password.triggered.connect(self.ask_password)
        self.switch.triggered.connect(self.ask_switch)
        self.lock_now.triggered.connect(lock.lock)
        self.lock_after.triggered.connect(self.ask_minutes)
        self.show_identity(who)
        self._show_minutes()

    def show_identity(self, who: Identity) -> None:
        self.setText(operator_text(who))

    def _show_minutes(self) -> None:
        minutes = self.lock.minutes
        text = (
            self.tr("Blocco automatico: mai…")
            if minutes == 0
            else self.tr("Blocco automatico: dopo %n minuti…", "", minutes)
        )
        self.lock_after.setText(text)

    def ask_password(self) -> None:
        ChangePasswordDialog(self.window_.env, self.window_).exec()

    def ask_switch(self) -> None:
        dialog = SwitchUserDialog(self.window_.db, self.window_)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            switch_identity(self.window_, dialog.result)

    def ask_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window_,
            self.tr("Blocco automatico"),
            self.tr("Blocca dopo quanti minuti senza attività (0: mai)?"),
            self.lock.minutes,
            0,
            240,
        )
        if ok:
            self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        save_lock_minutes(minutes)
        self.lock.set_minutes(minutes)
        self._show_minutes()


def switch_identity(window: MainWindow, who: Identity) -> bool:
    """Another operator takes the keyboard: the other windows close (each may refuse, to
    save first), the pages are built again for what she may see, the status bar says so."""
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isWindow() and w.isVisible() and not isinstance(w, QDialog)
    ]
    for other in others:
        other.close()
    if any(w.isVisible() for w in others):
        QMessageBox.information(
            window,
            _tr("Cambia utente"),
            _tr("Chiudi prima le finestre aperte, poi cambia utente."),
        )
        return False
    window.env.ctx = who.context(window.db)
    window.who = who
    window.lock.who = who
    window.account.show_identity(who)
    window.reset_pages()
    window.deadlines.reload()
    return True
