"""Screenshot views of the login window, the lock screen and the audit viewer
(``rts-desktop screenshot --view login|lock|audit``)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from rts_desktop.kernel.i18n import translator
from rts_desktop.services.operators.login import Identity
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.login.dialogs import LoginDialog
from rts_desktop.ui.login.lock import IdleLock
from rts_desktop.ui.main_window import MainWindow

_KEEP: list[object] = []
_tr = translator("LoginDialog")


def _composed(window: MainWindow, dialog: QWidget) -> QWidget:
    """The window with the dialog drawn over its middle, as the person sees them."""
    QApplication.processEvents()
    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    x = (picture.width() - shown.width()) // 2
    y = (picture.height() - shown.height()) // 3
    painter.drawPixmap(QRect(x, y, shown.width(), shown.height()), shown)
    painter.end()
    label = QLabel()
    label.setPixmap(QPixmap(picture))
    label.resize(picture.size())
    _KEEP.append(label)
    return label


def login(env: UiEnv, window: MainWindow) -> QWidget:
    """Over the window's frame, as at start-up: nothing of the data shows before it."""
    frame = MainWindow()
    frame.resize(window.size())
    frame.show()
    _KEEP.append(frame)
    window.hide()
    hint = _tr("Database dimostrativo: utenti admin, coordinatore, educatore, assistente.")
    where = str(env.db.path or env.db.url)
    dialog = LoginDialog(env.db.url, where, window, hint=hint)
    dialog.username.setText("educatore")  # i18n: dynamic
    dialog.password.setText("••••••••••")
    dialog.adjustSize()
    _KEEP.append(dialog)
    return _composed(frame, dialog)


def lock(env: UiEnv, window: MainWindow) -> QWidget:
    who = Identity(env.ctx.operator_id or "", "educatore", "Educatore di turno", env.ctx.role)
    guard = IdleLock(env.db, who, on_quit=lambda: None)
    guard.lock()
    _KEEP.append(guard)
    assert guard.dialog is not None
    guard.dialog.adjustSize()
    return _composed(window, guard.dialog)


def audit(env: UiEnv, window: MainWindow) -> QWidget:
    window.show_area("audit")
    QApplication.processEvents()
    return window
