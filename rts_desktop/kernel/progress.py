"""Progress and cancellation for long work, without Qt (the UI adapts it to its widgets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rts_desktop.kernel.errors import N_, RtsError


class Cancelled(RtsError):
    """The person cancelled the work; whatever it did is rolled back."""

    def __init__(self) -> None:
        super().__init__(N_("Operazione annullata."))


def _ignore(done: int, total: int, message: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Progress:
    """Long operations call ``step`` as they go; ``step`` raises ``Cancelled`` when asked to stop."""

    report: Callable[[int, int, str], None] = field(default=_ignore)
    cancelled: Callable[[], bool] = field(default=_never)

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.cancelled():
            raise Cancelled()
        self.report(done, total, message)
