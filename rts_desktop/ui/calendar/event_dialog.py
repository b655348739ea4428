"""Create or edit an event: double bookings are warned (never refused) before saving;
service errors appear next to their field; unsaved changes are never dropped silently."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.services.calendar import events as cal
from rts_desktop.services.calendar.events import EventDTO, EventInput
from rts_desktop.services.calendar.queries import conflicts_for
from rts_desktop.services.calendar.view import names_for
from rts_desktop.ui.calendar.event_form import EventForm
from rts_desktop.ui.common.edit_conflict_dialog import save_with_merge
from rts_desktop.ui.common.field_errors import translate_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv


def _event_input(chosen: dict[str, Any]) -> dict[str, Any]:
    """Stored values chosen in the conflict as the form's input: instants aware (UTC)."""
    return {
        field: value.replace(tzinfo=dt.UTC)
        if isinstance(value, dt.datetime) and value.tzinfo is None
        else value
        for field, value in chosen.items()
    }


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes / no question (tests replace it)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class EventDialog(QDialog):
    def __init__(
        self,
        env: UiEnv,
        *,
        event: EventDTO | None = None,
        start: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.current = event
        self.saved: EventDTO | None = None
        self.setWindowTitle(
            self.tr("Modifica appuntamento") if event else self.tr("Nuovo appuntamento")
        )
        self.form = EventForm(env.db, ctx=env.ctx)
        self.warning = QLabel()
        self.warning.setObjectName("conflicts")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.hide()
        series_note = QLabel(self.tr("Le modifiche valgono per tutte le ripetizioni."))
        series_note.setVisible(bool(event and event.rrule))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Salva"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annulla"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(series_note)
        layout.addWidget(self.warning)
        assert self.form.errors.general is not None
        layout.addWidget(self.form.errors.general)
        layout.addWidget(self.buttons)
        if event is not None:
            names = names_for(env.db, beneficiary_ids=event.beneficiary_ids)
            self.form.load(event, names.beneficiaries)
        else:
            self.form.set_start(start or dt.datetime.combine(env.ctx.today(), dt.time(9)))
            self.form._select(self.form.organizer, env.ctx.operator_id)
        self.form.title.setFocus()
        self._initial = self._snapshot()
        fit_to_screen(self, 1000, 480)

    def _snapshot(self) -> EventInput:
        return self.form.to_input()

    def is_dirty(self) -> bool:
        try:
            return self._snapshot() != self._initial
        except ValidationError:  # a date being typed: something changed
            return True

    def conflicts(self, data: EventInput) -> list[str]:
        try:
            found = conflicts_for(
                self.env.db, data, exclude_event_id=self.current.id if self.current else None
            )
        except ValidationError:
            return []  # the save reports the bad field
        return list(dict.fromkeys(translate_error(c.message) for c in found))

    def save(self) -> None:
        self.form.errors.clear()
        try:
            data = self.form.to_input()
        except ValidationError as exc:  # a date the form cannot read
            self.form.errors.show(exc)
            return
        messages = self.conflicts(data)
        if messages:
            shown = messages[:5] + ([f"… (+{len(messages) - 5})"] if len(messages) > 5 else [])
            self.warning.setText("\n".join(shown))
            self.warning.show()
            question = self.tr("Ci sono sovrapposizioni:") + "\n\n" + "\n".join(shown)
            if not ask(
                self, self.tr("Sovrapposizioni"), question + "\n\n" + self.tr("Salvare comunque?")
            ):
                return
        if self.current is None:
            self.env.ops.write(
                self, cal.create_event, data,
                on_done=lambda saved: self._finish(saved, data), errors=self.form.errors,
            )  # fmt: skip
        else:
            save_with_merge(
                self, self.env.ops, cal.update_event, self.current.id, data,
                self.current.version, self.form.merge_labels(),
                on_done=lambda saved: self._finish(saved, data), errors=self.form.errors,
                as_input=_event_input, names=self.form.merge_names(),
            )  # fmt: skip

    def _finish(self, saved: EventDTO, data: EventInput) -> None:
        self.saved = saved
        self._initial = data
        self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not ask(
            self, self.tr("Modifiche non salvate"),
            self.tr("Ci sono modifiche non salvate. Chiudere senza salvare?"),
        ):  # fmt: skip
            return
        super().reject()
