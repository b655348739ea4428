"""The FSE sheet's art. 9 answers (disability, migrant background, minority) are hidden in
lists, shown only with a reason that is logged, and never lost by a form that hid them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import fse
from rts_desktop.services.cases.fse import SheetInput
from tests.accounts import as_operator
from tests.services.cases.test_people_cases import make_case

D = dt.date


@pytest.fixture
def sheet(db, ctx):
    case = make_case(db, ctx)
    data = SheetInput(
        case_id=case.id,
        beneficiary_id=case.household.members[0].beneficiary_id,
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="disoccupato",
        disadvantages=("esclusione_abitativa", "minoranza"),
        migrant_background="si",
        disability="non_risponde",
    )
    return data, fse.record_sheet(db, ctx, data)


def test_lists_hide_the_special_answers(db, ctx, sheet):
    data, _made = sheet
    (listed,) = fse.list_sheets(db, data.case_id, ctx=ctx)
    assert listed.special_hidden
    assert (listed.migrant_background, listed.disability) == (None, None)
    assert listed.disadvantages == ("esclusione_abitativa",)  # housing is not art. 9


def test_showing_them_needs_a_reason_and_logs_it(db, ctx, sheet):
    _data, made = sheet
    with pytest.raises(ValidationError) as refused:
        fse.reveal_sheet_special(db, ctx, made.id, "  ")
    assert refused.value.field == "reason"
    shown = fse.reveal_sheet_special(db, ctx, made.id, "Compilazione della scheda FSE")
    assert (shown.migrant_background, shown.disability) == ("si", "non_risponde")
    assert set(shown.disadvantages) == {"esclusione_abitativa", "minoranza"}
    assert not shown.special_hidden
    with db.session(write=False) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "read_special")).one()
    assert (entry.entity, entry.entity_id, entry.detail) == (
        "participant_sheet",
        made.id,
        "Compilazione della scheda FSE",
    )


def test_the_social_worker_may_not_see_them(db, ctx, sheet):
    data, made = sheet
    worker = as_operator(db, ctx, Role.ASSISTENTE_SOCIALE, data.case_id, "sara")
    assert fse.list_sheets(db, data.case_id, ctx=worker)[0].special_hidden
    with pytest.raises(PermissionDenied):
        fse.reveal_sheet_special(db, worker, made.id, "curiosità")


def test_a_form_that_hid_them_leaves_them_as_they_were(db, ctx, sheet):
    data, made = sheet
    masked = dataclasses.replace(
        data,
        isced_level=3,
        disadvantages=("esclusione_abitativa", "area_rurale"),
        migrant_background=None,
        disability=None,
        special_included=False,
    )
    fse.record_sheet(db, ctx, masked, expected_version=made.version)
    shown = fse.reveal_sheet_special(db, ctx, made.id, "verifica")
    assert shown.isced_level == 3
    assert (shown.migrant_background, shown.disability) == ("si", "non_risponde")
    assert set(shown.disadvantages) == {"esclusione_abitativa", "area_rurale", "minoranza"}


def test_the_indicators_still_count_them(db, ctx, sheet):
    data, _made = sheet
    codes = fse.case_indicators(db, data.case_id, ctx=ctx)[data.beneficiary_id]
    assert "CO15" in codes  # migrant background: counted, though nobody was shown it
