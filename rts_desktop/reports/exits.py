"""Exits: the cases whose path ended in the period, by destination and by outcome.

A case counts when its ``exit_date`` falls in the period. Destinations are the
``ExitDestination`` codes (``vocab.label``), an empty one shown as "non indicata". Outcomes
(``Case.exit_outcome``, vocabulary ``ExitOutcome``) fall in the groups of
``vocab.EXIT_OUTCOME_GROUPS``: "raggiunta autonomia", "esito negativo" (abbandono,
incompatibilità, rifiuto, mancato rispetto del patto), "altri esiti"; no outcome is "non
indicato". A code unknown to this version joins the last group under its own label.

Visibility: only the cases ``ctx`` sees; the Municipio filter picks cases by their SST's
Municipio. Two ``GROUP BY`` queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Case
from rts_desktop.models.vocab import EXIT_OUTCOME_GROUPS, ExitOutcome, label
from rts_desktop.reports.common import case_scope, in_period
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table, share

KIND = "exits"
AUTONOMY = ExitOutcome.RAGGIUNTA_AUTONOMIA.value
NEGATIVE = "esito_negativo"
#: outcome groups in the order of the table: (group code, its outcomes in vocabulary order)
OUTCOME_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (group, tuple(o.value for o in ExitOutcome if EXIT_OUTCOME_GROUPS.get(o.value) == group))
    for group in dict.fromkeys(EXIT_OUTCOME_GROUPS[o.value] for o in ExitOutcome)
)
NOT_GIVEN = N_("Non indicato")
NOT_GIVEN_DESTINATION = N_("Non indicata")

DESTINATION = N_("Destinazione")
GROUP = N_("Gruppo di esito")
OUTCOME = N_("Esito")
EXITS = N_("Uscite")
SHARE = N_("Quota")
SHARE_AUTONOMY = N_("Quota con autonomia raggiunta")
SHARE_NEGATIVE = N_("Quota con esito negativo")
NOTE = N_("Casi con data di uscita nel periodo; la quota è sul totale delle uscite.")


def _counts(
    s: Session, flt: ReportFilter, ctx: ActingContext | None, column: Any
) -> dict[str | None, int]:
    stmt = (
        select(column, func.count())
        .select_from(Case)
        .where(Case.exit_date.is_not(None), in_period(Case.exit_date, flt), *case_scope(ctx, flt))
        .group_by(column)
    )
    return {code: int(n) for code, n in s.execute(stmt)}


def _outcome_rows(outcomes: dict[str | None, int]) -> list[tuple[str, str, int]]:
    rows: list[tuple[str, str, int]] = []
    known: set[str | None] = set()
    for group, codes in OUTCOME_GROUPS:
        for code in codes:
            known.add(code)
            rows.append((label(group), label(code), outcomes.get(code, 0)))
    other_group = label(OUTCOME_GROUPS[-1][0])
    for code, n in sorted(outcomes.items(), key=lambda item: str(item[0])):
        if code is not None and code not in known:  # a code newer than this report
            rows.append((other_group, label(code), n))
    rows.append((NOT_GIVEN, NOT_GIVEN, outcomes.get(None, 0)))
    return rows


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    destinations = _counts(s, flt, ctx, Case.exit_destination)
    outcomes = _counts(s, flt, ctx, Case.exit_outcome)
    total = sum(destinations.values())
    dest_rows = [
        (label(code), n, share(n, total))
        for code, n in sorted(destinations.items(), key=lambda item: (-item[1], str(item[0])))
        if code is not None
    ]
    if None in destinations:
        n = destinations[None]
        dest_rows.append((NOT_GIVEN_DESTINATION, n, share(n, total)))
    outcome_rows = _outcome_rows(outcomes)
    negative = sum(
        n for code, n in outcomes.items() if EXIT_OUTCOME_GROUPS.get(code or "") == NEGATIVE
    )
    tables = (
        Table(
            "by_destination",
            N_("Uscite per destinazione"),
            (
                Column("destination", DESTINATION),
                Column("exits", EXITS, "int"),
                Column("share", SHARE, "percent"),
            ),
            tuple(dest_rows),
            NOTE,
        ),
        Table(
            "by_outcome",
            N_("Uscite per esito"),
            (
                Column("group", GROUP),
                Column("outcome", OUTCOME),
                Column("exits", EXITS, "int"),
                Column("share", SHARE, "percent"),
            ),
            tuple((g, o, n, share(n, total)) for g, o, n in outcome_rows),
            NOTE,
        ),
    )
    figures = (
        Figure("exits", EXITS, total),
        Figure(
            "share_autonomy", SHARE_AUTONOMY, share(outcomes.get(AUTONOMY, 0), total), "percent"
        ),
        Figure("share_negative", SHARE_NEGATIVE, share(negative, total), "percent"),
    )
    return Report(kind=KIND, title=REPORTS[KIND].title, filter=flt, figures=figures, tables=tables)
