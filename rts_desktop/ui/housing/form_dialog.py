"""Base of the housing forms: a QFormLayout with inline errors, OK/Cancel, unsaved-changes guard.

A subclass builds its rows with ``self.row(...)`` and implements ``write()``, describing the
service write the form asks for (``Write(stays.move_in, stay_id, on, handover)``); OK sends it
through ``env.ops.write`` with the dialog as owner and initiator. A ValidationError appears
under the named field, other errors in a message box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import noop, translate
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.field_errors import FieldErrors, error_label, show_error
from rts_desktop.ui.env import UiEnv


def date_edit(value: dt.date) -> DateEdit:
    """A required date field (its refusals go under the row's field)."""
    return DateEdit(value)


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def plain(box: QPlainTextEdit | QLineEdit) -> str | None:
    text = box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
    return text.strip() or None


class Write:
    """A service write a form asks for: ``fn(db, ctx, *args, **kwargs)``."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return f"Write({getattr(self.fn, '__name__', self.fn)}, {self.args}, {self.kwargs})"


class FormDialog(QDialog):
    """OK sends ``write()`` through ``env.ops``; the result is kept in ``self.result_value``."""

    #: the OK button's text, marked with ``noop("FormDialog", ...)``
    ok_text = noop("FormDialog", "&Salva")

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.general = error_label("error_general")
        self.errors = FieldErrors(self.general)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("FormDialog", self.ok_text))  # i18n: dynamic
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annulla"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self._initial: list[Any] | None = None
        self.setMinimumWidth(460)

    def say(self, html: str) -> None:
        self.intro.setText(html)
        self.intro.show()

    def row(self, text: str, widget: QWidget, field: str, *aliases: str) -> QWidget:
        if isinstance(widget, DateEdit) and not widget.objectName():
            widget.setObjectName(field)  # an unreadable date is told under its row
        self.errors.add(self.form, text, widget, field, *aliases)
        return widget

    def handover_rows(self) -> None:
        """The verbale's fields: keys, meters, inventory, condition."""
        self.keys_count = QSpinBox(maximum=50)
        self.keys_notes = QLineEdit()
        self.meter_electricity = QLineEdit()
        self.meter_gas = QLineEdit()
        self.meter_water = QLineEdit()
        self.inventory = text_box()
        self.inventory.setPlaceholderText(self.tr("Es.: Cucina: tavolo, 4 sedie, frigorifero"))
        self.condition = text_box()
        self.row(self.tr("N. &chiavi:"), self.keys_count, "keys_count")
        self.row(self.tr("&Quali chiavi:"), self.keys_notes, "keys_notes")
        self.row(self.tr("Contatore &luce:"), self.meter_electricity, "meter_electricity")
        self.row(self.tr("Contatore &gas:"), self.meter_gas, "meter_gas")
        self.row(self.tr("Contatore ac&qua:"), self.meter_water, "meter_water")
        self.row(self.tr("&Inventario:"), self.inventory, "inventory")
        self.row(self.tr("S&tato dell'alloggio:"), self.condition, "condition")

    def handover_value(self) -> HandoverInput:
        return HandoverInput(
            keys_count=self.keys_count.value(),
            keys_notes=plain(self.keys_notes),
            meter_electricity=plain(self.meter_electricity),
            meter_gas=plain(self.meter_gas),
            meter_water=plain(self.meter_water),
            inventory=plain(self.inventory),
            condition=plain(self.condition),
        )

    # --- behaviour ---------------------------------------------------------------------
    def _snapshot(self) -> list[Any]:
        values: list[Any] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not isinstance(w.parent(), (QSpinBox, QComboBox)):
                values.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
            elif isinstance(w, QSpinBox):
                values.append(w.text())
            elif isinstance(w, QComboBox):
                values.append(w.currentIndex())
        return values

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._initial is None:
            self._initial = self._snapshot()
        super().showEvent(event)

    def is_dirty(self) -> bool:
        return self._initial is not None and self._snapshot() != self._initial

    def write(self) -> Write:  # pragma: no cover - subclasses
        """The write the form's values ask for (may refuse an input it cannot read)."""
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        try:
            write = self.write()
        except ValidationError as exc:  # the form's own reading of a field (e.g. an amount)
            show_error(self, exc, self.errors)
            return
        self.env.ops.write(
            self, write.fn, *write.args, on_done=self._finish, errors=self.errors, **write.kwargs
        )

    def _finish(self, value: Any) -> None:
        self.result_value = value
        self._initial = None
        self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Ci sono modifiche non salvate. Chiudere senza salvare?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
