"""A closed case is consulted only: its data, educators, household and documents are not
edited, nor its entry sheets; the follow-up, notes, FSE outcomes, the exit sheet and
reopening still work, and a reopened case is edited again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, Change
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import documents, fse, households, notes
from rts_desktop.services.cases.fse import OutcomeInput, SheetInput
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.operators import create_operator
from tests.services.cases.test_people_cases import make_case, make_person

D = dt.date
CLOSED = (
    "Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso."
)


def counts(db):
    with db.session(write=False) as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Change, AuditEntry))


def refused(db, call, field):
    before = counts(db)
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field
    assert counts(db) == before, "nothing written"
    return err.value.message


@pytest.fixture
def closed(db, ctx):
    case = make_case(db, ctx)  # referral 10/01/2026
    head = case.household.members[0]
    entry = SheetInput(case.id, head.beneficiary_id, "ingresso", D(2026, 2, 1), "disoccupato")
    fse.record_sheet(db, ctx, entry)
    cases.close(db, ctx, case.id, D(2026, 9, 30), "Uscita in autonomia", "affitto_libero")
    return cases.get_case(db, ctx, case.id), entry


def test_edits_of_a_closed_case_are_refused(db, ctx, closed):
    case, entry = closed
    head = case.household.members[0]
    educator = create_operator(db, ctx, "lbianchi", "Laura Bianchi", "educatore")
    newcomer = make_person(db, ctx, first="Ioana", birth=D(2015, 5, 6))
    data = cases.CaseInput(household_id=case.household.id, referral_date=case.referral_date)
    for call, field in (
        (lambda: cases.update_case(db, ctx, case.id, data), "case_id"),
        (
            lambda: cases.assign_educator(db, ctx, case.id, educator.id, D(2026, 10, 1)),
            "operator_id",
        ),
        (
            lambda: documents.attach_document(
                db,
                ctx,
                doc_type="isee",
                title="ISEE",
                source=b"%PDF",
                filename="isee.pdf",
                case_id=case.id,
            ),
            "case_id",
        ),
        (lambda: fse.record_sheet(db, ctx, replace(entry, notes="Corretta")), "moment"),
    ):
        assert refused(db, call, field) == CLOSED
    message = refused(
        db,
        lambda: households.add_member(
            db, ctx, case.household.id, MemberInput(newcomer.id, "figlio", D(2026, 10, 1))
        ),
        "household_id",
    )
    assert message.startswith("Il caso del nucleo è concluso")
    refused(db, lambda: households.end_membership(db, ctx, head.id, D(2026, 10, 1)), "to_date")


def test_what_the_lifecycle_allows_goes_on(db, ctx, closed):
    case, entry = closed
    head = case.household.members[0].beneficiary_id
    notes.add_note(db, ctx, case.id, "libera", D(2026, 10, 2), "Telefonata di verifica")
    fse.record_sheet(db, ctx, replace(entry, moment="uscita", date=D(2026, 9, 30)))
    fse.record_outcome(
        db, ctx, OutcomeInput(case.id, head, D(2026, 10, 15), "ricerca_lavoro", None)
    )
    done = cases.record_follow_up(db, ctx, case.id, D(2026, 11, 20), "Vive in affitto")
    assert done.follow_up_done == D(2026, 11, 20)
    cases.reopen(db, ctx, case.id, D(2026, 11, 21), "Nuova segnalazione")
    data = cases.CaseInput(
        household_id=case.household.id, referral_date=case.referral_date, summary="Riaperto"
    )
    assert cases.update_case(db, ctx, case.id, data).summary == "Riaperto"
