"""What changed between two versions of a plan, as a structured list (shown and printed).

Goals carry no link to the goal they were copied from (the model has no such column), so
they are matched by content:

1. same domain and same title (case and spaces ignored), in order;
2. what is left, within the same domain, by order (so a retitled goal is "changed").

Anything unmatched is added or removed; a goal moved to another domain counts as removed
plus added. Actions of a matched goal are matched by the same description first, then by
order among the actions whose descriptions are still similar (an edited wording is
"changed", a different action is removed + added). Actions of an added or removed goal
travel with it and are not listed one by one. Pure reordering is not reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any, TypeVar

from rts_desktop.db import Database
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.services.plans.common import ActionDTO, GoalDTO, PlanDTO, load_plan, plan_dto

T = TypeVar("T")

GOAL_FIELDS = ("title", "indicator", "target_date")
ACTION_FIELDS = ("description", "owner", "due_date", "status")
#: how alike two action descriptions must be to count as one action reworded
SIMILAR_WORDING = 0.6


class DiffKind(StrEnum):
    PLAN_CHANGED = "plan_changed"
    GOAL_ADDED = "goal_added"
    GOAL_REMOVED = "goal_removed"
    GOAL_CHANGED = "goal_changed"
    ACTION_ADDED = "action_added"
    ACTION_REMOVED = "action_removed"
    ACTION_CHANGED = "action_changed"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class DiffEntry:
    """One difference; ``goal_title`` is the newer title when the goal exists in both."""

    kind: DiffKind
    domain: str | None = None
    goal_title: str | None = None
    action: str | None = None
    changes: tuple[FieldChange, ...] = ()


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def match(
    old: Sequence[T],
    new: Sequence[T],
    group: Callable[[T], str],
    same: Callable[[T], str],
    similar: Callable[[T, T], bool] = lambda a, b: True,
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pair items of ``old`` and ``new``: equal ``same`` key first, then by order among the
    ``similar`` ones of the same ``group``.

    Returns (pairs, removed, added); both inputs must already be in display order.
    """
    pairs: list[tuple[T, T]] = []
    left_old = list(old)
    left_new = list(new)
    for item in list(left_new):
        hit = next((o for o in left_old if group(o) == group(item) and same(o) == same(item)), None)
        if hit is not None:
            pairs.append((hit, item))
            left_old.remove(hit)
            left_new.remove(item)
    for item in list(left_new):
        hit = next((o for o in left_old if group(o) == group(item) and similar(o, item)), None)
        if hit is not None:
            pairs.append((hit, item))
            left_old.remove(hit)
            left_new.remove(item)
    return pairs, left_old, left_new


def _similar_actions(a: ActionDTO, b: ActionDTO) -> bool:
    ratio = SequenceMatcher(None, _norm(a.description), _norm(b.description)).ratio()
    return ratio >= SIMILAR_WORDING


def _changes(old: Any, new: Any, names: tuple[str, ...]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(n, getattr(old, n), getattr(new, n))
        for n in names
        if getattr(old, n) != getattr(new, n)
    )


def _action_entries(old: GoalDTO, new: GoalDTO) -> list[DiffEntry]:
    entries: list[DiffEntry] = []

    def one_group(_: ActionDTO) -> str:
        return ""

    def entry(kind: DiffKind, a: ActionDTO, changes: tuple[FieldChange, ...] = ()) -> DiffEntry:
        return DiffEntry(kind, new.domain, new.title, a.description, changes)

    pairs, removed, added = match(
        old.actions, new.actions, one_group, lambda a: _norm(a.description), _similar_actions
    )
    for a_old, a_new in sorted(pairs, key=lambda p: p[1].position):
        changes = _changes(a_old, a_new, ACTION_FIELDS)
        if changes:
            entries.append(entry(DiffKind.ACTION_CHANGED, a_new, changes))
    entries += [entry(DiffKind.ACTION_REMOVED, a) for a in removed]
    entries += [entry(DiffKind.ACTION_ADDED, a) for a in added]
    return entries


def diff_plans(old: PlanDTO, new: PlanDTO) -> list[DiffEntry]:
    """The differences from ``old`` to ``new`` (see the module docstring for matching)."""
    entries: list[DiffEntry] = []
    if old.summary != new.summary:
        entries.append(
            DiffEntry(
                DiffKind.PLAN_CHANGED, changes=(FieldChange("summary", old.summary, new.summary),)
            )
        )
    pairs, removed, added = match(
        old.goals, new.goals, lambda g: g.domain, lambda g: _norm(g.title)
    )
    for g_old, g_new in sorted(pairs, key=lambda p: p[1].position):
        changes = _changes(g_old, g_new, GOAL_FIELDS)
        if changes:
            entries.append(
                DiffEntry(DiffKind.GOAL_CHANGED, g_new.domain, g_new.title, None, changes)
            )
        entries += _action_entries(g_old, g_new)
    entries += [DiffEntry(DiffKind.GOAL_REMOVED, g.domain, g.title) for g in removed]
    entries += [DiffEntry(DiffKind.GOAL_ADDED, g.domain, g.title) for g in added]
    return entries


def diff_versions(db: Database, plan_a_id: str, plan_b_id: str) -> list[DiffEntry]:
    """Differences from version A to version B of the same case's plan."""
    with db.session(write=False) as s:
        a = plan_dto(load_plan(s, plan_a_id))
        b = plan_dto(load_plan(s, plan_b_id))
    if a.case_id != b.case_id:
        raise ValidationError(
            "plan_b_id", N_("Si possono confrontare solo versioni dello stesso progetto.")
        )
    return diff_plans(a, b)
