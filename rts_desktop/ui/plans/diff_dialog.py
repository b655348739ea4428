"""What changed between two versions of a plan, in words (added / removed / changed)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, text_of, translate, translator
from rts_desktop.models.vocab import label
from rts_desktop.services.plans.common import PlanSummaryDTO
from rts_desktop.services.plans.diff import DiffEntry, DiffKind, diff_versions
from rts_desktop.ui.common.dates import format_day
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.plans.goal_dialogs import owner_text

_tr = translator("DiffDialog")
KIND_TEXT = {
    DiffKind.PLAN_CHANGED: ("✎", noop("DiffDialog", "Sintesi modificata")),
    DiffKind.GOAL_ADDED: ("＋", noop("DiffDialog", "Obiettivo aggiunto")),
    DiffKind.GOAL_REMOVED: ("－", noop("DiffDialog", "Obiettivo tolto")),
    DiffKind.GOAL_CHANGED: ("✎", noop("DiffDialog", "Obiettivo modificato")),
    DiffKind.ACTION_ADDED: ("＋", noop("DiffDialog", "Azione aggiunta")),
    DiffKind.ACTION_REMOVED: ("－", noop("DiffDialog", "Azione tolta")),
    DiffKind.ACTION_CHANGED: ("✎", noop("DiffDialog", "Azione modificata")),
}
FIELD_TEXT = {
    "summary": noop("DiffDialog", "sintesi"),
    "title": noop("DiffDialog", "titolo"),
    "indicator": noop("DiffDialog", "indicatore"),
    "target_date": noop("DiffDialog", "scadenza"),
    "description": noop("DiffDialog", "descrizione"),
    "owner": noop("DiffDialog", "chi"),
    "due_date": noop("DiffDialog", "scadenza"),
    "status": noop("DiffDialog", "stato"),
}


def _field(name: str) -> str:
    known = FIELD_TEXT.get(name)
    return translate("DiffDialog", known) if known else name  # i18n: dynamic


def _value(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return format_day(value)
    if name == "owner":
        return owner_text(str(value))
    if name == "status":
        return text_of(label(str(value)))
    text = str(value)
    return text if len(text) < 160 else text[:157] + "…"


def diff_html(entries: list[DiffEntry]) -> str:
    """The differences as simple HTML; symbols and words, never colour alone."""
    if not entries:
        return "<p>" + escape(_tr("Le due versioni sono uguali.")) + "</p>"
    rows = []
    for e in entries:
        symbol, kind = KIND_TEXT[e.kind]
        text = translate("DiffDialog", kind)  # i18n: dynamic
        domain = text_of(label(e.domain)) if e.domain else ""
        where = " · ".join(escape(p) for p in (domain, e.goal_title or "") if p)
        line = f"<p><b>{symbol} {escape(text)}</b>" + (f" — {where}" if where else "")
        if e.action:
            action = _tr("Azione: {action}").format(action=e.action)
            line += f"<br>&nbsp;&nbsp;&nbsp;{escape(action)}"
        for c in e.changes:
            line += (
                f"<br>&nbsp;&nbsp;&nbsp;{escape(_field(c.field))}: "
                f"<s>{escape(_value(c.field, c.old))}</s> → {escape(_value(c.field, c.new))}"
            )
        rows.append(line + "</p>")
    return "".join(rows)


class DiffDialog(QDialog):
    def __init__(
        self, env: UiEnv, versions: list[PlanSummaryDTO], new_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Confronto tra versioni del progetto"))
        self.old = QComboBox()
        self.old.setObjectName("old_version")
        self.new = QComboBox()
        self.new.setObjectName("new_version")
        for combo in (self.old, self.new):
            for v in versions:
                combo.addItem(
                    self.tr("Versione %1 (%2)")
                    .replace("%1", str(v.version_no))
                    .replace("%2", text_of(label(v.status)).lower()),
                    v.id,
                )
        index = next((i for i, v in enumerate(versions) if v.id == new_id), 0)
        self.new.setCurrentIndex(index)
        self.old.setCurrentIndex(min(index + 1, len(versions) - 1))  # newest first: next = older
        bar = QHBoxLayout()
        for text, combo in ((self.tr("&Da:"), self.old), (self.tr("&A:"), self.new)):
            lab = QLabel(text)
            lab.setBuddy(combo)
            bar.addWidget(lab)
            bar.addWidget(combo)
        bar.addStretch(1)
        self.text = QTextBrowser()
        self.text.setObjectName("diff_text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new.currentIndexChanged.connect(lambda _i: self.refresh())
        fit_to_screen(self, 720, 520)
        self.refresh()

    def refresh(self) -> None:
        """Compare on the worker; an answer for a pair no longer chosen is dropped."""
        db, old_id, new_id = self.env.db, self.old.currentData(), self.new.currentData()

        def show(entries: list[DiffEntry]) -> None:
            if (self.old.currentData(), self.new.currentData()) == (old_id, new_id):
                self.text.setHtml(diff_html(entries))

        self.env.runner.run(
            lambda _p: diff_versions(db, old_id, new_id),
            on_success=show,
            on_error=lambda exc: show_error(self, exc),
        )
