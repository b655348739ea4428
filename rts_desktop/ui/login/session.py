"""Opening the app as someone: first run or login before the window gets its database,
then the lock and the account button; "cambia utente" swaps who acts everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.services.operators.login import Identity
    from rts_desktop.ui.main_window import MainWindow


def sign_in(
    parent: QWidget | None, url: str, *, hint: str = ""
) -> tuple[Database, Identity] | None:
    """The database at ``url`` opened by the person at the keyboard: the first-run window
    when it has no key file yet (new, or an older plaintext one) or is a server database
    without operators, else the login window.
    None when she gives up."""
    from rts_desktop.db.engine import display_place, sqlite_path
    from rts_desktop.kernel.keyring import keys_path_for
    from rts_desktop.services.operators.server_login import without_operators
    from rts_desktop.ui.login.dialogs import LoginDialog
    from rts_desktop.ui.login.first_run import FirstRunDialog
    from rts_desktop.ui.login.warm_up import start_warm_up

    path = sqlite_path(url)
    where = display_place(url)
    if path is not None and not keys_path_for(path).exists():
        dialog: QDialog = FirstRunDialog(url, where, protect=path.exists(), parent=parent)
    elif path is None and without_operators(url):
        dialog = FirstRunDialog(url, where, protect=False, server=True, parent=parent)
    else:
        dialog = LoginDialog(url, where, parent, hint=hint)
    warm_up = start_warm_up()  # the window's modules load while she types
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    warm_up.join()
    if not accepted:
        return None
    return dialog.result  # type: ignore[attr-defined, no-any-return]


def start_session(window: MainWindow, db: Database, who: Identity) -> None:
    """The lock and the account button, once the window has its database."""
    from rts_desktop.ui.login.account import AccountButton
    from rts_desktop.ui.login.lock import IdleLock

    window.who = who
    window.lock = IdleLock(db, who, on_quit=QApplication.quit)
    window.account = AccountButton(window, who, window.lock)
    bar = window.statusBar()
    bar.removeWidget(window.operator_label)
    window.operator_label.hide()
    bar.insertPermanentWidget(1, window.account)
