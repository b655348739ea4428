"""Hostile archives are refused before anything is written (SYNC.md acceptance test 10)."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

from rts_desktop.errors import BundleError
from rts_desktop.services.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync import bundle_format as bf
from tests.sync.sync_helpers import db_digest, encrypt_for, enrol_all, export, make_device


@pytest.fixture
def pair(tmp_path):
    devs = [make_device(tmp_path, n) for n in ("a", "b")]
    enrol_all(devs)
    create_beneficiary(devs[0].db, devs[0].ctx, BeneficiaryInput(first_name="A", last_name="B"))
    yield devs
    for d in devs:
        d.db.close()


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", b"{}")
            zf.writestr("manifest.sig", b"x")
            for info, data in entries:
                zf.writestr(info, data)
    return out.getvalue()


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


HOSTILE = {
    "dot-dot": [("../x", b"x")],
    "absolute": [("/abs", b"x")],
    "drive": [("C:x", b"x")],
    "unc": [("\\\\server\\share", b"x")],
    "stream": [("changes.jsonl:stream", b"x")],
    "reserved": [("NUL", b"x")],
    "reserved-in-folder": [("attachments/NUL", b"x")],
    "link": [(_link("changes.jsonl"), b"/etc/passwd")],
    "duplicate": [("changes.jsonl", b""), ("changes.jsonl", b"")],
    "unlisted": [("notes.txt", b"x")],
    "folder": [("attachments/", b"")],
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_members_are_refused(pair, case):
    _a, b = pair
    before = db_digest(b)
    path = b.folder / f"{case}.rtsbundle"
    path.write_bytes(encrypt_for(b, _zip(HOSTILE[case])))
    with pytest.raises(BundleError):
        api.import_bundle(b.db, b.ctx, path)
    assert db_digest(b) == before


def test_zip_bomb_is_refused_counting_the_bytes_read(pair, monkeypatch):
    a, b = pair
    info = zipfile.ZipInfo("changes.jsonl")
    info.compress_type = zipfile.ZIP_DEFLATED
    bomb = _zip([(info, b"\0" * (30 * 1024 * 1024))])
    # lie about the size in the central directory: the reader must count real bytes
    path = b.folder / "bomb.rtsbundle"
    path.write_bytes(encrypt_for(b, bomb))
    before = db_digest(b)
    with pytest.raises(BundleError, match=r"compressione sospetto|limiti di dimensione"):
        api.import_bundle(b.db, b.ctx, path)
    monkeypatch.setattr(bf, "MAX_TOTAL_BYTES", 1024)
    with pytest.raises(BundleError, match="limiti di dimensione"):
        api.import_bundle(b.db, b.ctx, export(a, b))
    assert db_digest(b) == before


def test_too_many_entries_is_refused(pair, monkeypatch):
    _a, b = pair
    monkeypatch.setattr(bf, "MAX_MEMBERS", 5)
    entries = [(f"attachments/{i:064x}", b"x") for i in range(6)]
    path = b.folder / "many.rtsbundle"
    path.write_bytes(encrypt_for(b, _zip(entries)))
    before = db_digest(b)
    with pytest.raises(BundleError, match="troppi file"):
        api.import_bundle(b.db, b.ctx, path)
    assert db_digest(b) == before


def test_not_a_bundle_and_missing_file(pair):
    _, b = pair
    path = b.folder / "letter.rtsbundle"
    path.write_bytes(b"Cara Anna, ti scrivo...")
    with pytest.raises(BundleError, match="non è un pacchetto"):
        api.import_bundle(b.db, b.ctx, path)
    with pytest.raises(BundleError, match="File non trovato"):
        api.import_bundle(b.db, b.ctx, b.folder / "missing.rtsbundle")
    path.write_bytes(encrypt_for(b, b"PK\x03\x04 not really a zip"))
    with pytest.raises(BundleError, match="archivio valido"):
        api.import_bundle(b.db, b.ctx, path)
