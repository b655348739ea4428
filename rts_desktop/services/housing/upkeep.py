"""Key handovers (consegna/riconsegna), inspections (sopralluoghi) and maintenance requests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.access import audit, require_role
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
    kind: str
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
    status: str
    cost_cents: int | None
    closed_on: dt.date | None

    @property
    def status_label(self) -> str:
        return label(self.status)


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


def add_handover(
    s: Session,
    ctx: ActingContext,
    apartment_id: str,
    stay_id: str | None,
    kind: HandoverKind,
    on: dt.date,
    values: dict[str, object],
) -> Handover:
    """Write a handover inside an open session (used by the stays service too)."""
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
    audit(s, ctx, f"handover_{kind}", "handover", handover.id, stay_id)
    return handover


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
    """A key handover outside a move in/out (e.g. keys to a maintenance firm and back)."""
    require_role(ctx)
    which = v.choice("kind", kind, HandoverKind)
    assert which is not None
    v.required_date("date", on)
    v.not_future("date", on, ctx.today())
    values = clean_handover(data)
    with db.session(ctx) as s:
        get_or_fail(s, Apartment, apartment_id, "Alloggio")
        if stay_id is not None:
            stay = s.get(Stay, stay_id)
            if stay is None or stay.apartment_id != apartment_id:
                raise ValidationError("stay_id", N_("L'inserimento non è in questo alloggio."))
        return to_dto(HandoverDTO, add_handover(s, ctx, apartment_id, stay_id, which, on, values))


def list_handovers(
    db: Database, *, apartment_id: str | None = None, stay_id: str | None = None
) -> list[HandoverDTO]:
    stmt = select(Handover).order_by(Handover.date, Handover.id)
    if apartment_id is not None:
        stmt = stmt.where(Handover.apartment_id == apartment_id)
    if stay_id is not None:
        stmt = stmt.where(Handover.stay_id == stay_id)
    with db.session(write=False) as s:
        return [to_dto(HandoverDTO, h) for h in s.scalars(stmt)]


def record_inspection(
    db: Database,
    ctx: ActingContext,
    apartment_id: str,
    on: dt.date,
    *,
    outcome: str | None = None,
    notes: str | None = None,
    stay_id: str | None = None,
) -> InspectionDTO:
    """A sopralluogo done on ``on`` (planning one is a calendar event)."""
    require_role(ctx)
    v.required_date("date", on)
    v.not_future("date", on, ctx.today())
    clean_outcome = rules.check("inspections", "outcome", outcome)
    clean_notes = rules.check("inspections", "notes", notes)
    if clean_outcome is None and clean_notes is None:
        raise ValidationError("notes", N_("Descrivi l'esito del sopralluogo."))
    with db.session(ctx) as s:
        get_or_fail(s, Apartment, apartment_id, "Alloggio")
        if stay_id is not None:
            stay = s.get(Stay, stay_id)
            if stay is None or stay.apartment_id != apartment_id:
                raise ValidationError("stay_id", N_("L'inserimento non è in questo alloggio."))
        inspection = Inspection(
            apartment_id=apartment_id,
            stay_id=stay_id,
            date=on,
            operator_id=ctx.operator_id,
            outcome=clean_outcome,
            notes=clean_notes,
        )
        s.add(inspection)
        s.flush()
        audit(s, ctx, "create", "inspection", inspection.id)
        return to_dto(InspectionDTO, inspection)


def list_inspections(db: Database, apartment_id: str) -> list[InspectionDTO]:
    stmt = (
        select(Inspection)
        .where(Inspection.apartment_id == apartment_id)
        .order_by(Inspection.date.desc())
    )
    with db.session(write=False) as s:
        return [to_dto(InspectionDTO, i) for i in s.scalars(stmt)]


def open_request(
    db: Database,
    ctx: ActingContext,
    apartment_id: str,
    description: str,
    opened_on: dt.date,
    *,
    room_id: str | None = None,
    reported_by: str | None = None,
) -> MaintenanceDTO:
    """Record a fault (segnalazione guasto), status ``aperta``."""
    require_role(ctx)
    what = rules.check("maintenance_requests", "description", description)
    v.required_date("opened_on", opened_on)
    v.not_future("opened_on", opened_on, ctx.today())
    who = rules.check("maintenance_requests", "reported_by", reported_by)
    with db.session(ctx) as s:
        get_or_fail(s, Apartment, apartment_id, "Alloggio")
        if room_id is not None:
            room = s.get(Room, room_id)
            if room is None or room.apartment_id != apartment_id:
                raise ValidationError("room_id", N_("La stanza non è in questo alloggio."))
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
        audit(s, ctx, "create", "maintenance", request.id)
        return to_dto(MaintenanceDTO, request)


def _open_request(s: Session, request_id: str) -> MaintenanceRequest:
    request = get_or_fail(s, MaintenanceRequest, request_id, "Segnalazione")
    if request.status == MaintenanceStatus.CHIUSA:
        raise ValidationError("status", N_("La segnalazione è già chiusa."))
    return request


def assign_request(
    db: Database, ctx: ActingContext, request_id: str, assignee: str
) -> MaintenanceDTO:
    """Who acts on the fault (firm, caretaker...): the request goes ``in_corso``."""
    require_role(ctx)
    who = rules.check("maintenance_requests", "assignee", assignee, required=True)
    with db.session(ctx) as s:
        request = _open_request(s, request_id)
        request.assignee = who
        request.status = str(MaintenanceStatus.IN_CORSO)
        s.flush()
        audit(s, ctx, "assign", "maintenance", request.id, who)
        return to_dto(MaintenanceDTO, request)


def close_request(
    db: Database, ctx: ActingContext, request_id: str, closed_on: dt.date, cost_cents: int
) -> MaintenanceDTO:
    """The fault is fixed on ``closed_on`` at ``cost_cents`` (0 when free)."""
    require_role(ctx)
    v.required_date("closed_on", closed_on)
    v.not_future("closed_on", closed_on, ctx.today())
    cost = rules.check("maintenance_requests", "cost_cents", cost_cents, required=True)
    with db.session(ctx) as s:
        request = _open_request(s, request_id)
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
        s.flush()
        audit(s, ctx, "close", "maintenance", request.id)
        return to_dto(MaintenanceDTO, request)


def open_requests(db: Database, apartment_id: str | None = None) -> list[MaintenanceDTO]:
    """Requests not yet closed, oldest first (of one apartment, or all)."""
    stmt = select(MaintenanceRequest).where(MaintenanceRequest.status != MaintenanceStatus.CHIUSA)
    if apartment_id is not None:
        stmt = stmt.where(MaintenanceRequest.apartment_id == apartment_id)
    stmt = stmt.order_by(MaintenanceRequest.opened_on, MaintenanceRequest.id)
    with db.session(write=False) as s:
        return [to_dto(MaintenanceDTO, r) for r in s.scalars(stmt)]
