"""Typed operations: the declared permission and audit entry, one session, Done + Changes."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from rts_desktop.db.operations import Op, operation, run_write
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.kernel.roles import COORDINATORS, Role
from rts_desktop.models import Apartment, AuditEntry


@pytest.fixture
def db(plain_db):
    """The operation mechanism on an empty database (no administrator, no audit entry yet)."""
    return plain_db


@operation("create", "apartment", allowed=COORDINATORS)
def add_apartment(op: Op, code: str, *, fail: bool = False) -> str:
    apartment = Apartment(code=code, address="Via Padova 1", floor="1", municipio=2)
    op.s.add(apartment)
    op.s.flush()
    op.audit(apartment.id, "prova")
    if fail:
        raise ValidationError("code", "no")
    return apartment.id


@operation("create", "apartment")
def forgets_its_audit(op: Op) -> None:
    op.s.add(Apartment(code="ALL-9", address="Via Padova 1", floor="1", municipio=2))


def audits(db):
    with db.session(write=False) as s:
        return [(a.action, a.entity, a.entity_id, a.detail) for a in s.scalars(select(AuditEntry))]


def test_a_call_writes_once_audits_once_and_tells_the_hub(db, ctx):
    heard: list[Changes] = []
    db.hub.subscribe(heard.append)
    apartment_id = add_apartment(db, ctx, "ALL-1")
    assert audits(db) == [("create", "apartment", apartment_id, "prova")]
    assert [h.ids_of(Aggregate.APARTMENTS) for h in heard] == [{apartment_id}]


def test_run_returns_the_changes_instead_of_announcing_them(db, ctx):
    heard: list[Changes] = []
    db.hub.subscribe(heard.append)
    done = add_apartment.run(db, ctx, "ALL-2")
    assert heard == []
    assert done.changes.ids_of(Aggregate.APARTMENTS) == {done.value}
    assert done.changes.touches(Aggregate.AUDIT)


def test_the_declared_roles_are_checked_before_anything_is_written(db, ctx):
    educator = dataclasses.replace(ctx, role=Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        add_apartment(db, educator, "ALL-3")
    assert audits(db) == []


def test_an_error_in_the_body_leaves_nothing_behind(db, ctx):
    with pytest.raises(ValidationError):
        add_apartment.run(db, ctx, "ALL-4", fail=True)
    assert audits(db) == []
    with db.session(write=False) as s:
        assert s.scalars(select(Apartment)).all() == []


def test_a_write_without_its_audit_entry_is_refused(db, ctx):
    with pytest.raises(RuntimeError, match="audit"):
        forgets_its_audit(db, ctx)
    with db.session(write=False) as s:
        assert s.scalars(select(Apartment)).all() == []


def test_run_write_collects_every_session_of_a_plain_function(db, ctx):
    def two_writes(db, ctx):
        return [add_apartment(db, ctx, "ALL-5"), add_apartment(db, ctx, "ALL-6")]

    done = run_write(two_writes, db, ctx)
    assert done.changes.ids_of(Aggregate.APARTMENTS) == set(done.value)
    assert add_apartment.__name__ == "add_apartment"
    assert "create apartment" in repr(add_apartment)


@operation("tidy", "apartment")
def tidy(op: Op, code: str | None = None) -> None:
    if code is not None:
        op.s.add(Apartment(code=code, address="Via Padova 1", floor="1", municipio=2))
    op.nothing_changed()


def test_a_run_that_writes_nothing_owes_no_audit_entry(db, ctx):
    assert tidy.run(db, ctx).changes == Changes()
    assert audits(db) == []


def test_saying_nothing_changed_after_a_write_is_refused(db, ctx):
    with pytest.raises(RuntimeError, match="without audit"):
        tidy(db, ctx, "ALL-7")
    with db.session(write=False) as s:
        assert s.scalars(select(Apartment)).all() == []
