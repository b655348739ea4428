"""Converting a plaintext SQLite database (and its attachments) to encryption at rest.

:func:`encrypt_database` runs with the application closed (no connection may be open on
the file). Its steps, each one safe to be cut short by a crash:

1. a marker ``<stem>.encrypting`` beside the database (it names the plaintext backup);
2. a plaintext online backup in ``backups/`` (0600), through :func:`timestamped_backup`;
3. ``ATTACH ... KEY`` + ``sqlcipher_export`` into ``<name>.cifrato`` (``user_version``
   kept), then ``integrity_check``, the revision, the tables and their row counts of the
   encrypted copy compared with the original;
4. the encrypted copy renamed over the database (``os.replace``: the file is always
   either the old plaintext database or the new encrypted one, never neither);
5. the old plaintext file and the plaintext backup wiped;
6. every attachment encrypted in place, one atomic rename per file, and its old content
   wiped; leftovers in ``files_dir/tmp`` wiped; the marker removed.

Run again after a crash (``conversion_pending``), it picks up where it stopped.

Wiping overwrites a file with zeros, fsyncs it and unlinks it. SSDs (wear levelling) and
copy-on-write or journaling file systems may keep the old blocks somewhere else: that is
why the plaintext backup is removed as soon as the encrypted copy has been checked and
swapped in, and why full-disk encryption is still recommended on laptops.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from rts_desktop.db.backup import connect_file, looks_like_sqlite, timestamped_backup
from rts_desktop.db.database import files_dir_for
from rts_desktop.kernel import crypto, fileio
from rts_desktop.kernel.blobs import TMP_FOLDER, write_stored
from rts_desktop.kernel.errors import N_, DatabaseError, NotADatabase

BACKUP_LABEL = "pre-cifratura"
_BLOB_NAME = re.compile(r"[0-9a-f]{64}")


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is a non-empty file that is not a plaintext SQLite database
    (those begin with ``b"SQLite format 3\\x00"``): a SQLCipher database looks random."""
    try:
        return path.stat().st_size > 0 and not looks_like_sqlite(path)
    except OSError:
        return False


def marker_path(path: Path) -> Path:
    return path.with_name(path.stem + ".encrypting")


def conversion_pending(path: Path) -> bool:
    """True when a conversion of ``path`` was started and did not finish (run
    :func:`encrypt_database` again with the same key to complete it)."""
    return marker_path(path).exists()


def encrypt_database(path: Path, key: bytes) -> None:
    """Convert the plaintext SQLite database at ``path`` and its attachments in place to
    SQLCipher / AES-GCM with the 32-byte data ``key`` (see the module's docstring).

    Refuses a file that is not an RTS database; an already encrypted database only gets
    the steps after the swap (a conversion interrupted by a crash is completed).
    """
    from rts_desktop.db.migrate import probe_sqlite

    crypto.check_key(key)
    marker = marker_path(path)
    if not is_encrypted(path):
        if not looks_like_sqlite(path):
            raise NotADatabase(N_("{path} non è un database RTS Desktop.").format(path=path))
        probe_sqlite(path)  # an RTS database, readable, not damaged
        backup = timestamped_backup(path, path.parent / "backups", BACKUP_LABEL)
        fileio.write_atomically(marker, str(backup).encode("utf-8"))
        tmp = path.with_name(path.name + ".cifrato")
        _remove_with_journals(tmp)
        try:
            fileio.create_private_file(tmp)
            version = _export(path, tmp, key)
            _check_copy(path, tmp, key, version)
        except BaseException:
            _remove_with_journals(tmp)
            crypto.wipe_file(backup)
            marker.unlink(missing_ok=True)
            raise
        _swap(path, tmp)
    _finish(path, key)


def _export(plain: Path, target: Path, key: bytes) -> int:
    """``sqlcipher_export`` of ``plain`` into ``target`` keyed with ``key``; returns the
    ``user_version`` copied over. The plaintext WAL is checkpointed and emptied first."""
    con = connect_file(plain, None)
    try:
        con.isolation_level = None
        busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise DatabaseError(
                N_("Il database {path} è in uso: chiudi RTS Desktop e riprova.").format(path=plain)
            )
        con.close()
        import sqlcipher3.dbapi2

        con = sqlcipher3.dbapi2.connect(str(plain))  # no key: reads the plaintext file
        con.isolation_level = None
        con.execute("PRAGMA cipher_log_level = NONE")
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        con.execute("ATTACH DATABASE ? AS enc KEY ?", (str(target), f"x'{key.hex()}'"))
        con.execute("SELECT sqlcipher_export('enc')")
        con.execute(f"PRAGMA enc.user_version = {version}")
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()
    return version


def _snapshot(con: sqlite3.Connection) -> dict[str, object]:
    tables = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    schema = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    return {"counts": counts, "schema": schema, "user_version": version}


def _check_copy(plain: Path, copy: Path, key: bytes, version: int) -> None:
    """The encrypted copy is whole and holds what the original holds."""
    src = connect_file(plain, None, readonly=True)
    dst = connect_file(copy, key, readonly=True)
    try:
        result = [row[0] for row in dst.execute("PRAGMA integrity_check")]
        expected, got = _snapshot(src), _snapshot(dst)
    finally:
        src.close()
        dst.close()
    if result != ["ok"] or expected != got or got["user_version"] != version:
        raise DatabaseError(
            N_(
                "La copia cifrata di {path} non corrisponde all'originale: niente è cambiato."
            ).format(path=plain)
        )


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        crypto.wipe_file(Path(str(path) + suffix))


def _swap(path: Path, encrypted: Path) -> None:
    """Rename ``encrypted`` over ``path`` and wipe the old plaintext file's content."""
    for suffix in ("-wal", "-shm", "-journal"):  # checkpointed and empty: never replayed
        Path(str(path) + suffix).unlink(missing_ok=True)
    old = path.with_name(path.name + ".in-chiaro")
    old.unlink(missing_ok=True)
    linked = True
    try:
        os.link(path, old)  # keeps the old content reachable, to wipe it after the swap
    except OSError:
        linked = False  # no hard links here: the old blocks are only freed, not zeroed
    os.replace(encrypted, path)
    fileio.fsync_folder(path.parent)
    if linked:
        crypto.wipe_file(old)


def _finish(path: Path, key: bytes) -> None:
    """The steps after the swap: old plaintext copies wiped, attachments encrypted."""
    marker = marker_path(path)
    crypto.wipe_file(path.with_name(path.name + ".in-chiaro"))
    if marker.exists():
        named = marker.read_text("utf-8").strip()
        if named:
            crypto.wipe_file(Path(named))
    files_dir = files_dir_for(path)
    tmp_dir = files_dir / TMP_FOLDER
    if tmp_dir.is_dir():  # interrupted writes and staged imports: plaintext
        for leftover in sorted(tmp_dir.rglob("*"), reverse=True):
            if leftover.is_file():
                crypto.wipe_file(leftover)
            elif leftover.is_dir():
                with contextlib.suppress(OSError):
                    leftover.rmdir()
    encrypt_attachments(files_dir, key)
    encrypt_old_backups(path.parent / "backups", key)
    marker.unlink(missing_ok=True)
    fileio.fsync_folder(path.parent)


def encrypt_old_backups(folder: Path, key: bytes) -> int:
    """The database-only backups an older version left in clear (``*.db``: the copies made
    before each migration) encrypted with ``key``, the plaintext wiped; how many. Complete
    ``.rtsbackup`` archives of an older version stay as they are (see docs/security.md)."""
    if not folder.is_dir():
        return 0
    done = 0
    for old in sorted(folder.glob("*.db")):
        if not old.is_file() or is_encrypted(old) or not looks_like_sqlite(old):
            continue
        tmp = old.with_name(old.name + ".cifrato")
        _remove_with_journals(tmp)
        try:
            fileio.create_private_file(tmp)
            _export(old, tmp, key)
        except BaseException:
            _remove_with_journals(tmp)
            raise
        crypto.wipe_file(old)
        os.replace(tmp, old)
        done += 1
    return done


def encrypt_attachments(files_dir: Path, key: bytes) -> int:
    """Encrypt every plaintext file of the store in place (atomic per file, old content
    wiped); returns how many were converted. Files already encrypted are left alone."""
    if not files_dir.is_dir():
        return 0
    done = 0
    tmp_dir = files_dir / TMP_FOLDER
    for sub in sorted(files_dir.iterdir()):
        if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
            continue
        for blob in sorted(sub.iterdir()):
            if not (blob.is_file() and _BLOB_NAME.fullmatch(blob.name)):
                continue
            data = blob.read_bytes()
            plain = hashlib.sha256(data).hexdigest() == blob.name or not crypto.is_sealed(data)
            if not plain:
                continue
            fileio.make_folders(tmp_dir)
            old: Path | None = tmp_dir / f"wipe-{blob.name}"
            assert old is not None
            old.unlink(missing_ok=True)
            try:
                os.link(blob, old)
            except OSError:
                old = None  # no hard links: the old blocks are only freed, not zeroed
            write_stored(files_dir, blob.name, crypto.seal(key, blob.name, data))
            if old is not None:
                crypto.wipe_file(old)
            done += 1
    return done
