"""Follow the database's change hub from a widget, safely across threads.

The hub calls listeners on whatever thread committed; this object re-emits on the GUI
thread (queued signal) and unsubscribes when its owner widget is destroyed. A listener names
the aggregates it shows and receives the ``Changes``, so it can reload only the records named.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rts_desktop.db import Database
from rts_desktop.kernel.changes import Aggregate, Changes


class HubListener(QObject):
    changed = Signal(object)

    def __init__(
        self,
        owner: QWidget,
        db: Database,
        aggregates: Iterable[Aggregate],
        on_change: Callable[[Changes], None],
    ) -> None:
        super().__init__(owner)
        self.aggregates = tuple(aggregates)
        self._unsubscribe: Callable[[], None] | None = db.hub.subscribe(self._heard)
        self.changed.connect(on_change)
        unsubscribe = self._unsubscribe
        owner.destroyed.connect(lambda *_a: _quietly(unsubscribe))

    def _heard(self, changes: Changes) -> None:
        if changes.touches(*self.aggregates):
            with contextlib.suppress(RuntimeError):  # the C++ object is already gone
                self.changed.emit(changes)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            _quietly(self._unsubscribe)
            self._unsubscribe = None


def _quietly(unsubscribe: Callable[[], None]) -> None:
    with contextlib.suppress(ValueError):  # already unsubscribed
        unsubscribe()
