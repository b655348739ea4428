"""Agreeing a draft with the SST social worker, and recording a review with an outcome per
goal. Both write through the plan services; errors show under the named field."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import GoalOutcome, label
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.common import PlanDTO
from rts_desktop.services.plans.reviews import OutcomeInput, add_review
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.forms import PlanWriteDialog

REVIEW_MONTHS = 3  # the usual rhythm of reviews with the SST

_tr = translator("buttons")


def _box(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annulla"))
    box.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    box.rejected.connect(dialog.reject)
    return box


class AgreeDialog(PlanWriteDialog):
    """Condividi: the date and the SST social worker who agreed the plan; then it is frozen."""

    def __init__(
        self, env: UiEnv, plan: PlanDTO, social_worker: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env, self.plan = env, plan
        self.setWindowTitle(
            self.tr("Condividi il progetto (versione %1)").replace("%1", str(plan.version_no))
        )
        today = env.ctx.today()
        intro = QLabel(
            self.tr(
                "Dopo la condivisione questa versione non si potrà più modificare: sarà quella che "
                "si stampa e si firma. Per cambiare qualcosa si crea una nuova versione."
            )
        )
        intro.setWordWrap(True)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.agreed_on = DateEdit(today)
        self.agreed_on.setObjectName("agreed_on")
        self.agreed_with = QLineEdit(social_worker)
        self.agreed_with.setObjectName("agreed_with")
        self.agreed_with.setPlaceholderText(self.tr("Nome e cognome dell'assistente sociale"))
        self.next_review = DateEdit(
            plan.next_review_due or today + relativedelta(months=REVIEW_MONTHS), optional=True
        )
        self.next_review.setObjectName("next_review_due")
        self.errors.add(form, self.tr("Condiviso &il"), self.agreed_on, "agreed_on")
        self.errors.add(form, self.tr("&Assistente sociale SST"), self.agreed_with, "agreed_with")
        self.errors.add(form, self.tr("&Prossima verifica"), self.next_review, "next_review_due")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(_box(self, self.tr("&Condividi")))
        fit_to_screen(self, 520, 240)

    @shows_date_errors
    def save(self) -> None:
        on, who, due = self.agreed_on.value(), self.agreed_with.text(), self.next_review.value()
        assert on is not None
        self.env.ops.write(
            self,
            plans.agree,
            self.plan.id,
            on,
            who,
            next_review_due=due,
            on_done=self.finish,
            errors=self.errors,
        )


class ReviewDialog(PlanWriteDialog):
    """Verifica: date, notes, an outcome (or none) for each goal, the next review date."""

    def __init__(self, env: UiEnv, plan: PlanDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.plan = env, plan
        self.setWindowTitle(
            self.tr("Verifica del progetto (versione %1)").replace("%1", str(plan.version_no))
        )
        today = env.ctx.today()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.date = DateEdit(today)
        self.date.setObjectName("date")
        self.errors.add(form, self.tr("&Data della verifica"), self.date, "date")
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setColumnStretch(0, 1)
        grid.addWidget(QLabel(self.tr("<b>Obiettivo</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Esito</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Commento</b>")), 0, 2)
        self.outcomes: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for row, goal in enumerate(plan.goals, start=1):
            title = QLabel(f"{goal.domain_label}: {goal.title}")
            title.setWordWrap(True)
            outcome = QComboBox()
            outcome.setObjectName(f"outcome_{row}")
            outcome.addItem(self.tr("— non valutato —"), None)
            for code in GoalOutcome:
                outcome.addItem(text_of(label(code)), str(code))
            title.setBuddy(outcome)
            comment = QLineEdit()
            comment.setObjectName(f"comment_{row}")
            grid.addWidget(title, row, 0)
            grid.addWidget(outcome, row, 1)
            grid.addWidget(comment, row, 2)
            self.outcomes[goal.id] = (outcome, comment)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        self.outcome_error = QLabel()
        self.outcome_error.setStyleSheet("color: #b00020;")
        self.outcome_error.hide()
        self.errors.fields["outcomes"] = (scroll, self.outcome_error)
        tail = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.next_review = DateEdit(today + relativedelta(months=REVIEW_MONTHS), optional=True)
        self.next_review.setObjectName("next_review_due")
        self.errors.add(tail, self.tr("&Note"), self.notes, "notes")
        self.errors.add(tail, self.tr("&Prossima verifica"), self.next_review, "next_review_due")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome_error)
        layout.addLayout(tail)
        layout.addWidget(self.general)
        layout.addWidget(_box(self, self.tr("&Registra verifica")))
        fit_to_screen(self, 860, 520)

    def set_outcome(self, goal_id: str, outcome: str, comment: str = "") -> None:
        combo, line = self.outcomes[goal_id]
        combo.setCurrentIndex(combo.findData(outcome))
        line.setText(comment)

    @shows_date_errors
    def save(self) -> None:
        outcomes = [
            OutcomeInput(goal_id, combo.currentData(), line.text() or None)
            for goal_id, (combo, line) in self.outcomes.items()
            if combo.currentData()
        ]
        date: dt.date | None = self.date.value()
        assert date is not None
        notes, due = self.notes.toPlainText() or None, self.next_review.value()
        self.env.ops.write(
            self,
            add_review,
            self.plan.id,
            date,
            notes,
            outcomes,
            due,
            on_done=self.finish,
            errors=self.errors,
        )
