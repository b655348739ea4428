"""The plan editor's goal and action buttons: add a goal (in the domain selected), add an
action (to the goal selected, or to the goal of the action selected), edit or remove what is
selected. A mixin of ``PlanEditor``, as ``PrintMixin`` is for its print menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from rts_desktop.kernel.i18n import translator
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.common import PlanDTO
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.forms import PlanWriteDialog
from rts_desktop.ui.plans.goal_dialogs import ActionDialog, GoalDialog
from rts_desktop.ui.plans.plan_tree import GoalsTree

_tr = translator("GoalActions")  # a mixin: its texts in its own context, not the widget's


class GoalActions:
    """Needs ``env``, ``plan``, ``tree``, ``read_only``, ``_dialog_done`` and ``_write``."""

    env: UiEnv
    tree: GoalsTree
    read_only: bool
    plan: PlanDTO | None
    _dialog_done: Callable[[PlanWriteDialog], None]
    _write: Callable[..., None]

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def make_goal_dialog(self) -> GoalDialog:
        assert self.plan is not None
        selected = self.tree.selected()
        domain = selected[1] if selected and selected[0] == "domain" else None
        return GoalDialog(self.env, self.plan.id, domain=domain, parent=self._parent())

    def add_goal(self) -> None:
        self._dialog_done(self.make_goal_dialog())

    def _goal_of_selection(self) -> str | None:
        selected = self.tree.selected()
        if selected is None or self.plan is None:
            return None
        if selected[0] == "goal":
            return selected[1]
        for g in self.plan.goals:
            if any(a.id == selected[1] for a in g.actions):
                return g.id
        return None

    def make_action_dialog(self) -> ActionDialog | None:
        goal_id = self._goal_of_selection()
        return ActionDialog(self.env, goal_id, parent=self._parent()) if goal_id else None

    def add_action(self) -> None:
        dialog = self.make_action_dialog()
        if dialog:
            self._dialog_done(dialog)

    def make_edit_dialog(self) -> GoalDialog | ActionDialog | None:
        selected, plan = self.tree.selected(), self.plan
        if selected is None or plan is None or not plan.can_edit or self.read_only:
            return None
        kind, rid = selected
        for g in plan.goals:
            if kind == "goal" and g.id == rid:
                return GoalDialog(self.env, plan.id, g, parent=self._parent())
            for a in g.actions:
                if kind == "action" and a.id == rid:
                    return ActionDialog(self.env, g.id, a, parent=self._parent())
        return None

    def edit_selected(self) -> None:
        dialog = self.make_edit_dialog()
        if dialog:
            self._dialog_done(dialog)

    def remove_selected(self) -> None:
        selected = self.tree.selected()
        if selected is None or selected[0] == "domain":
            return
        what = _tr("l'obiettivo e le sue azioni") if selected[0] == "goal" else _tr("l'azione")
        answer = QMessageBox.question(
            self._parent(), _tr("Elimina"), _tr("Eliminare %1?").replace("%1", what)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        fn = plans.remove_goal if selected[0] == "goal" else plans.remove_action
        self._write(fn, selected[1])
