"""Hybrid logical clock: never goes backwards, survives a wrong system clock.

An HLC timestamp is text that sorts in time order: ``<wall ms, 13 digits>.<counter,
5 digits>.<device id>``; the device id breaks ties so every device orders events the same way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HlcState:
    wall_ms: int
    counter: int


def format_hlc(state: HlcState, device_id: str) -> str:
    return f"{state.wall_ms:013d}.{state.counter:05d}.{device_id}"


def parse_hlc(text: str) -> tuple[HlcState, str]:
    wall, counter, device = text.split(".", 2)
    return HlcState(int(wall), int(counter)), device


def tick(previous: HlcState, now_ms: int) -> HlcState:
    """The next local timestamp: the wall clock if it moved forward, else counter + 1."""
    if now_ms > previous.wall_ms:
        return HlcState(now_ms, 0)
    return HlcState(previous.wall_ms, previous.counter + 1)


def receive(previous: HlcState, remote: HlcState, now_ms: int) -> HlcState:
    """Merge a remote timestamp so later local ones sort after everything seen."""
    wall = max(previous.wall_ms, remote.wall_ms, now_ms)
    if wall == previous.wall_ms == remote.wall_ms:
        counter = max(previous.counter, remote.counter) + 1
    elif wall == previous.wall_ms:
        counter = previous.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return HlcState(wall, counter)
