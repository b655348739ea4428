"""Stays (inserimenti): plan, cancel a planned one, move in, extend (proroga), move, move out.

Day convention (see ``occupancy``): a stay occupies the nights ``start_date .. end - 1``,
where ``end`` is the actual end if known, else the planned end. The end day is free: a
household leaving on day D and another arriving on day D do not overlap, and a move on day D
ends the old stay and starts the new one on D.

Every operation checks, inside its write transaction and before writing anything: the case's
dates and (for a new booking) status, the apartment's status on every day, one household in
one place at a time, and the room's beds on every day. Messages name the day and the room.
A suspended case may still move or leave.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.db.dialects import lock_rows
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Agreement,
    Apartment,
    Case,
    Handover,
    Inspection,
    Room,
    Stay,
    StayExtension,
    rules,
)
from rts_desktop.models.vocab import HandoverKind, label
from rts_desktop.services.housing.apartments import (
    first_unusable_day,
    load_apartment,
    room_bookings,
)
from rts_desktop.services.housing.occupancy import Booking, first_over_capacity
from rts_desktop.services.housing.stay_reads import (
    HOUSING_STATUSES,
    ExtensionDTO,
    StayDTO,
    case_stays,
    entry_blocker,
    fmt_day,
    get_stay,
    keys_given,
    keys_handed_over,
    keys_shortfall,
    load_stay,
    overdue_stays,
    stay_dto,
)
from rts_desktop.services.housing.upkeep import HandoverInput, add_handover, clean_handover

#: the reading side lives in ``stay_reads``; these names stay reachable from here
__all__ = [
    "HOUSING_STATUSES",
    "ExtensionDTO",
    "StayDTO",
    "cancel_stay",
    "case_stays",
    "entry_blocker",
    "extend_stay",
    "get_stay",
    "keys_handed_over",
    "keys_shortfall",
    "move_in",
    "move_out",
    "move_stay",
    "overdue_stays",
    "plan_stay",
]


@dataclass(frozen=True)
class _Fields:
    """Which input field each kind of refusal points at (differs per operation)."""

    capacity: str = "places"
    overlap: str = "start_date"
    status: str = "apartment_id"
    case_start: str = "start_date"
    case_end: str = "planned_end"

    @classmethod
    def every(cls, name: str) -> _Fields:
        return cls(name, name, name, name, name)


def _check_case_for_new_stay(case: Case) -> None:
    why = entry_blocker(case.status, case.start_date, case.code)
    if why is not None:
        raise ValidationError("case_id", why)


def _check_stay(
    s: Session,
    *,
    case: Case,
    apartment: Apartment,
    room: Room,
    places: int,
    start: dt.date,
    end: dt.date,
    exclude: frozenset[str],
    fields: _Fields,
) -> None:
    """Refuse the stay ``[start, end)`` if it breaks any housing rule (nothing is written).

    The case, apartment and room rows are locked first (always in that order), so two
    coordinators booking the last bed at the same moment are checked one after the other.
    """
    lock_rows(s, Case, [case.id])
    lock_rows(s, Apartment, [apartment.id])
    lock_rows(s, Room, [room.id])
    if case.start_date is not None and start < case.start_date:
        raise ValidationError(
            fields.case_start,
            N_("L'inserimento non può iniziare prima dell'avvio del percorso ({d}).").format(
                d=fmt_day(case.start_date)
            ),
        )
    if case.exit_date is not None and end > case.exit_date:
        raise ValidationError(
            fields.case_end,
            N_("L'inserimento deve finire entro la conclusione del percorso ({d}).").format(
                d=fmt_day(case.exit_date)
            ),
        )
    bad = first_unusable_day(apartment.status_history, start, end)
    if bad is not None:
        day, status = bad
        raise ValidationError(
            fields.status,
            N_("Il {d} l'alloggio {c} è «{s}»: non può ospitare nessuno.").format(
                d=fmt_day(day), c=apartment.code, s=label(status) if status else N_("senza stato")
            ),
        )
    stay_end = func.coalesce(Stay.actual_end, Stay.planned_end)
    clash = s.execute(
        select(Stay.start_date, Apartment.code, Room.name)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .join(Room, Room.id == Stay.room_id)
        .where(
            Stay.case_id == case.id,
            Stay.id.not_in(exclude),
            Stay.start_date < end,
            stay_end > start,
        )
        .order_by(Stay.start_date)
        .limit(1)
    ).first()
    if clash is not None:
        other_start, code, room_name = clash
        raise ValidationError(
            fields.overlap,
            N_(
                "Il {d} il nucleo è già inserito nell'alloggio {c}, stanza «{r}»: "
                "non può stare in due posti."
            ).format(d=fmt_day(max(start, other_start)), c=code, r=room_name),
        )
    bookings = [
        b for b in room_bookings(s, room.id, after=start) if b.start < end and b.key not in exclude
    ]
    bookings.append(Booking("", start, end, places))
    over = first_over_capacity(bookings, room.beds, start, end)
    if over is not None:
        day, load = over
        raise ValidationError(
            fields.capacity,
            N_("La stanza «{r}» sarebbe oltre la capienza il {d} ({n} posti su {b}).").format(
                r=room.name, d=fmt_day(day), n=load, b=room.beds
            ),
        )


def _recheck(s: Session, stay: Stay, start: dt.date, end: dt.date, field: str) -> None:
    """Check an existing stay with new dates (it does not clash with itself)."""
    case = get_or_fail(s, Case, stay.case_id, "Caso")
    apartment = load_apartment(s, stay.apartment_id)
    _check_stay(
        s,
        case=case,
        apartment=apartment,
        room=_room_in(apartment, stay.room_id),
        places=stay.places,
        start=start,
        end=end,
        exclude=frozenset({stay.id}),
        fields=_Fields.every(field),
    )


def _open_stay(s: Session, stay_id: str, ctx: ActingContext | None = None) -> Stay:
    stay = load_stay(s, stay_id)
    require_visible_case(s, ctx, stay.case_id)
    if stay.actual_end is not None:
        raise ValidationError(
            "stay_id",
            N_("L'inserimento è già concluso ({d}).").format(d=fmt_day(stay.actual_end)),
        )
    return stay


def _room_in(apartment: Apartment, room_id: str) -> Room:
    room = next((r for r in apartment.rooms if r.id == room_id), None)
    if room is None:
        raise ValidationError("room_id", N_("La stanza non appartiene all'alloggio scelto."))
    return room


@operation("create", "stay")
def plan_stay(
    op: Op,
    case_id: str,
    apartment_id: str,
    room_id: str,
    places: int,
    start: dt.date,
    planned_end: dt.date,
    notes: str | None = None,
) -> StayDTO:
    """Book ``places`` beds of a room for a case from ``start`` to ``planned_end``."""
    count = rules.check("stays", "places", places)
    v.required_date("start_date", start)
    v.required_date("planned_end", planned_end)
    if planned_end <= start:
        raise ValidationError("planned_end", N_("La fine deve essere successiva all'inizio."))
    clean_notes = rules.check("stays", "notes", notes)
    s = op.s
    require_visible_case(s, op.ctx, case_id)
    case = get_or_fail(s, Case, case_id, "Caso")
    _check_case_for_new_stay(case)
    apartment = load_apartment(s, apartment_id)
    room = _room_in(apartment, room_id)
    _check_stay(
        s,
        case=case,
        apartment=apartment,
        room=room,
        places=count,
        start=start,
        end=planned_end,
        exclude=frozenset(),
        fields=_Fields(),
    )
    stay = Stay(
        case_id=case.id,
        apartment_id=apartment.id,
        room_id=room.id,
        places=count,
        start_date=start,
        planned_end=planned_end,
        notes=clean_notes,
    )
    s.add(stay)
    s.flush()
    op.audit(stay.id, case.id)
    return stay_dto(s, stay.id)


@operation("move_in", "stay")
def move_in(op: Op, stay_id: str, on: dt.date, handover: HandoverInput) -> StayDTO:
    """The household arrives on ``on``: the keys are handed over (verbale di consegna).

    Arriving on another day than planned moves the start (all rules checked again).
    """
    v.required_date("date", on)
    v.not_future("date", on, op.ctx.today())
    values = clean_handover(handover)
    s = op.s
    stay = _open_stay(s, stay_id, op.ctx)
    given = s.scalar(
        select(Handover.id).where(
            Handover.stay_id == stay.id, Handover.kind == HandoverKind.CONSEGNA
        )
    )
    if given is not None:
        raise ValidationError("date", N_("Le chiavi di questo inserimento sono già consegnate."))
    if on >= stay.planned_end:
        raise ValidationError("date", N_("L'ingresso deve precedere la fine prevista."))
    if on != stay.start_date:
        _recheck(s, stay, on, stay.planned_end, "date")
        stay.start_date = on
    add_handover(op, stay.apartment_id, stay.id, HandoverKind.CONSEGNA, on, values)
    op.audit(stay.id)
    return stay_dto(s, stay.id)


@operation("extend", "stay")
def extend_stay(
    op: Op,
    stay_id: str,
    new_end: dt.date,
    reason: str,
    decided_on: dt.date | None = None,
) -> StayDTO:
    """A proroga: the planned end moves later, with the reason (kept as history)."""
    v.required_date("new_end", new_end)
    why = rules.check("stay_extensions", "reason", reason)
    today = op.ctx.today()
    when = v.required_date("decided_on", decided_on or today)
    v.not_future("decided_on", when, today)
    s = op.s
    stay = _open_stay(s, stay_id, op.ctx)
    if new_end <= stay.planned_end:
        raise ValidationError(
            "new_end",
            N_("La proroga deve spostare la fine oltre il {d}.").format(
                d=fmt_day(stay.planned_end)
            ),
        )
    _recheck(s, stay, stay.start_date, new_end, "new_end")
    stay.extensions.append(
        StayExtension(
            stay_id=stay.id,
            previous_end=stay.planned_end,
            new_end=new_end,
            reason=why,
            decided_on=when,
        )
    )
    stay.planned_end = new_end
    op.audit(stay.id, new_end.isoformat())
    return stay_dto(s, stay.id)


@operation("move", "stay")
def move_stay(
    op: Op,
    stay_id: str,
    on: dt.date,
    room_id: str,
    *,
    places: int | None = None,
    handover_out: HandoverInput | None = None,
    handover_in: HandoverInput | None = None,
) -> StayDTO:
    """Move the household to another room (of this or another apartment) on ``on``.

    The current stay ends on ``on`` and a new one starts on ``on`` with the same planned end;
    moving to another apartment records a riconsegna and a consegna of the keys.
    Returns the new stay.
    """
    v.required_date("on", on)
    v.not_future("on", on, op.ctx.today())
    out_values = clean_handover(handover_out or HandoverInput())
    in_values = clean_handover(handover_in or HandoverInput())
    s = op.s
    stay = _open_stay(s, stay_id, op.ctx)
    count = rules.check("stays", "places", stay.places if places is None else places)
    if not stay.start_date < on < stay.planned_end:
        raise ValidationError(
            "on",
            N_("Lo spostamento deve cadere tra il {a} e il {b} esclusi.").format(
                a=fmt_day(stay.start_date), b=fmt_day(stay.planned_end)
            ),
        )
    if room_id == stay.room_id:
        raise ValidationError("room_id", N_("Il nucleo è già in questa stanza."))
    target = get_or_fail(s, Room, room_id, "Stanza")
    case = get_or_fail(s, Case, stay.case_id, "Caso")  # a suspended case may move too
    apartment = load_apartment(s, target.apartment_id)
    _check_stay(
        s,
        case=case,
        apartment=apartment,
        room=target,
        places=count,
        start=on,
        end=stay.planned_end,
        exclude=frozenset({stay.id}),
        fields=_Fields("room_id", "on", "room_id", "on", "on"),
    )
    new = Stay(
        case_id=case.id,
        apartment_id=apartment.id,
        room_id=target.id,
        places=count,
        start_date=on,
        planned_end=stay.planned_end,
        notes=stay.notes,
    )
    stay.actual_end = on
    s.add(new)
    s.flush()
    if apartment.id != stay.apartment_id:
        add_handover(op, stay.apartment_id, stay.id, HandoverKind.RICONSEGNA, on, out_values)
        add_handover(op, apartment.id, new.id, HandoverKind.CONSEGNA, on, in_values)
    op.audit(stay.id, new.id)
    return stay_dto(s, new.id)


@operation("move_out", "stay")
def move_out(op: Op, stay_id: str, on: dt.date, report: HandoverInput) -> StayDTO:
    """The household leaves on ``on`` (a free day): keys returned (verbale di riconsegna)."""
    v.required_date("on", on)
    v.not_future("on", on, op.ctx.today())
    values = clean_handover(report)
    s = op.s
    stay = _open_stay(s, stay_id, op.ctx)
    if on <= stay.start_date:
        raise ValidationError(
            "on",
            N_("L'uscita deve seguire l'inizio dell'inserimento ({d}).").format(
                d=fmt_day(stay.start_date)
            ),
        )
    if on > stay.planned_end:  # a late departure takes nights nobody had checked
        _recheck(s, stay, stay.start_date, on, "on")
    returned = values["keys_count"]
    assert isinstance(returned, int)
    missing = keys_shortfall(keys_given(s, stay), returned, values["keys_notes"])
    if missing is not None:
        raise ValidationError("keys_notes", missing)
    stay.actual_end = on
    add_handover(op, stay.apartment_id, stay.id, HandoverKind.RICONSEGNA, on, values)
    op.audit(stay.id)
    return stay_dto(s, stay.id)


@operation("cancel", "stay")
def cancel_stay(op: Op, stay_id: str) -> None:
    """Cancel a stay that is only planned: the booking goes away and its beds are free.

    Refused once the household moved in (keys handed over), once its first night has passed
    or after its move-out. An agreement or inspection that named it stays, without it.
    """
    s = op.s
    stay = _open_stay(s, stay_id, op.ctx)
    handed = s.scalar(
        select(Handover.date).where(Handover.stay_id == stay.id).order_by(Handover.date).limit(1)
    )
    if handed is not None:
        raise ValidationError(
            "stay_id",
            N_(
                "Il nucleo è già entrato il {d} (chiavi consegnate): l'inserimento non si può "
                "annullare, registra invece l'uscita."
            ).format(d=fmt_day(handed)),
        )
    if stay.start_date < op.ctx.today():
        raise ValidationError(
            "stay_id",
            N_(
                "L'inserimento è iniziato il {d}: non si può più annullare. Se il nucleo non è "
                "mai entrato, registra l'uscita."
            ).format(d=fmt_day(stay.start_date)),
        )
    moved = s.scalar(
        select(Stay.id).where(
            Stay.case_id == stay.case_id,
            Stay.apartment_id == stay.apartment_id,
            Stay.actual_end == stay.start_date,
        )
    )
    if moved is not None:
        raise ValidationError(
            "stay_id",
            N_(
                "L'inserimento continua lo spostamento del {d} nello stesso alloggio: "
                "non si può annullare."
            ).format(d=fmt_day(stay.start_date)),
        )
    for model in (Agreement, Inspection):
        for row in s.scalars(select(model).where(model.stay_id == stay.id)):
            row.stay_id = None
    detail = f"{stay.case_id} {stay.start_date.isoformat()}"
    for extension in list(stay.extensions):
        s.delete(extension)
    s.delete(stay)
    s.flush()
    op.audit(stay_id, detail)
