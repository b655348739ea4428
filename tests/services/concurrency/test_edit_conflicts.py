"""Optimistic locking: the second save of a record changed meanwhile is an ``EditConflict``
naming who and when, with her value and theirs per field; merging and saving again lands."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import EditConflict
from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.conftest import FIXED_NOW
from tests.services.housing.test_housing import make_case


def coordinator(db, ctx, username: str, full_name: str) -> ActingContext:
    who = operators.create_operator(db, ctx, username, full_name, "coordinatore")
    return ActingContext(
        device_id=ctx.device_id, operator_id=who.id, role=Role.COORDINATORE, clock=lambda: FIXED_NOW
    )


@pytest.fixture
def anna(db, ctx):
    return coordinator(db, ctx, "anna", "Anna Rossi")


@pytest.fixture
def bruno(db, ctx):
    return coordinator(db, ctx, "bruno", "Bruno Verdi")


def case_input(case, **changes):
    base = cases.CaseInput(
        household_id=case.household.id,
        referral_date=case.referral_date,
        referral_source=case.referral_source,
        sst_municipio=case.sst_municipio,
        sst_social_worker=case.sst_social_worker,
        sst_contact=case.sst_contact,
        ethos_entry=case.ethos_entry,
        flags=tuple(case.flags),
        summary=case.summary,
    )
    return dataclasses.replace(base, **changes)


def test_second_save_names_who_when_and_both_values_then_merge_lands(db, ctx, anna, bruno):
    opened = make_case(db, ctx)  # both open the case file now
    cases.update_case(
        db, anna, opened.id, case_input(opened, summary="Di Anna", sst_municipio=3),
        expected_version=opened.version,
    )  # fmt: skip
    mine = case_input(opened, summary="Di Bruno", sst_social_worker="Dott.ssa Neri")
    with pytest.raises(EditConflict) as err:
        cases.update_case(db, bruno, opened.id, mine, expected_version=opened.version)
    conflict = err.value
    assert str(conflict) == "Modificato da Anna Rossi alle 11:00. Ricarica e riprova."  # Rome
    assert conflict.headline == "Modificato da Anna Rossi alle 11:00."
    assert conflict.by == "Anna Rossi" and conflict.at == FIXED_NOW
    clashes = {c.field: c for c in conflict.fields}
    # her summary and theirs; the municipio only Anna changed (a merge keeps hers);
    # the social worker only Bruno changed: no clash, it is simply his
    assert set(clashes) == {"summary", "sst_municipio"}
    assert (clashes["summary"].mine, clashes["summary"].theirs) == ("Di Bruno", "Di Anna")
    assert clashes["summary"].mine_changed
    assert (clashes["sst_municipio"].mine, clashes["sst_municipio"].theirs) == (None, 3)
    assert not clashes["sst_municipio"].mine_changed
    # nothing was written by the refused save
    assert cases.get_case(db, ctx, opened.id).summary == "Di Anna"
    merged = dataclasses.replace(mine, summary="Di Anna e di Bruno", sst_municipio=3)
    saved = cases.update_case(db, bruno, opened.id, merged, expected_version=conflict.version)
    assert (saved.summary, saved.sst_municipio, saved.sst_social_worker) == (
        "Di Anna e di Bruno",
        3,
        "Dott.ssa Neri",
    )


def test_person_data_conflict(db, ctx, anna, bruno):
    person = people.create_beneficiary(db, ctx, BeneficiaryInput(first_name="Ana", last_name="Pop"))
    data = BeneficiaryInput(first_name="Ana", last_name="Pop", phone="333 1111111")
    people.update_beneficiary(db, anna, person.id, data, expected_version=person.version)
    other = BeneficiaryInput(first_name="Ana", last_name="Pop", phone="333 2222222")
    with pytest.raises(EditConflict) as err:
        people.update_beneficiary(db, bruno, person.id, other, expected_version=person.version)
    (clash,) = err.value.fields
    assert clash.field == "phone" and "1111111" in clash.theirs and "2222222" in clash.mine
    assert err.value.by == "Anna Rossi"


def test_a_save_with_the_current_version_is_no_conflict(db, ctx, anna):
    opened = make_case(db, ctx)
    first = cases.update_case(
        db, anna, opened.id, case_input(opened, summary="a"), expected_version=opened.version
    )
    again = cases.update_case(
        db, anna, opened.id, case_input(opened, summary="b"), expected_version=first.version
    )
    assert again.summary == "b" and again.version != first.version
    assert dt.datetime  # typing only
