"""Online backups of SQLite databases (never a copy of a live file) and restore.

An encrypted (SQLCipher) database is backed up between two connections keyed alike: the
copy is a SQLCipher database with the same key, never a plaintext one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import N_, DatabaseError, NotADatabase

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def connect_file(path: Path, key: bytes | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to the SQLite file ``path``: the stdlib ``sqlite3`` for a plaintext
    database, ``sqlcipher3`` keyed with ``key`` (its first statement) for an encrypted one."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly)
    import sqlcipher3.dbapi2

    from rts_desktop.db.engine import key_connection

    con = sqlcipher3.dbapi2.connect(target, uri=readonly)
    try:
        key_connection(con, key)
    except BaseException:
        con.close()
        raise
    return con


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API ``DatabaseError`` classes of both drivers (plain and SQLCipher)."""
    import sqlcipher3.dbapi2

    return (sqlite3.DatabaseError, sqlcipher3.dbapi2.DatabaseError)


def backup_sqlite(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy ``source`` to ``target`` through SQLite's online backup API (consistent, WAL-safe).

    Written to a temporary name and renamed, so a failed backup never leaves a half file;
    the copy is owner-only (0600), as are the folders this creates. With ``key`` both
    sides are SQLCipher databases keyed with it: the copy is encrypted like the source.
    """
    fileio.make_folders(target.parent)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        fileio.create_private_file(tmp)  # SQLite writes into it (and its journal) as 0600
        src = connect_file(source, key, readonly=True)
        try:
            dst = connect_file(tmp, key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise
    return target


def timestamped_backup(
    source: Path, backup_dir: Path, label: str, key: bytes | None = None
) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_sqlite(source, backup_dir / f"{source.stem}-{stamp}-{label}.db", key)


def prune_backups(backup_dir: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of a database; returns what was deleted."""
    backups = sorted(
        p for suffix in (".db", ".rtsbackup") for p in backup_dir.glob(f"{stem}-*{suffix}")
    )
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def restore_sqlite(backup: Path, target: Path, key: bytes | None = None) -> None:
    """Replace ``target`` with the content of ``backup`` (the app must not have it open).

    The backup is checked first (with ``key`` it must be encrypted with that key); the
    target's WAL and shared-memory files are removed so no stale journal is replayed over
    the restored pages.
    """
    if looks_like_sqlite(backup) == (key is not None):
        if key is None and backup.is_file() and backup.stat().st_size:
            raise NotADatabase(
                N_("Il backup {path} è cifrato (o non è un database): serve la chiave.").format(
                    path=backup
                )
            )
        raise NotADatabase(
            N_("Il file di backup non è un database RTS: {path}").format(path=backup)
        )
    check = connect_file(backup, key, readonly=True)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    except database_errors() as exc:
        if key is not None:
            raise NotADatabase(
                N_("Il backup {path} non si apre con questa chiave.").format(path=backup)
            ) from exc
        raise DatabaseError(N_("Il backup è danneggiato: {err}").format(err=exc)) from exc
    finally:
        check.close()
    if result != "ok":
        raise DatabaseError(N_("Il backup è danneggiato: {err}").format(err=result))
    tmp = target.with_name(target.name + ".restore")
    backup_sqlite(backup, tmp, key)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
