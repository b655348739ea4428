"""The pieces every login form shares: a password field, an error line, a busy cursor."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.ui.common.field_errors import translate_error


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


def text_field(parent: QWidget, name: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setObjectName(name)
    field.setMinimumWidth(260)
    return field


class ErrorLine(QLabel):
    """One line in red under the form, empty when all is well."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, exc: RtsError | str) -> None:
        text = exc if isinstance(exc, str) else translate_error(exc.message)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()


def finish_form(
    dialog: QDialog, layout: QVBoxLayout, ok_text: str, on_ok: Callable[[], None]
) -> ErrorLine:
    """The error line and the OK / Cancel buttons under a login form; the error line."""
    error = ErrorLine(dialog)
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """An hourglass while Argon2 works (a quarter of a second, on purpose)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
