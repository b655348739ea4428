"""Beneficiaries, households and the case lifecycle through the services."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, Change, Device
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput, PossibleDuplicate

D = dt.date


def make_person(db, ctx, first="Ștefan", last="Popescu", birth=D(1980, 3, 4), cf=None):
    return people.create_beneficiary(
        db,
        ctx,
        BeneficiaryInput(first_name=first, last_name=last, birth_date=birth, codice_fiscale=cf),
    )


def make_case(db, ctx, referral=D(2026, 1, 10)):
    person = make_person(db, ctx)
    household = households.create_household(
        db, ctx, "Nucleo Popescu", [MemberInput(person.id, "capofamiglia", referral, is_head=True)]
    )
    return cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=referral)
    )


def count(db, model):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_records_change_and_audit(db, ctx):
    person = make_person(db, ctx, cf="RSSMRA80C04F205K")
    assert person.code.startswith("BEN-2026-")
    assert person.codice_fiscale == "RSSMRA80C04F205K"
    with db.session(write=False) as s:
        changes = s.scalars(select(Change).order_by(Change.seq)).all()
        seqs = [c.seq for c in changes]
        assert seqs == list(range(1, len(seqs) + 1))
        ben = next(c for c in changes if c.table_name == "beneficiaries")
        assert ben.op == "insert" and ben.base_version is None
        assert json.loads(ben.fields)["first_name"] == "Ștefan"
        assert ben.change_id == person.version
        # the person's entry, after the administrator's (the database as init makes it)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2
        assert s.get(Device, db.device_id).last_seq == len(changes)


def test_update_records_only_changed_fields_with_old_values(db, ctx):
    person = make_person(db, ctx)
    updated = people.update_beneficiary(
        db,
        ctx,
        person.id,
        BeneficiaryInput(
            first_name="Ștefan",
            last_name="Popescu",
            birth_date=D(1980, 3, 4),
            phone="+39 333 1234567",
        ),
        expected_version=person.version,
    )
    with db.session(write=False) as s:
        change = s.scalars(
            select(Change).where(Change.op == "update", Change.table_name == "beneficiaries")
        ).one()
    assert json.loads(change.fields) == {"phone": "+39 333 1234567"}
    assert json.loads(change.old) == {"phone": None}
    assert change.base_version == person.version
    assert updated.version == change.change_id


def test_stale_version_is_refused(db, ctx):
    from rts_desktop.kernel.errors import ConflictError

    person = make_person(db, ctx)
    data = BeneficiaryInput(first_name="Ștefan", last_name="Popescu", phone="02 1234567")
    people.update_beneficiary(db, ctx, person.id, data, expected_version=person.version)
    with pytest.raises(ConflictError):
        people.update_beneficiary(db, ctx, person.id, data, expected_version=person.version)


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("first_name", BeneficiaryInput(first_name=" ", last_name="Rossi")),
        (
            "codice_fiscale",
            BeneficiaryInput(
                first_name="Mario", last_name="Rossi", codice_fiscale="RSSMRA80A01F205Y"
            ),
        ),
        (
            "birth_date",
            BeneficiaryInput(first_name="Mario", last_name="Rossi", birth_date=D(2030, 1, 1)),
        ),
        ("email", BeneficiaryInput(first_name="Mario", last_name="Rossi", email="mario@")),
        (
            "nationality",
            BeneficiaryInput(first_name="Mario", last_name="Rossi", nationality="Italia"),
        ),
    ],
)
def test_invalid_person_names_field_and_writes_nothing(db, ctx, field, data):
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        people.create_beneficiary(db, ctx, data)
    assert err.value.field == field
    assert count(db, Change) == before


def test_duplicate_is_offered_not_merged(db, ctx):
    first = make_person(db, ctx, cf="RSSMRA80C04F205K")
    with pytest.raises(PossibleDuplicate) as err:
        make_person(db, ctx, first="Mario", last="Rossi", cf="RSSMRA80C04F205K")
    assert [c.id for c in err.value.candidates] == [first.id]
    with pytest.raises(PossibleDuplicate):
        make_person(db, ctx, first="stefan", last="POPESCU")  # same name folded + birth date
    second = make_person(db, ctx, first="stefan", last="POPESCU") if False else None
    assert second is None
    forced = people.create_beneficiary(
        db,
        ctx,
        BeneficiaryInput(first_name="Stefan", last_name="Popescu", birth_date=D(1980, 3, 4)),
        confirm_new=True,
    )
    assert forced.id != first.id


def test_search_is_accent_and_order_insensitive(db, ctx):
    person = make_person(db, ctx, cf="RSSMRA80C04F205K")
    assert [h.id for h in people.search_people(db, "stefan pop")] == [person.id]
    assert [h.id for h in people.search_people(db, "POPESCU ștefan")] == [person.id]
    assert [h.matched for h in people.search_people(db, "rssmra80")] == ["identifier"]
    assert [h.id for h in people.search_people(db, person.code)] == [person.id]
    assert people.search_people(db, "zzz") == []


def test_case_lifecycle(db, ctx):
    case = make_case(db, ctx)
    assert case.status == "segnalato"
    assert re.fullmatch(r"RTS-2026-([A-Z]{3}-)?0001", case.code)  # a laptop's series
    case = cases.accept_referral(db, ctx, case.id, D(2026, 1, 15))
    case = cases.activate(db, ctx, case.id, D(2026, 2, 1))
    assert case.start_date == D(2026, 2, 1)
    case = cases.suspend(db, ctx, case.id, D(2026, 5, 1), "ricovero")
    case = cases.resume(db, ctx, case.id, D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        cases.close(db, ctx, case.id, D(2026, 10, 1), "autonomia raggiunta", "")
    assert err.value.field == "exit_destination"
    case = cases.close(db, ctx, case.id, D(2026, 10, 1), "autonomia raggiunta", "erp")
    assert case.status == "concluso" and case.follow_up_due == D(2027, 4, 1)
    case = cases.reopen(db, ctx, case.id, D(2026, 11, 1), "nuova segnalazione SST")
    assert case.status == "in_valutazione" and case.exit_date is None
    assert [h.to_status for h in case.status_history] == [
        "segnalato",
        "in_valutazione",
        "attivo",
        "sospeso",
        "attivo",
        "concluso",
        "in_valutazione",
    ]


def test_illegal_transition_and_backdated_change_are_refused(db, ctx):
    case = make_case(db, ctx)
    with pytest.raises(ValidationError) as err:
        cases.suspend(db, ctx, case.id, D(2026, 2, 1), "x")
    assert err.value.field == "status"
    with pytest.raises(ValidationError) as err:
        cases.accept_referral(db, ctx, case.id, D(2025, 12, 1))
    assert err.value.field == "date"


def test_social_worker_cannot_write(db, ctx):
    from dataclasses import replace

    reader = replace(ctx, role=Role.ASSISTENTE_SOCIALE)
    with pytest.raises(PermissionDenied):
        make_person(db, reader)


def test_reading_a_case_is_audited(db, ctx):
    case = make_case(db, ctx)
    cases.get_case(db, ctx, case.id)
    with db.session(write=False) as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == case.id)).all()
    assert "read" in actions
