"""Small shared pieces of the plan views: the dialog that writes a plan, and telling a
view's own changes from the others'."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QDialog, QWidget

from rts_desktop.services.plans.common import PlanDTO


class PlanWriteDialog(QDialog):
    """A dialog that writes one change of a plan through ``env.ops.write``: the written
    version lands in ``result_plan`` and the dialog is accepted; errors stay on screen
    (under the field the service names, or in one message box)."""

    result_plan: PlanDTO | None = None

    def finish(self, plan: PlanDTO) -> None:
        self.result_plan = plan
        self.accept()


def made_within(view: QWidget, initiator: object) -> bool:
    """A change was made by ``view`` or by a widget it owns (a dialog opened on it, one of
    its buttons): the view refreshes itself after its own writes and skips the echo."""
    widget = initiator
    with contextlib.suppress(RuntimeError):  # the initiator is already gone
        while isinstance(widget, QWidget):
            if widget is view:
                return True
            widget = widget.parentWidget()
    return False
