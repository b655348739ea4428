"""Hybrid logical clock: never goes backwards, survives a wrong system clock.

An HLC timestamp is written ``<wall ms, 13 digits>.<counter, 5 digits>.<device id>``; the
device id breaks ties so every device orders events the same way. Order is decided by
:func:`hlc_key` on the numbers, never on the text. The encoding cannot overflow: a counter
that would pass :data:`MAX_COUNTER` moves the wall clock one millisecond on instead, and a
wall clock outside the 13 digits is refused when parsed (``ValueError``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WALL_MS = 10**13 - 1  # year 2286: far beyond any bundle the drift bound accepts
MAX_COUNTER = 10**5 - 1
_TEXT = re.compile(r"(\d{13})\.(\d{5})\.([0-9A-Za-z-]{1,64})")


@dataclass(frozen=True, order=True)
class HlcState:
    wall_ms: int
    counter: int


def _bounded(state: HlcState) -> HlcState:
    if state.counter > MAX_COUNTER:
        state = HlcState(state.wall_ms + 1, 0)
    if not 0 <= state.wall_ms <= MAX_WALL_MS:
        raise ValueError("hybrid clock out of range")
    return state


def format_hlc(state: HlcState, device_id: str) -> str:
    state = _bounded(state)
    return f"{state.wall_ms:013d}.{state.counter:05d}.{device_id}"


def parse_hlc(text: str) -> tuple[HlcState, str]:
    """The state and device of an HLC text; ``ValueError`` unless it is well formed."""
    match = _TEXT.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError("not a hybrid clock timestamp")
    return HlcState(int(match.group(1)), int(match.group(2))), match.group(3)


def hlc_key(text: str | None) -> tuple[int, int, str]:
    """The sort key of an HLC text, compared as numbers (an empty one sorts first)."""
    if not text:
        return (-1, -1, "")
    state, device = parse_hlc(text)
    return (state.wall_ms, state.counter, device)


def tick(previous: HlcState, now_ms: int) -> HlcState:
    """The next local timestamp: the wall clock if it moved forward, else counter + 1."""
    if now_ms > previous.wall_ms:
        return _bounded(HlcState(now_ms, 0))
    return _bounded(HlcState(previous.wall_ms, previous.counter + 1))


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
    return _bounded(HlcState(wall, counter))


def ahead_ms(state: HlcState, now_ms: int) -> int:
    """How far ``state`` is ahead of the local wall clock (0 when behind)."""
    return max(0, state.wall_ms - now_ms)
