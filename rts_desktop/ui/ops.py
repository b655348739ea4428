"""The one way the UI runs a write: on the worker, errors shown by one helper, changes told.

::

    env.ops.write(self, notes.add_note, case_id, kind, day, text,
                  on_done=self.saved, errors=self.errors)

runs ``notes.add_note.run(db, ctx, ...)`` through the environment's runner (a worker thread
in the app, the calling thread in tests). While it runs, ``owner`` is disabled, so a second
click cannot send the same write twice. Afterwards, on the GUI thread:

- success: the changes go to the hub marked with ``owner`` as their initiator, then
  ``on_done(value)`` runs;
- a ``ValidationError`` goes next to its field when ``errors`` has one, any other error to
  one message box (``show_error``); ``on_error(exc)`` runs first and may return True to
  say it handled the error itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from rts_desktop.kernel.progress import Progress
from rts_desktop.ui.common.field_errors import FieldErrors, show_error
from rts_desktop.ui.worker import OnProgress, Runner, Task

if TYPE_CHECKING:  # loaded with the first write: the window frame shows before these
    from rts_desktop.db import Database
    from rts_desktop.db.operations import Done
    from rts_desktop.kernel.context import ActingContext

log = logging.getLogger(__name__)
T = TypeVar("T")


class Host(Protocol):
    """What the writes need of the UI environment (``UiEnv``)."""

    db: Database
    ctx: ActingContext
    runner: Runner


class Ops:
    def __init__(self, env: Host) -> None:
        self.env = env

    def write(
        self,
        owner: QWidget,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], object] | None = None,
        errors: FieldErrors | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        on_progress: OnProgress | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run the write ``fn(db, ctx, *args, **kwargs)`` off the GUI thread (see above).

        With ``on_progress``, ``fn`` also gets ``progress=`` (steps shown, cancel asked) and
        the returned task can be cancelled."""
        from rts_desktop.db.operations import run_write

        env = self.env
        if errors is not None:
            errors.clear()
        busy = _Busy.start(owner)

        def succeeded(done: Done[T]) -> None:
            env.db.hub.emit(done.changes.by(owner))  # the other views hear it in any case
            if busy.finish() and on_done is not None:
                on_done(done.value)

        def failed(exc: BaseException) -> None:
            if not busy.finish():
                log.warning("write failed after its window closed: %s", type(exc).__name__)
                return
            if on_error is not None and on_error(exc):
                return
            if not isinstance(exc, Exception):
                raise exc
            log.debug("write %s failed", getattr(fn, "__name__", fn), exc_info=exc)
            show_error(owner, exc, errors)

        def work(progress: Progress) -> Done[T]:
            extra = {"progress": progress} if on_progress is not None else {}
            return run_write(fn, env.db, env.ctx, *args, **kwargs, **extra)

        return env.runner.run(work, on_success=succeeded, on_error=failed, on_progress=on_progress)


class _Busy(QObject):
    """While writes of an owner run: the owner is disabled (no second click), its window
    refuses to close (a dialog closed mid-save would look cancelled although the save
    commits), and afterwards the owner gets back the enabled state it had before."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.window = owner.window()
        self.running = 0
        self.was_enabled = owner.isEnabled()
        owner.setEnabled(False)
        self.window.installEventFilter(self)

    @classmethod
    def start(cls, owner: QWidget) -> _Busy:
        found = owner.findChild(_Busy, options=Qt.FindChildOption.FindDirectChildrenOnly)
        busy = found if isinstance(found, _Busy) and found.running else cls(owner)
        busy.running += 1
        return busy

    def finish(self) -> bool:
        """One write ended; False when the owner is gone (nothing of it may be touched)."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.owner):
            log.debug("write finished after its window closed")
            return False
        self.running -= 1
        if self.running == 0:
            self.owner.setEnabled(self.was_enabled)
            if shiboken6.isValid(self.window):
                self.window.removeEventFilter(self)
            self.deleteLater()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.running and event.type() == QEvent.Type.Close and watched is self.window:
            event.ignore()
            return True
        if (
            self.running
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return True
        return super().eventFilter(watched, event)
