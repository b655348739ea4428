"""The cases area's writes are operations: declared role and audit entry, one transaction,
the changes they commit named by aggregate; the DTOs carry the vocabulary's enums."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from rts_desktop.db.operations import Operation
from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.kernel.roles import COORDINATORS, WRITERS, Role
from rts_desktop.models import AuditEntry
from rts_desktop.models.vocab import (
    CaseStatus,
    DocumentType,
    ExitDestination,
    HouseholdRelation,
    IdentifierKind,
    LabourStatus,
    NoteKind,
    SheetMoment,
)
from rts_desktop.services import operators
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import documents, fse, households, notes, people
from rts_desktop.services.cases.fse import SheetInput
from rts_desktop.services.cases.sharing import set_case_social_worker
from tests.services.cases.test_people_cases import make_case

D = dt.date
EVERYONE = frozenset(Role)

DECLARED = [
    (people.create_beneficiary, "create", "beneficiary", WRITERS),
    (people.update_beneficiary, "update", "beneficiary", WRITERS),
    (people.reveal_special_categories, "read_special", "beneficiary", WRITERS),
    (people.add_identifier, "add_identifier", "beneficiary", WRITERS),
    (people.remove_identifier, "remove_identifier", "beneficiary", WRITERS),
    (households.create_household, "create", "household", WRITERS),
    (households.add_member, "add_member", "household", WRITERS),
    (households.end_membership, "end_member", "household", WRITERS),
    (cases.create_case, "create", "case", WRITERS),
    (cases.update_case, "update", "case", WRITERS),
    (cases.get_case, "read", "case", EVERYONE),
    (cases.accept_referral, "status_in_valutazione", "case", WRITERS),
    (cases.activate, "status_attivo", "case", WRITERS),
    (cases.suspend, "status_sospeso", "case", WRITERS),
    (cases.resume, "status_attivo", "case", WRITERS),
    (cases.close, "status_concluso", "case", WRITERS),
    (cases.reopen, "status_in_valutazione", "case", WRITERS),
    (cases.record_follow_up, "follow_up", "case", WRITERS),
    (cases.assign_educator, "assign_educator", "case", WRITERS),
    (notes.add_note, "create", "note", WRITERS),
    (notes.correct_note, "correct", "note", WRITERS),
    (documents.attach_document, "attach", "document", WRITERS),
    (documents.document_path, "open", "document", EVERYONE),
    (fse.record_sheet, "create", "participant_sheet", WRITERS),
    (operators.create_operator, "create", "operator", COORDINATORS),
    (operators.deactivate_operator, "deactivate", "operator", COORDINATORS),
]


@pytest.mark.parametrize(
    ("fn", "action", "entity", "allowed"), DECLARED, ids=[d[0].__name__ for d in DECLARED]
)
def test_each_write_declares_its_role_and_audit_entry(fn, action, entity, allowed):
    assert isinstance(fn, Operation)
    assert (fn.action, fn.entity, fn.allowed) == (action, entity, allowed)


def audit_trail(db, entity_id: str) -> list[tuple[str, str, str | None]]:
    with db.session(write=False) as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.detail)
            .where(AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        return [tuple(r) for r in rows]


def test_status_changes_audit_the_step_with_its_reason(db, ctx):
    case = make_case(db, ctx)
    cases.accept_referral(db, ctx, case.id, D(2026, 1, 15))
    cases.activate(db, ctx, case.id, D(2026, 2, 1))
    cases.suspend(db, ctx, case.id, D(2026, 5, 1), "ricovero")
    trail = audit_trail(db, case.id)
    assert trail == [
        ("create", "case", None),
        ("status_in_valutazione", "case", None),
        ("status_attivo", "case", None),
        ("status_sospeso", "case", "ricovero"),
    ]


def test_a_refused_step_writes_nothing(db, ctx):
    case = make_case(db, ctx)
    with pytest.raises(ValidationError):
        cases.suspend(db, ctx, case.id, D(2026, 2, 1), "x")  # segnalato → sospeso: refused
    assert audit_trail(db, case.id) == [("create", "case", None)]


def test_a_sheet_is_created_then_corrected_with_its_own_entry(db, ctx):
    case = make_case(db, ctx)
    data = SheetInput(
        case_id=case.id,
        beneficiary_id=case.household.members[0].beneficiary_id,
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="disoccupato",
    )
    first = fse.record_sheet(db, ctx, data)
    again = fse.record_sheet(db, ctx, replace(data, isced_level=3), expected_version=first.version)
    assert again.id == first.id
    assert [a for a, _e, _d in audit_trail(db, first.id)] == ["create", "update"]
    assert isinstance(again.moment, SheetMoment) and again.moment is SheetMoment.INGRESSO
    assert again.labour_status is LabourStatus.DISOCCUPATO


def test_the_social_worker_reads_and_opens_but_does_not_write(db, ctx):
    case = make_case(db, ctx)
    doc = documents.attach_document(
        db, ctx, doc_type="isee", title="ISEE", source=b"%PDF", filename="isee.pdf",
        case_id=case.id,
    )  # fmt: skip
    worker = operators.create_operator(db, ctx, "sara.neri", "Sara Neri", "assistente_sociale")
    set_case_social_worker(db, ctx, case.id, worker.id)  # she sees the cases she follows
    reader = replace(ctx, role=Role.ASSISTENTE_SOCIALE, operator_id=worker.id)
    assert cases.get_case(db, reader, case.id).id == case.id
    assert isinstance(documents.document_path(db, reader, doc.id), Path)
    with pytest.raises(PermissionDenied):
        cases.accept_referral(db, reader, case.id, D(2026, 1, 15))
    actions = [a for a, _e, _d in audit_trail(db, case.id)]
    assert actions == ["create", "social_worker", "read"]
    assert [a for a, _e, _d in audit_trail(db, doc.id)] == ["attach", "open"]


def test_an_educator_cannot_manage_operators(db, ctx):
    educator = replace(ctx, role=Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        operators.create_operator(db, educator, "anna", "Anna Bianchi", "educatore")
    made = operators.create_operator(db, ctx, "anna", "Anna Bianchi", "educatore")
    assert made.role is Role.EDUCATORE
    with pytest.raises(PermissionDenied):
        operators.deactivate_operator(db, educator, made.id)
    assert operators.deactivate_operator(db, ctx, made.id).active is False


def test_run_names_the_records_it_changed(db, ctx):
    case = make_case(db, ctx)
    done = cases.accept_referral.run(db, ctx, case.id, D(2026, 1, 15))
    assert done.value.status is CaseStatus.IN_VALUTAZIONE
    assert done.changes.ids_of(Aggregate.CASES) == {case.id}
    assert not done.changes.touches(Aggregate.PEOPLE, Aggregate.HOUSEHOLDS)
    head = case.household.members[0].beneficiary_id
    edited = people.add_identifier.run(db, ctx, head, "passaporto", "YA1234567")
    assert edited.value.kind is IdentifierKind.PASSAPORTO
    assert edited.changes.ids_of(Aggregate.PEOPLE) == {head}
    assert not edited.changes.touches(Aggregate.CASES)


def test_dtos_carry_the_vocabulary(db, ctx):
    case = make_case(db, ctx)
    assert case.status is CaseStatus.SEGNALATO
    assert case.status_history[0].from_status is None
    assert case.status_history[0].to_status is CaseStatus.SEGNALATO
    assert case.household.members[0].relation is HouseholdRelation.CAPOFAMIGLIA
    assert not case.can_record_follow_up
    doc = documents.attach_document(
        db, ctx, doc_type="isee", title="ISEE", source=b"%PDF", filename="isee.pdf",
        case_id=case.id,
    )  # fmt: skip
    assert doc.doc_type is DocumentType.ISEE
    closed = cases.close(db, ctx, case.id, D(2026, 10, 1), "autonomia raggiunta", "erp")
    assert closed.exit_destination is ExitDestination("erp")
    assert closed.can_record_follow_up
    note = notes.add_note(db, ctx, case.id, "libera", D(2026, 10, 2), "Telefonata")
    assert note.kind is NoteKind.LIBERA
    checklist = {i.key: i for i in documents.checklist(db, case.id, D(2026, 11, 25))}
    assert checklist["isee"].satisfied and not checklist["identita"].satisfied
