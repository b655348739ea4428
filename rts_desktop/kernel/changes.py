"""Typed changes: which records an action touched, named by aggregate and id.

A committed write announces ``Changes`` (``cases={id}``, ``plans={id}``...), mapped from the
tables it wrote in one place (``db/aggregates.py``). Views subscribe to the aggregates they
show and reload only the records named; a bundle import announces ``everything``. The
``initiator`` is whoever ran the operation (a view knows its own change). In server mode the
same value travels between PCs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Aggregate(StrEnum):
    """A group of records views refresh together, named by its root's id."""

    CASES = "cases"
    PEOPLE = "people"
    HOUSEHOLDS = "households"
    APARTMENTS = "apartments"
    STAYS = "stays"
    EVENTS = "events"
    PLANS = "plans"
    ASSESSMENTS = "assessments"
    OPERATORS = "operators"
    AUDIT = "audit"
    #: devices, bundles, conflicts and pending changes (the Sync page)
    SYNC = "sync"


@dataclass(frozen=True)
class Changes:
    """What one committed action changed.

    ``ids`` names the records per aggregate; ``whole`` holds aggregates changed in records
    the action could not name (every record of them counts as changed); ``everything`` is
    set by a bundle import or a restore.
    """

    ids: Mapping[Aggregate, frozenset[str]] = field(default_factory=dict)
    whole: frozenset[Aggregate] = frozenset()
    everything: bool = False
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, **ids: Iterable[str]) -> Changes:
        """``Changes.of(cases=[case_id], plans=[plan_id])``."""
        return cls({Aggregate(k): frozenset(v) for k, v in ids.items() if v})

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def whole_of(cls, *aggregates: Aggregate) -> Changes:
        return cls(whole=frozenset(aggregates))

    def __bool__(self) -> bool:
        return self.everything or bool(self.whole) or any(self.ids.values())

    def touches(self, *aggregates: Aggregate) -> bool:
        """Any record of these aggregates changed."""
        return self.everything or any(a in self.whole or self.ids.get(a) for a in aggregates)

    def touches_record(self, aggregate: Aggregate, record_id: str | None) -> bool:
        """This record (or every record of its aggregate) changed."""
        if self.everything or aggregate in self.whole:
            return True
        return record_id is not None and record_id in self.ids.get(aggregate, frozenset())

    def ids_of(self, aggregate: Aggregate) -> frozenset[str] | None:
        """The changed ids of an aggregate; None when every record counts as changed."""
        if self.everything or aggregate in self.whole:
            return None
        return self.ids.get(aggregate, frozenset())

    def merged(self, other: Changes) -> Changes:
        ids = dict(self.ids)
        for aggregate, more in other.ids.items():
            ids[aggregate] = ids.get(aggregate, frozenset()) | more
        return Changes(
            ids,
            self.whole | other.whole,
            self.everything or other.everything,
            self.initiator if self.initiator is not None else other.initiator,
        )

    def by(self, initiator: object) -> Changes:
        """The same changes, marked as made by ``initiator`` (a view, a dialog)."""
        return replace(self, initiator=initiator)


Listener = Callable[[Changes], None]


class ChangesHub:
    """Tells subscribers what each committed action changed (on the committing thread)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, changes: Changes) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)
