"""Layout of the event form: what, when, who, where, recurrence, mediation fields.

``to_input()`` reads the widgets into an ``EventInput``; ``load()`` fills them from an
``EventDTO``. Mediation rows are shown only for the area "mediazione".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import ActivityArea
from rts_desktop.services.calendar.events import EventDTO, EventInput
from rts_desktop.services.calendar.view import apartment_choices, case_choices, operator_choices
from rts_desktop.ui.calendar.participants import ParticipantsPicker
from rts_desktop.ui.calendar.recurrence_editor import RecurrenceEditor
from rts_desktop.ui.calendar.recurrence_words import rule_in_words
from rts_desktop.ui.calendar.style import area_codes, area_style, aware, local
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.edit_conflict_dialog import Names
from rts_desktop.ui.common.field_errors import FieldErrors


def _combo(items: list[tuple[str | None, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for key, text in items:
        combo.addItem(text, key)
    return combo


class EventForm(QWidget):
    def __init__(
        self, db: Database, parent: QWidget | None = None, ctx: ActingContext | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.errors = FieldErrors(QLabel())
        self.area = _combo([(c, area_style(c).label) for c in area_codes()], "area")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.day = DateEdit(name="day", field="starts_at")
        self.start = QTimeEdit()
        self.start.setObjectName("start_time")
        self.end = QTimeEdit()
        self.end.setObjectName("end_time")
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.all_day = QCheckBox(self.tr("tutto il &giorno"))
        self.organizer = _combo(
            [(None, self.tr("—"))] + [(c.id, c.label) for c in operator_choices(db)], "organizer"
        )
        self.case = _combo(
            [(None, self.tr("— nessun caso —"))]
            + [(c.id, c.label) for c in case_choices(db, limit=20000, open_only=True, ctx=ctx)],
            "case",
        )
        self.case.setEditable(True)
        self.case.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.case.completer()
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.apartment = _combo(
            [(None, self.tr("— nessun alloggio —"))]
            + [(c.id, c.label) for c in apartment_choices(db)],
            "apartment",
        )
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("es. Sala comune, Via Padova 112"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.people = ParticipantsPicker(db, ctx=ctx)
        self.recurrence = RecurrenceEditor()
        self.parties = QPlainTextEdit()
        self.parties.setObjectName("mediation_parties")
        self.parties.setPlaceholderText(self.tr("conviventi, vicini, amministratore di condominio"))
        self.agreement = QPlainTextEdit()
        self.agreement.setObjectName("mediation_agreement")
        for box in (self.parties, self.agreement):
            box.setMaximumHeight(60)
            box.setTabChangesFocus(True)
        self.follow_up_on = QCheckBox(self.tr("&verifica dell'accordo il"))
        self.follow_up = DateEdit(name="follow_up_date")
        self._build()
        self.area.currentIndexChanged.connect(self._area_changed)
        self.all_day.toggled.connect(self._all_day_changed)
        self.day.valueChanged.connect(lambda d: self.recurrence.set_start(d) if d else None)
        self._area_changed()

    def _build(self) -> None:
        e = self.errors
        left, right = QFormLayout(), QFormLayout()
        e.add(left, self.tr("&Area"), self.area, "area")
        e.add(left, self.tr("&Titolo"), self.title, "title")
        e.add(left, self.tr("&Giorno"), self.day, "starts_at")
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        until = QLabel(self.tr("&fino alle"))
        until.setBuddy(self.end)
        for w in (self.start, until, self.end, self.all_day):
            row.addWidget(w)
        row.addStretch(1)
        e.add(left, self.tr("&Dalle"), hours, "ends_at")
        left.labelForField(hours.parentWidget()).setBuddy(self.start)
        e.add(left, self.tr("&Organizzatore"), self.organizer, "organizer_id")
        e.add(left, self.tr("&Caso"), self.case, "case_id")
        e.add(left, self.tr("A&lloggio"), self.apartment, "apartment_id")
        e.add(left, self.tr("Luogo (&testo)"), self.place, "place")
        e.add(left, self.tr("&Note interne"), self.notes, "notes")
        e.add(right, self.tr("&Partecipanti"), self.people, "beneficiary_ids", "operator_ids")
        e.add(right, self.tr("&Ripetizione"), self.recurrence, "rrule")
        e.add(right, self.tr("Parti della &mediazione"), self.parties, "mediation_parties")
        e.add(right, self.tr("Acco&rdo raggiunto"), self.agreement, "mediation_agreement")
        follow = QWidget()
        row = QHBoxLayout(follow)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow_up_on)
        row.addWidget(self.follow_up)
        row.addStretch(1)
        e.add(right, self.tr("&Follow-up"), follow, "follow_up_date")
        right.labelForField(follow.parentWidget()).setBuddy(self.follow_up_on)
        self.mediation_rows = (right.rowCount() - 3, right.rowCount() - 2, right.rowCount() - 1)
        self.right_form = right
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the participants' three lists need more room than the left column's fields
        for form, stretch in ((left, 2), (right, 3)):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            layout.addLayout(column, stretch)
        assert self.errors.general is not None
        self.errors.general.setStyleSheet("color: #b00020;")
        self.errors.general.hide()

    def _area_changed(self, *_args: object) -> None:
        mediation = self.area.currentData() == ActivityArea.MEDIAZIONE
        for row in self.mediation_rows:
            self.right_form.setRowVisible(row, mediation)

    def _all_day_changed(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)

    # ---- values -------------------------------------------------------------------------

    def set_start(self, wall: dt.datetime, minutes: int = 60) -> None:
        self.day.set_value(wall.date())
        self.start.setTime(QTime(wall.hour, wall.minute))
        end = wall + dt.timedelta(minutes=minutes)
        self.end.setTime(QTime(end.hour, end.minute))
        self.recurrence.set_start(wall.date())

    def merge_labels(self) -> dict[str, str]:
        """The fields an edit conflict can show (service name -> label without "&")."""
        labels = {
            "area": self.tr("Area"),
            "title": self.tr("Titolo"),
            "starts_at": self.tr("Inizio"),
            "ends_at": self.tr("Fine"),
            "all_day": self.tr("Tutto il giorno"),
            "organizer_id": self.tr("Organizzatore"),
            "case_id": self.tr("Caso"),
            "apartment_id": self.tr("Alloggio"),
            "place": self.tr("Luogo"),
            "notes": self.tr("Note interne"),
            "rrule": self.tr("Ripetizione"),
            "mediation_parties": self.tr("Parti della mediazione"),
            "mediation_agreement": self.tr("Accordo raggiunto"),
            "follow_up_date": self.tr("Follow-up"),
        }
        return labels

    def merge_names(self) -> Names:
        """Organizer, case and apartment ids as the form's lists name them, and the
        recurrence rule in words."""
        combos = {
            "organizer_id": self.organizer,
            "case_id": self.case,
            "apartment_id": self.apartment,
        }
        names: dict[str, Mapping[Any, str] | Callable[[Any], str]] = {
            field: {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
            for field, combo in combos.items()
        }
        names["rrule"] = rule_in_words
        return names

    def _select(self, combo: QComboBox, key: str | None) -> None:
        index = combo.findData(key)
        combo.setCurrentIndex(max(0, index))

    def load(self, event: EventDTO, people: dict[str, str]) -> None:
        self._select(self.area, event.area)
        self.title.setText(event.title)
        start, end = local(event.starts_at), local(event.ends_at)
        self.all_day.setChecked(event.all_day)
        self.set_start(start)
        self.end.setTime(QTime(end.hour, end.minute))
        self._select(self.organizer, event.organizer_id)
        self._select(self.case, event.case_id)
        self._select(self.apartment, event.apartment_id)
        self.place.setText(event.place or "")
        self.notes.setPlainText(event.notes or "")
        for pid in event.beneficiary_ids:
            self.people.add_person(pid, people.get(pid, pid))
        self.people.set_operators(event.operator_ids)
        self.recurrence.set_rule(event.rrule, start.date())
        self.parties.setPlainText(event.mediation_parties or "")
        self.agreement.setPlainText(event.mediation_agreement or "")
        if event.follow_up_date:
            self.follow_up_on.setChecked(True)
            self.follow_up.set_value(event.follow_up_date)

    def to_input(self) -> EventInput:
        day = self.day.value()
        assert day is not None  # a required field gives a day or refuses
        if self.all_day.isChecked():
            start = dt.datetime.combine(day, dt.time(0))
            end = start + dt.timedelta(days=1)
        else:
            s, e = self.start.time(), self.end.time()
            start = dt.datetime.combine(day, dt.time(s.hour(), s.minute()))
            end = dt.datetime.combine(day, dt.time(e.hour(), e.minute()))
        mediation = self.area.currentData() == ActivityArea.MEDIAZIONE
        case_id = self.case.currentData() if self.case.currentIndex() > 0 else None
        return EventInput(
            area=str(self.area.currentData()),
            title=self.title.text(),
            starts_at=aware(start),
            ends_at=aware(end),
            all_day=self.all_day.isChecked(),
            apartment_id=self.apartment.currentData(),
            place=self.place.text() or None,
            case_id=case_id,
            organizer_id=self.organizer.currentData(),
            beneficiary_ids=self.people.beneficiary_ids(),
            operator_ids=self.people.operator_ids(),
            notes=self.notes.toPlainText() or None,
            rrule=self.recurrence.rule(),
            mediation_parties=(self.parties.toPlainText() or None) if mediation else None,
            mediation_agreement=(self.agreement.toPlainText() or None) if mediation else None,
            follow_up_date=self.follow_up.value()
            if mediation and self.follow_up_on.isChecked()
            else None,
        )
