"""What can be done to an occurrence shown in a view: open, move (this one or the series,
with a double-booking warning), cancel, attendance, foglio firme."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime, QObject
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QMessageBox,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.services.calendar import events as cal
from rts_desktop.services.calendar.events import EventInput
from rts_desktop.services.calendar.queries import OccurrenceDTO, conflicts_for
from rts_desktop.ui.calendar import event_dialog
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.style import aware, local
from rts_desktop.ui.common.field_errors import show_error, translate_error
from rts_desktop.ui.env import UiEnv


def _tr(text: str) -> str:
    return QCoreApplication.translate("OccurrenceActions", text)


def choose_scope(parent: QWidget) -> str | None:
    """ "one" (this occurrence), "all" (the series) or None (cancelled); tests replace it."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Appuntamento ripetuto"))
    box.setText(_tr("Spostare solo questa ripetizione o tutta la serie?"))
    one = box.addButton(_tr("Solo &questa"), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(_tr("&Tutta la serie"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Annulla"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "one" if box.clickedButton() is one else "all" if box.clickedButton() is every else None


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

    def _draft(self, occ: OccurrenceDTO, wall: dt.datetime, scope: str) -> EventInput:
        event = cal.get_event(self.env.db, occ.event_id)
        shift = wall - local(occ.start)
        base = EventInput(
            area=event.area, title=event.title, starts_at=event.starts_at,
            ends_at=event.ends_at, all_day=event.all_day, apartment_id=event.apartment_id,
            place=event.place, case_id=event.case_id, organizer_id=event.organizer_id,
            beneficiary_ids=event.beneficiary_ids, operator_ids=event.operator_ids,
            rrule=event.rrule,
        )  # fmt: skip
        if scope == "one":
            start = aware(wall)
            return replace(base, starts_at=start, ends_at=start + (occ.end - occ.start), rrule=None)
        start = aware(local(event.starts_at) + shift)
        return replace(base, starts_at=start, ends_at=start + (event.ends_at - event.starts_at))

    def move(self, occ: OccurrenceDTO, wall: dt.datetime) -> bool:
        """Move to the local time ``wall``; asks scope (series) and confirms double bookings."""
        scope = choose_scope(self.widget) if occ.recurring else "all"
        if scope is None:
            return False
        try:
            draft = self._draft(occ, wall, scope)
            found = conflicts_for(self.env.db, draft, exclude_event_id=occ.event_id)
            if found:
                lines = list(dict.fromkeys(translate_error(c.message) for c in found))[:5]
                text = "\n".join(lines) + "\n\n" + _tr("Spostare comunque?")
                if not event_dialog.ask(self.widget, _tr("Sovrapposizioni"), text):
                    return False
            if scope == "one":
                cal.move_occurrence(self.env.db, self.env.ctx, occ.event_id, occ.original_start,
                                    draft.starts_at, draft.ends_at)  # fmt: skip
            else:
                cal.move_event(self.env.db, self.env.ctx, occ.event_id, draft.starts_at)
        except RtsError as exc:
            show_error(self.widget, exc)
            return False
        return True

    def move_dialog(self, occ: OccurrenceDTO) -> None:
        wall = pick_time(self.widget, local(occ.start))
        if wall is None:
            return
        try:
            draft = self._draft(occ, wall, "one")
            cal.move_occurrence(self.env.db, self.env.ctx, occ.event_id, occ.original_start,
                                draft.starts_at, draft.ends_at)  # fmt: skip
        except RtsError as exc:
            show_error(self.widget, exc)

    def cancel_one(self, occ: OccurrenceDTO) -> None:
        text = _tr("Annullare la ripetizione del %1? Le altre restano.").replace(
            "%1", f"{local(occ.start):%d/%m/%Y %H:%M}"
        )
        if event_dialog.ask(self.widget, _tr("Annulla ripetizione"), text):
            try:
                cal.cancel_occurrence(self.env.db, self.env.ctx, occ.event_id, occ.original_start)
            except RtsError as exc:
                show_error(self.widget, exc)

    def cancel_all(self, occ: OccurrenceDTO) -> None:
        text = _tr("Annullare «%1»").replace("%1", occ.title)
        text += _tr(" e tutte le sue ripetizioni?") if occ.recurring else "?"
        if event_dialog.ask(self.widget, _tr("Annulla appuntamento"), text):
            try:
                cal.cancel_event(self.env.db, self.env.ctx, occ.event_id)
            except RtsError as exc:
                show_error(self.widget, exc)
