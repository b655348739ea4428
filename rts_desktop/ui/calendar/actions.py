"""What can be done to an occurrence shown in a view: open, move (this one or the series,
with a double-booking warning), cancel, attendance, foglio firme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QMessageBox,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.kernel.i18n import translator
from rts_desktop.services.calendar import events as cal
from rts_desktop.services.calendar.events import MoveScope
from rts_desktop.services.calendar.queries import OccurrenceDTO, conflicts_for
from rts_desktop.ui.calendar import event_dialog
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.style import aware, local
from rts_desktop.ui.common.field_errors import show_error, translate_error
from rts_desktop.ui.env import UiEnv

_tr = translator("OccurrenceActions")


def choose_scope(parent: QWidget) -> MoveScope | None:
    """This occurrence, the whole series or None (cancelled); tests replace it."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Appuntamento ripetuto"))
    box.setText(_tr("Spostare solo questa ripetizione o tutta la serie?"))
    one = box.addButton(_tr("Solo &questa"), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(_tr("&Tutta la serie"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Annulla"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return MoveScope.ONE if clicked is one else MoveScope.ALL if clicked is every else None


def pick_time(parent: QWidget, wall: dt.datetime) -> dt.datetime | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Sposta questa ripetizione"))
    edit = QDateTimeEdit(QDateTime(wall))
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    form = QFormLayout(dialog)
    form.addRow(_tr("Nuovo &inizio"), edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]


class OccurrenceActions(QObject):
    def __init__(self, env: UiEnv, parent: QWidget) -> None:
        super().__init__(parent)
        self.env = env
        self.widget = parent

    def menu(self, occ: OccurrenceDTO) -> QMenu:
        menu = QMenu(self.widget)
        menu.addAction(_tr("&Apri / modifica…"), lambda: self.edit(occ))
        menu.addAction(_tr("&Presenze…"), lambda: self.attendance(occ))
        menu.addAction(_tr("Stampa &foglio firme…"), lambda: self.print_sheet(occ))
        menu.addSeparator()
        if occ.recurring:
            menu.addAction(_tr("&Sposta questa ripetizione…"), lambda: self.move_dialog(occ))
            menu.addAction(_tr("A&nnulla questa ripetizione"), lambda: self.cancel_one(occ))
        menu.addAction(_tr("Annulla l'&appuntamento"), lambda: self.cancel_all(occ))
        return menu

    def edit(self, occ: OccurrenceDTO) -> None:
        try:
            event = cal.get_event(self.env.db, occ.event_id)
        except RtsError as exc:
            show_error(self.widget, exc)
            return
        EventDialog(self.env, event=event, parent=self.widget).exec()

    def attendance(self, occ: OccurrenceDTO) -> AttendanceDialog | None:
        try:
            dialog = AttendanceDialog(self.env, occ.event_id, occ.original_start, self.widget)
        except RtsError as exc:
            show_error(self.widget, exc)
            return None
        dialog.open()
        return dialog

    def print_sheet(self, occ: OccurrenceDTO) -> None:
        dialog = self.attendance(occ)
        if dialog is not None:
            dialog.print_sheet()

    def move(self, occ: OccurrenceDTO, wall: dt.datetime) -> bool:
        """Move to the local time ``wall``; asks scope (series) and confirms double bookings.

        One write, this occurrence or the whole series; True once it is sent."""
        scope = choose_scope(self.widget) if occ.recurring else MoveScope.ALL
        if scope is None:
            return False
        start = aware(wall)
        end = start + (occ.end - occ.start)
        try:
            draft = cal.move_draft(self.env.db, occ.event_id, occ.original_start, start, end, scope)
            found = conflicts_for(self.env.db, draft, exclude_event_id=occ.event_id)
        except RtsError as exc:
            show_error(self.widget, exc)
            return False
        if found:
            lines = list(dict.fromkeys(translate_error(c.message) for c in found))[:5]
            text = "\n".join(lines) + "\n\n" + _tr("Spostare comunque?")
            if not event_dialog.ask(self.widget, _tr("Sovrapposizioni"), text):
                return False
        self._write(cal.move, occ.event_id, occ.original_start, start, end, scope)
        return True

    def move_dialog(self, occ: OccurrenceDTO) -> None:
        wall = pick_time(self.widget, local(occ.start))
        if wall is None:
            return
        start = aware(wall)
        self._write(
            cal.move_occurrence, occ.event_id, occ.original_start,
            start, start + (occ.end - occ.start),
        )  # fmt: skip

    def cancel_one(self, occ: OccurrenceDTO) -> None:
        text = _tr("Annullare la ripetizione del %1? Le altre restano.").replace(
            "%1", f"{local(occ.start):%d/%m/%Y %H:%M}"
        )
        if event_dialog.ask(self.widget, _tr("Annulla ripetizione"), text):
            self._write(cal.cancel_occurrence, occ.event_id, occ.original_start)

    def cancel_all(self, occ: OccurrenceDTO) -> None:
        if occ.recurring:
            text = _tr("Annullare «{title}» e tutte le sue ripetizioni?")
        else:
            text = _tr("Annullare «{title}»?")
        text = text.format(title=occ.title)
        if event_dialog.ask(self.widget, _tr("Annulla appuntamento"), text):
            self._write(cal.cancel_event, occ.event_id)

    def _write(self, fn: Callable[..., object], *args: object) -> None:
        """Run the write through ops (the view named as its initiator: it reloads on the
        hub); the view is disabled meanwhile, so the keyboard focus comes back after."""
        focus = QApplication.focusWidget()

        def refocus() -> None:
            if focus is not None and self.widget.isAncestorOf(focus) and focus.isEnabled():
                focus.setFocus()

        def failed(_exc: BaseException) -> bool:
            refocus()
            return False  # ops shows the error

        self.env.ops.write(self.widget, fn, *args, on_done=lambda _v: refocus(), on_error=failed)
