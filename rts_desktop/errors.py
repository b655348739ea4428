"""Typed errors raised by the core.

Messages are written in Italian (the users' language) and marked with :func:`N_` so the UI
can pass them through Qt's translator (context ``"errors"``) for the English translation.
The core never decides how an error is shown: the UI puts a ``ValidationError`` next to its
field, the CLI prints one line on stderr.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark a message for translation without translating it here (no Qt in the core)."""
    return message


class RtsError(Exception):
    """Base class of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(RtsError):
    """A value given to a service is not acceptable; ``field`` names the input field."""

    exit_code = 2

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFound(RtsError):
    """The record asked for does not exist (or was deleted)."""

    exit_code = 2


class PermissionDenied(RtsError):
    """The acting operator's role does not allow the action."""

    exit_code = 2


class ConflictError(RtsError):
    """The record changed since it was read (optimistic locking) or the action clashes."""


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
