"""Complete backups: the database and its attachments in one archive (``.rtsbackup``).

The archive is a zip (stored, not compressed: the database pages and the attachments
are written once and read back whole) holding ``backup.json`` (format, revision, the
size and sha256 of every member), ``database.sqlite`` (an online backup, never a copy of
the live file) and ``files/<sha[:2]>/<sha>``. It is written under a temporary name in the
destination folder (owner-only, 0600), flushed to disk and renamed: a failure (a full disk
included) leaves nothing behind. Restoring checks every member against ``backup.json`` and every
attachment against its name before anything is replaced.

The backup of an encrypted database (format 2, ``"encrypted": true``) holds its SQLCipher
copy and the attachments as they are stored, encrypted, plus ``database.keys`` (the wrapped
keys file beside the database) when there is one. An encrypted attachment's name is the
sha256 of its plaintext, so it is checked against its name once decrypted, when the key is
given to :func:`unpack`.
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
from rts_desktop.kernel.blobs import read_blob_file
from rts_desktop.kernel.errors import N_, DatabaseError, ValidationError
from rts_desktop.kernel.fileio import make_folders, open_private, sha256_file

SUFFIX = ".rtsbackup"
FORMAT = 1
ENCRYPTED_FORMAT = 2
DB_MEMBER = "database.sqlite"
KEYS_MEMBER = "database.keys"
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


def write_archive(
    database_copy: Path,
    files_dir: Path,
    out: Path,
    revision: str,
    *,
    encrypted: bool = False,
    keys_file: Path | None = None,
) -> ArchiveInfo:
    """Pack ``database_copy`` (a consistent copy, not the live file) and the attachment
    store into ``out``, atomically. ``encrypted``: the copy and the store are encrypted
    (they go in as they are); ``keys_file``: the wrapped keys, packed too."""
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
            if keys_file is not None and keys_file.is_file():
                data = keys_file.read_bytes()
                zf.writestr(KEYS_MEMBER, data)
                members[KEYS_MEMBER] = {
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            for name, blob in _blobs(files_dir):
                zf.write(blob, name)
                members[name] = {"size": blob.stat().st_size, "sha256": sha256_file(blob)}
                count += 1
            meta: dict[str, object] = {
                "format": ENCRYPTED_FORMAT if encrypted else FORMAT,
                "encrypted": encrypted,
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


def _read_meta(zf: zipfile.ZipFile, path: Path) -> tuple[dict[str, dict[str, object]], bool]:
    """The members of the archive and whether it is encrypted."""
    try:
        info = zf.getinfo(META_MEMBER)
        if info.file_size > 64 * 1024 * 1024:
            raise _bad(path)
        meta = json.loads(zf.read(info))
        members = meta["members"]
        encrypted = meta.get("format") == ENCRYPTED_FORMAT and meta.get("encrypted") is True
        if not isinstance(members, dict) or (meta.get("format") != FORMAT and not encrypted):
            raise _bad(path)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
        raise _bad(path) from exc
    names = {i.filename for i in zf.infolist()} - {META_MEMBER}
    if names != set(members) or DB_MEMBER not in names:
        raise _bad(path)
    for name in names - {DB_MEMBER, KEYS_MEMBER}:
        match = _FILE_MEMBER.fullmatch(name)
        if not match or not match.group(2).startswith(match.group(1)):
            raise _bad(path)
    return members, encrypted


def archive_is_encrypted(source: Path) -> bool:
    """True when the ``.rtsbackup`` at ``source`` holds an encrypted database."""
    try:
        with zipfile.ZipFile(source) as zf:
            return _read_meta(zf, source)[1]
    except (zipfile.BadZipFile, OSError) as exc:
        raise _bad(source) from exc


def archive_keys(source: Path) -> bytes | None:
    """The wrapped keys file an encrypted ``.rtsbackup`` holds (None: it holds none), read
    after the archive's table is checked; restoring onto a laptop with no database yet
    unlocks the data key from it."""
    try:
        with zipfile.ZipFile(source) as zf:
            members, encrypted = _read_meta(zf, source)
            meta = members.get(KEYS_MEMBER)
            if not encrypted or meta is None:
                return None
            if int(str(meta.get("size", -1))) > 1024 * 1024:
                raise _bad(source)
            data = zf.read(KEYS_MEMBER)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _bad(source) from exc
    if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
        raise _bad(source)
    return data


def _extract(
    zf: zipfile.ZipFile,
    name: str,
    meta: dict[str, object],
    target: Path,
    named_by_content: bool = True,
) -> None:
    """Copy one member to ``target``, checking size and sha256 while it streams (and, when
    ``named_by_content``, that an attachment's sha256 is its name)."""
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
    plain_blob = named_by_content and name.startswith("files/")
    blob_sha = name.rsplit("/", 1)[-1] if plain_blob else expected
    if size != meta.get("size") or digest.hexdigest() != expected or blob_sha != expected:
        raise DatabaseError(N_("Il backup è danneggiato: {name}").format(name=name))


@dataclass
class Unpacked:
    """An archive checked and unpacked beside the target: the database copy and a new
    attachment folder, ready to be swapped in (or thrown away)."""

    database: Path
    files_dir: Path
    attachments: int
    encrypted: bool = False
    keys: Path | None = None  # the wrapped keys file it held

    def discard(self) -> None:
        self.database.unlink(missing_ok=True)
        if self.keys is not None:
            self.keys.unlink(missing_ok=True)
        shutil.rmtree(self.files_dir, ignore_errors=True)


def unpack(source: Path, beside: Path, key: bytes | None = None) -> Unpacked:
    """Check ``source`` whole and unpack it next to ``beside`` (the database to replace).

    The attachments of an encrypted archive are decrypted with ``key`` to check them
    against their names (they are unpacked encrypted, as they were stored)."""
    folder = beside.parent
    database = Path(tempfile.mkstemp(prefix=".rts-restore-", suffix=".db", dir=folder)[1])
    files_dir = Path(tempfile.mkdtemp(prefix=".rts-restore-files-", dir=folder))
    unpacked = Unpacked(database, files_dir, 0)
    try:
        with zipfile.ZipFile(source) as zf:
            members, unpacked.encrypted = _read_meta(zf, source)
            _extract(zf, DB_MEMBER, members[DB_MEMBER], database)
            if KEYS_MEMBER in members:
                unpacked.keys = database.with_name(database.name + ".keys")
                _extract(zf, KEYS_MEMBER, members[KEYS_MEMBER], unpacked.keys)
            for name, meta in sorted(members.items()):
                if name in (DB_MEMBER, KEYS_MEMBER):
                    continue
                blob = files_dir / name.split("/", 1)[1]
                make_folders(blob.parent)  # 0700, inside the 0700 mkdtemp folder
                _extract(zf, name, meta, blob, named_by_content=not unpacked.encrypted)
                if unpacked.encrypted and key is not None:
                    read_blob_file(blob, blob.name, key)
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
