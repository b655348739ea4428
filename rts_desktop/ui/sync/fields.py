"""Form pieces the bundle dialogs share: a file path with its "Sfoglia…" button, and a
password field."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from rts_desktop.kernel.i18n import translator

tr = translator("sync")


def path_row(edit_name: str, button_name: str) -> tuple[QWidget, QLineEdit, QPushButton]:
    """A line edit with a browse button beside it, as one form row widget."""
    edit = QLineEdit()
    edit.setObjectName(edit_name)
    browse = QPushButton(tr("&Sfoglia…"))
    browse.setObjectName(button_name)
    box = QWidget()
    box.setFocusProxy(edit)  # the form's label leads to the field
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return box, edit, browse


def password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
