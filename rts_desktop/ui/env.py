"""What every view receives: the database, the acting context and the background runner."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    #: readers shared by the views of this environment, by name (``DeadlinesFeed.of``); a
    #: copy made with ``dataclasses.replace`` starts with none
    shared: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def ops(self) -> Ops:
        """The one way a view writes (``ui/ops.py``)."""
        return Ops(self)
