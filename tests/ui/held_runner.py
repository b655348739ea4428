"""A runner that keeps the work until the test lets it come back, as a slow worker would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class HeldRunner:
    """Keeps the work until the test lets it come back, as a slow worker would."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[Any], Any], Callable[[Any], None], Callable]] = []

    def run(self, work, *, on_success, on_error, on_progress=None):
        self.held.append((work, on_success, on_error))

    def release(self) -> None:
        work, on_success, _on_error = self.held.pop(0)
        on_success(work(None))
