"""Side-by-side layout of overlapping events in a day column (pure, no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Placed(Generic[T]):
    item: T
    start: dt.datetime
    end: dt.datetime
    lane: int
    lanes: int  # lanes in the item's cluster of overlapping events


def place(items: Sequence[tuple[T, dt.datetime, dt.datetime]]) -> list[Placed[T]]:
    """Greedy lanes: each event takes the first free lane; a cluster of events that overlap
    (directly or through others) shares the same lane count so blocks line up."""
    ordered = sorted(items, key=lambda x: (x[1], -(x[2] - x[1]).total_seconds()))
    placed: list[Placed[T]] = []
    cluster: list[tuple[T, dt.datetime, dt.datetime, int]] = []
    lane_ends: list[dt.datetime] = []
    cluster_end: dt.datetime | None = None

    def flush() -> None:
        width = len(lane_ends)
        placed.extend(Placed(i, s, e, lane, width) for i, s, e, lane in cluster)

    for item, start, end in ordered:
        end = max(end, start + dt.timedelta(minutes=15))
        if cluster_end is not None and start >= cluster_end:
            flush()
            cluster, lane_ends, cluster_end = [], [], None
        lane = next((n for n, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((item, start, end, lane))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    flush()
    return placed


def max_lanes(items: Sequence[tuple[T, dt.datetime, dt.datetime]]) -> int:
    """The widest cluster's lane count of ``place(items)`` (the most events running at once),
    by a sweep: cheap enough to decide whether a busy column is drawn at all."""
    shortest = dt.timedelta(minutes=15)
    starts = sorted(start for _item, start, _end in items)
    ends = sorted(max(end, start + shortest) for _item, start, end in items)
    widest = ended = 0
    for n, start in enumerate(starts):
        while ends[ended] <= start:  # an event ending when another starts frees its lane
            ended += 1
        widest = max(widest, n + 1 - ended)
    return widest
