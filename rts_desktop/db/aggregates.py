"""The one map from tables to aggregates: which records a written row belongs to.

Each synced table names the aggregates its rows change and how to reach each aggregate's id
from the row: ``"case_id"`` is a column of the row; ``"goal_id>goals.plan_id"`` follows the
goal to its plan. A row whose way cannot be followed marks the whole aggregate as changed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.models import Base

A = Aggregate
STAY_APARTMENT = "stay_id>stays.apartment_id"
AGREEMENT_APARTMENT = "agreement_id>agreements.stay_id>stays.apartment_id"
PAYMENT_APARTMENT = "contribution_id>contributions." + AGREEMENT_APARTMENT

TABLE_AGGREGATES: dict[str, tuple[tuple[Aggregate, str], ...]] = {
    "apartments": ((A.APARTMENTS, "id"),),
    "rooms": ((A.APARTMENTS, "apartment_id"),),
    "apartment_status": ((A.APARTMENTS, "apartment_id"),),
    "maintenance_requests": ((A.APARTMENTS, "apartment_id"),),
    "inspections": ((A.APARTMENTS, "apartment_id"), (A.STAYS, "stay_id")),
    "handovers": (
        (A.APARTMENTS, "apartment_id"),
        (A.STAYS, "stay_id"),
        (A.CASES, "stay_id>stays.case_id"),
    ),
    "beneficiaries": ((A.PEOPLE, "id"),),
    "identifiers": ((A.PEOPLE, "beneficiary_id"),),
    "consents": ((A.PEOPLE, "beneficiary_id"),),
    "households": ((A.HOUSEHOLDS, "id"),),
    "household_members": ((A.HOUSEHOLDS, "household_id"), (A.PEOPLE, "beneficiary_id")),
    "cases": ((A.CASES, "id"),),
    "case_educators": ((A.CASES, "case_id"),),
    "case_shares": ((A.CASES, "case_id"),),
    "case_status_changes": ((A.CASES, "case_id"),),
    "notes": ((A.CASES, "case_id"),),
    "documents": ((A.CASES, "case_id"), (A.PEOPLE, "beneficiary_id")),
    "participant_sheets": ((A.CASES, "case_id"), (A.PEOPLE, "beneficiary_id")),
    "participant_outcomes": ((A.CASES, "case_id"), (A.PEOPLE, "beneficiary_id")),
    "assessments": ((A.ASSESSMENTS, "id"), (A.CASES, "case_id")),
    "assessment_scores": (
        (A.ASSESSMENTS, "assessment_id"),
        (A.CASES, "assessment_id>assessments.case_id"),
    ),
    "plans": ((A.PLANS, "id"), (A.CASES, "case_id")),
    "goals": ((A.PLANS, "plan_id"),),
    "plan_actions": ((A.PLANS, "goal_id>goals.plan_id"),),
    "reviews": ((A.PLANS, "plan_id"), (A.CASES, "plan_id>plans.case_id")),
    "review_outcomes": (
        (A.PLANS, "review_id>reviews.plan_id"),
        (A.CASES, "review_id>reviews.plan_id>plans.case_id"),
    ),
    "stays": ((A.STAYS, "id"), (A.CASES, "case_id"), (A.APARTMENTS, "apartment_id")),
    "stay_extensions": (
        (A.STAYS, "stay_id"),
        (A.CASES, "stay_id>stays.case_id"),
        (A.APARTMENTS, STAY_APARTMENT),
    ),
    "agreements": ((A.CASES, "case_id"), (A.APARTMENTS, STAY_APARTMENT)),
    "agreement_warnings": (
        (A.CASES, "agreement_id>agreements.case_id"),
        (A.APARTMENTS, AGREEMENT_APARTMENT),
    ),
    "contributions": ((A.CASES, "case_id"), (A.APARTMENTS, AGREEMENT_APARTMENT)),
    "contribution_payments": (
        (A.CASES, "case_id"),
        (A.APARTMENTS, PAYMENT_APARTMENT),
    ),
    "events": ((A.EVENTS, "id"), (A.CASES, "case_id"), (A.APARTMENTS, "apartment_id")),
    "event_exceptions": ((A.EVENTS, "event_id"),),
    "participants": ((A.EVENTS, "event_id"),),
    "attendance": ((A.EVENTS, "event_id"), (A.PEOPLE, "beneficiary_id")),
    "operators": ((A.OPERATORS, "id"),),
    "audit_entries": ((A.AUDIT, "id"),),
}


def aggregates_of(table: str) -> tuple[Aggregate, ...]:
    """The aggregates a row of ``table`` may change."""
    return tuple(dict.fromkeys(a for a, _path in TABLE_AGGREGATES.get(table, ())))


@cache
def _model_of(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)


def follow(session: Session, row: Any, path: str, start: Any = None) -> str | type[Ellipsis] | None:
    """The id ``path`` leads to from ``row`` (or from ``start``, a value of its first
    column): None when a link is empty (the row belongs to no such record), ``...`` when a
    linked record cannot be found."""
    first, *steps = path.split(">")
    value = getattr(row, first) if start is None else start
    for step in steps:
        if value is None:
            return None
        table, attr = step.split(".")
        with session.no_autoflush:
            linked = session.get(_model_of(table), value)
        if linked is None:
            return ...
        value = getattr(linked, attr)
    return value


class ChangeCollector:
    """Gathers the aggregate ids of the rows one session writes."""

    def __init__(self) -> None:
        self.ids: dict[Aggregate, set[str]] = {}
        self.whole: set[Aggregate] = set()

    def add_row(
        self, session: Session, table: str, row: Any, old: dict[str, Any] | None = None
    ) -> None:
        """The aggregates of ``row``; for an update, also those its old links named (an
        event moved from one case to another changes both case files)."""
        for aggregate, path in TABLE_AGGREGATES.get(table, ()):
            first = path.split(">")[0]
            starts = [None]
            if old and old.get(first) is not None:
                starts.append(old[first])
            for start in starts:
                found = follow(session, row, path, start)
                if found is ...:
                    self.whole.add(aggregate)
                elif found is not None:
                    self.ids.setdefault(aggregate, set()).add(str(found))

    def changes(self) -> Changes:
        return Changes({a: frozenset(ids) for a, ids in self.ids.items()}, frozenset(self.whole))
