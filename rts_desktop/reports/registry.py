"""The reports by name, and the one way to run them: permission, visibility, audit.

A report module exposes ``build(s, flt, ctx) -> Report``; it reads in SQL (aggregates over
indexed columns) and counts only the cases ``ctx`` sees. :func:`run_report` checks the
permission ``reports.read`` and writes one audit entry per run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.kernel.access import audit, require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.reports.table import PROGRAMMES, Report, ReportFilter

Builder = Callable[[Session, ReportFilter, ActingContext | None], Report]


@dataclass(frozen=True)
class ReportSpec:
    kind: str
    title: str
    module: str

    def builder(self) -> Builder:
        return importlib.import_module(f"rts_desktop.reports.{self.module}").build


#: the reports, in the order of the dashboard (titles Italian; English via the catalogue)
REPORTS: dict[str, ReportSpec] = {
    spec.kind: spec
    for spec in (
        ReportSpec("esf", N_("Indicatori FSE dei partecipanti"), "esf.report"),
        ReportSpec("occupancy", N_("Tasso di occupazione"), "occupancy"),
        ReportSpec("stays", N_("Durata delle permanenze"), "stays"),
        ReportSpec("exits", N_("Uscite per destinazione ed esito"), "exits"),
        ReportSpec("plans", N_("Progetti individualizzati"), "plans"),
        ReportSpec("attendance", N_("Partecipazione alle attività di gruppo"), "attendance"),
        ReportSpec("autonomy", N_("Autonomia: distanza percorsa"), "autonomy"),
        ReportSpec("contributions", N_("Quote di compartecipazione e morosità"), "contributions"),
        ReportSpec("referrals", N_("Segnalazioni e attese"), "referrals"),
        ReportSpec("data-quality", N_("Qualità dei dati"), "quality"),
    )
}


def check_filter(flt: ReportFilter) -> None:
    if flt.end < flt.start:
        raise ValidationError("to", N_("La fine del periodo precede l'inizio."))
    if (flt.end - flt.start).days > 366 * 20:
        raise ValidationError("to", N_("Il periodo può essere lungo al più vent'anni."))
    if flt.municipio is not None and not 1 <= flt.municipio <= 9:
        raise ValidationError("municipio", N_("Il Municipio va da 1 a 9."))
    if flt.programme not in PROGRAMMES:
        raise ValidationError(
            "period", N_("Periodo di programmazione non previsto: {p}.").format(p=flt.programme)
        )


def _detail(kinds: Sequence[str], flt: ReportFilter) -> str:
    where = f" municipio={flt.municipio}" if flt.municipio else ""
    return f"{','.join(kinds)} {flt.start.isoformat()}..{flt.end.isoformat()}{where}"


def run_reports(
    db: Database, ctx: ActingContext, kinds: Sequence[str], flt: ReportFilter
) -> list[Report]:
    """The reports ``kinds`` over ``flt`` for ``ctx`` (only its visible cases), audited once."""
    require(ctx, "reports.read")
    unknown = [k for k in kinds if k not in REPORTS]
    if unknown:
        raise ValidationError("report", N_("Report sconosciuto: {k}.").format(k=unknown[0]))
    check_filter(flt)
    with db.session(write=False) as s:
        found = [REPORTS[k].builder()(s, flt, ctx) for k in kinds]
    with db.session(ctx) as s:
        audit(s, ctx, "report", "report", None, _detail(kinds, flt))
    return found


def run_report(db: Database, ctx: ActingContext, kind: str, flt: ReportFilter) -> Report:
    """One report (see :func:`run_reports`)."""
    return run_reports(db, ctx, [kind], flt)[0]
