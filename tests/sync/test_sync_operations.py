"""The sync core's audited writes are operations: one session, the declared role check, the
same audit entry as always; the view wrappers hand back what they changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from rts_desktop.db.operations import Operation, run_write
from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.errors import PermissionDenied
from rts_desktop.models import AuditEntry, Beneficiary, Conflict
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync.resolve import resolve_conflict
from rts_desktop.sync.view import import_bundle_file, resolve
from tests.sync.sync_helpers import enrol_all, export, make_device, send


@pytest.fixture
def pair(tmp_path):
    devs = [make_device(tmp_path, n) for n in ("Ufficio", "Laptop")]
    enrol_all(devs)
    yield devs
    for d in devs:
        d.db.close()


def _conflict(a, b) -> tuple[str, str]:
    """(conflict id, person id) of a phone edited on both laptops."""
    person = create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Amina", last_name="Diallo"), confirm_new=True
    )
    send(a, b)
    for dev, phone in ((a, "111"), (b, "222")):
        with dev.db.session(dev.ctx) as s:
            s.get(Beneficiary, person.id).phone = phone
    assert send(b, a).conflicts == 1
    return api.list_conflicts(a.db)[0].id, person.id


def _entries(dev, action: str) -> list[tuple[str, str | None]]:
    with dev.db.session(write=False) as s:
        return [
            (e.entity, e.entity_id)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action))
        ]


def test_resolving_is_an_operation_audited_on_the_record_table(pair):
    a, b = pair
    conflict_id, person_id = _conflict(a, b)
    assert isinstance(api.resolve_conflict, Operation)
    done = run_write(resolve, a.db, a.ctx, conflict_id, keep=1)
    assert done.value.id == conflict_id
    assert done.changes.touches(Aggregate.SYNC)
    assert done.changes.touches_record(Aggregate.PEOPLE, person_id)
    assert _entries(a, "resolve_conflict") == [("beneficiaries", person_id)]
    with a.db.session(write=False) as s:
        assert s.get(Conflict, conflict_id).status != "open"
        assert s.get(Beneficiary, person_id).phone == "222"


def test_a_reader_cannot_resolve_and_nothing_is_written(pair):
    a, b = pair
    conflict_id, _ = _conflict(a, b)
    reader = replace(a.ctx, role=Role.ASSISTENTE_SOCIALE)
    with pytest.raises(PermissionDenied):
        resolve_conflict(a.db, reader, conflict_id, keep=0)
    assert [c.id for c in api.list_conflicts(a.db)] == [conflict_id]
    assert _entries(a, "resolve_conflict") == []


def test_erasure_is_audited_once_and_refused_to_educators(pair):
    a, _ = pair
    person = create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Bianchi"), confirm_new=True
    )
    educator = replace(a.ctx, role=Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        api.erase_beneficiary(a.db, educator, person.id)
    assert _entries(a, "erase") == []
    done = run_write(api.erase_beneficiary, a.db, a.ctx, person.id)
    assert done.value == 1
    assert done.changes.touches_record(Aggregate.PEOPLE, person.id)
    assert _entries(a, "erase") == [("beneficiary", person.id)]
    with a.db.session(write=False) as s:
        assert s.get(Beneficiary, person.id).last_name != "Bianchi"


def test_an_import_run_as_a_write_says_everything_changed(pair):
    a, b = pair
    create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Bianchi"), confirm_new=True
    )
    bundle = export(a, b)
    heard = []
    b.db.hub.subscribe(heard.append)
    done = run_write(import_bundle_file, b.db, b.ctx, bundle)
    assert done.value.new == 2 and done.changes.everything
    assert heard == []  # kept for the caller to announce, with its initiator
    again = run_write(import_bundle_file, b.db, b.ctx, bundle)
    assert again.value.already_imported and not again.changes.everything
