"""Raw bytes: with a data key, no personal value (nor the key) is on disk in the clear.

A distinctive name, a codice fiscale, a note and an attachment are written to an encrypted
database, a complete backup is made and the files are scanned byte by byte: the database,
its WAL and shared memory, the backups, the attachment store and its temporary folder,
and the temporary folder of the process.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

from rts_desktop.cli import admin
from rts_desktop.db import Database, init_database
from rts_desktop.demo.people import codice_fiscale
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import documents, households, notes
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its key and key file

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
FIRST, LAST = "Quintiliano", "Zappacostantini"
BIRTH = dt.date(1979, 4, 23)
CF = codice_fiscale(FIRST, LAST, BIRTH, "M", "H501")
NOTE = "Colloquio riservato: ricaduta segnalata dal Ser.D. di Vimodrone"
ATTACHMENT = b"Referto psichiatrico di Zappacostantini, diagnosi XQZY-7731 " * 50


def planted(key: bytes) -> dict[str, bytes]:
    return {
        "name": LAST.encode(),
        "name (search)": LAST.lower().encode(),
        "codice fiscale": CF.encode(),
        "note": NOTE.encode(),
        "note part": b"ricaduta segnalata",
        "attachment": ATTACHMENT[:40],
        "attachment name": b"referto-zappacostantini",
        "key": key,
        "key (hex)": key.hex().encode(),
        "key (HEX)": key.hex().upper().encode(),
    }


def write_everything(db: Database) -> None:
    ctx = ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: NOW)
    made = BeneficiaryInput(first_name=FIRST, last_name=LAST, birth_date=BIRTH, codice_fiscale=CF)
    person = create_beneficiary(db, ctx, made, confirm_new=True)
    referral = dt.date(2026, 9, 1)
    household = households.create_household(
        db, ctx, "Nucleo Z", [MemberInput(person.id, "capofamiglia", referral, is_head=True)]
    )
    case = cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=referral)
    )
    notes.add_note(db, ctx, case.id, "libera", dt.date(2026, 10, 1), NOTE)
    documents.attach_document(
        db, ctx, doc_type="altro", title="Referto", source=ATTACHMENT,
        beneficiary_id=person.id, filename="referto-zappacostantini.pdf",
    )  # fmt: skip


def leaks(folders: list[Path], needles: dict[str, bytes]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            found += [f"{what} in {path}" for what, needle in needles.items() if needle in data]
    return found


@pytest.mark.parametrize("checkpoint", [False, True], ids=["wal-live", "checkpointed"])
def test_nothing_personal_is_readable_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checkpoint: bool
) -> None:
    key = os.urandom(32)
    process_tmp = tmp_path / "process-tmp"
    process_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(process_tmp))
    folder = tmp_path / "dati"
    db = init_database(f"sqlite:///{folder / 'rts.db'}", device_name="Laptop", key=key)
    try:
        write_everything(db)
        made = admin.backup(db)
        assert made.is_file()
        if checkpoint:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert db.path is not None
        wal = Path(str(db.path) + "-wal")
        if not checkpoint:
            assert wal.is_file() and wal.stat().st_size > 0, "the WAL is scanned while it is live"
        assert (db.files_dir / "tmp").is_dir()
        found = leaks([folder, process_tmp], planted(key))
    finally:
        db.close()
    assert found == []
    assert leaks([folder, process_tmp], planted(key)) == []  # and after closing


def test_the_scan_finds_what_a_plaintext_database_holds(tmp_path: Path) -> None:
    """The same scan on a plaintext database finds the values (the test can fail)."""
    folder = tmp_path / "dati"
    db = init_database(f"sqlite:///{folder / 'rts.db'}", device_name="Laptop")
    try:
        write_everything(db)
    finally:
        db.close()
    found = leaks([folder], planted(os.urandom(32)))
    assert any(f.startswith("codice fiscale") for f in found)
    assert any(f.startswith("note in") for f in found)
    assert any(f.startswith("attachment in") for f in found)


def test_a_bundle_and_its_staging_folder_hold_nothing_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A complete bundle from one laptop to another, both encrypted: the bundle file, the
    attachments staged while the import runs, and both databases after it."""
    from rts_desktop.sync import api, importer

    folder = tmp_path / "dati"
    keys = {name: os.urandom(32) for name in ("a", "b")}
    dbs = {
        name: init_database(f"sqlite:///{folder / name / 'rts.db'}", device_name=name, key=key)
        for name, key in keys.items()
    }
    scans: list[list[str]] = []
    needles = {**planted(keys["a"]), **{f"b {k}": v for k, v in planted(keys["b"]).items()}}
    install = importer._install

    def scan_then_install(files_dir: Path, sha: str, path: Path) -> None:
        scans.append(leaks([folder], needles))  # the staged copy is still in files/tmp
        install(files_dir, sha, path)

    monkeypatch.setattr(importer, "_install", scan_then_install)
    try:
        a, b = dbs["a"], dbs["b"]
        ctx_a, ctx_b = (
            ActingContext(device_id=d.device_id, role=Role.COORDINATORE, clock=lambda: NOW)
            for d in (a, b)
        )
        api.enrol_device(a, ctx_a, api.enrolment_code(b))
        api.enrol_device(b, ctx_b, api.enrolment_code(a))
        write_everything(a)
        out = api.export_bundle(a, ctx_a, folder / "per-b", for_device=b.device_id, snapshot=True)
        api.import_bundle(b, ctx_b, out.path)
        assert scans, "an attachment was staged and scanned"
        after = leaks([folder], needles)
    finally:
        for d in dbs.values():
            d.close()
    assert scans == [[]] * len(scans) and after == []
