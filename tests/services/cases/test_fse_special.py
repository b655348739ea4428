"""The FSE sheet's art. 9 answers (disability, migrant background, minority) are hidden in
lists, shown only with a reason that is logged, and never lost by a form that hid them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, ParticipantSheet
from rts_desktop.models.vocab import Role
from rts_desktop.reports.esf.case import case_codes
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
        minority="si",
        special_asked_on=D(2026, 2, 1),
    )
    return data, fse.record_sheet(db, ctx, data)


def test_lists_hide_the_special_answers(db, ctx, sheet):
    data, _made = sheet
    (listed,) = fse.list_sheets(db, data.case_id, ctx=ctx)
    assert listed.special_hidden
    assert (listed.migrant_background, listed.disability, listed.minority) == (None, None, None)
    assert listed.special_asked_on == D(2026, 2, 1)  # a day, not an answer
    assert listed.disadvantages == ("esclusione_abitativa",)  # housing is not art. 9


def test_showing_them_needs_a_reason_and_logs_it(db, ctx, sheet):
    _data, made = sheet
    with pytest.raises(ValidationError) as refused:
        fse.reveal_sheet_special(db, ctx, made.id, "  ")
    assert refused.value.field == "reason"
    shown = fse.reveal_sheet_special(db, ctx, made.id, "Compilazione della scheda FSE")
    assert (shown.migrant_background, shown.disability) == ("si", "non_risponde")
    assert shown.minority == "si"
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
        minority=None,
        special_asked_on=None,
        special_included=False,
    )
    fse.record_sheet(db, ctx, masked, expected_version=made.version)
    shown = fse.reveal_sheet_special(db, ctx, made.id, "verifica")
    assert shown.isced_level == 3
    assert (shown.migrant_background, shown.disability) == ("si", "non_risponde")
    assert (shown.minority, shown.special_asked_on) == ("si", D(2026, 2, 1))
    assert set(shown.disadvantages) == {"esclusione_abitativa", "area_rurale", "minoranza"}


def test_the_indicators_still_count_them(db, ctx, sheet):
    data, _made = sheet
    _mapping, found = case_codes(db, data.case_id, ctx=ctx)
    codes = found[data.beneficiary_id].codes
    assert {"EECO14", "EECO15"} <= codes  # counted, though nobody was shown them


def test_clearing_the_special_categories_clears_the_minority_too(db, ctx, sheet):
    data, made = sheet
    assert fse.clear_special_categories(db, ctx, data.beneficiary_id, "conservazione") == 1
    shown = fse.reveal_sheet_special(db, ctx, made.id, "verifica")
    assert (shown.migrant_background, shown.disability, shown.minority) == (None, None, None)
    assert shown.special_asked_on is None  # no answer left: no day either
    assert shown.disadvantages == ("esclusione_abitativa",)
    assert shown.labour_status == "disoccupato"  # the rest stays
    with db.session(write=False) as s:
        row = s.get(ParticipantSheet, made.id)
        assert (row.minority, row.special_asked_on) == (None, None)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "clear_special")).one()
    assert (entry.entity, entry.entity_id) == ("beneficiary", data.beneficiary_id)
    # nothing left to clear: nothing written, no entry
    assert fse.clear_special_categories(db, ctx, data.beneficiary_id, "conservazione") == 0


def test_retention_finds_a_sheet_with_only_the_minority_answer(db, ctx, sheet):
    from rts_desktop.services import retention

    data, made = sheet
    plain = dataclasses.replace(
        data, migrant_background=None, disability=None, disadvantages=(), minority="no"
    )
    fse.record_sheet(db, ctx, plain, expected_version=made.version)
    assert retention._with_special(db, {data.beneficiary_id}) == {data.beneficiary_id}
