"""Failed logins per username, and the growing wait they impose (on this device).

Two mistyped passwords cost nothing; from the third failure on, the next attempt for that
username waits 30 s, then 60 s, 120 s… up to 15 minutes. A successful login clears the
count. The book is a small JSON file (0600) kept beside the database, so a stolen copy of
the database is attacked offline against Argon2id anyway: the wait protects a laptop left
open at a housing site, not the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import N_, RtsError

FREE_FAILURES = 2
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60


class LockedOut(RtsError):
    """Too many failed attempts: wait ``seconds`` before the next one."""

    exit_code = 4

    def __init__(self, seconds: int) -> None:
        minutes, rest = divmod(seconds, 60)
        wait = f"{minutes} min {rest} s" if minutes else f"{rest} s"
        super().__init__(N_("Troppi tentativi falliti: riprova tra {wait}.").format(wait=wait))
        self.seconds = seconds


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0
    return min(FIRST_WAIT_S * 2 ** (failures - FREE_FAILURES - 1), MAX_WAIT_S)


class LockoutBook:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, object]]) -> None:
        # a read-only folder must not stop people from logging in; a missing one (a server
        # database's book is in the data folder, which a first login may not have yet) is made
        with contextlib.suppress(OSError, RtsError):
            data_bytes = json.dumps(data, sort_keys=True).encode()
            fileio.write_atomically(self.path, data_bytes, create_folder=True)

    def _failures(self, data: dict[str, dict[str, object]], name: str) -> int:
        entry = data.get(name)
        try:
            return max(0, min(int(entry.get("failures", 0)), 10_000))  # type: ignore[union-attr, call-overload]
        except (AttributeError, TypeError, ValueError):
            return 0

    def check(self, username: str, now: dt.datetime) -> None:
        """Raise :class:`LockedOut` while ``username`` must still wait (an unreadable entry
        counts as none: a damaged book must not lock everyone out, nor crash a login)."""
        name = username.lower().strip()
        data = self._read()
        failures = self._failures(data, name)
        if not failures:
            return
        try:
            last = dt.datetime.fromisoformat(str(data[name].get("last")))
            elapsed = int((now - last).total_seconds())
        except (AttributeError, TypeError, ValueError):
            return
        remaining = wait_after(failures) - elapsed
        if remaining > 0:
            raise LockedOut(remaining)

    def failed(self, username: str, now: dt.datetime) -> int:
        """Count one more failure; returns the consecutive failures so far."""
        data = self._read()
        name = username.lower().strip()
        failures = self._failures(data, name) + 1
        data[name] = {"failures": failures, "last": now.isoformat()}
        self._write(data)
        return failures

    def succeeded(self, username: str) -> None:
        data = self._read()
        if data.pop(username.lower().strip(), None) is not None:
            self._write(data)
