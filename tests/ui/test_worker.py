"""The background helper delivers results and errors on the GUI thread, and cancels."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from rts_desktop.kernel.progress import Cancelled
from rts_desktop.ui.worker import SyncRunner, ThreadRunner


def test_thread_runner_returns_on_gui_thread(qtbot):
    runner = ThreadRunner()
    seen: dict[str, object] = {}
    gui = QThread.currentThread()

    def work(progress):
        seen["worker_thread"] = threading.current_thread().name
        progress.step(1, 2, "metà")
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    steps: list[tuple[int, int, str]] = []
    runner.run(
        work, on_success=done, on_error=lambda e: None, on_progress=lambda *a: steps.append(a)
    )
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["on_gui"] is True
    assert seen["worker_thread"] != threading.main_thread().name
    qtbot.waitUntil(lambda: steps == [(1, 2, "metà")])


def test_errors_and_cancel_reach_the_callbacks(qtbot):
    errors: list[BaseException] = []
    started = threading.Event()

    def slow(progress):
        started.set()
        for i in range(10_000):
            progress.step(i, 10_000)
            threading.Event().wait(0.001)

    runner = ThreadRunner()
    task = runner.run(slow, on_success=lambda r: None, on_error=errors.append)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled)

    failures: list[BaseException] = []
    SyncRunner().run(lambda p: 1 / 0, on_success=lambda r: None, on_error=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)
