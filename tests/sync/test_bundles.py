"""Bundle files: snapshots, passphrases, attachments, damaged or tampered files, schemas, erasure."""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import BundleError, ValidationError
from rts_desktop.models import Change, Identifier
from rts_desktop.services.cases.documents import attach_document, blob_path
from rts_desktop.services.cases.people import add_identifier
from rts_desktop.sync import api, validate
from tests.sync.sync_helpers import (
    canonical,
    db_digest,
    dump_text,
    enrol_all,
    export,
    forge,
    make_device,
    person,
    rows,
    send,
    vector,
)


def changes(dev):
    with dev.db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(Change))


def test_new_laptop_enrols_from_a_snapshot_then_syncs_both_ways(trio, tmp_path):
    a, b, _ = trio
    p = person(a)
    add_identifier(a.db, a.ctx, p.id, "passaporto", "AB1")
    send(a, b)
    new = make_device(tmp_path, "nuovo")
    enrol_all([a, new])
    report = send(a, new, snapshot=True)
    assert report.kind == "snapshot" and report.new == sum(len(v) for v in rows(a.db).values())
    assert rows(new.db) == rows(a.db) and vector(new.db) == vector(a.db)
    person(new, first="Luca", last="Verdi")
    send(new, a)
    assert rows(new.db) == rows(a.db)
    with pytest.raises(BundleError, match="modifiche che il pacchetto completo non contiene"):
        _snapshot_over_local_work(a, new)


def _snapshot_over_local_work(a, new):
    person(new, first="Solo", last="Qui")
    return send(a, new, snapshot=True)


def test_passphrase_bundle(trio):
    a, b, _ = trio
    person(a)
    out = api.export_bundle(
        a.db,
        a.ctx,
        a.folder / "emergenza",
        snapshot=False,
        for_device=b.id,
        passphrase="parola-segreta-lunga",
    )
    assert out.path.suffix == ".rtsbundle"
    with pytest.raises(BundleError, match="protetto da password"):
        api.import_bundle(b.db, b.ctx, out.path)
    with pytest.raises(BundleError, match="Password del pacchetto errata"):
        api.import_bundle(b.db, b.ctx, out.path, passphrase="sbagliata-lunga")
    assert api.import_bundle(b.db, b.ctx, out.path, passphrase="parola-segreta-lunga").new == 2


def test_attachments_travel_with_their_documents(trio):
    a, b, c = trio
    p = person(a)
    doc = attach_document(
        a.db,
        a.ctx,
        doc_type="carta_identita",
        title="CI",
        source=b"%PDF-1.4 ci",
        filename="ci.pdf",
        beneficiary_id=p.id,
    )
    report = send(a, b)
    assert report.attachments == 1
    assert blob_path(b.db.files_dir, doc.sha256).read_bytes() == b"%PDF-1.4 ci"
    send(b, c)  # relayed
    assert blob_path(c.db.files_dir, doc.sha256).is_file()
    assert not list((c.db.files_dir / "tmp").iterdir())


def test_unknown_and_revoked_devices_are_refused(trio, tmp_path):
    a, b, _ = trio
    stranger = make_device(tmp_path, "estraneo")
    api.enrol_device(stranger.db, stranger.ctx, api.enrolment_code(b.db))
    person(stranger)
    path = export(stranger, b)
    with pytest.raises(BundleError, match="non registrato"):
        api.import_bundle(b.db, b.ctx, path)
    person(a)
    path = export(a, b)
    api.revoke_device(b.db, b.ctx, a.id)
    with pytest.raises(BundleError, match="revocato"):
        api.import_bundle(b.db, b.ctx, path)
    with pytest.raises(ValidationError) as err:
        api.enrol_device(b.db, b.ctx, "RTS1-nonvalido")
    assert err.value.field == "code"
    assert next(d.name for d in api.list_devices(b.db)) == "b"


def _assert_refused(dev, data, match, good):
    before = db_digest(dev)
    path = dev.folder / "bad.rtsbundle"
    path.write_bytes(data)
    with pytest.raises(BundleError, match=match):
        api.import_bundle(dev.db, dev.ctx, path)
    assert db_digest(dev) == before
    assert path.read_bytes() == data  # the file is kept as it was
    return good


def test_damaged_and_tampered_bundles_leave_everything_untouched(trio):
    a, b, c = trio
    p = person(a, phone="3331112222")
    attach_document(
        a.db,
        a.ctx,
        doc_type="altro",
        title="x",
        source=b"allegato",
        filename="x.txt",
        beneficiary_id=p.id,
    )
    good = export(a, b)
    data = good.read_bytes()
    rng = random.Random(7)
    for cut in [*sorted(rng.sample(range(1, len(data) - 1), 12)), len(data) - 1, 30]:
        _assert_refused(b, data[:cut], "danneggiato|non è un pacchetto", good)
    for pos in rng.sample(range(len(data)), 8):
        flipped = bytearray(data)
        flipped[pos] ^= 0x10
        _assert_refused(
            b, bytes(flipped), "danneggiato|non è un pacchetto|chiave|non è destinato", good
        )
    _assert_refused(b, export(a, c).read_bytes(), "non è destinato a questo portatile", good)
    _assert_refused(b, forge(a, b, signer=c), "Firma del pacchetto non valida", good)

    def tamper(members):
        members["changes.jsonl"] = members["changes.jsonl"].replace(b"3331112222", b"3339999999")
        return members

    _assert_refused(
        b, forge(a, b, edit_members=tamper, resign=False), "non corrisponde al manifest", good
    )
    report = api.import_bundle(b.db, b.ctx, good)
    assert report.new > 0 and rows(b.db) == rows(a.db)


def test_schema_newer_major_refused_and_kept_older_upcast_unknown_fields_round_trip(
    trio, monkeypatch
):
    a, b, c = trio
    p = person(a)
    newer = forge(
        a, b, edit_manifest=lambda m: m.update(sync_schema_version="2.0", app_version="3.1.0")
    )
    _assert_refused(b, newer, r"aggiorna l'applicazione alla versione ≥ 3.1.0", None)

    monkeypatch.setitem(validate.UPCASTERS, 0, lambda obj: obj)
    older = forge(a, b, edit_manifest=lambda m: m.update(sync_schema_version="0.9"))
    path = b.folder / "older.rtsbundle"
    path.write_bytes(older)
    assert api.import_bundle(b.db, b.ctx, path).new == 2

    def with_new_field(members):
        lines = [json.loads(x) for x in members["changes.jsonl"].decode().splitlines()]
        for line in lines:
            if line["table_name"] == "beneficiaries":
                line["fields"]["soprannome"] = "Mina"
        members["changes.jsonl"] = "".join(json.dumps(x) + "\n" for x in lines).encode()
        return members

    fresh = make_device(b.folder.parent, "fresco")
    enrol_all([a, fresh, c])
    minor = forge(
        a,
        fresh,
        edit_members=with_new_field,
        edit_manifest=lambda m: m.update(sync_schema_version="1.7"),
    )
    path = fresh.folder / "minor.rtsbundle"
    path.write_bytes(minor)
    api.import_bundle(fresh.db, fresh.ctx, path)
    assert rows(fresh.db)["beneficiaries"][0]["first_name"] == p.first_name
    send(fresh, c)  # relayed: the unknown field travels on
    with c.db.session(write=False) as s:
        stored = s.scalar(
            select(Change.fields).where(Change.record_id == p.id, Change.op == "insert")
        )
    assert json.loads(stored)["soprannome"] == "Mina"


SECRETS = ["Zeynep", "Kaya", "diabete", "YK12345", "3471234567", "referto-segreto"]


def _dump_text(dev) -> str:
    return dump_text(dev.db)


def test_erasure_purges_everywhere_and_old_bundles_do_not_bring_data_back(trio, tmp_path):
    a, b, c = trio
    d = make_device(tmp_path, "d")
    enrol_all([a, b, c, d])
    p = person(a, first="Zeynep", last="Kaya", phone="3471234567", health_notes="diabete")
    add_identifier(a.db, a.ctx, p.id, "passaporto", "YK12345")
    doc = attach_document(
        a.db,
        a.ctx,
        doc_type="altro",
        title="referto-segreto",
        source=b"dati",
        filename="r.txt",
        beneficiary_id=p.id,
    )
    old_for_d = export(a, d)  # prepared before the erasure, imported after
    send(a, b)
    send(a, c)
    with c.db.session(c.ctx) as s:  # a concurrent edit that arrives after the erasure
        s.get(Identifier, s.scalars(select(Identifier.id)).one()).issued_by = "Questura Kaya"
    assert api.erase_beneficiary(b.db, b.ctx, p.id) == 3
    for src, dst in [(b, a), (b, c), (b, d), (c, a), (c, b), (a, b), (a, c), (b, d), (c, d)]:
        send(src, dst)
    api.import_bundle(d.db, d.ctx, old_for_d)
    for dev in (a, b, c, d):
        text = _dump_text(dev)
        assert not [s for s in SECRETS if s in text], dev.name
        assert not blob_path(dev.db.files_dir, doc.sha256).exists()
    assert canonical(a.db) == canonical(b.db) == canonical(c.db) == canonical(d.db)
    with pytest.raises(ValidationError):
        api.erase_beneficiary(a.db, a.ctx, p.id)
