"""Force-applying held changes: the merge stays order-independent, knowledge stays gap-free."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.cli import main
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import Beneficiary, Change, Device, PendingChange
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from tests.sync.sync_helpers import (
    NOW,
    canonical,
    export,
    open_conflicts,
    protect,
    rows,
    send,
    vector,
)


def edit(dev, pid, **kw):
    with dev.db.session(dev.ctx) as s:
        obj = s.get(Beneficiary, pid)
        for k, v in kw.items():
            setattr(obj, k, v)


def last_seq(dev) -> int:
    with dev.db.session(write=False) as s:
        return s.scalar(select(func.max(Change.seq)).where(Change.origin_device == dev.id))


def export_since(src, dst, seq: int, tag: str):
    """A bundle carrying only ``src``'s changes after ``seq`` (as if ``dst`` knew up to it)."""
    with src.db.session(src.ctx) as s:
        s.get(Device, dst.id).known_vector = json.dumps({src.id: seq})
    return export(src, dst, tag=tag)


def count(dev, model) -> int:
    with dev.db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def phone(dev, pid) -> str | None:
    with dev.db.session(write=False) as s:
        return s.get(Beneficiary, pid).phone


def later(dev, days: int):
    return replace(dev.ctx, clock=lambda: NOW + dt.timedelta(days=days))


@pytest.fixture
def held(trio):
    """b knows a's person, then receives a's third bundle before the second: one held."""
    a, b, c = trio
    p = create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Amina", last_name="Diallo"), confirm_new=True
    )
    send(a, b)
    base = last_seq(a)
    edit(a, p.id, phone="111", email="amina@example.org")
    two = export_since(a, b, base, "2")
    edit(a, p.id, phone="222")
    three = export_since(a, b, base + 1, "3")
    report = api.import_bundle(b.db, b.ctx, three)
    assert report.pending == 1 and count(b, PendingChange) == 1
    return a, b, c, p, base, two


def test_force_apply_then_missing_change_equals_in_order(held):
    a, b, c, p, base, two = held
    report = api.force_apply_pending(b.db, later(b, 8), older_than_days=7)
    assert (report.applied, report.conflicts, report.still_waiting) == (1, 0, 0)
    assert phone(b, p.id) == "222"
    assert vector(b.db)[a.id] == base  # knowledge not moved past the gap
    assert api.sync_status(b.db).pending == 0

    assert api.import_bundle(b.db, b.ctx, two).pending == 0
    assert vector(b.db)[a.id] == last_seq(a) == base + 2  # moved over the forced change too
    api.import_bundle(c.db, c.ctx, export(a, c))  # c gets everything in order
    mine = {k: v for k, v in rows(b.db).items() if k != "audit_entries"}
    theirs = {k: v for k, v in rows(c.db).items() if k != "audit_entries"}
    assert mine == theirs and open_conflicts(b.db) == open_conflicts(c.db) == []
    with b.db.session(write=False) as s:
        person = s.get(Beneficiary, p.id)
        assert (person.phone, person.email) == ("222", "amina@example.org")

    # a's next change applies at once: nothing is waiting any more
    edit(a, p.id, phone="333")
    again = send(a, b)
    assert again.pending == 0 and phone(b, p.id) == "333"
    assert vector(b.db)[a.id] == last_seq(a)


def test_recent_pending_changes_are_not_force_applied(held):
    a, b, _, p, base, _ = held
    before = canonical(b.db)
    report = api.force_apply_pending(b.db, later(b, 3), older_than_days=7)
    assert (report.applied, report.still_waiting) == (0, 1)
    assert canonical(b.db) == before and phone(b, p.id) is None
    assert count(b, PendingChange) == 1 and vector(b.db)[a.id] == base


def test_educator_is_refused_and_nothing_changes(held):
    _, b, _, _, _, _ = held
    before = (canonical(b.db), count(b, Change), count(b, PendingChange))
    educator = replace(later(b, 30), role=Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        api.force_apply_pending(b.db, educator, older_than_days=7)
    assert (canonical(b.db), count(b, Change), count(b, PendingChange)) == before


def test_negative_days_are_refused(held):
    _, b, _, _, _, _ = held
    with pytest.raises(ValidationError) as err:
        api.force_apply_pending(b.db, b.ctx, older_than_days=-1)
    assert err.value.field == "older_than_days" and count(b, PendingChange) == 1


def test_edit_of_a_record_never_seen_keeps_waiting(trio):
    a, b, _ = trio
    p = create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Rossi"), confirm_new=True
    )
    base = last_seq(a)
    first = export_since(a, b, 0, "1")
    edit(a, p.id, phone="111")
    api.import_bundle(b.db, b.ctx, export_since(a, b, base, "2"))
    changes = count(b, Change)
    report = api.force_apply_pending(b.db, later(b, 30), older_than_days=7)
    assert (report.applied, report.still_waiting) == (0, 1) and count(b, Change) == changes
    api.import_bundle(b.db, b.ctx, first)
    assert count(b, PendingChange) == 0 and phone(b, p.id) == "111"
    assert vector(b.db)[a.id] == last_seq(a)


def test_cli_force_pending(held, capsys):
    _, b, _, p, _, _ = held
    path = str(protect(b))
    assert main(["sync-force-pending", "--db", path, "--days", "-1"]) == 2
    _, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and count(b, PendingChange) == 1
    with b.db.session(b.ctx) as s:  # the CLI uses the real clock: age the held change
        for held_change in s.scalars(select(PendingChange)):
            held_change.received_at = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert main(["sync-force-pending", "--db", path, "--json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == {"applied": 1, "conflicts": 0, "still_waiting": 0}
    assert phone(b, p.id) == "222"
