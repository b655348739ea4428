"""Inline validation messages: a red label under the field the service named.

``FieldErrors.add(form, "&Nome", widget, "first_name")`` puts a labelled row in a
QFormLayout (label buddy set, so the mnemonic focuses the field) with an error label below;
``show(exc)`` displays a ``ValidationError`` there. Other service errors go to a message box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from rts_desktop.kernel.errors import RtsError, ValidationError
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.ui.common.text import WholeLabel

ERROR_STYLE = "color: #b00020;"
_tr = translator("errors")


def error_label(object_name: str = "general_error") -> QLabel:
    """A hidden red line for an error message (under a field, or for the whole form)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def translate_error(message: str) -> str:
    """A service message in the current language (a marked message; other text as it is)."""
    return text_of(message)


class FieldErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = general

    def add(
        self, form: QFormLayout, text: str, widget: QWidget, field: str, *aliases: str
    ) -> QLabel:
        """A form row for ``widget`` answering to the service field ``field`` (and aliases)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = error_label(f"error_{field}")
        layout.addWidget(error)
        label = WholeLabel(text)  # "Telefono", not "Telefonc"
        label.setBuddy(widget)
        form.addRow(label, box)
        for name in (field, *aliases):
            self.fields[name] = (widget, error)
        return error

    def clear(self) -> None:
        for _, label in self.fields.values():
            label.clear()
            label.hide()
        if self.general is not None:
            self.general.clear()
            self.general.hide()

    def show(self, exc: ValidationError) -> bool:
        """Show the message next to its field; False when no field of this form matches."""
        self.clear()
        target = self.fields.get(exc.field)
        if target is None:
            if self.general is None:
                return False
            self.general.setText(translate_error(exc.message))
            self.general.show()
            return True
        widget, label = target
        label.setText(translate_error(exc.message))
        label.show()
        widget.setFocus()
        return True

    def message(self, field: str) -> str:
        target = self.fields.get(field)
        return target[1].text() if target and not target[1].isHidden() else ""


def show_error(
    parent: QWidget | None, exc: BaseException, errors: FieldErrors | None = None
) -> None:
    """A service error as a person should see it: inline when possible, never a traceback."""
    if isinstance(exc, ValidationError) and errors is not None and errors.show(exc):
        return
    if isinstance(exc, RtsError):
        text = translate_error(exc.message)
    else:
        text = _tr("Si è verificato un errore imprevisto: %1").replace("%1", str(exc))
    QMessageBox.warning(parent, _tr("Attenzione"), text)
