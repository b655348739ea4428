"""The words of the plan editor: the line under the version bar, the reviews, the versions."""

from __future__ import annotations

from html import escape

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import PlanStatus, label
from rts_desktop.services.plans.common import PlanDTO, PlanSummaryDTO
from rts_desktop.ui.common.dates import format_day

_tr = translator("PlanEditor")


def info_text(plan: PlanDTO | None) -> str:
    if plan is None:
        return _tr("Il caso non ha ancora un progetto individualizzato: crea la prima bozza.")
    due = format_day(plan.next_review_due) or "—"
    if not plan.is_frozen:
        return _tr(
            "Bozza modificabile. Quando è pronta, condividila con l'assistente "
            "sociale SST: da quel momento non si potrà più cambiare."
        )
    values = {"date": format_day(plan.agreed_on) or "—", "who": plan.agreed_with or "—", "due": due}
    if plan.status == PlanStatus.SUPERATO:
        return _tr(
            "Condiviso il {date} con {who} · prossima verifica: {due} · "
            "versione superata (solo consultazione)"
        ).format(**values)
    return _tr("Condiviso il {date} con {who} · prossima verifica: {due}").format(**values)


def reviews_html(plan: PlanDTO | None) -> str:
    if plan is None or not plan.reviews:
        return "<i>" + escape(_tr("Nessuna verifica registrata.")) + "</i>"
    parts = []
    for r in reversed(plan.reviews):
        counts: dict[str, int] = {}
        for o in r.outcomes:
            counts[o.outcome] = counts.get(o.outcome, 0) + 1
        what = ", ".join(f"{n} {text_of(label(k)).lower()}" for k, n in counts.items()) or "—"
        notes = f" – {escape(r.notes)}" if r.notes else ""
        parts.append(f"<b>{format_day(r.date)}</b> – {escape(what)}{notes}")
    return "<br>".join(parts)


def version_text(v: PlanSummaryDTO) -> str:
    when = f" – {format_day(v.agreed_on)}" if v.agreed_on else ""
    goals = _tr("%n obiettivi", n=v.goal_count)
    return f"v{v.version_no} · {text_of(label(v.status))}{when} · {goals}"


def default_version(versions: list[PlanSummaryDTO]) -> str | None:
    """The draft being written if any, else the agreed version in force, else the newest."""
    found = next((v.id for v in versions if v.is_draft), None)
    found = found or next((v.id for v in versions if v.status == PlanStatus.CONDIVISO), None)
    return found or (versions[0].id if versions else None)
