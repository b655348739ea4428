"""Long sync writes through ``env.ops.write`` with a progress dialog (an import is all or
nothing: it cannot be cancelled half way, so the dialog has no cancel button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from rts_desktop.kernel.i18n import MESSAGES, translate
from rts_desktop.ui.common.field_errors import FieldErrors
from rts_desktop.ui.env import UiEnv


def run_busy(
    parent: QWidget,
    env: UiEnv,
    title: str,
    fn: Callable[..., Any],
    *args: Any,
    owner: QWidget | None = None,
    on_done: Callable[[Any], object],
    on_error: Callable[[BaseException], bool],
    errors: FieldErrors | None = None,
    **kwargs: Any,
) -> QProgressDialog:
    """Write ``fn(db, ctx, *args, progress=..., **kwargs)`` through ``env.ops.write`` while a
    progress dialog over ``parent`` shows its steps.

    ``owner`` (``parent`` when not given) is disabled meanwhile and named as the initiator of
    the changes; ``on_error`` returns True when it showed the error itself, otherwise the
    error goes next to its field in ``errors`` or to a message box."""
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setObjectName("sync_progress")
    dialog.setWindowTitle(QCoreApplication.translate("sync", "Sincronizzazione"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if message:
            dialog.setLabelText(translate(MESSAGES, message))  # i18n: dynamic

    def close() -> None:
        dialog.reset()
        dialog.close()

    def succeeded(value: Any) -> None:
        close()
        on_done(value)

    def failed(exc: BaseException) -> bool:
        close()
        return on_error(exc)

    env.ops.write(
        owner or parent,
        fn,
        *args,
        on_done=succeeded,
        on_error=failed,
        on_progress=progressed,
        errors=errors,
        **kwargs,
    )
    # disabling the owner disables its child windows too: the progress stays readable
    dialog.setEnabled(True)
    return dialog
