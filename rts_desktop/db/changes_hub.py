"""A GUI-free announcement of what changed, so views refresh only what they show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """The tables a committed action wrote to."""

    tables: frozenset[str]

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


Listener = Callable[[Changes], None]


class ChangesHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)
