"""Reading stays: the DTOs, a case's stays, the overdue ones, the keys handed over, and
whether a case may get a new stay (``stays`` writes them and re-exports these names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.visibility import require_visible_case, visible_case_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Apartment, Case, Handover, Room, Stay
from rts_desktop.models.vocab import CaseStatus, HandoverKind


def fmt_day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


#: a new stay needs a case in one of these statuses (and with a start date)
HOUSING_STATUSES = frozenset({CaseStatus.ATTIVO, CaseStatus.IN_VALUTAZIONE})


@dataclass(frozen=True)
class ExtensionDTO:
    id: str
    previous_end: dt.date
    new_end: dt.date
    reason: str
    decided_on: dt.date


@dataclass(frozen=True)
class StayDTO:
    id: str
    version: str
    case_id: str
    case_code: str
    apartment_id: str
    apartment_code: str
    room_id: str
    room_name: str
    places: int
    start_date: dt.date
    planned_end: dt.date
    actual_end: dt.date | None
    notes: str | None
    extensions: tuple[ExtensionDTO, ...]
    #: the keys were handed over (verbale di consegna): the household moved in
    keys_handed: bool = False

    @property
    def end_date(self) -> dt.date:
        """The first free day: the actual end if known, else the planned one."""
        return self.actual_end or self.planned_end

    @property
    def is_open(self) -> bool:
        """No move-out recorded yet: it may still be moved in, extended, moved or closed."""
        return self.actual_end is None

    def is_current(self, on: dt.date) -> bool:
        return self.start_date <= on < self.end_date

    def can_cancel(self, today: dt.date) -> bool:
        """Still only planned: not started before ``today``, no keys handed, not closed."""
        return self.is_open and not self.keys_handed and self.start_date >= today


def entry_blocker(status: str, start_date: dt.date | None, code: str) -> str | None:
    """Why the case ``code`` may not get a new stay yet (None: it may).

    A stay needs a started path (active, or back in assessment after a start)."""
    if status in HOUSING_STATUSES and start_date is not None:
        return None
    if status == CaseStatus.SOSPESO:
        return N_("Il percorso del caso {c} è sospeso: riprendilo prima di inserirlo.").format(
            c=code
        )
    if status == CaseStatus.CONCLUSO:
        return N_("Il percorso del caso {c} è concluso: non si può più inserire.").format(c=code)
    return N_("Attiva prima il percorso del caso {c} per inserirlo.").format(c=code)


def load_stay(s: Session, stay_id: str) -> Stay:
    stay = s.get(Stay, stay_id, options=[selectinload(Stay.extensions)])
    if stay is None:
        raise ValidationError("stay_id", N_("Inserimento non trovato."))
    return stay


def stay_dtos(s: Session, *where: object) -> list[StayDTO]:
    keys = (
        select(Handover.id)
        .where(Handover.stay_id == Stay.id, Handover.kind == HandoverKind.CONSEGNA)
        .exists()
    )
    rows = s.execute(
        select(Stay, Case.code, Apartment.code, Room.name, keys)
        .join(Case, Case.id == Stay.case_id)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .join(Room, Room.id == Stay.room_id)
        .where(*where)  # type: ignore[arg-type]
        .options(selectinload(Stay.extensions))
        .order_by(Stay.start_date, Stay.id)
    ).all()
    return [
        StayDTO(
            id=st.id,
            version=st.version,
            case_id=st.case_id,
            case_code=case_code,
            apartment_id=st.apartment_id,
            apartment_code=apt_code,
            room_id=st.room_id,
            room_name=room_name,
            places=st.places,
            start_date=st.start_date,
            planned_end=st.planned_end,
            actual_end=st.actual_end,
            notes=st.notes,
            extensions=tuple(
                ExtensionDTO(e.id, e.previous_end, e.new_end, e.reason, e.decided_on)
                for e in st.extensions
            ),
            keys_handed=bool(handed),
        )
        for st, case_code, apt_code, room_name, handed in rows
    ]


def stay_dto(s: Session, stay_id: str) -> StayDTO:
    s.flush()
    return stay_dtos(s, Stay.id == stay_id)[0]


def keys_shortfall(given: int | None, returned: int, note: object) -> str | None:
    """The message asking for a note when fewer keys come back than were handed over."""
    if given is None or returned >= given or (isinstance(note, str) and note.strip()):
        return None
    return N_(
        "Chiavi consegnate all'ingresso: {g}, riconsegnate: {r}. "
        "Scrivi in «Quali chiavi» quali mancano e perché."
    ).format(g=given, r=returned)


def keys_given(s: Session, stay: Stay) -> int | None:
    """Keys handed over for this stay: its own consegna, else (after a move inside the same
    apartment) the household's last consegna there; None when none was recorded."""
    own = s.scalar(
        select(Handover.keys_count)
        .where(Handover.stay_id == stay.id, Handover.kind == HandoverKind.CONSEGNA)
        .order_by(Handover.date.desc())
        .limit(1)
    )
    if own is not None:
        return int(own)
    earlier = s.scalar(
        select(Handover.keys_count)
        .join(Stay, Stay.id == Handover.stay_id)
        .where(
            Stay.case_id == stay.case_id,
            Stay.apartment_id == stay.apartment_id,
            Handover.kind == HandoverKind.CONSEGNA,
            Handover.date <= stay.start_date,
        )
        .order_by(Handover.date.desc())
        .limit(1)
    )
    return None if earlier is None else int(earlier)


def keys_handed_over(db: Database, stay_id: str, *, ctx: ActingContext | None = None) -> int | None:
    """How many keys the household received for this stay (None: no consegna recorded)."""
    with db.session(write=False) as s:
        stay = load_stay(s, stay_id)
        require_visible_case(s, ctx, stay.case_id)
        return keys_given(s, stay)


def get_stay(db: Database, stay_id: str, *, ctx: ActingContext | None = None) -> StayDTO:
    with db.session(write=False) as s:
        seen = visible_case_ids(ctx, Stay.case_id)
        found = stay_dtos(s, Stay.id == stay_id, *([] if seen is None else [seen]))
    if not found:
        raise ValidationError("stay_id", N_("Inserimento non trovato."))
    return found[0]


def case_stays(db: Database, case_id: str, *, ctx: ActingContext | None = None) -> list[StayDTO]:
    """A case's stays in date order (moves show as consecutive stays)."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        return stay_dtos(s, Stay.case_id == case_id)


def overdue_stays(
    db: Database, today: dt.date, *, ctx: ActingContext | None = None
) -> list[StayDTO]:
    """Stays whose planned end has passed without a recorded move-out (to extend or close).

    Their beds count as free from the planned end on, so they need attention.
    """
    with db.session(write=False) as s:
        seen = visible_case_ids(ctx, Stay.case_id)
        where = [Stay.actual_end.is_(None), Stay.planned_end <= today]
        return stay_dtos(s, *where, *([] if seen is None else [seen]))
