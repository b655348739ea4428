"""Human codes (``RTS-2026-0042``) that never repeat, on the server nor between laptops.

A code is ``<prefix>-<year>[-<series>]-<number>``:

- the **number** comes from this database's counter for ``<prefix>-<year>``, bumped in one
  statement (``dialects.bump_counter``: an upsert with ``RETURNING``), so two clients of
  one server at the same instant never get the same number;
- the **series** tells the databases apart: the office server has none (its codes keep the
  plain form, like every code issued before series existed); each laptop has its own three
  letters (``RTS-2026-KMT-0042``), picked at random when it first issues a code, shown in
  its enrolment code, and checked at enrolment: a laptop whose series another known device
  already uses is refused until it takes a new one (``renew_code_series``).

Codes are for people; records are joined by their UUIDs. A code that arrives twice anyway
(two laptops of an old version, a restored backup) is not refused by an import: both
records keep their codes and remain distinct.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db.dialects import bump_counter
from rts_desktop.models import Device

#: letters nobody mistakes for a digit or for each other (no B, I, O, S, Z)
SERIES_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY"
SERIES_LENGTH = 3


def random_series(taken: Iterable[str] = ()) -> str:
    """Three letters of ``SERIES_ALPHABET`` not in ``taken``."""
    used = set(taken)
    while True:
        series = "".join(secrets.choice(SERIES_ALPHABET) for _ in range(SERIES_LENGTH))
        if series not in used:
            return series


def valid_series(series: str) -> bool:
    return len(series) == SERIES_LENGTH and all(c in SERIES_ALPHABET for c in series)


def _self_device(s: Session) -> Device:
    device = s.scalar(select(Device).where(Device.is_self.is_(True)))
    if device is None:
        raise RuntimeError("database has no device: run init")
    return device


def code_series(s: Session) -> str:
    """This database's series: "" on the server, three letters on a laptop (given now if
    it has none yet, avoiding the series of the devices it knows)."""
    device = _self_device(s)
    if device.code_series is None:
        if s.get_bind().dialect.name == "postgresql":
            device.code_series = ""
        else:
            taken = s.scalars(select(Device.code_series).where(Device.code_series.is_not(None)))
            device.code_series = random_series(t for t in taken if t)
        s.flush()
    return device.code_series


def renew_code_series(s: Session) -> str:
    """Give this laptop a new series (its codes already issued stay as they are)."""
    device = _self_device(s)
    taken = s.scalars(select(Device.code_series).where(Device.code_series.is_not(None)))
    device.code_series = random_series(t for t in taken if t)
    s.flush()
    return device.code_series


def next_code(s: Session, prefix: str, year: int, width: int = 4) -> str:
    """The next human code such as ``RTS-2026-0042`` (server) or ``RTS-2026-KMT-0042``."""
    series = code_series(s)
    number = bump_counter(s, f"{prefix}-{year}")
    middle = f"{series}-" if series else ""
    return f"{prefix}-{year}-{middle}{number:0{width}d}"
