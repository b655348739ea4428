"""Typed errors raised by the core.

Messages are written in Italian (the source language) and marked with :func:`N_`
(:mod:`rts_desktop.kernel.i18n`): ``str(error)`` gives them in the current language.
The core never decides how an error is shown: the UI puts a ``ValidationError`` next to its
field, the CLI prints one line on stderr.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rts_desktop.kernel.i18n import N_ as N_
from rts_desktop.kernel.i18n import text_of


class RtsError(Exception):
    """Base class of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return text_of(self.message)


class ValidationError(RtsError):
    """A value given to a service is not acceptable; ``field`` names the input field."""

    exit_code = 2

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {text_of(self.message)}"


class NotFound(RtsError):
    """The record asked for does not exist (or was deleted)."""

    exit_code = 2


class PermissionDenied(RtsError):
    """The acting operator's role does not allow the action (exit code 4, like a failed
    login)."""

    exit_code = 4


class ConflictError(RtsError):
    """The record changed since it was read (optimistic locking) or the action clashes."""


@dataclass(frozen=True)
class FieldClash:
    """One field someone else changed since the form was opened: her value and theirs
    (stored values, as the service would write them)."""

    field: str
    mine: Any
    theirs: Any
    #: False when her value is still the one she read (only they changed the field): a
    #: merge keeps theirs unless she says otherwise
    mine_changed: bool = True


class EditConflict(ConflictError):
    """Someone else saved the record since the caller read it: who, when (their change),
    the record's current version and, per field both touched, her value and theirs. The
    caller merges and saves again with ``version`` as the expected one."""

    def __init__(
        self,
        message: str,
        *,
        headline: str,
        entity: str,
        record_id: str,
        version: str,
        by: str | None,
        at: dt.datetime | None,
        fields: tuple[FieldClash, ...],
    ) -> None:
        super().__init__(message)
        #: who and when, without the advice to reload (the conflict dialog shows this)
        self.headline = headline
        self.entity = entity
        self.record_id = record_id
        self.version = version
        self.by = by
        self.at = at
        self.fields = fields


class BundleError(RtsError):
    """A sync bundle is unreadable, tampered or incompatible."""

    exit_code = 2


class DatabaseError(RtsError):
    """The database cannot be opened as it is: not a database, too new, corrupt."""

    exit_code = 2


class NotADatabase(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class CorruptDatabase(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    exit_code = 1


_DISK_FULL_TEXT = "database or disk is full"


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc``, or what caused it, is a full disk.

    That is an ``OSError`` with ``ENOSPC`` (or ``EDQUOT``, a quota), SQLite's "database or
    disk is full" (``sqlite3.OperationalError``, also wrapped by SQLAlchemy, whose
    ``.orig`` is followed) or PostgreSQL's ``disk_full`` (SQLSTATE 53100). The chain of
    ``__cause__`` and ``__context__`` is walked, so a full disk hidden behind a later
    error is found too. The CLI says so in one line instead of a traceback.
    """
    import errno

    full = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno in full:
            return True
        name = type(e).__name__
        if name == "DiskFull" or getattr(e, "sqlstate", None) == "53100":
            return True
        if getattr(e, "sqlite_errorname", None) == "SQLITE_FULL":
            return True
        if name in ("OperationalError", "DatabaseError") and _DISK_FULL_TEXT in str(e).lower():
            return True
        todo += [e.__cause__, e.__context__, getattr(e, "orig", None)]
    return False


def safe_description(exc: BaseException) -> str:
    """An unexpected error for the log: its kind and where it happened, never its message
    when it comes from the database (SQL text and bound values there are personal data)."""
    import traceback

    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        from_database = kind.startswith(("sqlalchemy.", "sqlite3.", "psycopg", "pysqlcipher"))
        where = "".join(traceback.format_tb(current.__traceback__)).rstrip()
        message = "" if from_database else f": {current}"
        parts.append(f"{kind}{message}\n{where}")
        current = current.__cause__ or current.__context__
    return "\ncaused by ".join(parts)
