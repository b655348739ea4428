"""Whose cases the Oggi page speaks of: the operator's own, always within those she sees.

The visibility policy (``db/visibility.py``) has the last word; it is asked only about the
few cases at hand (an educator's current ones, the cases of her appointments), because
asked about every case of a ten-year database it reads all of her assignments once per case.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rts_desktop.db.visibility import is_restricted, visible_cases
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.roles import Role
from rts_desktop.models import Case, CaseEducator, CaseShare


def visible_among(s: Session, ctx: ActingContext | None, case_ids: Iterable[str]) -> set[str]:
    """Those of ``case_ids`` that ``ctx`` may see."""
    ids = set(case_ids)
    condition = visible_cases(ctx)
    if condition is None or not ids:
        return ids
    return set(s.scalars(select(Case.id).where(Case.id.in_(ids), condition)))


def own_cases(s: Session, ctx: ActingContext | None) -> set[str] | None:
    """The cases that are the operator's own today (None: the whole service).

    An educator's: assigned to her and not ended before today, or shared with her now; a
    social worker's: those she referred or follows, or shared with her now."""
    if not is_restricted(ctx):
        return None
    assert ctx is not None
    who = ctx.operator_id
    if who is None:
        return set()
    today = ctx.today()
    shared = select(CaseShare.case_id).where(
        CaseShare.operator_id == who,
        CaseShare.from_date <= today,
        or_(CaseShare.to_date.is_(None), CaseShare.to_date >= today),
    )
    if ctx.role == Role.EDUCATORE:
        mine = select(CaseEducator.case_id).where(
            CaseEducator.operator_id == who,
            or_(CaseEducator.to_date.is_(None), CaseEducator.to_date >= today),
        )
    else:
        mine = select(Case.id).where(Case.sst_operator_id == who)
    return visible_among(s, ctx, {*s.scalars(mine), *s.scalars(shared)})
