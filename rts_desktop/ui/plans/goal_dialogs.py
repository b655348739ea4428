"""Dialogs of a draft plan: a goal (domain, title, indicator, target date) and an action
(description, owner, due date, status). Errors appear under the field the service names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import ActionOwner, ActionStatus, PlanDomain, label
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.common import ActionDTO, GoalDTO
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.edit_conflict_dialog import save_with_merge
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.forms import PlanWriteDialog

OWNER_LABELS = {"sst": "SST"}

_tr = translator("buttons")


def owner_text(code: str) -> str:
    return OWNER_LABELS.get(code) or text_of(label(code))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Save).setText(_tr("&Salva"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annulla"))
    box.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    box.rejected.connect(dialog.reject)
    return box


class GoalDialog(PlanWriteDialog):
    """New goal (``goal`` None) or edit of an existing one in a draft."""

    def __init__(
        self,
        env: UiEnv,
        plan_id: str,
        goal: GoalDTO | None = None,
        domain: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.plan_id, self.goal = env, plan_id, goal
        self.setWindowTitle(self.tr("Modifica obiettivo") if goal else self.tr("Nuovo obiettivo"))
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.domain = QComboBox()
        self.domain.setObjectName("domain")
        for code in PlanDomain:
            self.domain.addItem(text_of(label(code)), str(code))
        wanted = goal.domain if goal else domain
        if wanted:
            self.domain.setCurrentIndex(max(0, self.domain.findData(wanted)))
        self.title = QPlainTextEdit(goal.title if goal else "")
        self.title.setObjectName("title")
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(64)
        self.indicator = QLineEdit(goal.indicator or "" if goal else "")
        self.indicator.setObjectName("indicator")
        self.indicator.setPlaceholderText(
            self.tr("Come sapremo che è raggiunto (es. «tre mesi di quota pagata»)")
        )
        self.target = DateEdit(goal.target_date if goal else None, optional=True)
        self.target.setObjectName("target_date")
        self.labels = {
            "domain": self.tr("&Ambito"),
            "title": self.tr("&Obiettivo"),
            "indicator": self.tr("&Indicatore"),
            "target_date": self.tr("&Entro il"),
        }
        for field, widget in (
            ("domain", self.domain),
            ("title", self.title),
            ("indicator", self.indicator),
            ("target_date", self.target),
        ):
            self.errors.add(form, self.labels[field], widget, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(_buttons(self))
        fit_to_screen(self, 560, 300)

    @shows_date_errors
    def save(self) -> None:
        data = plans.GoalInput(
            domain=self.domain.currentData(),
            title=self.title.toPlainText(),
            indicator=self.indicator.text() or None,
            target_date=self.target.value(),
        )
        ops = self.env.ops
        if self.goal is None:
            ops.write(
                self, plans.add_goal, self.plan_id, data, on_done=self.finish, errors=self.errors
            )
        else:
            save_with_merge(
                self,
                ops,
                plans.update_goal,
                self.goal.id,
                data,
                self.goal.version,
                self.labels,
                on_done=self.finish,
                errors=self.errors,
            )


class ActionDialog(PlanWriteDialog):
    """New action under ``goal_id`` or edit of ``action``."""

    def __init__(
        self,
        env: UiEnv,
        goal_id: str,
        action: ActionDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.goal_id, self.action = env, goal_id, action
        self.setWindowTitle(self.tr("Modifica azione") if action else self.tr("Nuova azione"))
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.description = QLineEdit(action.description if action else "")
        self.description.setObjectName("description")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        for code in ActionOwner:
            self.owner.addItem(owner_text(code), str(code))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code in ActionStatus:
            self.status.addItem(text_of(label(code)), str(code))
        if action:
            self.owner.setCurrentIndex(self.owner.findData(action.owner))
            self.status.setCurrentIndex(self.status.findData(action.status))
        self.due = DateEdit(action.due_date if action else None, optional=True)
        self.due.setObjectName("due_date")
        self.labels = {
            "description": self.tr("&Azione"),
            "owner": self.tr("&Chi la svolge"),
            "due_date": self.tr("&Entro il"),
            "status": self.tr("S&tato"),
        }
        for field, widget in (
            ("description", self.description),
            ("owner", self.owner),
            ("due_date", self.due),
            ("status", self.status),
        ):
            self.errors.add(form, self.labels[field], widget, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(_buttons(self))
        fit_to_screen(self, 520, 220)

    @shows_date_errors
    def save(self) -> None:
        data = plans.ActionInput(
            description=self.description.text(),
            owner=self.owner.currentData(),
            due_date=self.due.value(),
            status=self.status.currentData(),
        )
        ops = self.env.ops
        if self.action is None:
            ops.write(
                self, plans.add_action, self.goal_id, data, on_done=self.finish, errors=self.errors
            )
        else:
            save_with_merge(
                self,
                ops,
                plans.update_action,
                self.action.id,
                data,
                self.action.version,
                self.labels,
                on_done=self.finish,
                errors=self.errors,
            )
