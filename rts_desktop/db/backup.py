"""Online backups of SQLite databases (never a copy of a live file) and restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import N_, DatabaseError, NotADatabase

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through SQLite's online backup API (consistent, WAL-safe).

    Written to a temporary name and renamed, so a failed backup never leaves a half file;
    the copy is owner-only (0600), as are the folders this creates.
    """
    fileio.make_folders(target.parent)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        fileio.create_private_file(tmp)  # SQLite writes into it (and its journal) as 0600
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
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


def timestamped_backup(source: Path, backup_dir: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_sqlite(source, backup_dir / f"{source.stem}-{stamp}-{label}.db")


def prune_backups(backup_dir: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of a database; returns what was deleted."""
    backups = sorted(
        p for suffix in (".db", ".rtsbackup") for p in backup_dir.glob(f"{stem}-*{suffix}")
    )
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def restore_sqlite(backup: Path, target: Path) -> None:
    """Replace ``target`` with the content of ``backup`` (the app must not have it open).

    The backup is checked first; the target's WAL and shared-memory files are removed so no
    stale journal is replayed over the restored pages.
    """
    if not looks_like_sqlite(backup):
        raise NotADatabase(
            N_("Il file di backup non è un database RTS: {path}").format(path=backup)
        )
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(N_("Il backup è danneggiato: {err}").format(err=exc)) from exc
    finally:
        check.close()
    if result != "ok":
        raise DatabaseError(N_("Il backup è danneggiato: {err}").format(err=result))
    tmp = target.with_name(target.name + ".restore")
    backup_sqlite(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
