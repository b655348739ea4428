"""Key handovers (consegna/riconsegna), inspections (sopralluoghi) and maintenance requests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, Operation, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.db.visibility import visible_case_ids
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Apartment,
    Handover,
    Inspection,
    MaintenanceRequest,
    Room,
    Stay,
    rules,
)
from rts_desktop.models.vocab import HandoverKind, MaintenanceStatus, label


@dataclass(frozen=True)
class HandoverDTO:
    id: str
    version: str
    stay_id: str | None
    apartment_id: str
    kind: HandoverKind
    date: dt.date
    operator_id: str | None
    keys_count: int
    keys_notes: str | None
    meter_electricity: str | None
    meter_gas: str | None
    meter_water: str | None
    inventory: str | None
    condition: str | None

    @property
    def kind_label(self) -> str:
        return label(self.kind)


@dataclass
class HandoverInput:
    """What the handover report (verbale) records."""

    keys_count: int = 0
    keys_notes: str | None = None
    meter_electricity: str | None = None
    meter_gas: str | None = None
    meter_water: str | None = None
    inventory: str | None = None
    condition: str | None = None


@dataclass(frozen=True)
class InspectionDTO:
    id: str
    version: str
    apartment_id: str
    stay_id: str | None
    date: dt.date
    operator_id: str | None
    outcome: str | None
    notes: str | None


@dataclass(frozen=True)
class MaintenanceDTO:
    id: str
    version: str
    apartment_id: str
    room_id: str | None
    opened_on: dt.date
    description: str
    reported_by: str | None
    assignee: str | None
    status: MaintenanceStatus
    cost_cents: int | None
    closed_on: dt.date | None

    @property
    def status_label(self) -> str:
        return label(self.status)

    @property
    def is_open(self) -> bool:
        """Not closed yet: it may still be assigned or closed."""
        return self.status != MaintenanceStatus.CHIUSA


def handover_dto(h: Handover) -> HandoverDTO:
    return to_dto(HandoverDTO, h, kind=HandoverKind(h.kind))


def maintenance_dto(m: MaintenanceRequest) -> MaintenanceDTO:
    return to_dto(MaintenanceDTO, m, status=MaintenanceStatus(m.status))


def clean_handover(data: HandoverInput) -> dict[str, object]:
    """Validated handover fields (before any write)."""
    if not isinstance(data, HandoverInput):
        raise ValidationError("handover", N_("Verbale non valido."))
    values: dict[str, object] = {
        "keys_count": rules.check("handovers", "keys_count", data.keys_count, required=True)
    }
    texts = ("keys_notes", "meter_electricity", "meter_gas", "meter_water", "inventory")
    for name in (*texts, "condition"):
        values[name] = rules.check("handovers", name, getattr(data, name))
    return values


def _new_handover(
    s: Session,
    ctx: ActingContext,
    apartment_id: str,
    stay_id: str | None,
    kind: HandoverKind,
    on: dt.date,
    values: dict[str, object],
) -> Handover:
    handover = Handover(
        apartment_id=apartment_id,
        stay_id=stay_id,
        kind=str(kind),
        date=on,
        operator_id=ctx.operator_id,
        **values,
    )
    s.add(handover)
    s.flush()
    return handover


def add_handover(
    op: Op,
    apartment_id: str,
    stay_id: str | None,
    kind: HandoverKind,
    on: dt.date,
    values: dict[str, object],
) -> Handover:
    """Write a handover inside a stay operation, with its own audit entry."""
    handover = _new_handover(op.s, op.ctx, apartment_id, stay_id, kind, on, values)
    op.audit_also(f"handover_{kind}", handover.id, stay_id, entity="handover")
    return handover


def _record_handover(
    op: Op,
    apartment_id: str,
    kind: str,
    on: dt.date,
    data: HandoverInput,
    *,
    stay_id: str | None = None,
) -> HandoverDTO:
    which = v.choice("kind", kind, HandoverKind)
    assert which is not None
    v.required_date("date", on)
    v.not_future("date", on, op.ctx.today())
    values = clean_handover(data)
    s = op.s
    _check_in(
        s, apartment_id, Stay, "stay_id", stay_id, N_("L'inserimento non è in questo alloggio.")
    )
    handover = _new_handover(s, op.ctx, apartment_id, stay_id, which, on, values)
    op.audit(handover.id, stay_id)
    return handover_dto(handover)


#: one operation per kind: the audit action names the kind (``handover_consegna``...)
_RECORD_HANDOVER: dict[HandoverKind, Operation[..., HandoverDTO]] = {
    kind: operation(f"handover_{kind}", "handover")(_record_handover) for kind in HandoverKind
}


def record_handover(
    db: Database,
    ctx: ActingContext,
    apartment_id: str,
    kind: str,
    on: dt.date,
    data: HandoverInput,
    *,
    stay_id: str | None = None,
) -> HandoverDTO:
    """A key handover outside a move in/out (e.g. keys to a maintenance firm and back).

    Runs the operation of ``kind`` (an unknown kind is refused by its validation)."""
    write = next(
        (w for k, w in _RECORD_HANDOVER.items() if k == kind),
        _RECORD_HANDOVER[HandoverKind.CONSEGNA],
    )
    return write(db, ctx, apartment_id, kind, on, data, stay_id=stay_id)


def list_handovers(
    db: Database,
    *,
    apartment_id: str | None = None,
    stay_id: str | None = None,
    ctx: ActingContext | None = None,
) -> list[HandoverDTO]:
    """Key handovers, oldest first; only those of stays of cases ``ctx`` sees."""
    stmt = select(Handover).order_by(Handover.date, Handover.id)
    condition = visible_case_ids(ctx, Stay.case_id)
    if condition is not None:
        stmt = stmt.join(Stay, Stay.id == Handover.stay_id).where(condition)
    if apartment_id is not None:
        stmt = stmt.where(Handover.apartment_id == apartment_id)
    if stay_id is not None:
        stmt = stmt.where(Handover.stay_id == stay_id)
    with db.session(write=False) as s:
        return [handover_dto(h) for h in s.scalars(stmt)]


@operation("create", "inspection")
def record_inspection(
    op: Op,
    apartment_id: str,
    on: dt.date,
    *,
    outcome: str | None = None,
    notes: str | None = None,
    stay_id: str | None = None,
) -> InspectionDTO:
    """A sopralluogo done on ``on`` (planning one is a calendar event)."""
    v.required_date("date", on)
    v.not_future("date", on, op.ctx.today())
    clean_outcome = rules.check("inspections", "outcome", outcome)
    clean_notes = rules.check("inspections", "notes", notes)
    if clean_outcome is None and clean_notes is None:
        raise ValidationError("notes", N_("Descrivi l'esito del sopralluogo."))
    s = op.s
    _check_in(
        s, apartment_id, Stay, "stay_id", stay_id, N_("L'inserimento non è in questo alloggio.")
    )
    inspection = Inspection(
        apartment_id=apartment_id,
        stay_id=stay_id,
        date=on,
        operator_id=op.ctx.operator_id,
        outcome=clean_outcome,
        notes=clean_notes,
    )
    s.add(inspection)
    s.flush()
    op.audit(inspection.id)
    return to_dto(InspectionDTO, inspection)


def _check_in(
    s: Session, apartment_id: str, model: type[Any], field: str, record_id: str | None, message: str
) -> None:
    """The apartment exists and the stay or room given (if any) is one of its own."""
    get_or_fail(s, Apartment, apartment_id, "Alloggio")
    if record_id is not None:
        found = s.get(model, record_id)
        if found is None or found.apartment_id != apartment_id:
            raise ValidationError(field, message)


def list_inspections(db: Database, apartment_id: str) -> list[InspectionDTO]:
    stmt = (
        select(Inspection)
        .where(Inspection.apartment_id == apartment_id)
        .order_by(Inspection.date.desc())
    )
    with db.session(write=False) as s:
        return [to_dto(InspectionDTO, i) for i in s.scalars(stmt)]


@operation("create", "maintenance")
def open_request(
    op: Op,
    apartment_id: str,
    description: str,
    opened_on: dt.date,
    *,
    room_id: str | None = None,
    reported_by: str | None = None,
) -> MaintenanceDTO:
    """Record a fault (segnalazione guasto), status ``aperta``."""
    what = rules.check("maintenance_requests", "description", description)
    v.required_date("opened_on", opened_on)
    v.not_future("opened_on", opened_on, op.ctx.today())
    who = rules.check("maintenance_requests", "reported_by", reported_by)
    s = op.s
    _check_in(s, apartment_id, Room, "room_id", room_id, N_("La stanza non è in questo alloggio."))
    request = MaintenanceRequest(
        apartment_id=apartment_id,
        room_id=room_id,
        opened_on=opened_on,
        description=what,
        reported_by=who,
        status=str(MaintenanceStatus.APERTA),
    )
    s.add(request)
    s.flush()
    op.audit(request.id)
    return maintenance_dto(request)


def _open_request(s: Session, request_id: str) -> MaintenanceRequest:
    request = get_or_fail(s, MaintenanceRequest, request_id, "Segnalazione")
    if request.status == MaintenanceStatus.CHIUSA:
        raise ValidationError("status", N_("La segnalazione è già chiusa."))
    return request


@operation("assign", "maintenance")
def assign_request(op: Op, request_id: str, assignee: str) -> MaintenanceDTO:
    """Who acts on the fault (firm, caretaker...): the request goes ``in_corso``."""
    who = rules.check("maintenance_requests", "assignee", assignee, required=True)
    request = _open_request(op.s, request_id)
    request.assignee = who
    request.status = str(MaintenanceStatus.IN_CORSO)
    op.s.flush()
    op.audit(request.id, who)
    return maintenance_dto(request)


@operation("close", "maintenance")
def close_request(op: Op, request_id: str, closed_on: dt.date, cost_cents: int) -> MaintenanceDTO:
    """The fault is fixed on ``closed_on`` at ``cost_cents`` (0 when free)."""
    v.required_date("closed_on", closed_on)
    v.not_future("closed_on", closed_on, op.ctx.today())
    cost = rules.check("maintenance_requests", "cost_cents", cost_cents, required=True)
    request = _open_request(op.s, request_id)
    if closed_on < request.opened_on:
        raise ValidationError(
            "closed_on",
            N_("La chiusura non può precedere l'apertura ({d:%d/%m/%Y}).").format(
                d=request.opened_on
            ),
        )
    request.status = str(MaintenanceStatus.CHIUSA)
    request.closed_on = closed_on
    request.cost_cents = cost
    op.s.flush()
    op.audit(request.id)
    return maintenance_dto(request)


def open_requests(db: Database, apartment_id: str | None = None) -> list[MaintenanceDTO]:
    """Requests not yet closed, oldest first (of one apartment, or all)."""
    stmt = select(MaintenanceRequest).where(MaintenanceRequest.status != MaintenanceStatus.CHIUSA)
    if apartment_id is not None:
        stmt = stmt.where(MaintenanceRequest.apartment_id == apartment_id)
    stmt = stmt.order_by(MaintenanceRequest.opened_on, MaintenanceRequest.id)
    with db.session(write=False) as s:
        return [maintenance_dto(r) for r in s.scalars(stmt)]
