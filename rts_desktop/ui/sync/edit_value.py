"""Resolve a conflict with a value written by hand (starting from one of the candidates)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.sync.labels import is_multiline, parse_value
from rts_desktop.sync.view import ConflictRow, edit_text, resolve
from rts_desktop.ui.common.field_errors import FieldErrors, show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.models import who_when

tr = translator("sync")


class EditValueDialog(QDialog):
    def __init__(self, env: UiEnv, row: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.row = row
        self.setObjectName("edit_conflict_dialog")
        self.setWindowTitle(tr("Risolvi il conflitto scrivendo il valore"))
        intro = QLabel(
            f"<b>{text_of(row.table_label)}: {row.record_label}</b> — {text_of(row.field_label)}"
        )
        intro.setWordWrap(True)
        self.multiline = is_multiline(row.table_name, row.field or "")
        self.editor: QLineEdit | QPlainTextEdit = (
            QPlainTextEdit() if self.multiline else QLineEdit()
        )
        self.editor.setObjectName("value_editor")
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setTabChangesFocus(True)
        self.set_text(edit_text(row))
        starts = QHBoxLayout()
        for c in row.candidates:
            button = QPushButton(tr("Parti da %1").replace("%1", c.letter))
            button.setObjectName(f"start_{c.letter}")
            button.setToolTip(f"{text_of(c.text)} — {who_when(c)}")
            button.clicked.connect(lambda _c=False, cand=c: self._start_from(cand.value))
            starts.addWidget(button)
        starts.addStretch(1)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add(form, tr("&Valore da tenere:"), self.editor, "value", "keep")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Salva"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(starts)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 260 if self.multiline else 200)

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def _start_from(self, value: object) -> None:
        from dataclasses import replace

        chosen = next(i for i, c in enumerate(self.row.candidates) if c.value == value)
        self.set_text(edit_text(replace(self.row, interim=chosen)))
        self.editor.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            value = parse_value(self.row.table_name, self.row.field or "", self.text())
        except ValidationError as exc:  # the text does not read as a value of this field
            show_error(self, exc, self.errors)
            return
        self.env.ops.write(
            self, resolve, self.row.id, value=value, on_done=self._finish, errors=self.errors
        )

    def _finish(self, _resolved: object) -> None:
        self.accept()
