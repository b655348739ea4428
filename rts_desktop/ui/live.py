"""Live updates in the window: what the other PCs commit reaches the views on the GUI thread.

The database's listener (``db/live.py``) hears on its own thread; ``start_live_updates``
gives it a ``post`` that crosses to the GUI thread through a queued signal, where the hub
tells the views as it does for this PC's own writes. Nothing happens on SQLite.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from rts_desktop.db import Database

log = logging.getLogger(__name__)


class _GuiPoster(QObject):
    """Runs callables posted from any thread on the thread this object lives in."""

    posted = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        try:
            self.posted.emit(fn)
        except RuntimeError:  # the window is gone (closing): nobody left to tell
            log.debug("live update dropped: its window no longer exists")

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


def start_live_updates(parent: QObject, db: Database) -> bool:
    """Let ``parent``'s views hear the other PCs' changes (while ``parent`` exists); False
    when the database is not on a server."""
    if db.engine.dialect.name != "postgresql":
        return False
    poster = _GuiPoster(parent)
    return db.listen(poster.post)
