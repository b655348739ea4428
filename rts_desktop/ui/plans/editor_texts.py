"""The words of the plan editor: the line under the version bar, the reviews, the versions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rts_desktop.models.vocab import PlanStatus, label
from rts_desktop.services.plans.common import PlanDTO, PlanSummaryDTO
from rts_desktop.ui.common.text import count_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


def info_text(plan: PlanDTO | None) -> str:
    if plan is None:
        return _tr("Il caso non ha ancora un progetto individualizzato: crea la prima bozza.")
    due = plan.next_review_due.strftime("%d/%m/%Y") if plan.next_review_due else "—"
    if not plan.is_frozen:
        return _tr(
            "Bozza modificabile. Quando è pronta, condividila con l'assistente "
            "sociale SST: da quel momento non si potrà più cambiare."
        )
    agreed = plan.agreed_on.strftime("%d/%m/%Y") if plan.agreed_on else "—"
    text = (
        _tr("Condiviso il %1 con %2 · prossima verifica: %3")
        .replace("%1", agreed)
        .replace("%2", plan.agreed_with or "—")
        .replace("%3", due)
    )
    if plan.status == PlanStatus.SUPERATO:
        text += " · " + _tr("versione superata (solo consultazione)")
    return text


def reviews_html(plan: PlanDTO | None) -> str:
    if plan is None or not plan.reviews:
        return "<i>" + _tr("Nessuna verifica registrata.") + "</i>"
    parts = []
    for r in reversed(plan.reviews):
        counts: dict[str, int] = {}
        for o in r.outcomes:
            counts[o.outcome] = counts.get(o.outcome, 0) + 1
        what = ", ".join(f"{n} {label(k).lower()}" for k, n in counts.items()) or "—"
        parts.append(f"<b>{r.date:%d/%m/%Y}</b> – {what}" + (f" – {r.notes}" if r.notes else ""))
    return "<br>".join(parts)


def version_text(v: PlanSummaryDTO) -> str:
    when = f" – {v.agreed_on:%d/%m/%Y}" if v.agreed_on else ""
    goals = count_text(v.goal_count, _tr("%n obiettivo"), _tr("%n obiettivi"))
    return f"v{v.version_no} · {label(v.status)}{when} · {goals}"


def default_version(versions: list[PlanSummaryDTO]) -> str | None:
    """The draft being written if any, else the agreed version in force, else the newest."""
    found = next((v.id for v in versions if v.is_draft), None)
    found = found or next((v.id for v in versions if v.status == PlanStatus.CONDIVISO), None)
    return found or (versions[0].id if versions else None)
