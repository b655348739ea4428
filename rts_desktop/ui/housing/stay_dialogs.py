"""Stay operations: plan, move in (consegna), extend (proroga), move, move out (riconsegna).

Cancelling a planned stay is a confirmation, not a form: ``StayActions.cancel``.

Each dialog asks for one service write (sent through ``env.ops``); refusals (over capacity on a day, overlap, outside the case,
apartment not available) come back as a ValidationError shown under the field it names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import noop, translator
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.board import (
    BoardStay,
    CandidateCase,
    case_heading,
    housing_candidates,
)
from rts_desktop.services.housing.stays import StayDTO
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.form_dialog import FormDialog, Write, date_edit, plain, text_box
from rts_desktop.ui.housing.place_fields import PlaceFields, disable_item

_tr = translator("housing")


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


class PlanStayDialog(FormDialog):
    """A new stay: which household (never chosen for the operator), where and when.

    Only the households that may enter can be chosen; the others are listed greyed out and
    the line under the list says what to do first. Only the apartments and rooms free over
    the dates are offered, with their free beds, read again when the dates change. Given a
    ``case_id`` (from the case file) the household is that one and cannot be changed.
    """

    ok_text = noop("FormDialog", "&Pianifica")

    def __init__(
        self,
        env: UiEnv,
        *,
        apartment_id: str | None = None,
        room_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(env, self.tr("Nuovo inserimento"), parent)
        today = env.ctx.today()
        self.case = QComboBox()
        self.case.setObjectName("plan_case")
        self.case.setPlaceholderText(self.tr("Scegli il nucleo da inserire"))
        self.case_note = QLabel()
        self.case_note.setObjectName("plan_case_note")
        self.case_note.setWordWrap(True)
        self.case_note.setStyleSheet("color: #555;")
        self._fill_cases(case_id)
        self.places = QSpinBox(minimum=1, maximum=12)
        self.place = PlaceFields(
            env, self.places, apartment_id=apartment_id, room_id=room_id, parent=self
        )
        self.start = date_edit(start or today)
        self.end = date_edit(end or (start or today) + dt.timedelta(days=180))
        self.notes = text_box(60)
        self.row(self.tr("&Nucleo:"), self.case, "case_id")
        self.form.addRow("", self.case_note)
        self.row(self.tr("&Ingresso dal:"), self.start, "start_date")
        self.row(self.tr("&Fine prevista:"), self.end, "planned_end")
        self.row(self.tr("&Alloggio:"), self.place.apartment, "apartment_id")
        self.form.addRow("", self.place.note)
        self.row(self.tr("&Stanza:"), self.place.room, "room_id")
        self.row(self.tr("P&osti:"), self.places, "places")
        self.row(self.tr("No&te:"), self.notes, "notes")
        self.say(
            self.tr(
                "La fine prevista è il primo giorno libero: quella notte il posto è già disponibile."
            )
        )
        self.start.valueChanged.connect(lambda _d: self.refresh_places())
        self.end.valueChanged.connect(lambda _d: self.refresh_places())
        self.refresh_places()

    def _fill_cases(self, case_id: str | None) -> None:
        found = housing_candidates(self.env.db, ctx=self.env.ctx, waiting=True)
        if case_id is not None:
            fixed = [c for c in found if c.id == case_id]
            found = fixed or [case_heading(self.env.db, case_id, ctx=self.env.ctx)]
        for c in found:
            self.case.addItem(f"{c.code} – {c.household}", c.id)
            if c.blocker is not None:
                disable_item(self.case, self.case.count() - 1, c.blocker)
        self.case.setCurrentIndex(-1)
        if case_id is not None:
            self.case.setCurrentIndex(0)
            self.case.setEnabled(False)
        note = self._waiting_note([c for c in found if not c.may_enter])
        if case_id is None and not any(c.may_enter for c in found):
            note = "<br>".join(
                p for p in (self.tr("Nessun nucleo può essere inserito ora."), note) if p
            )
        self.case_note.setText(note)
        self.case_note.setVisible(bool(note))

    def _waiting_note(self, waiting: list[CandidateCase]) -> str:
        """What the greyed-out households need first: each reason when they are few, else
        the codes grouped by what to do."""
        if len(waiting) <= 2:
            return "<br>".join(c.blocker or "" for c in waiting)

        def codes(group: list[CandidateCase]) -> str:
            shown = ", ".join(c.code for c in group[:4])
            more = len(group) - 4
            if more <= 0:
                return shown
            return self.tr("{codes} e altri %n", "", more).format(codes=shown)

        to_start = [c for c in waiting if c.status != CaseStatus.SOSPESO]
        suspended = [c for c in waiting if c.status == CaseStatus.SOSPESO]
        lines = []
        if to_start:
            lines.append(
                self.tr(
                    "Attiva prima il percorso dei casi {codes} per inserirli.", "", len(to_start)
                ).format(codes=codes(to_start))
            )
        if suspended:
            lines.append(
                self.tr(
                    "I percorsi dei casi {codes} sono sospesi: riprendili prima di inserirli.",
                    "",
                    len(suspended),
                ).format(codes=codes(suspended))
            )
        lines.append(self.tr("Sono in grigio nell'elenco."))
        return "<br>".join(lines)

    def refresh_places(self) -> None:
        self.place.refresh(self.start.committed_value(), self.end.committed_value())

    def write(self) -> Write:
        if self.case.currentData() is None:
            raise ValidationError("case_id", self.tr("Scegli il nucleo da inserire."))
        if self.place.apartment.currentData() is None:
            raise ValidationError(
                "apartment_id", self.tr("Scegli un alloggio con posti liberi in queste date.")
            )
        if self.place.room.currentData() is None:
            raise ValidationError("room_id", self.tr("Scegli la stanza."))
        return Write(
            stays.plan_stay,
            self.case.currentData(),
            self.place.apartment.currentData(),
            self.place.room.currentData(),
            self.places.value(),
            self.start.value(),
            self.end.value(),
            plain(self.notes),
        )


def _describe(stay: BoardStay | StayDTO, household: str = "") -> str:
    code = stay.case_code
    start = stay.start if isinstance(stay, BoardStay) else stay.start_date
    who = f"<b>{household}</b> ({code})" if household else f"<b>{code}</b>"
    return _tr("{who}: dal {start}, fine prevista {end}.").format(
        who=who, start=_d(start), end=_d(stay.planned_end)
    )


class MoveInDialog(FormDialog):
    """Ingresso with the verbale di consegna chiavi."""

    ok_text = noop("FormDialog", "Registra &ingresso")

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Ingresso e consegna chiavi"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.date = date_edit(min(stay.start, env.ctx.today()))
        self.row(self.tr("&Data di ingresso:"), self.date, "date")
        self.handover_rows()

    def write(self) -> Write:
        on = self.date.value()
        return Write(stays.move_in, self.stay.id, on, self.handover_value())


class MoveOutDialog(FormDialog):
    """Uscita with the verbale di riconsegna chiavi; fewer keys than were handed over at
    the move-in need a word on which are missing."""

    ok_text = noop("FormDialog", "Registra &uscita")

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Uscita e riconsegna chiavi"), parent)
        self.stay = stay
        self.keys_given = stays.keys_handed_over(env.db, stay.id, ctx=env.ctx)
        intro = _describe(stay, stay.household)
        if self.keys_given is not None:
            intro += "<br>" + self.tr("Chiavi consegnate all'ingresso: <b>%1</b>.").replace(
                "%1", str(self.keys_given)
            )
        self.say(intro)
        self.date = date_edit(min(stay.planned_end, env.ctx.today()))
        self.row(self.tr("&Data di uscita:"), self.date, "on")
        self.handover_rows()

    def write(self) -> Write:
        report = self.handover_value()
        missing = stays.keys_shortfall(self.keys_given, report.keys_count, report.keys_notes)
        if missing is not None:
            raise ValidationError("keys_notes", missing)
        on = self.date.value()
        return Write(stays.move_out, self.stay.id, on, report)


class ExtendDialog(FormDialog):
    """Proroga: a later planned end, with the reason."""

    ok_text = noop("FormDialog", "&Proroga")

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Proroga dell'inserimento"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.new_end = date_edit(stay.planned_end + dt.timedelta(days=90))
        self.reason = text_box(60)
        self.decided_on = date_edit(env.ctx.today())
        self.row(self.tr("&Nuova fine prevista:"), self.new_end, "new_end")
        self.row(self.tr("&Motivo:"), self.reason, "reason")
        self.row(self.tr("&Decisa il:"), self.decided_on, "decided_on")

    def write(self) -> Write:
        return Write(
            stays.extend_stay,
            self.stay.id,
            self.new_end.value(),
            self.reason.toPlainText(),
            self.decided_on.value(),
        )


class MoveDialog(FormDialog):
    """Spostamento to another room of this or another apartment."""

    ok_text = noop("FormDialog", "&Sposta")

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Sposta il nucleo"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.on = date_edit(env.ctx.today())
        self.places = QSpinBox(minimum=1, maximum=12)
        self.place = PlaceFields(
            env,
            self.places,
            apartment_id=stay.apartment_id,
            exclude_stay=stay.id,
            current_room=stay.room_id,
            parent=self,
        )
        self.row(self.tr("&Dal giorno:"), self.on, "on")
        self.row(self.tr("&Alloggio:"), self.place.apartment, "apartment_id")
        self.form.addRow("", self.place.note)
        self.row(self.tr("&Stanza:"), self.place.room, "room_id")
        self.row(self.tr("P&osti:"), self.places, "places")
        self.on.valueChanged.connect(lambda _d: self.refresh_places())
        self.refresh_places()
        self.places.setValue(stay.places)

    def refresh_places(self) -> None:
        self.place.refresh(self.on.committed_value(), self.stay.planned_end)

    def write(self) -> Write:
        if self.place.room.currentData() is None:
            raise ValidationError("room_id", self.tr("Scegli la stanza libera dove spostarsi."))
        return Write(
            stays.move_stay,
            self.stay.id,
            self.on.value(),
            self.place.room.currentData() or "",
            places=self.places.value(),
        )
