"""Consents and the privacy notice: recorded with dates, revoked, renewed; the Scadenze
panel names those to ask again; an erased person's consents go with her."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from rts_desktop.kernel.errors import NotFound, PermissionDenied, ValidationError
from rts_desktop.models.vocab import Role
from rts_desktop.services import deadlines
from rts_desktop.services.cases import consents
from rts_desktop.sync import api
from tests.accounts import as_operator
from tests.services.cases.test_people_cases import make_case

D = dt.date
TODAY = D(2026, 11, 25)  # the ctx fixture's day


@pytest.fixture
def person(db, ctx):
    case = make_case(db, ctx)
    return case, case.household.members[0].beneficiary_id


def test_record_validate_withdraw_and_list(db, ctx, person):
    _case, pid = person
    with pytest.raises(ValidationError) as bad:
        consents.record_consent(db, ctx, pid, "informativa", D(2026, 12, 24))
    assert bad.value.field == "given_on"
    with pytest.raises(ValidationError) as bad:
        consents.record_consent(db, ctx, pid, "informativa", D(2026, 1, 1), D(2025, 1, 1))
    assert bad.value.field == "expires_on"
    with pytest.raises(ValidationError) as bad:
        consents.record_consent(db, ctx, pid, "qualcosa", D(2026, 1, 1))
    assert bad.value.field == "kind"
    notice = consents.record_consent(db, ctx, pid, "informativa", D(2026, 1, 10))
    special = consents.record_consent(
        db, ctx, pid, "dati_particolari", D(2026, 2, 1), D(2027, 2, 1), "firmato"
    )
    assert notice.in_force(TODAY) and special.in_force(TODAY)
    gone = consents.withdraw_consent(db, ctx, special.id, D(2026, 11, 20))
    assert gone.withdrawn_on == D(2026, 11, 20) and not gone.in_force(TODAY)
    with pytest.raises(ValidationError):
        consents.withdraw_consent(db, ctx, special.id)
    listed = consents.list_consents(db, pid, ctx=ctx)
    assert [c.kind for c in listed] == ["dati_particolari", "informativa"]


def test_expiring_consents_are_deadlines_until_renewed(db, ctx, person):
    case, pid = person
    old = consents.record_consent(db, ctx, pid, "condivisione_sst", D(2025, 12, 1), D(2026, 12, 10))
    due = deadlines.upcoming(db, TODAY, ctx=ctx)
    (item,) = [d for d in due if d.kind == "consenso"]
    assert (item.due, item.case_id) == (old.expires_on, case.id)
    assert "condivisione con il servizio sociale" in item.description
    consents.record_consent(db, ctx, pid, "condivisione_sst", D(2026, 11, 24), D(2027, 11, 24))
    assert [d for d in deadlines.upcoming(db, TODAY, ctx=ctx) if d.kind == "consenso"] == []


def test_only_who_sees_the_person_reads_or_writes_them(db, ctx, person):
    case, pid = person
    consents.record_consent(db, ctx, pid, "informativa", D(2026, 1, 10))
    stranger = as_operator(db, ctx, Role.EDUCATORE, None, "ugo")
    with pytest.raises(NotFound):
        consents.list_consents(db, pid, ctx=stranger)
    with pytest.raises(NotFound):
        consents.record_consent(db, stranger, pid, "immagini", D(2026, 1, 10))
    worker = as_operator(db, ctx, Role.ASSISTENTE_SOCIALE, case.id, "sara")
    assert len(consents.list_consents(db, pid, ctx=worker)) == 1
    with pytest.raises(PermissionDenied):
        consents.record_consent(db, worker, pid, "immagini", D(2026, 1, 10))


def test_an_erased_person_leaves_no_consent_behind(db, ctx, person):
    _case, pid = person
    consents.record_consent(db, ctx, pid, "informativa", D(2026, 1, 10), notes="Nota privata")
    api.erase_beneficiary(db, replace(ctx, role=Role.COORDINATORE), pid, reason="richiesta")
    with db.session(write=False) as s:
        from rts_desktop.models import Consent

        rows = list(s.query(Consent))
    assert all(r.notes in (None, "") for r in rows)
