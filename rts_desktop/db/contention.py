"""Database errors that mean "someone else was writing the same thing", as plain words.

Optimistic locking that fires at the UPDATE itself (the version read was overwritten
between the check and the write), a deadlock or serialisation failure on PostgreSQL, or a
SQLite database still locked by another process after the busy timeout: none is a bug,
each becomes a ``ConflictError`` the person can act on (reload, or try again).
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from rts_desktop.kernel.errors import N_, ConflictError

#: PostgreSQL: serialization_failure, deadlock_detected, lock_not_available
_RETRY_SQLSTATES = {"40001", "40P01", "55P03"}


def as_conflict(exc: BaseException) -> ConflictError | None:
    """The ``ConflictError`` ``exc`` stands for, or None when it is something else."""
    if isinstance(exc, StaleDataError):
        return ConflictError(
            N_("Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.")
        )
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return ConflictError(
            N_("Un'altra persona stava salvando gli stessi dati nello stesso momento: riprova.")
        )
    if type(orig).__name__ == "OperationalError" and "database is locked" in str(orig):
        return ConflictError(
            N_("Il database è occupato da un altro salvataggio: riprova tra qualche secondo.")
        )
    return None
