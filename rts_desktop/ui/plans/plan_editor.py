"""The "Progetto" tab of a case file: the individualized plan, version by version.

A draft is edited here (summary, goals by domain, actions); "Condividi…" freezes it with the
date and the SST social worker; an agreed version gets reviews; "Nuova versione" copies it.
Every version can be compared with another and printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models.vocab import PlanStatus
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.common import PlanDTO, PlanSummaryDTO
from rts_desktop.services.plans.listing import CaseHeader, case_header
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.edit_conflict_dialog import offer_merge
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.agree_review import AgreeDialog, ReviewDialog
from rts_desktop.ui.plans.diff_dialog import DiffDialog
from rts_desktop.ui.plans.editor_texts import default_version, info_text, reviews_html, version_text
from rts_desktop.ui.plans.forms import PlanWriteDialog, made_within
from rts_desktop.ui.plans.goal_actions import GoalActions
from rts_desktop.ui.plans.plan_tree import GoalsTree
from rts_desktop.ui.plans.printing import PrintMixin

WATCHED = (Aggregate.PLANS,)
STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    PlanStatus.BOZZA: ("#8a6d00", "#fff3cd", "✎"),
    PlanStatus.CONDIVISO: ("#1e6b32", "#e3f4e6", "✔"),
    PlanStatus.SUPERATO: ("#555", "#eeeeee", "⟲"),
}


@dataclass
class EditorData:
    header: CaseHeader
    versions: list[PlanSummaryDTO]
    plan: PlanDTO | None


class PlanEditor(PrintMixin, GoalActions, QWidget):
    def __init__(self, env: UiEnv, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.env, self.case_id = env, case_id
        self.data: EditorData | None = None
        #: a closed case: the versions are read, compared and printed only
        self.read_only = False
        self._build()
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        self.reload()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.version = QComboBox()
        self.version.setObjectName("version")
        self.version.setMinimumWidth(260)
        # as wide as its longest entry: "… · 1 obiettiv" must not be cut
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        version_label = QLabel(self.tr("&Versione:"))
        version_label.setBuddy(self.version)
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.new_button = QPushButton(self.tr("Nuova &versione"))
        self.new_button.setObjectName("new_version")
        self.agree_button = QPushButton(self.tr("&Condividi…"))
        self.agree_button.setObjectName("agree")
        self.review_button = QPushButton(self.tr("Veri&fica…"))
        self.review_button.setObjectName("review")
        self.diff_button = QPushButton(self.tr("Con&fronta…"))
        self.diff_button.setObjectName("diff")
        self.discard_button = QPushButton(self.tr("Scarta bozza"))
        self.discard_button.setObjectName("discard")
        self.print_button = QToolButton()
        self.print_button.setObjectName("print")
        self.print_button.setText(self.tr("S&tampa"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Progetto individualizzato…"), self.print_plan)
        menu.addAction(self.tr("Patto di accoglienza…"), self.print_agreement)
        menu.addAction(self.tr("Estratto del diario…"), self.print_diary)
        self.print_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(version_label)
        bar.addWidget(self.version)
        bar.addWidget(self.status)
        bar.addStretch(1)
        for b in (
            self.new_button,
            self.discard_button,
            self.agree_button,
            self.review_button,
            self.diff_button,
            self.print_button,
        ):
            bar.addWidget(b)
        self.info = QLabel()
        self.info.setObjectName("plan_info")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #444;")

        summary_box = QGroupBox(self.tr("Sintesi del progetto"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            self.tr("Situazione di partenza e direzione del percorso, in poche righe.")
        )
        self.next_review = DateEdit(None, optional=True)
        self.next_review.setObjectName("next_review_due")
        review_label = QLabel(self.tr("Prima veri&fica prevista:"))
        review_label.setBuddy(self.next_review)
        self.save_summary = QPushButton(self.tr("Salva si&ntesi"))
        self.save_summary.setObjectName("save_summary")
        row = QHBoxLayout()
        row.addWidget(review_label)
        row.addWidget(self.next_review)
        row.addStretch(1)
        row.addWidget(self.save_summary)
        box = QVBoxLayout(summary_box)
        box.addWidget(self.summary)
        box.addLayout(row)

        self.tree = GoalsTree()
        self.add_goal_button = QPushButton(self.tr("Aggiungi &obiettivo…"))
        self.add_goal_button.setObjectName("add_goal")
        self.add_action_button = QPushButton(self.tr("Aggiungi &azione…"))
        self.add_action_button.setObjectName("add_action")
        self.edit_button = QPushButton(self.tr("&Modifica…"))
        self.edit_button.setObjectName("edit")
        self.remove_button = QPushButton(self.tr("&Elimina"))
        self.remove_button.setObjectName("remove")
        goal_bar = QHBoxLayout()
        for b in (
            self.add_goal_button,
            self.add_action_button,
            self.edit_button,
            self.remove_button,
        ):
            goal_bar.addWidget(b)
        goal_bar.addStretch(1)
        self.reviews = QLabel()
        self.reviews.setObjectName("reviews")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.RichText)
        self.reviews.setAlignment(Qt.AlignmentFlag.AlignTop)
        reviews_box = QGroupBox(self.tr("Verifiche"))
        QVBoxLayout(reviews_box).addWidget(self.reviews)

        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.tree, 1)
        goals_layout.addLayout(goal_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(summary_box)
        split.addWidget(goals)
        split.addWidget(reviews_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 1)
        split.setSizes([110, 420, 90])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(split, 1)

        self.version.activated.connect(self._version_chosen)
        self.new_button.clicked.connect(self.new_version)
        self.discard_button.clicked.connect(self.discard)
        self.agree_button.clicked.connect(self.open_agree)
        self.review_button.clicked.connect(self.open_review)
        self.diff_button.clicked.connect(self.open_diff)
        self.save_summary.clicked.connect(self.save_summary_text)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())

    # --- data -----------------------------------------------------------------------------
    @property
    def plan(self) -> PlanDTO | None:
        return self.data.plan if self.data else None

    def _changed(self, changes: Changes) -> None:
        """Reload when the version on screen changed, or another version of this case
        (the versions list); never for plans of other cases, nor for what this editor or
        its dialogs wrote (they reload it themselves)."""
        if made_within(self, changes.initiator) or not self._concerns_me(changes):
            return
        self.reload()

    def _concerns_me(self, changes: Changes) -> bool:
        plan_id = self.plan.id if self.plan else None
        if changes.touches_record(Aggregate.PLANS, plan_id):
            return True
        changed = changes.ids_of(Aggregate.PLANS) or frozenset()
        known = {v.id for v in self.data.versions} if self.data else set()
        if changed & known:
            return True  # another version of this case (a draft discarded, superseded...)
        # a version this editor does not know yet: new only if it belongs to this case
        return bool(changed - known) and changes.touches_record(Aggregate.CASES, self.case_id)

    def reload(self, plan_id: str | None = None) -> None:
        db, ctx, case_id = self.env.db, self.env.ctx, self.case_id
        wanted = plan_id or (self.plan.id if self.plan else None)

        def work(_p: object) -> EditorData:
            versions = plans.list_plans(db, case_id, ctx=ctx)
            ids = [v.id for v in versions]
            chosen = wanted if wanted in ids else default_version(versions)
            return EditorData(
                case_header(db, case_id, ctx.today(), ctx=ctx),
                versions,
                plans.get_plan(db, chosen, ctx=ctx) if chosen else None,
            )

        self.env.runner.run(work, on_success=self.show_data, on_error=lambda e: show_error(self, e))

    def show_data(self, data: EditorData) -> None:
        self.data = data
        plan = data.plan
        self.version.clear()
        for v in data.versions:
            self.version.addItem(version_text(v), v.id)
        if plan:
            self.version.setCurrentIndex(self.version.findData(plan.id))
        fg, bg, sym = (
            STATUS_STYLE.get(plan.status, ("#555", "#eee", "")) if plan else ("#555", "#eee", "")
        )
        self.status.setText(f"{sym} {plan.status_label}" if plan else self.tr("Nessun progetto"))
        self.status.setStyleSheet(
            f"color:{fg}; background:{bg}; padding:3px 8px; border-radius:3px; font-weight:600;"
        )
        self.summary.setPlainText(plan.summary or "" if plan else "")
        self.next_review.set_value(plan.next_review_due if plan else None)
        self.tree.show_plan(plan)
        self.info.setText(info_text(plan))
        self.reviews.setText(reviews_html(plan))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        """What may be done follows the plan's capability flags (computed by the service);
        on a closed case nothing is written."""
        plan = None if self.read_only else self.plan
        editable = plan is not None and plan.can_edit
        has_draft = bool(self.data and any(v.is_draft for v in self.data.versions))
        self.new_button.setText(
            self.tr("Nuova &versione")
            if self.data and self.data.versions
            else self.tr("Nuova &bozza")
        )
        self.new_button.setEnabled(not has_draft and not self.read_only)
        self.discard_button.setVisible(plan is not None and plan.can_discard)
        self.agree_button.setEnabled(plan is not None and plan.can_agree)
        self.review_button.setEnabled(plan is not None and plan.can_review)
        self.diff_button.setEnabled(bool(self.data and len(self.data.versions) > 1))
        self.print_button.setEnabled(self.plan is not None)
        self.next_review.setEnabled(editable)
        self.summary.setReadOnly(not editable)
        self.save_summary.setVisible(editable)
        selected = self.tree.selected()
        item = selected is not None and selected[0] != "domain"
        self.add_goal_button.setEnabled(plan is not None and plan.can_add_goal)
        self.add_action_button.setEnabled(editable and item)
        self.edit_button.setEnabled(editable and item)
        self.remove_button.setEnabled(editable and item)

    def is_dirty(self) -> bool:
        plan = self.plan
        return bool(
            plan
            and plan.can_edit
            and (
                self.summary.toPlainText() != (plan.summary or "")
                or self.next_review.committed_value() != plan.next_review_due
            )
        )

    def confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Sintesi non salvata"),
            self.tr(
                "La sintesi della bozza è stata modificata ma non salvata. Perdere le modifiche?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- actions --------------------------------------------------------------------------
    def _version_chosen(self, index: int) -> None:
        plan_id = self.version.itemData(index)
        if self.plan and plan_id == self.plan.id:
            return
        if not self.confirm_leave():
            self.version.setCurrentIndex(self.version.findData(self.plan.id if self.plan else None))
            return
        self.reload(plan_id)

    def _write(self, fn: Callable[..., PlanDTO | None], *args: object, **kwargs: object) -> None:
        """Run a plan write owned by this editor; then show the version it returns."""
        self.env.ops.write(self, fn, *args, on_done=self._written, **kwargs)

    def _written(self, plan: PlanDTO | None) -> None:
        self.reload(plan.id if plan else "")

    def new_version(self) -> None:
        if not self.confirm_leave():
            return
        latest = self.data.versions[0] if self.data and self.data.versions else None
        if latest:
            self._write(plans.new_version, latest.id)
        else:
            self._write(plans.create_draft, self.case_id)

    def discard(self) -> None:
        plan = self.plan
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Scarta bozza"),
            self.tr("Eliminare la bozza della versione %1?").replace("%1", str(plan.version_no)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(plans.discard_draft, plan.id)

    def save_summary_text(self, then: Callable[[], None] | None = None) -> None:
        """Save the draft's summary and review date; ``then`` runs once it is saved."""
        plan = self.plan
        assert plan is not None

        def saved(result: PlanDTO) -> None:
            if self.data is not None:  # what was saved is what is on screen now
                self.data = replace(self.data, plan=result)
            self.reload(result.id)
            if then is not None:
                then()

        try:
            review = self.next_review.value()
        except ValidationError as exc:
            show_error(self, exc)
            return
        labels = {
            "summary": self.tr("Sintesi del progetto"),
            "next_review_due": self.tr("Prima verifica prevista"),
        }

        def attempt(summary: str | None, due: dt.date | None, expected: str) -> None:
            def merged(chosen: dict[str, Any], current: str) -> None:
                attempt(chosen.get("summary", summary), chosen.get("next_review_due", due), current)

            self.env.ops.write(
                self,
                plans.edit_plan,
                plan.id,
                summary,
                due,
                expected_version=expected,
                on_done=saved,
                on_error=lambda exc: offer_merge(self, exc, labels, merged),
            )

        attempt(self.summary.toPlainText() or None, review, plan.version)

    def _dialog_done(self, dialog: PlanWriteDialog) -> None:
        if dialog.exec() and dialog.result_plan is not None:
            self.reload(dialog.result_plan.id)

    def make_agree_dialog(self) -> AgreeDialog:
        assert self.plan is not None and self.data is not None
        return AgreeDialog(self.env, self.plan, self.data.header.sst_social_worker, self)

    def open_agree(self) -> None:
        """Unsaved summary edits are saved first (the agreed text is what is on screen)."""
        if self.is_dirty():
            self.save_summary_text(then=lambda: self._dialog_done(self.make_agree_dialog()))
        else:
            self._dialog_done(self.make_agree_dialog())

    def make_review_dialog(self) -> ReviewDialog:
        assert self.plan is not None
        return ReviewDialog(self.env, self.plan, self)

    def open_review(self) -> None:
        self._dialog_done(self.make_review_dialog())

    def open_diff(self) -> None:
        if self.data and self.plan:
            DiffDialog(self.env, self.data.versions, self.plan.id, self).exec()
