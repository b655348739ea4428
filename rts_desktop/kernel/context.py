"""The acting context passed explicitly to every service: who, on which device, when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from rts_desktop.kernel.roles import Role


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ActingContext:
    """Who acts (``operator_id``, ``role``), from which ``device_id``, with which clock.

    ``role`` None means a system action (CLI administration, demo data, migrations).
    ``purpose`` is written to the audit log (e.g. "colloquio", "verifica SST").
    """

    device_id: str
    operator_id: str | None = None
    role: Role | None = None
    purpose: str | None = None
    clock: Callable[[], dt.datetime] = field(default=utc_now)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        from zoneinfo import ZoneInfo

        return self.clock().astimezone(ZoneInfo("Europe/Rome")).date()
