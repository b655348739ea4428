"""Stay operations: plan, move in (consegna), extend (proroga), move, move out (riconsegna).

Each dialog asks for one service write (sent through ``env.ops``); refusals (over capacity on a day, overlap, outside the case,
apartment not available) come back as a ValidationError shown under the field it names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.board import BoardStay, housing_candidates
from rts_desktop.services.housing.stays import StayDTO
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.form_dialog import FormDialog, Write, date_edit, plain, text_box


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


class _PlaceFields:
    """Apartment and room combos kept in step (rooms of the chosen apartment)."""

    def __init__(self, dialog: FormDialog, apartment_id: str | None, room_id: str | None) -> None:
        self.dialog = dialog
        self.apartment = QComboBox()
        self.room = QComboBox()
        today = dialog.env.ctx.today()
        for row in housing.list_apartments(dialog.env.db, today):
            status = row.status or "—"
            self.apartment.addItem(
                f"{row.code} – {row.address} ({status.replace('_', ' ')})", row.id
            )
        self.apartment.currentIndexChanged.connect(lambda _i: self._fill_rooms(None))
        if apartment_id is not None:
            self.apartment.setCurrentIndex(max(self.apartment.findData(apartment_id), 0))
        self._fill_rooms(room_id)

    def _fill_rooms(self, room_id: str | None) -> None:
        self.room.clear()
        apartment_id = self.apartment.currentData()
        if apartment_id is None:
            return
        for r in housing.get_apartment(self.dialog.env.db, apartment_id).rooms:
            self.room.addItem(f"{r.name} ({r.beds} {'letto' if r.beds == 1 else 'letti'})", r.id)
        if room_id is not None:
            self.room.setCurrentIndex(max(self.room.findData(room_id), 0))


class PlanStayDialog(FormDialog):
    ok_text = "&Pianifica"

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
        self.case.setEditable(False)
        for c in housing_candidates(env.db, ctx=env.ctx):
            self.case.addItem(f"{c.code} – {c.household}", c.id)
        if case_id is not None:
            self.case.setCurrentIndex(max(self.case.findData(case_id), 0))
        self.place = _PlaceFields(self, apartment_id, room_id)
        self.places = QSpinBox(minimum=1, maximum=12)
        self.start = date_edit(start or today)
        self.end = date_edit(end or (start or today) + dt.timedelta(days=180))
        self.notes = text_box(60)
        self.row(self.tr("&Percorso:"), self.case, "case_id")
        self.row(self.tr("&Alloggio:"), self.place.apartment, "apartment_id")
        self.row(self.tr("&Stanza:"), self.place.room, "room_id")
        self.row(self.tr("P&osti:"), self.places, "places")
        self.row(self.tr("&Ingresso dal:"), self.start, "start_date")
        self.row(self.tr("&Fine prevista:"), self.end, "planned_end")
        self.row(self.tr("&Note:"), self.notes, "notes")
        self.say(
            self.tr(
                "La fine prevista è il primo giorno libero: quella notte il posto è già disponibile."
            )
        )

    def write(self) -> Write:
        return Write(
            stays.plan_stay,
            self.case.currentData() or "",
            self.place.apartment.currentData() or "",
            self.place.room.currentData() or "",
            self.places.value(),
            self.start.date().toPython(),
            self.end.date().toPython(),
            plain(self.notes),
        )


def _describe(stay: BoardStay | StayDTO, household: str = "") -> str:
    code = stay.case_code
    start = stay.start if isinstance(stay, BoardStay) else stay.start_date
    who = f"<b>{household}</b> ({code})" if household else f"<b>{code}</b>"
    return f"{who}: dal {_d(start)}, fine prevista {_d(stay.planned_end)}."


class MoveInDialog(FormDialog):
    """Ingresso with the verbale di consegna chiavi."""

    ok_text = "Registra &ingresso"

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Ingresso e consegna chiavi"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.date = date_edit(min(stay.start, env.ctx.today()))
        self.row(self.tr("&Data di ingresso:"), self.date, "date")
        self.handover_rows()

    def write(self) -> Write:
        on = self.date.date().toPython()
        return Write(stays.move_in, self.stay.id, on, self.handover_value())


class MoveOutDialog(FormDialog):
    """Uscita with the verbale di riconsegna chiavi."""

    ok_text = "Registra &uscita"

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Uscita e riconsegna chiavi"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.date = date_edit(min(stay.planned_end, env.ctx.today()))
        self.row(self.tr("&Data di uscita:"), self.date, "on")
        self.handover_rows()

    def write(self) -> Write:
        on = self.date.date().toPython()
        return Write(stays.move_out, self.stay.id, on, self.handover_value())


class ExtendDialog(FormDialog):
    """Proroga: a later planned end, with the reason."""

    ok_text = "&Proroga"

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
            self.new_end.date().toPython(),
            self.reason.toPlainText(),
            self.decided_on.date().toPython(),
        )


class MoveDialog(FormDialog):
    """Spostamento to another room of this or another apartment."""

    ok_text = "&Sposta"

    def __init__(self, env: UiEnv, stay: BoardStay, parent: QWidget | None = None) -> None:
        super().__init__(env, self.tr("Sposta il nucleo"), parent)
        self.stay = stay
        self.say(_describe(stay, stay.household))
        self.on = date_edit(env.ctx.today())
        self.place = _PlaceFields(self, stay.apartment_id, None)
        self.places = QSpinBox(minimum=1, maximum=12)
        self.places.setValue(stay.places)
        self.row(self.tr("&Dal giorno:"), self.on, "on")
        self.row(self.tr("&Alloggio:"), self.place.apartment, "apartment_id")
        self.row(self.tr("&Stanza:"), self.place.room, "room_id")
        self.row(self.tr("P&osti:"), self.places, "places")

    def write(self) -> Write:
        return Write(
            stays.move_stay,
            self.stay.id,
            self.on.date().toPython(),
            self.place.room.currentData() or "",
            places=self.places.value(),
        )
