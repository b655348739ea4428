"""Autonomy, "distance travelled": first against latest score per domain.

For each person and framework (``Assessment.framework_key``) the assessments dated up to
the end of the period are read; a person counts when she has at least two and the latest
is dated in the period. Her first and latest assessments (by date, then id) are compared
domain by domain, where both scored it: number of people, mean first score, mean latest
score, mean change (latest − first; positive is more autonomy).

Domain labels come from the framework file (``resources/assessment/<key>-v<n>.json``,
read directly: reports do not import the plans service), else from ``vocab.label``.

Visibility: only the assessments of cases ``ctx`` sees; the Municipio filter picks them by
their case's SST Municipio. One grouped query for the pairs, one for the scores.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.kernel import config
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Assessment, AssessmentScore, Case
from rts_desktop.models.vocab import label
from rts_desktop.reports.common import case_scope
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table

KIND = "autonomy"

FRAMEWORK = N_("Scheda")
DOMAIN = N_("Ambito")
PEOPLE = N_("Persone")
FIRST = N_("Punteggio iniziale medio")
LAST = N_("Punteggio più recente medio")
CHANGE = N_("Variazione media")
NOTE = N_(
    "Persone con almeno due valutazioni della stessa scheda, l'ultima nel periodo: prima e "
    "ultima valutazione a confronto per ambito (variazione positiva = più autonomia)."
)


def _version(path: Path) -> int:
    tail = path.stem.rsplit("-v", 1)[-1]
    return int(tail) if tail.isdigit() else 0


@cache
def _framework_labels(key: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The newest framework file's title and (domain code, label) pairs, in its order."""
    files = sorted((config.resources_dir() / "assessment").glob(f"{key}-v*.json"), key=_version)
    if not files:
        return key, ()
    try:
        data = json.loads(files[-1].read_text(encoding="utf-8"))
        domains = tuple((str(d["code"]), str(d["label"])) for d in data["domains"])
        return str(data.get("title") or key), domains
    except (OSError, ValueError, KeyError, TypeError):
        return key, ()


def _pairs(flt: ReportFilter, ctx: ActingContext | None) -> Any:
    """Per person and framework: the first and the latest assessment's ids."""
    grouped = (
        select(
            Assessment.beneficiary_id.label("person"),
            Assessment.framework_key.label("framework"),
            func.min(Assessment.date).label("first_date"),
            func.max(Assessment.date).label("last_date"),
        )
        .join(Case, Case.id == Assessment.case_id)
        .where(Assessment.date <= flt.end, *case_scope(ctx, flt, Assessment.case_id))
        .group_by(Assessment.beneficiary_id, Assessment.framework_key)
        .having(func.count() >= 2, func.max(Assessment.date) >= flt.start)
        .subquery("grouped")
    )

    def pick(day: Any, newest: bool) -> Any:
        other = aliased(Assessment)
        order = other.id.desc() if newest else other.id.asc()
        stmt = select(other.id).join(Case, Case.id == other.case_id)
        return (
            stmt.where(
                other.beneficiary_id == grouped.c.person,
                other.framework_key == grouped.c.framework,
                other.date == day,
                *case_scope(ctx, flt, other.case_id),
            )
            .order_by(order)
            .limit(1)
            .scalar_subquery()
        )

    return select(
        grouped.c.person,
        grouped.c.framework,
        pick(grouped.c.first_date, newest=False).label("first_id"),
        pick(grouped.c.last_date, newest=True).label("last_id"),
    ).subquery("pairs")


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    pairs = _pairs(flt, ctx)
    first, last = aliased(AssessmentScore), aliased(AssessmentScore)
    rows = s.execute(
        select(
            pairs.c.framework,
            first.domain,
            func.count(),
            func.avg(first.score),
            func.avg(last.score),
            func.avg(last.score - first.score),
        )
        .select_from(pairs)
        .join(first, first.assessment_id == pairs.c.first_id)
        .join(last, (last.assessment_id == pairs.c.last_id) & (last.domain == first.domain))
        .group_by(pairs.c.framework, first.domain)
    ).all()
    people = int(s.scalar(select(func.count(func.distinct(pairs.c.person)))) or 0)
    change_sum = sum(float(delta) * n for *_x, n, _a, _b, delta in rows)
    scored = sum(int(n) for *_x, n, _a, _b, _d in rows)
    table_rows = []
    for framework, domain, n, mean_first, mean_last, delta in rows:
        title, domains = _framework_labels(framework)
        order = [code for code, _label in domains]
        position = order.index(domain) if domain in order else len(order)
        name = dict(domains).get(domain) or label(domain)
        table_rows.append(
            (
                (framework, position, name),
                (
                    title,
                    name,
                    int(n),
                    round(float(mean_first), 2),
                    round(float(mean_last), 2),
                    round(float(delta), 2),
                ),
            )
        )
    table = Table(
        "by_domain",
        N_("Distanza percorsa per ambito"),
        (
            Column("framework", FRAMEWORK),
            Column("domain", DOMAIN),
            Column("people", PEOPLE, "int"),
            Column("mean_first", FIRST, "decimal"),
            Column("mean_last", LAST, "decimal"),
            Column("mean_change", CHANGE, "decimal"),
        ),
        tuple(row for _key, row in sorted(table_rows)),
        NOTE,
    )
    figures = (
        Figure("people", PEOPLE, people),
        Figure("mean_change", CHANGE, round(change_sum / scored, 2) if scored else None, "decimal"),
    )
    return Report(
        kind=KIND, title=REPORTS[KIND].title, filter=flt, figures=figures, tables=(table,)
    )
