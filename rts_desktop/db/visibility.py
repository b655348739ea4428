"""Which cases an operator sees: one policy for every read (GDPR, an educator sees her cases).

- an **educatore** sees a case she is or was assigned to (``case_educators``, any dates) or
  one shared with her (``case_shares``, not ended before today);
- an **assistente sociale** sees the cases she referred or follows (``cases.sst_operator_id``)
  and those shared with her;
- a **coordinatore**, an **amministratore** and a system action (``role`` None) see all;
- an educator or a social worker without an ``operator_id`` sees nothing.

:func:`visible_cases` is one SQL condition on ``cases.id`` (``EXISTS`` subqueries, no
Python loops), so a list filters in the database; :func:`only_visible` adds it to any
select through a case-id column; :func:`require_visible_case` makes a case the operator may
not see look exactly like a missing one (``NotFound``), so nothing leaks its existence.
A reader called without a context (``ctx`` None) is a system read and sees everything.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, false, join, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound
from rts_desktop.kernel.roles import Role
from rts_desktop.models import (
    Beneficiary,
    Case,
    CaseEducator,
    CaseShare,
    Household,
    HouseholdMember,
)

S = TypeVar("S", bound=Select[Any])

#: the roles whose cases are restricted; every other role (and a system action) sees all
RESTRICTED = frozenset({Role.EDUCATORE, Role.ASSISTENTE_SOCIALE})
#: the label of an occupied place or a busy slot whose case the operator does not see
HIDDEN_LABEL = N_("occupato")


def is_restricted(ctx: ActingContext | None) -> bool:
    """True when ``ctx`` sees only some cases."""
    return ctx is not None and ctx.role in RESTRICTED


def _shared(case_id: ColumnElement[Any], operator_id: str, today: dt.date) -> ColumnElement[bool]:
    share = aliased(CaseShare)  # never correlated with a case_shares of the outer query
    return exists().where(
        share.case_id == case_id,
        share.operator_id == operator_id,
        share.from_date <= today,
        share.to_date.is_(None) | (share.to_date >= today),
    )


def visible_case_ids(ctx: ActingContext | None, case_id: Any) -> ColumnElement[bool] | None:
    """The condition "the case ``case_id`` (any column holding a case id) is visible to
    ``ctx``", or None when ``ctx`` sees every case."""
    if ctx is None or ctx.role not in RESTRICTED:
        return None
    who = ctx.operator_id
    if who is None:
        return false()
    shared = _shared(case_id, who, ctx.today())
    if ctx.role == Role.EDUCATORE:
        assigned = aliased(CaseEducator)
        mine = exists().where(assigned.case_id == case_id, assigned.operator_id == who)
    else:
        referred = aliased(Case)
        mine = exists().where(referred.id == case_id, referred.sst_operator_id == who)
    return or_(mine, shared)


def visible_cases(ctx: ActingContext | None) -> ColumnElement[bool] | None:
    """A condition on ``Case.id`` (a select from ``cases``), None = no restriction."""
    return visible_case_ids(ctx, Case.id)


def only_visible(stmt: S, ctx: ActingContext | None, case_id: Any) -> S:
    """``stmt`` keeping only rows whose ``case_id`` column is a visible case. Rows with no
    case (a NULL ``case_id``) are dropped too for a restricted operator: use
    :func:`visible_or_none` where they stay visible (events with no case)."""
    condition = visible_case_ids(ctx, case_id)
    return stmt if condition is None else stmt.where(condition)


def visible_or_none(ctx: ActingContext | None, case_id: Any) -> ColumnElement[bool] | None:
    """The condition "no case, or a visible case" (an event, a stay linked or not)."""
    condition = visible_case_ids(ctx, case_id)
    return None if condition is None else or_(case_id.is_(None), condition)


def visible_case_set(s: Session, ctx: ActingContext | None) -> set[str] | None:
    """The ids of the visible cases (one query), None when every case is: for readers that
    mark rows after fetching them (the board shows an invisible stay as "occupato")."""
    condition = visible_cases(ctx)
    if condition is None:
        return None
    return set(s.scalars(select(Case.id).where(condition)))


def can_see_case(s: Session, ctx: ActingContext | None, case_id: str | None) -> bool:
    """True when ``case_id`` exists and ``ctx`` may see it (a None case: False)."""
    if case_id is None:
        return False
    stmt = select(Case.id).where(Case.id == case_id)
    condition = visible_cases(ctx)
    if condition is not None:
        stmt = stmt.where(condition)
    return s.scalar(stmt) is not None


def require_visible_case(s: Session, ctx: ActingContext | None, case_id: str) -> None:
    """``NotFound`` ("Caso non trovato.") unless the case exists and ``ctx`` sees it: a case
    out of sight looks just like a missing one. For an operator who sees every case only
    existence is checked, as it always was (by the caller's own lookup)."""
    if not is_restricted(ctx):
        return
    if not can_see_case(s, ctx, case_id):
        raise NotFound(N_("Caso non trovato."))


def visible_household_ids(
    ctx: ActingContext | None, household_id: Any
) -> ColumnElement[bool] | None:
    """A household is visible when one of its cases is, or when it has no case yet (just
    recorded, before the referral): None when ``ctx`` sees everything."""
    if not is_restricted(ctx):
        return None
    case = aliased(Case)
    condition = visible_case_ids(ctx, case.id)
    assert condition is not None
    any_case = exists().where(case.household_id == household_id)
    seen = exists().where(case.household_id == household_id, condition)
    return or_(~any_case, seen)


def visible_people_ids(
    ctx: ActingContext | None, beneficiary_id: Any
) -> ColumnElement[bool] | None:
    """A person is visible when she is (or was) in a household with a visible case, or in
    no case at all (recorded, not taken on yet): None when ``ctx`` sees everything."""
    if not is_restricted(ctx):
        return None
    member, case = aliased(HouseholdMember), aliased(Case)
    condition = visible_case_ids(ctx, case.id)
    assert condition is not None
    joined = join(member, case, member.household_id == case.household_id)
    mine = member.beneficiary_id == beneficiary_id
    any_case = exists().select_from(joined).where(mine)
    seen = exists().select_from(joined).where(mine, condition)
    return or_(~any_case, seen)


def require_visible_person(s: Session, ctx: ActingContext | None, beneficiary_id: str) -> None:
    """``NotFound`` as for a missing person unless ``ctx`` sees her."""
    condition = visible_people_ids(ctx, Beneficiary.id)
    if condition is None:
        return
    found = s.scalar(select(Beneficiary.id).where(Beneficiary.id == beneficiary_id, condition))
    if found is None:
        raise NotFound(N_("Beneficiario non trovato ({id}).").format(id=beneficiary_id))


def require_visible_household(s: Session, ctx: ActingContext | None, household_id: str) -> None:
    """``NotFound`` as for a missing household unless ``ctx`` sees it."""
    condition = visible_household_ids(ctx, Household.id)
    if condition is None:
        return
    found = s.scalar(select(Household.id).where(Household.id == household_id, condition))
    if found is None:
        raise NotFound(N_("Nucleo non trovato ({id}).").format(id=household_id))
