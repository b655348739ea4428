"""What every view receives: the database, the acting context and the background runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rts_desktop.ui.ops import Ops
from rts_desktop.ui.worker import Runner

if TYPE_CHECKING:  # imported by whoever makes one: the window frame shows before these load
    from rts_desktop.db import Database
    from rts_desktop.kernel.context import ActingContext


@dataclass
class UiEnv:
    """Passed to each area's page: views never reach into the main window or globals."""

    db: Database
    ctx: ActingContext
    runner: Runner

    @property
    def ops(self) -> Ops:
        """The one way a view writes (``ui/ops.py``)."""
        return Ops(self)
