"""Encryption at rest: SQLCipher databases keyed with a raw 32-byte data key, encrypted
attachments, encrypted backups and the conversion of a plaintext database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from rts_desktop.cli import admin
from rts_desktop.db import Database, encryption, init_database, open_database
from rts_desktop.db.attachments import check_attachments
from rts_desktop.db.backup import connect_file
from rts_desktop.db.check import run_checks
from rts_desktop.db.engine import make_engine
from rts_desktop.db.migrate import alembic_config, head_revision
from rts_desktop.kernel import crypto
from rts_desktop.kernel.blobs import NewBlobs, blob_path, read_blob
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import NotADatabase
from rts_desktop.models import Beneficiary
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import documents
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its key and key file

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.4 referto riservato " * 40


def context(db: Database) -> ActingContext:
    return ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: NOW)


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def add_person(db: Database, last: str = "Quattrocchi") -> str:
    made = BeneficiaryInput(first_name="Zenobia", last_name=last, birth_date=dt.date(1980, 1, 1))
    return create_beneficiary(db, context(db), made, confirm_new=True).id


@pytest.fixture
def db(plain_db: Database) -> Database:
    """Here the database is a plaintext one (the first version's)."""
    return plain_db


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def edb(tmp_path: Path, key: bytes) -> Database:
    database = init_database(url(tmp_path / "rts.db"), device_name="Cifrato", key=key)
    yield database
    database.close()


def test_a_keyed_database_writes_reads_and_reopens(edb: Database, key: bytes) -> None:
    person_id = add_person(edb)
    assert edb.key == key and key.hex() not in repr(edb)
    with pytest.raises(AttributeError):
        edb.key = None  # type: ignore[misc]
    edb.close()
    again = open_database(edb.url, key=key)
    with again.session(write=False) as s:
        assert s.get(Beneficiary, person_id).last_name == "Quattrocchi"
        assert s.execute(select(Beneficiary.id)).all()
    assert run_checks(again.engine, counts=False).ok
    again.close()


def test_plain_sqlite_cannot_read_the_file(edb: Database) -> None:
    add_person(edb)
    edb.close()
    assert edb.path is not None and encryption.is_encrypted(edb.path)
    assert edb.path.read_bytes()[:16] != b"SQLite format 3\x00"
    con = sqlite3.connect(edb.path)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
    con.close()


def test_wrong_or_missing_key_is_refused_clearly(edb: Database, key: bytes) -> None:
    edb.close()
    with pytest.raises(NotADatabase, match="chiave è errata"):
        open_database(edb.url, key=os.urandom(32))
    with pytest.raises(NotADatabase, match="cifrato"):
        open_database(edb.url)


def test_a_key_on_a_plaintext_database_is_refused(db: Database) -> None:
    db.close()
    with pytest.raises(NotADatabase, match="non è cifrato"):
        open_database(db.url, key=os.urandom(32))


def test_migrations_run_through_the_keyed_engine(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(url(path), key)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    db = open_database(url(path), key=key)
    with db.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == head_revision()
    db.close()
    backups = list((tmp_path / "backups").glob("old-*-pre-*.db"))
    assert len(backups) == 1 and encryption.is_encrypted(backups[0])
    con = connect_file(backups[0], key, readonly=True)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()


def test_blob_round_trip_and_tamper_detection(tmp_path: Path, key: bytes) -> None:
    files = tmp_path / "files"
    sha, size = NewBlobs(files, key).put([PDF[:100], PDF[100:]])
    stored = blob_path(files, sha).read_bytes()
    assert size == len(PDF) and len(stored) == crypto.stored_size(size, key)
    assert stored.startswith(crypto.HEADER) and b"referto" not in stored
    assert read_blob(files, sha, key) == PDF
    assert NewBlobs(files, key).put(PDF) == (sha, size)  # dedup by the plaintext's sha256
    with pytest.raises(crypto.BlobDamaged):
        read_blob(files, sha, os.urandom(32))
    with pytest.raises(crypto.BlobDamaged):
        read_blob(files, sha, None)
    flipped = bytearray(stored)
    flipped[len(stored) // 2] ^= 0x01
    blob_path(files, sha).write_bytes(bytes(flipped))
    with pytest.raises(crypto.BlobDamaged):
        read_blob(files, sha, key)


def test_check_decrypts_attachments(edb: Database, key: bytes) -> None:
    person_id = add_person(edb)
    doc = documents.attach_document(
        edb, context(edb), doc_type="altro", title="Referto",
        source=PDF, beneficiary_id=person_id, filename="referto.pdf",
    )  # fmt: skip
    assert check_attachments(edb).ok
    path = blob_path(edb.files_dir, doc.sha256)
    assert b"referto riservato" not in path.read_bytes()
    opened = documents.document_path(edb, context(edb), doc.id)
    assert opened.read_bytes() == PDF and opened != path
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    assert check_attachments(edb).damaged == [doc.id]


def test_backup_is_encrypted_and_restores_with_the_key(edb: Database, key: bytes) -> None:
    assert edb.path is not None
    person_id = add_person(edb)
    documents.attach_document(
        edb, context(edb), doc_type="altro", title="Referto",
        source=PDF, beneficiary_id=person_id, filename="referto.pdf",
    )  # fmt: skip
    keys_file = edb.path.with_name("rts.keys")
    keys_file.write_bytes(b"wrapped keys only")
    made = admin.backup(edb)
    with zipfile.ZipFile(made) as zf:
        names = zf.namelist()
        assert "database.keys" in names
        database = zf.read("database.sqlite")
        assert not database.startswith(b"SQLite format 3")
        for name in names:
            if name.startswith("files/"):
                assert zf.read(name).startswith(crypto.HEADER)
    edb.close()
    with pytest.raises(NotADatabase):
        admin.restore(edb.url, made)  # without the key
    keys_file.unlink()
    admin.restore(edb.url, made, key)
    assert keys_file.read_bytes() == b"wrapped keys only"
    again = open_database(edb.url, key=key)
    with again.session(write=False) as s:
        assert s.get(Beneficiary, person_id) is not None
    assert check_attachments(again).ok
    again.close()


def test_conversion_of_a_plaintext_database(db: Database, key: bytes) -> None:
    assert db.path is not None
    person_id = add_person(db)
    doc = documents.attach_document(
        db, context(db), doc_type="altro", title="Referto",
        source=PDF, beneficiary_id=person_id, filename="referto.pdf",
    )  # fmt: skip
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 42")
    db.close()
    # a copy an older version made before a migration, in clear in backups/
    from rts_desktop.db.backup import backup_sqlite

    old = backup_sqlite(db.path, db.path.parent / "backups" / "rts-20261101-pre-0006.db")
    assert old.read_bytes().startswith(b"SQLite format 3")
    assert not encryption.is_encrypted(db.path)
    encryption.encrypt_database(db.path, key)
    assert encryption.is_encrypted(old) and b"Quattrocchi" not in old.read_bytes()
    con = connect_file(old, key)
    assert con.execute("SELECT last_name FROM beneficiaries").fetchone() == ("Quattrocchi",)
    con.close()
    assert encryption.is_encrypted(db.path) and not encryption.conversion_pending(db.path)
    assert not list(db.path.parent.glob("rts.db.*")), "no plaintext leftovers beside it"
    assert not list((db.path.parent / "backups").glob("*pre-cifratura*"))
    assert blob_path(db.files_dir, doc.sha256).read_bytes().startswith(crypto.HEADER)
    again = open_database(db.url, key=key)
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == 42
    with again.session(write=False) as s:
        assert s.get(Beneficiary, person_id).last_name == "Quattrocchi"
    assert admin.check(again).ok
    again.close()
    encryption.encrypt_database(db.path, key)  # again: nothing left to do, nothing breaks


def test_a_failed_conversion_leaves_the_plaintext_database(
    db: Database, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    person_id = add_person(db)
    db.close()

    def broken(*args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(encryption, "_check_copy", broken)
    with pytest.raises(RuntimeError):
        encryption.encrypt_database(db.path, key)
    assert not encryption.is_encrypted(db.path) and not encryption.conversion_pending(db.path)
    assert not list(db.path.parent.glob("rts.db.*"))
    plain = open_database(db.url)
    with plain.session(write=False) as s:
        assert s.get(Beneficiary, person_id) is not None
    plain.close()


def test_a_conversion_cut_after_the_swap_is_completed_by_running_it_again(
    db: Database, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    person_id = add_person(db)
    doc = documents.attach_document(
        db, context(db), doc_type="altro", title="Referto",
        source=PDF, beneficiary_id=person_id, filename="referto.pdf",
    )  # fmt: skip
    db.close()

    def broken(*args: object) -> int:
        raise RuntimeError("power cut")

    real = encryption.encrypt_attachments
    monkeypatch.setattr(encryption, "encrypt_attachments", broken)
    with pytest.raises(RuntimeError):
        encryption.encrypt_database(db.path, key)
    assert encryption.is_encrypted(db.path) and encryption.conversion_pending(db.path)
    monkeypatch.setattr(encryption, "encrypt_attachments", real)
    encryption.encrypt_database(db.path, key)
    assert not encryption.conversion_pending(db.path)
    assert not list((db.path.parent / "backups").glob("*pre-cifratura*"))
    assert read_blob(db.files_dir, doc.sha256, key) == PDF


def test_a_damaged_encrypted_database_is_refused_and_restored(edb: Database, key: bytes) -> None:
    assert edb.path is not None
    person_id = add_person(edb)
    made = admin.backup(edb)
    edb.close()
    data = bytearray(edb.path.read_bytes())
    data[100:4096] = b"\xff" * 3996
    edb.path.write_bytes(bytes(data))
    with pytest.raises(NotADatabase, match="danneggiato"):
        open_database(edb.url, key=key)
    admin.restore(edb.url, made, key)
    assert list((edb.path.parent / "backups").glob("rts-*-danneggiato.rtsbackup"))
    again = open_database(edb.url, key=key)
    with again.session(write=False) as s:
        assert s.get(Beneficiary, person_id) is not None
    again.close()


def test_a_plaintext_backup_restored_with_a_key_is_encrypted(db: Database, key: bytes) -> None:
    assert db.path is not None
    person_id = add_person(db)
    made = admin.backup(db)
    db.close()
    admin.restore(db.url, made, key)
    assert encryption.is_encrypted(db.path)
    again = open_database(db.url, key=key)
    with again.session(write=False) as s:
        assert s.get(Beneficiary, person_id) is not None
    again.close()
