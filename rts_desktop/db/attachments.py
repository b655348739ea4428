"""The attachment store checked against the documents that point into it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from rts_desktop.kernel.blobs import read_blob_file
from rts_desktop.kernel.crypto import BlobDamaged, wipe_file
from rts_desktop.kernel.fileio import sha256_file
from rts_desktop.models import Document

if TYPE_CHECKING:
    from rts_desktop.db.database import Database


@dataclass
class AttachmentReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)  # document ids
    damaged: list[str] = field(default_factory=list)  # document ids (size or sha256 differ)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.damaged

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "missing": self.missing,
            "damaged": self.damaged,
        }


def check_attachments(db: Database) -> AttachmentReport:
    """Every document's file exists and matches its sha256 (each file hashed once; an
    encrypted store's files are decrypted first, so a wrong key or an edited byte is
    "damaged")."""
    report = AttachmentReport()
    with db.session(write=False) as s:
        rows = s.execute(select(Document.id, Document.sha256).order_by(Document.id)).all()
    verdict: dict[str, str] = {}
    for doc_id, sha in rows:
        if not sha:  # erased (GDPR art. 17): nothing to hold
            continue
        report.checked += 1
        if sha not in verdict:
            path = db.files_dir / sha[:2] / sha
            if not path.is_file():
                verdict[sha] = "missing"
            else:
                verdict[sha] = "ok" if _intact(path, sha, db.key) else "damaged"
        if verdict[sha] == "missing":
            report.missing.append(doc_id)
        elif verdict[sha] == "damaged":
            report.damaged.append(doc_id)
    return report


def _intact(path: Path, sha: str, key: bytes | None) -> bool:
    if key is None:
        return sha256_file(path) == sha
    try:
        read_blob_file(path, sha, key)
    except (BlobDamaged, OSError):
        return False
    return True


def sweep_orphans(db: Database, *, older_than_s: float = 3600.0) -> int:
    """Remove what a crash can leave in the store: files no document points at and
    temporary files of an interrupted write and decrypted copies made to open a document
    (``tmp/open-*``, wiped), older than ``older_than_s`` (a write in progress in another
    process is younger). Returns how many files were removed."""
    import time

    root = db.files_dir
    if not root.is_dir():
        return 0
    with db.session(write=False) as s:
        wanted = {sha for sha in s.scalars(select(Document.sha256)) if sha}
    limit = time.time() - older_than_s
    removed = 0
    for path in root.rglob("*"):
        if not path.is_file() or path.stat().st_mtime > limit:
            continue
        in_tmp = path.parent.name == "tmp"
        if path.parent.parent.name == "tmp" and path.parent.name.startswith("open-"):
            wipe_file(path)  # a decrypted copy opened in another application
            with contextlib.suppress(OSError):
                path.parent.rmdir()
            removed += 1
            continue
        orphan = not in_tmp and path.parent.name == path.name[:2] and path.name not in wanted
        if orphan or (in_tmp and path.name.startswith("in-")):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
