"""The deadlines of the Scadenze panel, read once for every view of a session that shows
them (the panel, the Oggi page): at start-up both ask, and one read on the background
runner answers both.

``request()`` wants the current list: a read under way or a list already read will do.
``reload(cause)`` wants a fresh one (something changed, or the person pressed F5); views
that heard the same change (``cause``, the hub's ``Changes``) share one read. A list read
while a reload was asked for is not handed out: it is read again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rts_desktop.services import deadlines
from rts_desktop.services.deadlines import Deadline
from rts_desktop.ui.env import UiEnv


class DeadlinesFeed(QObject):
    #: the list (``deadlines.upcoming`` for the session's operator and today)
    arrived = Signal(list)
    failed = Signal(object)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.items: list[Deadline] | None = None
        self._valid = False
        self._reading = False
        self._again = False
        self._cause: object | None = None

    @classmethod
    def of(cls, env: UiEnv) -> DeadlinesFeed:
        """The session's feed (made by the first view that asks)."""
        feed = env.shared.get(cls.__name__)
        if not isinstance(feed, DeadlinesFeed):
            feed = env.shared[cls.__name__] = cls(env)
        return feed

    def request(self) -> None:
        if self._reading:
            return  # ``arrived`` follows
        if self._valid and self.items is not None:
            self.arrived.emit(self.items)
        else:
            self._read()

    def reload(self, cause: object | None = None) -> None:
        if self._reading and cause is not None and cause is self._cause:
            return  # already being read again for this change
        self._cause = cause
        self._valid = False
        if self._reading:
            self._again = True
        else:
            self._read()

    def _read(self) -> None:
        self._reading = True
        db, ctx = self.env.db, self.env.ctx
        self.env.runner.run(
            lambda _progress: deadlines.upcoming(db, ctx.today(), ctx=ctx),
            on_success=self._came,
            on_error=self._not_read,
        )

    def _came(self, items: list[Deadline]) -> None:
        self._reading = False
        if self._again:  # something changed while it was read
            self._again = False
            self._read()
            return
        self.items, self._valid = items, True
        self.arrived.emit(items)

    def _not_read(self, exc: BaseException) -> None:
        self._reading = self._again = False
        self.failed.emit(exc)
