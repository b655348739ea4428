"""The housing writes as typed operations: audit trail, changes told, roles, DTO enums."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, AuditLink
from rts_desktop.models.vocab import (
    ApartmentStatus,
    CaseStatus,
    HandoverKind,
    MaintenanceStatus,
    Role,
)
from rts_desktop.services.housing import agreements, board, stays, upkeep
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.services.housing.occupancy import occupancy_on
from rts_desktop.services.housing.upkeep import HandoverInput
from tests.services.housing.test_housing import as_role, make_apartment, make_case, room

D = dt.date


def trail(db) -> list[tuple[str, str, str | None, str | None]]:
    """(action, entity, entity_id, detail) of every audit entry, oldest first."""
    with db.session(write=False) as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail)
            .join(AuditLink, AuditLink.entry_id == AuditEntry.id)
            .order_by(AuditLink.seq)
        ).all()
    return [tuple(r) for r in rows]


def since(db, before: int) -> list[tuple[str, str, str | None, str | None]]:
    return trail(db)[before:]


def test_move_in_and_out_leave_the_handover_entry_then_the_stay_entry(db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 2, D(2026, 3, 1), D(2026, 9, 1)
    )
    assert trail(db)[-1] == ("create", "stay", stay.id, case.id)
    before = len(trail(db))
    stays.move_in(db, ctx, stay.id, D(2026, 3, 1), HandoverInput(keys_count=2))
    [given] = upkeep.list_handovers(db, stay_id=stay.id)
    assert since(db, before) == [
        ("handover_consegna", "handover", given.id, stay.id),
        ("move_in", "stay", stay.id, None),
    ]
    before = len(trail(db))
    stays.move_out(db, ctx, stay.id, D(2026, 8, 1), HandoverInput(keys_count=2))
    back = upkeep.list_handovers(db, stay_id=stay.id)[-1]
    assert since(db, before) == [
        ("handover_riconsegna", "handover", back.id, stay.id),
        ("move_out", "stay", stay.id, None),
    ]


def test_move_to_another_apartment_audits_both_handovers(db, ctx):
    first = make_apartment(db, ctx)
    other = make_apartment(db, ctx, code="MI-002")
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, first.id, room(first, "Camera 2").id, 2, D(2026, 3, 1), D(2026, 12, 1)
    )
    before = len(trail(db))
    new = stays.move_stay(db, ctx, stay.id, D(2026, 6, 1), room(other, "Camera 2").id)
    out = upkeep.list_handovers(db, stay_id=stay.id)[-1]
    into = upkeep.list_handovers(db, stay_id=new.id)[-1]
    assert since(db, before) == [
        ("handover_riconsegna", "handover", out.id, stay.id),
        ("handover_consegna", "handover", into.id, new.id),
        ("move", "stay", stay.id, new.id),
    ]


@pytest.mark.parametrize("kind", list(HandoverKind))
def test_record_handover_audits_its_kind(db, ctx, kind):
    apt = make_apartment(db, ctx)
    before = len(trail(db))
    done = upkeep.record_handover(db, ctx, apt.id, str(kind), D(2026, 11, 2), HandoverInput())
    assert done.kind is kind
    assert since(db, before) == [(f"handover_{kind}", "handover", done.id, None)]


def test_record_handover_refusals_keep_their_order(db, ctx):
    apt = make_apartment(db, ctx)
    reader = as_role(ctx, Role.ASSISTENTE_SOCIALE)
    with pytest.raises(PermissionDenied):  # the role is checked before the kind
        upkeep.record_handover(db, reader, apt.id, "prestito", D(2026, 11, 2), HandoverInput())
    for bad in ("prestito", ["consegna"], None):
        with pytest.raises(ValidationError) as err:
            upkeep.record_handover(db, ctx, apt.id, bad, D(2026, 11, 2), HandoverInput())
        assert err.value.field == "kind"


def test_an_operation_names_what_it_changed(db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    done = stays.plan_stay.run(
        db, ctx, case.id, apt.id, room(apt, "Camera 1").id, 1, D(2026, 3, 1), D(2026, 9, 1)
    )
    assert done.changes.ids_of(Aggregate.STAYS) == {done.value.id}
    assert done.changes.touches_record(Aggregate.APARTMENTS, apt.id)
    assert done.changes.touches_record(Aggregate.CASES, case.id)
    other = make_apartment(db, ctx, code="MI-009")
    status = housing.set_status.run(db, ctx, other.id, "fuori_servizio", D(2026, 12, 1))
    assert status.changes.ids_of(Aggregate.APARTMENTS) == {other.id}
    assert not status.changes.touches(Aggregate.STAYS, Aggregate.CASES)


def test_roles_of_the_operations(db, ctx):
    apt = make_apartment(db, ctx)
    educator = as_role(ctx, Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        housing.set_status(db, educator, apt.id, "disponibile", D(2026, 12, 1))
    request = upkeep.open_request(db, educator, apt.id, "Perdita", D(2026, 11, 2))
    with pytest.raises(PermissionDenied):
        upkeep.close_request(
            db, as_role(ctx, Role.ASSISTENTE_SOCIALE), request.id, D(2026, 11, 3), 0
        )
    assert upkeep.close_request(db, educator, request.id, D(2026, 11, 3), 0).is_open is False


def test_dtos_carry_the_vocabulary(db, ctx):
    apt = make_apartment(db, ctx)
    housing.set_status(db, ctx, apt.id, "fuori_servizio", D(2026, 12, 1))
    got = housing.get_apartment(db, apt.id)
    assert [e.status for e in got.status_history] == [
        ApartmentStatus.DISPONIBILE,
        ApartmentStatus.FUORI_SERVIZIO,
    ]
    assert all(isinstance(e.status, ApartmentStatus) for e in got.status_history)
    assert got.status_on(D(2026, 11, 30)) is ApartmentStatus.DISPONIBILE
    assert got.habitable_on(D(2026, 11, 30)) and not got.habitable_on(D(2026, 12, 1))
    [row] = housing.list_apartments(db, D(2026, 12, 2))
    assert row.status is ApartmentStatus.FUORI_SERVIZIO and not row.habitable
    [row] = housing.list_apartments(db, D(2026, 11, 2))
    assert row.status is ApartmentStatus.DISPONIBILE and row.habitable
    [occ] = occupancy_on(db, D(2026, 12, 2))
    assert occ.status is ApartmentStatus.FUORI_SERVIZIO
    data = board.board_data(db, D(2026, 11, 1), D(2027, 1, 1))
    [shown] = data.apartments
    assert [p.status for p in shown.periods] == [
        ApartmentStatus.DISPONIBILE,
        ApartmentStatus.FUORI_SERVIZIO,
    ]
    assert shown.habitable_on(D(2026, 11, 2)) and not shown.habitable_on(D(2026, 12, 2))
    case = make_case(db, ctx)
    [candidate] = [c for c in board.housing_candidates(db) if c.id == case.id]
    assert candidate.status is CaseStatus.ATTIVO
    assert board.case_heading(db, case.id).status is CaseStatus.ATTIVO


def test_capability_flags(db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 1").id, 1, D(2026, 3, 1), D(2026, 9, 1)
    )
    assert stay.is_open and board.apartment_stays(db, apt.id)[0].is_open
    closed = stays.move_out(db, ctx, stay.id, D(2026, 8, 1), HandoverInput())
    assert not closed.is_open and not board.apartment_stays(db, apt.id)[0].is_open
    request = upkeep.open_request(db, ctx, apt.id, "Caldaia", D(2026, 11, 2))
    assert request.status is MaintenanceStatus.APERTA and request.is_open
    assigned = upkeep.assign_request(db, ctx, request.id, "Ditta Rossi")
    assert assigned.status is MaintenanceStatus.IN_CORSO and assigned.is_open
    upkeep.close_request(db, ctx, request.id, D(2026, 11, 3), 1500)
    [listed] = board.apartment_requests(db, apt.id)
    assert listed.status is MaintenanceStatus.CHIUSA and not listed.is_open
    assert upkeep.open_requests(db, apt.id) == []


def test_agreement_operations_audit_as_before(db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 1").id, 1, D(2026, 3, 1), D(2026, 9, 1)
    )
    agreement = agreements.create_agreement(
        db,
        ctx,
        AgreementInput(case.id, D(2026, 3, 1), 6, 5_000, "2026", stay_id=stay.id),
    )
    assert trail(db)[-1] == ("create", "agreement", agreement.id, case.id)
    warned = agreements.add_warning(db, ctx, agreement.id, D(2026, 4, 1), "Rumori notturni")
    assert trail(db)[-1] == ("warning", "agreement", agreement.id, warned.warnings[0].id)
    ledger = agreements.generate_contributions(db, ctx, agreement.id)
    assert trail(db)[-1] == ("contributions", "agreement", agreement.id, "+6 -0")
    before = len(trail(db))
    agreements.generate_contributions(db, ctx, agreement.id)  # nothing to do: no entry
    assert since(db, before) == []
    paid = agreements.record_payment(db, ctx, ledger[0].id, 2_500, D(2026, 3, 10))
    assert trail(db)[-1] == ("payment", "contribution", paid.id, "2500")
