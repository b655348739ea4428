"""The goals of a plan as a tree: domain → goal (indicator, target date, last outcome) →
actions (owner, due date, status). Kind and id of each row are kept in UserRole data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import PlanDomain, label
from rts_desktop.services.plans.common import ActionDTO, GoalDTO, PlanDTO
from rts_desktop.ui.plans.goal_dialogs import owner_text

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DOMAIN_ORDER = [str(d) for d in PlanDomain]


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""  # type: ignore[attr-defined]


class GoalsTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goals_tree")
        self.setAccessibleName(self.tr("Obiettivi e azioni"))
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Obiettivo / azione"),
                self.tr("Indicatore"),
                self.tr("Chi"),
                self.tr("Entro il"),
                self.tr("Stato / ultimo esito"),
            ]
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)

    def show_plan(self, plan: PlanDTO | None) -> None:
        keep = self.selected()
        self.clear()
        if plan is None:
            return
        last = plan.reviews[-1] if plan.reviews else None
        bold = QFont(self.font())
        bold.setBold(True)
        groups: dict[str, list[GoalDTO]] = {}
        for g in plan.goals:
            groups.setdefault(g.domain, []).append(g)
        number = 0
        for domain in sorted(
            groups, key=lambda d: DOMAIN_ORDER.index(d) if d in DOMAIN_ORDER else 99
        ):
            head = QTreeWidgetItem([text_of(label(domain)).upper()])
            head.setData(0, KIND_ROLE, "domain")
            head.setData(0, ID_ROLE, domain)
            head.setFont(0, bold)
            head.setForeground(0, QBrush(QColor("#1f3b57")))
            head.setFirstColumnSpanned(True)
            self.addTopLevelItem(head)
            for goal in groups[domain]:
                number += 1
                outcome = last.outcome_for(goal.id) if last else None
                item = QTreeWidgetItem(
                    [
                        f"{number}. {goal.title}",
                        goal.indicator or "",
                        "",
                        _date(goal.target_date),
                        text_of(label(outcome.outcome)) if outcome else "",
                    ]
                )
                item.setData(0, KIND_ROLE, "goal")
                item.setData(0, ID_ROLE, goal.id)
                item.setFont(0, bold)
                item.setToolTip(0, goal.title)
                item.setToolTip(1, goal.indicator or "")
                head.addChild(item)
                for i, action in enumerate(goal.actions, start=1):
                    item.addChild(self._action_item(number, i, action))
        self.expandAll()
        if keep:
            self.select(*keep)

    def _action_item(self, goal_no: int, i: int, action: ActionDTO) -> QTreeWidgetItem:
        row = QTreeWidgetItem(
            [
                f"{goal_no}.{i}  {action.description}",
                "",
                owner_text(action.owner),
                _date(action.due_date),
                text_of(label(action.status)),
            ]
        )
        row.setData(0, KIND_ROLE, "action")
        row.setData(0, ID_ROLE, action.id)
        row.setToolTip(0, action.description)
        if action.is_closed:
            for col in range(5):
                row.setForeground(col, QBrush(QColor("#666")))
        return row

    def selected(self) -> tuple[str, str] | None:
        """(kind, id) of the current row: kind is "domain", "goal" or "action"."""
        item = self.currentItem()
        if item is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def select(self, kind: str, record_id: str) -> bool:
        it = self.invisibleRootItem()
        stack = [it.child(i) for i in range(it.childCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == record_id:
                self.setCurrentItem(item)
                return True
            stack.extend(item.child(i) for i in range(item.childCount()))
        return False
