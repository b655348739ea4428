"""The attachment store helper: files before rows, removed again when the transaction fails."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rts_desktop.db import operations
from rts_desktop.kernel import blobs
from rts_desktop.kernel.blobs import blob_path, new_blobs
from rts_desktop.kernel.errors import is_disk_full
from rts_desktop.models import Document
from rts_desktop.services.cases import documents
from tests.accounts import login
from tests.services.cases.test_people_cases import make_case


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_blob_is_written_whole_at_its_content_address(tmp_path: Path) -> None:
    store = tmp_path / "files"
    with new_blobs(store) as new:
        got = new.put(b"%PDF-1.4 uno")
    assert got == (sha(b"%PDF-1.4 uno"), 12)
    assert files_under(store) == [blob_path(store, got[0])]
    assert blob_path(store, got[0]).read_bytes() == b"%PDF-1.4 uno"
    assert new.created == [blob_path(store, got[0])]


def test_a_failing_transaction_removes_the_new_blob_and_keeps_an_existing_one(
    tmp_path: Path,
) -> None:
    store = tmp_path / "files"
    with new_blobs(store) as first:
        shared, _ = first.put(b"condiviso")
    with pytest.raises(RuntimeError), new_blobs(store) as new:
        assert new.put(b"condiviso")[0] == shared  # already there: not this action's file
        fresh, _ = new.put(b"nuovo")
        assert blob_path(store, fresh).is_file()
        raise RuntimeError("commit failed")
    assert files_under(store) == [blob_path(store, shared)]
    assert blob_path(store, shared).read_bytes() == b"condiviso"
    # the shard folder made for the new file went with it; the tmp folder is empty
    assert not blob_path(store, fresh).parent.exists()
    assert not list((store / "tmp").iterdir())


def test_a_failing_first_transaction_leaves_no_store_behind(tmp_path: Path) -> None:
    store = tmp_path / "files"
    with pytest.raises(RuntimeError), new_blobs(store) as new:
        new.put(b"nuovo")
        raise RuntimeError("rollback")
    assert not store.exists()


def test_a_broken_leftover_at_the_final_path_is_replaced(tmp_path: Path) -> None:
    store = tmp_path / "files"
    target = blob_path(store, sha(b"contenuto"))
    target.parent.mkdir(parents=True)
    target.write_bytes(b"")  # what the old non-atomic writer could leave on a full disk
    with pytest.raises(RuntimeError), new_blobs(store) as new:
        new.put(b"contenuto")
        raise RuntimeError("rollback")
    # it existed before, so it stays, but now whole
    assert target.read_bytes() == b"contenuto"


def test_a_write_failing_midway_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = tmp_path / "files"

    def chunks():
        yield b"a" * 1000
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as raised, new_blobs(store) as new:
        new.put(chunks())
    assert is_disk_full(raised.value)
    assert files_under(store) == []


def test_a_wrong_checksum_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "files"
    with pytest.raises(ValueError), new_blobs(store) as new:
        new.put(b"contenuto", sha256="0" * 64)
    assert files_under(store) == []


def test_the_folder_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(blobs, "fsync_folder", synced.append)
    store = tmp_path / "files"
    with new_blobs(store) as new:
        digest, _ = new.put(b"x")
    assert blob_path(store, digest).parent in synced


def count_documents(db) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(Document))


def test_attach_document_failing_after_the_file_removes_it(db, ctx, monkeypatch) -> None:
    case = make_case(db, ctx)
    kept = documents.attach_document(
        db, ctx, doc_type="isee", title="ISEE", source=b"%PDF isee", filename="isee.pdf",
        case_id=case.id,
    )  # fmt: skip

    def broken_audit(*_args, **_kwargs):
        raise RuntimeError("disk full at commit")

    monkeypatch.setattr(operations, "audit", broken_audit)
    for content in (b"%PDF isee", b"%PDF nuovo"):
        with pytest.raises(RuntimeError):
            documents.attach_document(
                db, ctx, doc_type="altro", title="Copia", source=content, filename="c.pdf",
                case_id=case.id,
            )  # fmt: skip
    assert count_documents(db) == 1
    assert files_under(db.files_dir) == [blob_path(db.files_dir, kept.sha256)]


def test_sweep_removes_old_orphans_and_keeps_documents(tmp_path):
    import os
    import time

    from rts_desktop.cli import main
    from rts_desktop.db.attachments import sweep_orphans

    path = tmp_path / "rts.db"
    assert main(["init", "--db", str(path)]) == 0
    assert main(["demo-data", "--db", str(path), "--size", "small", "--today", "2026-12-01"]) == 0
    db = login(path)
    try:
        kept = sorted(p for p in db.files_dir.rglob("*") if p.is_file())
        orphan = db.files_dir / "ab" / ("ab" + "0" * 62)
        orphan.parent.mkdir(exist_ok=True)
        orphan.write_bytes(b"left by a crash")
        stale = db.files_dir / "tmp" / "in-123.tmp"
        stale.parent.mkdir(exist_ok=True)
        stale.write_bytes(b"half")
        fresh = db.files_dir / "tmp" / "in-456.tmp"
        fresh.write_bytes(b"being written now")
        old = time.time() - 7200
        for p in [*kept, orphan, stale]:
            os.utime(p, (old, old))
        assert sweep_orphans(db) == 2
        assert not orphan.exists() and not stale.exists() and fresh.exists()
        assert all(p.exists() for p in kept)
    finally:
        db.close()
