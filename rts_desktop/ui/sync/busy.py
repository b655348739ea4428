"""Long sync work on the runner with a progress dialog (an import is all or nothing:
it cannot be cancelled half way, so the dialog has no cancel button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import Work


def run_busy(
    parent: QWidget,
    env: UiEnv,
    title: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """Run ``work(progress)`` on ``env.runner`` while a progress dialog shows its steps."""
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
            dialog.setLabelText(QCoreApplication.translate("errors", message))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.close()
        callback(value)

    env.runner.run(
        work,
        on_success=lambda r: finish(on_success, r),
        on_error=lambda e: finish(on_error, e),
        on_progress=progressed,
    )
    return dialog
