"""What every view receives: the database, the acting context and the background runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from rts_desktop.ui.worker import OnError, OnProgress, OnSuccess, Task, Work

if TYPE_CHECKING:  # imported by whoever makes one: the window frame shows before these load
    from rts_desktop.context import ActingContext
    from rts_desktop.db import Database


class Runner(Protocol):
    def run(
        self,
        work: Work,
        *,
        on_success: OnSuccess,
        on_error: OnError,
        on_progress: OnProgress | None = None,
    ) -> Task: ...


@dataclass
class UiEnv:
    """Passed to each area's page: views never reach into the main window or globals."""

    db: Database
    ctx: ActingContext
    runner: Runner
