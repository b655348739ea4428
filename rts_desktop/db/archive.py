"""Complete backups: the database and its attachments in one archive (``.rtsbackup``).

The archive is a zip (stored, not compressed: the database pages and the attachments
are written once and read back whole) holding ``backup.json`` (format, revision, the
size and sha256 of every member), ``database.sqlite`` (an online backup, never a copy of
the live file) and ``files/<sha[:2]>/<sha>``. It is written under a temporary name in the
destination folder (owner-only, 0600), flushed to disk and renamed: a failure (a full disk
included) leaves nothing behind. Restoring checks every member against ``backup.json`` and every
attachment against its name before anything is replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rts_desktop import __version__
from rts_desktop.kernel.errors import N_, DatabaseError, ValidationError
from rts_desktop.kernel.fileio import make_folders, open_private, sha256_file

SUFFIX = ".rtsbackup"
FORMAT = 1
DB_MEMBER = "database.sqlite"
META_MEMBER = "backup.json"
_FILE_MEMBER = re.compile(r"files/([0-9a-f]{2})/([0-9a-f]{64})")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    attachments: int
    size: int


def is_archive(path: Path) -> bool:
    return zipfile.is_zipfile(path)


def _blobs(files_dir: Path) -> Iterator[tuple[str, Path]]:
    """(member name, path) of every well-named attachment in the store."""
    if not files_dir.is_dir():
        return
    for sub in sorted(files_dir.iterdir()):
        if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
            continue
        for blob in sorted(sub.iterdir()):
            name = f"files/{sub.name}/{blob.name}"
            if blob.is_file() and _FILE_MEMBER.fullmatch(name) and blob.name[:2] == sub.name:
                yield name, blob


@contextlib.contextmanager
def _temporary(folder: Path, suffix: str) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=".rts-", suffix=suffix, dir=folder)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def write_archive(database_copy: Path, files_dir: Path, out: Path, revision: str) -> ArchiveInfo:
    """Pack ``database_copy`` (a consistent copy, not the live file) and the attachment
    store into ``out``, atomically."""
    folder = out.parent
    members: dict[str, dict[str, object]] = {}
    count = 0
    with _temporary(folder, ".part") as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            zf.write(database_copy, DB_MEMBER)
            members[DB_MEMBER] = {
                "size": database_copy.stat().st_size,
                "sha256": sha256_file(database_copy),
            }
            for name, blob in _blobs(files_dir):
                zf.write(blob, name)
                members[name] = {"size": blob.stat().st_size, "sha256": sha256_file(blob)}
                count += 1
            meta = {
                "format": FORMAT,
                "app_version": __version__,
                "revision": revision,
                "members": members,
            }
            zf.writestr(META_MEMBER, json.dumps(meta, sort_keys=True, indent=1))
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    return ArchiveInfo(out, count, out.stat().st_size)


def _bad(path: Path) -> ValidationError:
    return ValidationError(
        "file", N_("{path} non è un backup RTS Desktop valido o è danneggiato.").format(path=path)
    )


def _read_meta(zf: zipfile.ZipFile, path: Path) -> dict[str, dict[str, object]]:
    try:
        info = zf.getinfo(META_MEMBER)
        if info.file_size > 64 * 1024 * 1024:
            raise _bad(path)
        meta = json.loads(zf.read(info))
        members = meta["members"]
        if not isinstance(members, dict) or meta.get("format") != FORMAT:
            raise _bad(path)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
        raise _bad(path) from exc
    names = {i.filename for i in zf.infolist()} - {META_MEMBER}
    if names != set(members) or DB_MEMBER not in names:
        raise _bad(path)
    for name in names - {DB_MEMBER}:
        match = _FILE_MEMBER.fullmatch(name)
        if not match or not match.group(2).startswith(match.group(1)):
            raise _bad(path)
    return members


def _extract(zf: zipfile.ZipFile, name: str, meta: dict[str, object], target: Path) -> None:
    """Copy one member to ``target``, checking size and sha256 while it streams."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as src, open_private(target) as dst:
        while chunk := src.read(_CHUNK):
            size += len(chunk)
            if size > int(str(meta.get("size", -1))):
                raise DatabaseError(N_("Il backup è danneggiato: {name}").format(name=name))
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    expected = meta.get("sha256")
    blob_sha = name.rsplit("/", 1)[-1] if name != DB_MEMBER else expected
    if size != meta.get("size") or digest.hexdigest() != expected or blob_sha != expected:
        raise DatabaseError(N_("Il backup è danneggiato: {name}").format(name=name))


@dataclass
class Unpacked:
    """An archive checked and unpacked beside the target: the database copy and a new
    attachment folder, ready to be swapped in (or thrown away)."""

    database: Path
    files_dir: Path
    attachments: int

    def discard(self) -> None:
        self.database.unlink(missing_ok=True)
        shutil.rmtree(self.files_dir, ignore_errors=True)


def unpack(source: Path, beside: Path) -> Unpacked:
    """Check ``source`` whole and unpack it next to ``beside`` (the database to replace)."""
    folder = beside.parent
    database = Path(tempfile.mkstemp(prefix=".rts-restore-", suffix=".db", dir=folder)[1])
    files_dir = Path(tempfile.mkdtemp(prefix=".rts-restore-files-", dir=folder))
    unpacked = Unpacked(database, files_dir, 0)
    try:
        with zipfile.ZipFile(source) as zf:
            members = _read_meta(zf, source)
            _extract(zf, DB_MEMBER, members[DB_MEMBER], database)
            for name, meta in sorted(members.items()):
                if name == DB_MEMBER:
                    continue
                blob = files_dir / name.split("/", 1)[1]
                make_folders(blob.parent)  # 0700, inside the 0700 mkdtemp folder
                _extract(zf, name, meta, blob)
                unpacked.attachments += 1
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        unpacked.discard()
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise _bad(source) from exc
    except BaseException:
        unpacked.discard()
        raise
    return unpacked


def swap_files(new_dir: Path, files_dir: Path) -> None:
    """Put ``new_dir`` in the place of the attachment store (the old one is removed)."""
    old = files_dir.with_name(files_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if files_dir.exists():
        os.replace(files_dir, old)
    os.replace(new_dir, files_dir)
    shutil.rmtree(old, ignore_errors=True)
