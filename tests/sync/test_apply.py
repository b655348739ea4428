"""Applying changes: idempotence, gaps, per-field merge, conflicts, deletes, relays, clocks."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from rts_desktop.models import Beneficiary, Change, Identifier, PendingChange
from rts_desktop.services.cases.people import add_identifier
from rts_desktop.sync import api
from tests.sync.sync_helpers import (
    canonical,
    dangling,
    enrol_all,
    export,
    make_device,
    open_conflicts,
    person,
    rows,
    send,
    vector,
)


def edit(dev, pid, **kw):
    with dev.db.session(dev.ctx) as s:
        obj = s.get(Beneficiary, pid)
        for k, v in kw.items():
            setattr(obj, k, v)


def count(dev, model):
    with dev.db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_twice_changes_nothing(trio):
    a, b, _ = trio
    person(a)
    path = export(a, b)
    first = api.import_bundle(b.db, b.ctx, path)
    assert first.new == 2 and not first.already_imported
    before = canonical(b.db)
    again = api.import_bundle(b.db, b.ctx, path)
    assert again.already_imported and canonical(b.db) == before


def test_gap_is_held_pending_then_equals_in_order(trio, tmp_path):
    a, b, c = trio
    p = person(a)
    one = export(a, b, tag="1")
    edit(a, p.id, phone="111")
    # a bundle "since" the first one: only the second change
    with a.db.session(write=False) as s:
        last = s.scalar(select(func.max(Change.seq)))
    with a.db.session(a.ctx) as s:
        from rts_desktop.models import Device

        s.get(Device, b.id).known_vector = json.dumps({a.id: last - 1})
    two = export(a, b, tag="2")
    report = api.import_bundle(b.db, b.ctx, two)
    assert report.pending == 1 and report.new == 0
    status = api.sync_status(b.db)
    assert status.pending == 1 and status.waiting_for[0].device_name == "a"
    api.import_bundle(b.db, b.ctx, one)
    assert count(b, PendingChange) == 0
    api.import_bundle(c.db, c.ctx, export(a, c))
    assert rows(b.db) == rows(c.db) == rows(a.db)


def test_same_field_on_two_devices_is_one_conflict_with_the_same_interim_value(trio):
    a, b, _ = trio
    p = person(a)
    send(a, b)
    edit(a, p.id, phone="111")
    edit(b, p.id, phone="222")
    assert send(a, b).conflicts == 1
    assert send(b, a).conflicts == 1
    assert canonical(a.db) == canonical(b.db)
    (conflict,) = api.list_conflicts(a.db)
    assert conflict.field == "phone"
    assert {c.value for c in conflict.candidates} == {"111", "222"}
    shown = rows(a.db)["beneficiaries"][0]["phone"]
    assert shown == conflict.candidates[conflict.interim].value


def test_different_fields_merge_without_conflict(trio):
    a, b, _ = trio
    p = person(a)
    send(a, b)
    edit(a, p.id, phone="111")
    edit(b, p.id, email="x@example.org")
    send(a, b)
    send(b, a)
    assert open_conflicts(a.db) == open_conflicts(b.db) == []
    for dev in (a, b):
        row = rows(dev.db)["beneficiaries"][0]
        assert (row["phone"], row["email"]) == ("111", "x@example.org")
    assert canonical(a.db) == canonical(b.db)


@pytest.mark.parametrize("delete_first", [True, False])
@pytest.mark.parametrize("keep_op", ["delete", "update"])
def test_delete_vs_edit_is_a_conflict_whose_resolution_syncs(trio, delete_first, keep_op):
    a, b, c = trio
    p = person(a)
    ident = add_identifier(a.db, a.ctx, p.id, "passaporto", "AB123")
    send(a, b)
    send(a, c)
    with a.db.session(a.ctx) as s:
        s.delete(s.get(Identifier, ident.id))
    with b.db.session(b.ctx) as s:
        s.get(Identifier, ident.id).issued_by = "Questura"
    first, second = (a, b) if delete_first else (b, a)
    send(first, second)
    send(second, first)
    assert canonical(a.db) == canonical(b.db)
    (conflict,) = api.list_conflicts(a.db)
    assert conflict.field is None
    assert count(a, Identifier) == 1  # never a silent delete
    index = next(i for i, cand in enumerate(conflict.candidates) if cand.op == keep_op)
    api.resolve_conflict(a.db, a.ctx, conflict.id, keep=index)
    send(a, b)
    send(b, c)
    for dev in (a, b, c):
        assert api.list_conflicts(dev.db) == []
        assert count(dev, Identifier) == (0 if keep_op == "delete" else 1)
    assert canonical(a.db) == canonical(b.db) == canonical(c.db)


def test_child_of_a_parent_deleted_elsewhere_is_a_conflict(trio):
    a, b, _ = trio
    p = person(a, first="Solo")
    send(a, b)
    with a.db.session(a.ctx) as s:
        s.delete(s.get(Beneficiary, p.id))
    add_identifier(b.db, b.ctx, p.id, "passaporto", "ZZ999")
    send(a, b)  # the delete arrives where a child now points at the person
    send(b, a)  # the child arrives where the person was deleted
    for dev in (a, b):
        assert count(dev, Beneficiary) == 1 and count(dev, Identifier) == 1
        (conflict,) = api.list_conflicts(dev.db)
        assert conflict.field is None
        assert dangling(dev.db) == set()
    assert canonical(a.db) == canonical(b.db)


def test_children_before_parents_in_one_bundle(trio):
    a, b, c = trio
    # the relayed file is sorted by origin: make the child's origin sort first
    parent_dev, child_dev = (a, b) if a.id > b.id else (b, a)
    p = person(parent_dev)
    send(parent_dev, child_dev)
    add_identifier(child_dev.db, child_dev.ctx, p.id, "passaporto", "CH1")
    path = export(child_dev, c)
    report = api.import_bundle(c.db, c.ctx, path)
    assert report.pending == 0 and count(c, Identifier) == 1
    assert rows(c.db) == rows(child_dev.db)


def test_relay_a_to_b_to_c_then_c_to_a_adds_nothing(trio):
    a, b, c = trio
    person(a)
    send(a, b)
    send(b, c)
    assert rows(c.db) == rows(a.db)
    with a.db.session(write=False) as s:
        before = s.scalar(select(func.count()).select_from(Change))
    report = send(c, a)
    assert report.new == 0 and report.updated == 0
    with a.db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Change)) == before
    assert vector(a.db) == vector(b.db) == vector(c.db)


def test_clock_set_back_keeps_hlc_increasing_and_winners_agreeing(trio):
    a, b, _ = trio
    p = person(a)
    send(a, b)
    b_late = replace(b, ctx=replace(b.ctx, clock=lambda: b.ctx.now() - dt.timedelta(days=1)))
    edit(a, p.id, phone="111")
    send(a, b)
    edit(b_late, p.id, phone="222")  # written after seeing a's edit, with a clock one day back
    send(b, a)
    with b.db.session(write=False) as s:
        hlcs = [
            h
            for (h,) in s.execute(
                select(Change.hlc).where(Change.origin_device == b.id).order_by(Change.seq)
            )
        ]
    assert hlcs == sorted(hlcs)
    assert open_conflicts(a.db) == []  # b had seen a's edit: no conflict, b's value wins
    assert (
        rows(a.db)["beneficiaries"][0]["phone"] == rows(b.db)["beneficiaries"][0]["phone"] == "222"
    )


def test_divergence_is_reported(trio):
    a, b, _ = trio
    person(a)
    send(a, b)
    send(b, a)
    with b.db.engine.begin() as conn:
        conn.execute(text("UPDATE beneficiaries SET phone = 'corrotto'"))
    report = send(a, b)
    assert report.divergence == ("beneficiaries",)


def test_five_way_conflict_keeps_every_value(tmp_path):
    devs = [make_device(tmp_path, f"d{i}") for i in range(5)]
    enrol_all(devs)
    p = person(devs[0])
    for d in devs[1:]:
        send(devs[0], d)
    for i, d in enumerate(devs):
        edit(d, p.id, phone=f"33300000{i}")
    for src, dst in itertools.permutations(devs, 2):
        send(src, dst)
    (conflict,) = api.list_conflicts(devs[0].db)
    assert sorted(c.value for c in conflict.candidates) == [f"33300000{i}" for i in range(5)]
    assert len({canonical(d.db) for d in devs}) == 1
    for d in devs:
        d.db.close()


def test_any_order_of_the_same_bundles_gives_the_same_state(tmp_path):
    base = [make_device(tmp_path / "src", n) for n in ("a", "b", "c")]
    enrol_all(base)
    a, b, c = base
    p = person(a)
    send(a, b)
    send(a, c)
    edit(a, p.id, phone="1")
    edit(b, p.id, phone="2", email="b@example.org")
    person(c, first="Luca", last="Verdi")
    edit(c, p.id, notes="nota")
    results = set()
    for perm in itertools.permutations([a, b, c]):
        target = make_device(tmp_path / "t", "x" + "".join(d.name for d in perm))
        enrol_all([target])
        for d in base:
            api.enrol_device(target.db, target.ctx, api.enrolment_code(d.db))
            api.enrol_device(d.db, d.ctx, api.enrolment_code(target.db))
        paths = [export(d, target) for d in perm]
        for path in paths:
            api.import_bundle(target.db, target.ctx, path)
        results.add(json.dumps([rows(target.db), open_conflicts(target.db)], default=str))
        target.db.close()
    assert len(results) == 1
    for d in base:
        d.db.close()
