"""Change capture details: the frozen sync schema, HLC order, deletes and append-only tables."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from rts_desktop.db import hlc
from rts_desktop.db.capture import SYNC_SCHEMA_VERSION, sync_schema
from rts_desktop.kernel.config import resources_dir
from rts_desktop.models import Change, Device, Note, Operator, Tombstone


@pytest.fixture
def db(plain_db):
    """The operation mechanism on an empty database (no administrator, no audit entry yet)."""
    return plain_db


def test_sync_schema_is_frozen():
    """Renaming or dropping a synced field needs a new sync schema version, not a refactor."""
    saved = json.loads((resources_dir() / "sync" / "schema-1.json").read_text(encoding="utf-8"))
    assert saved["version"] == SYNC_SCHEMA_VERSION
    current = sync_schema()
    for table, fields in saved["tables"].items():
        assert table in current, f"synced table {table} disappeared"
        missing = set(fields) - set(current[table])
        assert not missing, f"{table}: synced fields {missing} disappeared"


def test_hlc_never_goes_backwards_when_the_clock_does():
    state = hlc.HlcState(0, 0)
    stamps = []
    for now in [1_000, 2_000, 500, 500, 2_000, 3_000]:  # the clock jumps back
        state = hlc.tick(state, now)
        stamps.append(hlc.format_hlc(state, "dev"))
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    merged = hlc.receive(state, hlc.HlcState(10_000, 7), 3_500)
    assert merged == hlc.HlcState(10_000, 8)


def test_clock_set_back_still_gives_increasing_hlc(db, ctx):
    from dataclasses import replace

    from rts_desktop.services.operators import create_operator

    create_operator(db, ctx, "anna.bianchi", "Anna Bianchi", "educatore")
    earlier = replace(ctx, clock=lambda: ctx.now() - dt.timedelta(days=1))
    create_operator(db, earlier, "luca.verdi", "Luca Verdi", "educatore")
    with db.session(write=False) as s:
        rows = s.execute(select(Change.seq, Change.hlc).order_by(Change.seq)).all()
    assert [h for _, h in rows] == sorted(h for _, h in rows)


def test_delete_records_old_values_and_a_tombstone(db, ctx):
    from rts_desktop.services.cases.people import (
        BeneficiaryInput,
        add_identifier,
        create_beneficiary,
        remove_identifier,
    )

    person = create_beneficiary(db, ctx, BeneficiaryInput(first_name="Amina", last_name="Diallo"))
    ident = add_identifier(db, ctx, person.id, "passaporto", "sn1234567")
    remove_identifier(db, ctx, ident.id)
    with db.session(write=False) as s:
        change = s.scalars(select(Change).where(Change.op == "delete")).one()
        assert json.loads(change.old)["value"] == "SN1234567"
        inserted = s.scalars(
            select(Change.change_id).where(Change.record_id == ident.id, Change.op == "insert")
        ).one()
        assert change.base_version == inserted
        assert s.get(Tombstone, ("identifiers", ident.id)).change_id == change.change_id


def test_append_only_rows_cannot_be_edited(db, ctx):
    with db.session(ctx) as s:
        op = Operator(username="x", full_name="X", role="educatore", active=True)
        s.add(op)
    from rts_desktop.services.cases.case import CaseInput, create_case
    from rts_desktop.services.cases.households import MemberInput, create_household
    from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

    p = create_beneficiary(db, ctx, BeneficiaryInput(first_name="A", last_name="B"))
    h = create_household(
        db, ctx, "N", [MemberInput(p.id, "capofamiglia", dt.date(2026, 1, 1), True)]
    )
    c = create_case(db, ctx, CaseInput(household_id=h.id, referral_date=dt.date(2026, 1, 2)))
    with db.session(ctx) as s:
        note = Note(
            case_id=c.id, kind="libera", date=dt.date(2026, 1, 2), text="x", written_at=ctx.now()
        )
        s.add(note)
    with pytest.raises(RuntimeError, match="append-only"), db.session(ctx) as s:
        s.get(Note, note.id).text = "changed"


def test_writes_outside_a_context_are_refused(db):
    with pytest.raises(RuntimeError, match="outside a service"), db.session(None) as s:
        s.add(Operator(username="x", full_name="X", role="educatore", active=True))
    with db.session(write=False) as s:
        assert s.scalar(select(Device.last_seq)) == 0


def test_enrolment_file_keeps_spaces_in_the_device_name(tmp_path):
    import json as _json

    from rts_desktop.db import init_database
    from rts_desktop.sync import devices

    db = init_database(f"sqlite:///{tmp_path / 'a.db'}", device_name="Laptop Quarto Oggiaro")
    from rts_desktop.sync import api

    code = api.enrolment_code(db)
    data = devices.parse_enrolment(code)
    assert data["name"] == "Laptop Quarto Oggiaro"
    as_file = tmp_path / "laptop.json"
    as_file.write_text(_json.dumps(data, indent=2), encoding="utf-8")
    assert devices.parse_enrolment(as_file)["name"] == "Laptop Quarto Oggiaro"
    broken = code[:20] + "\n  " + code[20:]
    assert devices.parse_enrolment(broken)["name"] == "Laptop Quarto Oggiaro"
    db.close()
