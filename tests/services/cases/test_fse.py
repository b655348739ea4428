"""ESF participant sheets (entry / exit): one per moment, checked, with the months without
work and the day the art. 9 questions were asked (the indicators: tests/reports/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, Change, ParticipantSheet
from rts_desktop.services.cases import fse, people
from rts_desktop.services.cases.fse import SheetInput
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.services.cases.test_people_cases import make_case

D = dt.date


def count(db, model) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def case(db, ctx):
    return make_case(db, ctx)  # head born 4/3/1980, referral 10/1/2026


def entry_sheet(case, **changes) -> SheetInput:
    base = SheetInput(
        case_id=case.id,
        beneficiary_id=case.household.members[0].beneficiary_id,
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="disoccupato_lunga_durata",
        isced_level=2,
        household_situation="genitore_solo_con_figli",
        disadvantages=("senza_dimora",),
        migrant_background="si",
        disability="non_risponde",
        special_asked_on=D(2026, 2, 1),
        unemployed_months=14,
    )
    return replace(base, **changes)


def test_one_sheet_per_moment_is_updated_not_duplicated(db, ctx, case):
    first = fse.record_sheet(db, ctx, entry_sheet(case))
    assert first.disadvantages == ("senza_dimora",)
    again = fse.record_sheet(
        db, ctx, entry_sheet(case, isced_level=3), expected_version=first.version
    )
    assert again.id == first.id and again.isced_level == 3
    leaving = fse.record_sheet(
        db,
        ctx,
        entry_sheet(
            case,
            moment="uscita",
            date=D(2026, 11, 1),
            labour_status="occupato",
            unemployed_months=None,
        ),
    )
    assert count(db, ParticipantSheet) == 2
    assert [s.moment for s in fse.list_sheets(db, case.id)] == ["ingresso", "uscita"]
    assert leaving.labour_status == "occupato"
    with db.session(write=False) as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "participant_sheet")
        ).all()
    assert actions == ["create", "update", "create"]


BAD_SHEETS = [
    ("moment", {"moment": "durante"}),
    ("labour_status", {"labour_status": "pensionato"}),
    ("isced_level", {"isced_level": 9}),
    ("household_situation", {"household_situation": "grande"}),
    ("disadvantages", {"disadvantages": ("povero",)}),
    ("migrant_background", {"migrant_background": "forse"}),
    ("disability", {"disability": "sì"}),
    ("date", {"date": D(2026, 12, 1)}),  # future
    ("date", {"date": D(2025, 12, 1)}),  # before the referral
    ("case_id", {"case_id": "missing"}),
    ("minority", {"minority": "forse"}),
    ("unemployed_months", {"unemployed_months": -1}),
    ("unemployed_months", {"unemployed_months": 601}),
    ("unemployed_months", {"labour_status": "occupato"}),  # months only for the unemployed
    ("special_asked_on", {"special_asked_on": None}),  # an art. 9 answer has its date
    ("special_asked_on", {"special_asked_on": D(2026, 12, 1)}),  # future
    ("special_asked_on", {"special_asked_on": D(2026, 1, 9)}),  # before the referral
    ("moment", {"moment": "uscita"}),  # no entry sheet yet
]


def test_invalid_sheet_names_field_and_writes_nothing(db, ctx, case):
    before = count(db, Change)
    for field, changes in BAD_SHEETS:
        with pytest.raises(ValidationError) as err:
            fse.record_sheet(db, ctx, entry_sheet(case, **changes))
        assert err.value.field == field, changes
        assert count(db, Change) == before, changes


def test_exit_cannot_precede_entry(db, ctx, case):
    fse.record_sheet(db, ctx, entry_sheet(case))
    fse.record_sheet(db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 6, 1)))
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 1, 20)))
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, date=D(2026, 7, 1)))
    assert err.value.field == "date"
    assert count(db, Change) == before


def test_beneficiary_must_belong_to_the_case(db, ctx, case):
    other = people.create_beneficiary(db, ctx, BeneficiaryInput(first_name="Ada", last_name="Neri"))
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, beneficiary_id=other.id))
    assert err.value.field == "beneficiary_id"


def test_months_without_work_and_the_day_of_the_art9_questions(db, ctx, case):
    made = fse.record_sheet(db, ctx, entry_sheet(case, minority="no"))
    shown = fse.reveal_sheet_special(db, ctx, made.id, "verifica")
    assert (shown.unemployed_months, shown.minority) == (14, "no")
    assert shown.special_asked_on == D(2026, 2, 1)
    leaving = fse.record_sheet(
        db,
        ctx,
        entry_sheet(
            case,
            moment="uscita",
            date=D(2026, 11, 1),
            labour_status="occupato",
            unemployed_months=None,
        ),
    )
    assert leaving.unemployed_months is None


def test_the_refusals_say_what_to_do(db, ctx, case):
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, labour_status="inattivo"))
    assert err.value.message == "I mesi senza lavoro si indicano solo per chi è disoccupato."
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, special_asked_on=None))
    assert err.value.message == "Indica quando sono state poste le domande sui dati particolari."
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, special_asked_on=D(2026, 1, 5)))
    assert err.value.message == "La data precede la segnalazione (10/01/2026)."


def test_no_art9_answer_no_date(db, ctx, case):
    """Questions never asked have no day: a date sent without any answer is not kept."""
    plain = entry_sheet(case, migrant_background=None, disability=None, minority=None)
    made = fse.record_sheet(db, ctx, plain)
    assert made.special_asked_on is None
    with db.session(write=False) as s:
        assert s.get(ParticipantSheet, made.id).special_asked_on is None
    # "non risponde" is an answer: it has its day
    refused = fse.record_sheet(
        db,
        ctx,
        replace(plain, minority="non_risponde", special_asked_on=D(2026, 2, 3)),
        expected_version=made.version,
    )
    assert refused.special_asked_on == D(2026, 2, 3)
