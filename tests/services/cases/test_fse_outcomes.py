"""Outcomes after leaving (esiti FSE): recorded on or after the person's exit, never in the
future, for a member of the case; removed when recorded by mistake; both audited; only on
cases the operator sees."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, Change, ParticipantOutcome
from rts_desktop.models.vocab import OutcomeKind, Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import fse, people
from rts_desktop.services.cases.fse import OutcomeInput, SheetInput
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.accounts import as_operator
from tests.services.cases.test_people_cases import make_case

D = dt.date


def count(db, model) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def case(db, ctx):
    return make_case(db, ctx)  # referral 10/1/2026; today 25/11/2026


def person_of(case) -> str:
    return case.household.members[0].beneficiary_id


def sheets(db, ctx, case, leaving: dt.date | None = D(2026, 9, 30)) -> None:
    base = SheetInput(
        case_id=case.id,
        beneficiary_id=person_of(case),
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="disoccupato",
    )
    fse.record_sheet(db, ctx, base)
    if leaving is not None:
        fse.record_sheet(db, ctx, replace(base, moment="uscita", date=leaving))


def outcome(case, **changes) -> OutcomeInput:
    base = OutcomeInput(
        case_id=case.id,
        beneficiary_id=person_of(case),
        date=D(2026, 10, 15),
        kind="ricerca_lavoro",
        notes="Iscritta al centro per l'impiego",
    )
    return replace(base, **changes)


def test_record_list_and_audit(db, ctx, case):
    sheets(db, ctx, case)
    educator = as_operator(db, ctx, Role.EDUCATORE, case.id, "elena")
    made = fse.record_outcome(db, educator, outcome(case))
    assert made.kind is OutcomeKind.RICERCA_LAVORO
    assert (made.date, made.notes) == (D(2026, 10, 15), "Iscritta al centro per l'impiego")
    assert made.recorded_by == educator.operator_id
    later = fse.record_outcome(db, ctx, outcome(case, date=D(2026, 9, 30), kind="occupato_esito"))
    assert [o.id for o in fse.list_outcomes(db, case.id, ctx=ctx)] == [later.id, made.id]
    with db.session(write=False) as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail).where(
                AuditEntry.entity == "participant_outcome"
            )
        ).all()
    assert sorted(entries) == sorted(
        [("create", made.id, "ricerca_lavoro"), ("create", later.id, "occupato_esito")]
    )


BAD_OUTCOMES = [
    ("kind", {"kind": "pensione"}),
    ("kind", {"kind": ""}),
    ("date", {"date": None}),
    ("date", {"date": D(2026, 11, 26)}),  # future
    ("date", {"date": D(2026, 9, 29)}),  # before the exit sheet
    ("notes", {"notes": "x" * 2001}),
    ("case_id", {"case_id": "missing"}),
    ("beneficiary_id", {"beneficiary_id": ""}),
]


def test_invalid_outcome_names_field_and_writes_nothing(db, ctx, case):
    sheets(db, ctx, case)
    before = count(db, Change)
    for field, changes in BAD_OUTCOMES:
        with pytest.raises((ValidationError, NotFound)) as err:
            fse.record_outcome(db, ctx, outcome(case, **changes))
        if isinstance(err.value, ValidationError):
            assert err.value.field == field, changes
        assert count(db, Change) == before, changes
    assert count(db, ParticipantOutcome) == 0


def test_an_outcome_is_after_leaving(db, ctx, case):
    sheets(db, ctx, case, leaving=None)  # still in, case open
    with pytest.raises(ValidationError) as err:
        fse.record_outcome(db, ctx, outcome(case))
    assert err.value.field == "beneficiary_id"
    assert err.value.message.startswith("Un esito si registra dopo l'uscita (")
    # the case's exit counts when the person has no exit sheet
    cases.close(db, ctx, case.id, D(2026, 10, 1), "Fine del percorso", "erp")
    with pytest.raises(ValidationError) as err:
        fse.record_outcome(db, ctx, outcome(case, date=D(2026, 9, 30)))
    assert (err.value.field, err.value.message) == (
        "date",
        "Un esito si registra dopo l'uscita (01/10/2026).",
    )
    assert fse.record_outcome(db, ctx, outcome(case, date=D(2026, 10, 1))).date == D(2026, 10, 1)


def test_the_person_must_belong_to_the_case(db, ctx, case):
    sheets(db, ctx, case)
    other = people.create_beneficiary(db, ctx, BeneficiaryInput(first_name="Ada", last_name="Neri"))
    with pytest.raises(ValidationError) as err:
        fse.record_outcome(db, ctx, outcome(case, beneficiary_id=other.id))
    assert err.value.field == "beneficiary_id"


def test_delete_a_mistaken_outcome(db, ctx, case):
    sheets(db, ctx, case)
    made = fse.record_outcome(db, ctx, outcome(case))
    with pytest.raises(ConflictError):
        fse.delete_outcome(db, ctx, made.id, "an-older-version")
    assert count(db, ParticipantOutcome) == 1
    fse.delete_outcome(db, ctx, made.id, made.version)
    assert fse.list_outcomes(db, case.id, ctx=ctx) == []
    with db.session(write=False) as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "participant_outcome", AuditEntry.action == "delete"
            )
        ).one()
        deleted = s.scalars(
            select(Change).where(Change.table_name == "participant_outcomes", Change.op == "delete")
        ).all()
    assert (entry.entity_id, entry.detail) == (made.id, "ricerca_lavoro")
    assert len(deleted) == 1  # the other devices hear of it
    with pytest.raises(NotFound):
        fse.delete_outcome(db, ctx, made.id, made.version)


def test_only_on_cases_the_operator_sees(db, ctx, case):
    sheets(db, ctx, case)
    made = fse.record_outcome(db, ctx, outcome(case))
    stranger = as_operator(db, ctx, Role.EDUCATORE, None, "ugo")
    with pytest.raises(NotFound):
        fse.list_outcomes(db, case.id, ctx=stranger)
    with pytest.raises(NotFound):
        fse.record_outcome(db, stranger, outcome(case))
    with pytest.raises(NotFound):
        fse.delete_outcome(db, stranger, made.id, made.version)
    worker = as_operator(db, ctx, Role.ASSISTENTE_SOCIALE, case.id, "sara")
    assert [o.id for o in fse.list_outcomes(db, case.id, ctx=worker)] == [made.id]
    with pytest.raises(PermissionDenied):
        fse.delete_outcome(db, worker, made.id, made.version)
    assert count(db, ParticipantOutcome) == 1


def test_closing_records_how_the_stay_ended_and_reopening_clears_it(db, ctx, case):
    with pytest.raises(ValidationError) as err:
        cases.close(db, ctx, case.id, D(2026, 10, 1), "Fine", "erp", outcome="vittoria")
    assert err.value.field == "exit_outcome"
    closed = cases.close(
        db, ctx, case.id, D(2026, 10, 1), "Fine", "strada", outcome="mancato_rispetto_patto"
    )
    assert closed.exit_outcome == "mancato_rispetto_patto"
    assert cases.get_case(db, ctx, case.id).exit_outcome == "mancato_rispetto_patto"
    reopened = cases.reopen(db, ctx, case.id, D(2026, 10, 5), "Nuova richiesta")
    assert (reopened.exit_destination, reopened.exit_outcome) == (None, None)
    again = cases.close(db, ctx, case.id, D(2026, 10, 6), "Fine", "erp")  # older callers
    assert again.exit_outcome is None
