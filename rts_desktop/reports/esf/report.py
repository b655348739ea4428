"""The ESF indicators report: each code with its total and by gender (F, M, non-binary,
not stated), the "non risponde" of the art. 9 items beside them, and the check that the
total is unemployed + inactive + employed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.reports.common import today_of
from rts_desktop.reports.esf.classify import Classified, Participant, classify
from rts_desktop.reports.esf.gather import participants
from rts_desktop.reports.esf.mapping import EsfMapping, load_mapping
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table

GENDERS = ("F", "M", "X", "ND")
#: the art. 9 fields each sensitive indicator is asked through
ASKED_THROUGH: dict[str, tuple[str, ...]] = {
    "CO15": ("migrant_background", "minority"),
    "CO16": ("disability",),
    "EECO12": ("disability",),
    "EECO14": ("migrant_background",),
    "EECO15": ("minority",),
}
COLUMNS = (
    Column("code", N_("Codice")),
    Column("label", N_("Indicatore")),
    Column("total", N_("Totale"), "int"),
    Column("F", N_("Donne"), "int"),
    Column("M", N_("Uomini"), "int"),
    Column("X", N_("Non binari"), "int"),
    Column("ND", N_("Genere non indicato"), "int"),
    Column("non_risponde", N_("Non risponde"), "int"),
    Column("note", N_("Nota")),
)


def classified(
    s: Session, flt: ReportFilter, ctx: ActingContext | None, m: EsfMapping | None = None
) -> tuple[EsfMapping, list[tuple[Participant, Classified, bool, bool]]]:
    """Each participant with her codes, whether her outputs (first entry) and her results
    (final exit) fall in the period."""
    mapping = m or load_mapping(flt.programme)
    found, _ = participants(s, flt, ctx, mapping)
    today = today_of(ctx)
    out = []
    for p in found:
        c = classify(p, mapping, today)
        outputs = flt.start <= p.entry.date <= flt.end
        results = p.exit_date is not None and flt.start <= p.exit_date <= flt.end
        out.append((p, c, outputs, results))
    return mapping, out


def count(
    mapping: EsfMapping, rows: list[tuple[Participant, Classified, bool, bool]]
) -> dict[str, dict[str, Any]]:
    """code → {"label", "group", "total", "F", "M", "X", "ND", "non_risponde"}."""
    totals: dict[str, Counter[str]] = {code: Counter() for code in mapping.indicators}
    refused: Counter[str] = Counter()
    for _, c, outputs, results in rows:
        if not c.counted:
            continue
        for code in c.codes:
            group = mapping.indicators[code].group
            if (group == "output" and outputs) or (group == "result" and results):
                totals[code][c.gender] += 1
        if outputs:
            for code, fields in ASKED_THROUGH.items():
                if code in totals and code not in c.codes and c.refused & set(fields):
                    refused[code] += 1
    return {
        code: {
            "label": ind.label,
            "group": ind.group,
            "total": sum(totals[code].values()),
            **{g: totals[code][g] for g in GENDERS},
            "non_risponde": refused[code],
            "sensitive": ind.sensitive,
            "removed_on": ind.removed_on,
        }
        for code, ind in mapping.indicators.items()
    }


def _note(entry: dict[str, Any]) -> str:
    parts = []
    if entry["sensitive"]:
        parts.append("** art. 9")
    if entry["removed_on"]:
        parts.append(
            f"tolto dall'allegato I dal {dt.date.fromisoformat(entry['removed_on']):%d/%m/%Y}"
        )
    return "; ".join(parts)


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    from rts_desktop.reports.registry import REPORTS

    mapping, rows = classified(s, flt, ctx)
    counts = count(mapping, rows)
    entered = [r for r in rows if r[2]]
    counted = [r for r in entered if r[1].counted]
    labour = mapping.raw["labour"]
    groups = [labour.get(k, []) for k in ("unemployed", "inactive", "employed")]
    by_status = sum(counts[g[0]]["total"] for g in groups if g)
    table = Table(
        "indicators",
        f"{mapping.title}",
        COLUMNS,
        tuple(
            (
                code,
                e["label"],
                e["total"],
                e["F"],
                e["M"],
                e["X"],
                e["ND"],
                e["non_risponde"],
                _note(e),
            )
            for code, e in counts.items()
        ),
        note=mapping.source,
    )
    figures = (
        Figure("participants", N_("Partecipanti entrati nel periodo"), len(counted)),
        Figure(
            "not_counted",
            N_("Partecipanti non conteggiabili (dati mancanti)"),
            len(entered) - len(counted),
        ),
        Figure(
            "leavers",
            N_("Partecipanti usciti nel periodo"),
            sum(1 for r in rows if r[3] and r[1].counted),
        ),
        Figure("by_status", N_("Disoccupati + inattivi + occupati"), by_status),
    )
    return Report(
        kind="esf",
        title=REPORTS["esf"].title,
        filter=flt,
        figures=figures,
        tables=(table,),
        data={
            "programme": mapping.programme,
            "indicators": {
                code: {k: e[k] for k in ("label", "total", *GENDERS, "non_risponde")}
                for code, e in counts.items()
            },
        },
    )
