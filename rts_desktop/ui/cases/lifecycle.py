"""Lifecycle actions on a case: each dialog asks only what the step needs and says what follows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.models.vocab import (
    EXIT_OUTCOME_GROUPS,
    CaseStatus,
    ExitDestination,
    ExitOutcome,
    label,
)
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases.case import CaseDTO
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv


@dataclass(frozen=True)
class Action:
    key: str
    text: str  # button text, with mnemonic
    title: str
    consequence: str
    needs_reason: bool = False
    needs_destination: bool = False
    needs_outcome: bool = False


ACTIONS: dict[str, Action] = {
    "accept": Action(
        "accept",
        noop("LifecycleDialog", "&Accetta segnalazione e avvia valutazione…"),
        noop("LifecycleDialog", "Accetta la segnalazione"),
        noop(
            "LifecycleDialog",
            "Il caso passa a «In valutazione»: si possono fissare i colloqui e proporre un alloggio.",
        ),
    ),
    "activate": Action(
        "activate",
        noop("LifecycleDialog", "A&ttiva percorso…"),
        noop("LifecycleDialog", "Attiva il percorso"),
        noop(
            "LifecycleDialog",
            "Il caso diventa «Attivo» e la data indicata è l'inizio del percorso: gli inserimenti "
            "in alloggio devono iniziare da quel giorno in poi.",
        ),
    ),
    "suspend": Action(
        "suspend",
        noop("LifecycleDialog", "&Sospendi…"),
        noop("LifecycleDialog", "Sospendi il percorso"),
        noop(
            "LifecycleDialog",
            "Il caso resta aperto ma «Sospeso»: indica il motivo, resterà nella cronologia.",
        ),
        needs_reason=True,
    ),
    "resume": Action(
        "resume",
        noop("LifecycleDialog", "&Riprendi…"),
        noop("LifecycleDialog", "Riprendi il percorso"),
        noop("LifecycleDialog", "Il caso torna «Attivo»."),
    ),
    "close": Action(
        "close",
        noop("LifecycleDialog", "&Chiudi caso…"),
        noop("LifecycleDialog", "Chiudi il caso"),
        noop(
            "LifecycleDialog",
            "Il caso diventa «Concluso» e si fissa il follow-up a 6 mesi dall'uscita. Il nucleo "
            "deve essere già uscito dall'alloggio.",
        ),
        needs_reason=True,
        needs_destination=True,
        needs_outcome=True,
    ),
    "reopen": Action(
        "reopen",
        noop("LifecycleDialog", "Ria&pri…"),
        noop("LifecycleDialog", "Riapri il caso"),
        noop(
            "LifecycleDialog",
            "Il caso torna «In valutazione»; l'uscita precedente resta nella cronologia.",
        ),
        needs_reason=True,
    ),
}

#: which actions a status offers, in button order
BY_STATUS: dict[CaseStatus, tuple[str, ...]] = {
    CaseStatus.SEGNALATO: ("accept", "close"),
    CaseStatus.IN_VALUTAZIONE: ("activate", "close"),
    CaseStatus.ATTIVO: ("suspend", "close"),
    CaseStatus.SOSPESO: ("resume", "close"),
    CaseStatus.CONCLUSO: ("reopen",),
}


def outcome_choices() -> list[tuple[str, str]]:
    """(code, text) of each way a stay can end, an outcome that shares its group with
    others named with the group: "Esito negativo – abbandono"."""
    sizes: dict[str, int] = {}
    for group in EXIT_OUTCOME_GROUPS.values():
        sizes[group] = sizes.get(group, 0) + 1
    found = []
    for outcome in ExitOutcome:
        group = EXIT_OUTCOME_GROUPS.get(outcome, outcome)
        text = text_of(label(outcome))
        if sizes.get(group, 0) > 1:
            text = f"{text_of(label(group))} – {text[:1].lower()}{text[1:]}"
        found.append((str(outcome), text))
    return found


def outcome_text(code: str) -> str:
    """The outcome as the close dialog names it ("Esito negativo – abbandono")."""
    return dict(outcome_choices()).get(code) or text_of(label(code))


#: the operation each action runs: (case id, date[, reason][, destination][, outcome=])
OPERATIONS: dict[str, Callable[..., CaseDTO]] = {
    "accept": cases.accept_referral,
    "activate": cases.activate,
    "suspend": cases.suspend,
    "resume": cases.resume,
    "close": cases.close,
    "reopen": cases.reopen,
}


def action_text(text: str) -> str:
    """A text of ``ACTIONS`` (a button, a title, a consequence) in the current language."""
    return translate("LifecycleDialog", text)  # i18n: dynamic


def actions_for(status: CaseStatus) -> list[Action]:
    return [ACTIONS[k] for k in BY_STATUS.get(status, ())]


class LifecycleDialog(QDialog):
    """Date (always), reason and destination (when the step needs them), the consequence."""

    def __init__(self, env: UiEnv, case: CaseDTO, action: Action, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.env = env
        self.case = case
        self.action = action
        self.result_case: CaseDTO | None = None
        self.setWindowTitle(
            self.tr("{action} – {code}").format(action=action_text(action.title), code=case.code)
        )
        self.setObjectName(f"lifecycle_{action.key}")
        layout = QVBoxLayout(self)
        consequence = QLabel(action_text(action.consequence))
        consequence.setWordWrap(True)
        consequence.setObjectName("consequence")
        layout.addWidget(consequence)
        form = QFormLayout()
        general = error_label()
        self.errors = FieldErrors(general)
        self.date = DateEdit(env.ctx.today(), name="date")
        self.errors.add(form, self.tr("&Data"), self.date, "date", "exit_date", "status")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        if action.needs_destination:
            self.destination.addItem(self.tr("— scegli —"), None)
            for dest in ExitDestination:
                self.destination.addItem(text_of(label(dest)), str(dest))
            self.errors.add(form, self.tr("De&stinazione"), self.destination, "exit_destination")
        self.outcome = QComboBox()
        self.outcome.setObjectName("exit_outcome")
        if action.needs_outcome:
            self.outcome.addItem(self.tr("— scegli —"), None)
            for code, text in outcome_choices():
                self.outcome.addItem(text, code)
            self.errors.add(form, self.tr("&Esito del percorso"), self.outcome, "exit_outcome")
        if action.needs_reason:
            self.errors.add(form, self.tr("&Motivo"), self.reason, "reason")
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Conferma"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&nnulla"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        fit_to_screen(self, 480, self.sizeHint().height())

    @shows_date_errors
    def confirm(self) -> None:
        """The step's operation gets the case, the date, then what the step asks."""
        args: list[object] = [self.case.id, self.date.value()]
        if self.action.needs_reason:
            args.append(self.reason.toPlainText())
        if self.action.needs_destination:
            args.append(self.destination.currentData() or "")
        extra: dict[str, object] = {}
        if self.action.needs_outcome:
            outcome = self.outcome.currentData()
            if not outcome:  # optional for the service (older data), required here
                self.errors.show(
                    ValidationError("exit_outcome", self.tr("Scegli l'esito del percorso."))
                )
                return
            extra["outcome"] = outcome
        step = OPERATIONS[self.action.key]
        self.env.ops.write(self, step, *args, on_done=self._done, errors=self.errors, **extra)

    def _done(self, case: CaseDTO) -> None:
        self.result_case = case
        self.accept()
