"""Background work through one helper: run off the GUI thread, come back on it.

``runner.run(fn, on_success=..., on_error=...)`` calls ``fn(progress)`` on a worker thread
(QThreadPool) and delivers the result or the error to the callbacks on the GUI thread; widgets
are touched only there. Tests use ``SyncRunner``, which does the same synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rts_desktop.kernel.progress import Progress

log = logging.getLogger(__name__)
Work = Callable[[Progress], Any]
OnSuccess = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int, str], None]


class Runner(Protocol):
    def run(
        self,
        work: Work,
        *,
        on_success: OnSuccess,
        on_error: OnError,
        on_progress: OnProgress | None = None,
    ) -> Task: ...


class Task(QObject):
    """A piece of work; ``cancel()`` asks it to stop at its next progress step."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @property
    def is_cancelled(self) -> bool:
        return self._cancel

    def progress(self) -> Progress:
        return Progress(report=self.progressed.emit, cancelled=lambda: self._cancel)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.task = task
        self.work = work

    def run(self) -> None:
        try:
            try:
                result = self.work(self.task.progress())
            except BaseException as exc:  # delivered to the GUI thread, never lost
                log.debug("background work failed", exc_info=True)
                self.task.failed.emit(exc)
            else:
                self.task.succeeded.emit(result)
        except RuntimeError:
            # the task's QObject is gone (the application is closing): nobody to tell
            log.debug("background result dropped: its task no longer exists", exc_info=True)


def _connect(
    task: Task, on_success: OnSuccess, on_error: OnError, on_progress: OnProgress | None
) -> None:
    task.succeeded.connect(on_success)
    task.failed.connect(on_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)


class ThreadRunner:
    """Runs work on Qt's global thread pool."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._tasks: set[Task] = set()

    def run(
        self,
        work: Work,
        *,
        on_success: OnSuccess,
        on_error: OnError,
        on_progress: OnProgress | None = None,
    ) -> Task:
        task = Task()
        _connect(task, on_success, on_error, on_progress)
        self._tasks.add(task)  # keep the QObject alive until it reports
        task.succeeded.connect(lambda _=None, t=task: self._tasks.discard(t))
        task.failed.connect(lambda _=None, t=task: self._tasks.discard(t))
        self.pool.start(_Runnable(task, work))
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncRunner:
    """Same interface, runs immediately on the calling thread (tests, scripts)."""

    def run(
        self,
        work: Work,
        *,
        on_success: OnSuccess,
        on_error: OnError,
        on_progress: OnProgress | None = None,
    ) -> Task:
        task = Task()
        _connect(task, on_success, on_error, on_progress)
        _Runnable(task, work).run()
        return task
