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
        owner.setEnabled(False)

        def succeeded(done: Done[T]) -> None:
            _enable(owner)
            env.db.hub.emit(done.changes.by(owner))
            if on_done is not None:
                on_done(done.value)

        def failed(exc: BaseException) -> None:
            _enable(owner)
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


def _enable(widget: QWidget) -> None:
    try:
        widget.setEnabled(True)
    except RuntimeError:  # the widget was closed while the write ran
        log.debug("write finished after its window closed")
