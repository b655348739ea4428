"""Retention (GDPR art. 5(1)(e)): how long data is kept once a person's accompaniment ends.

Two categories, each a number of years after the person's last case closed (settings
``retention.special_years`` and ``retention.person_years``):

- ``dati_particolari``: health and judicial notes and the FSE art. 9 answers are cleared;
- ``persona``: everything about the person is erased (the GDPR art. 17 erasure, which
  reaches every laptop through sync).

A person with any case still open (or never closed) is kept whole. ``retention_due`` says
what is due today; ``apply_retention`` does it, each step audited with its reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select

from rts_desktop.db import Database
from rts_desktop.kernel import config
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Beneficiary, Case, Erasure, HouseholdMember, ParticipantSheet
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.cases import fse
from rts_desktop.sync import api

SPECIAL, PERSON = "dati_particolari", "persona"
CATEGORY_LABELS = {SPECIAL: "dati particolari", PERSON: "persona (cancellazione)"}


@dataclass(frozen=True)
class Policy:
    special_years: int
    person_years: int

    @classmethod
    def from_settings(cls, settings: config.Settings | None = None) -> Policy:
        chosen = settings or config.Settings()
        return cls(
            max(1, chosen.get(config.RETENTION_SPECIAL_YEARS)),
            max(1, chosen.get(config.RETENTION_PERSON_YEARS)),
        )


@dataclass(frozen=True)
class RetentionItem:
    category: str
    beneficiary_id: str
    code: str
    closed_on: dt.date
    due_on: dt.date

    def as_json(self) -> dict[str, str]:
        return {
            "category": self.category,
            "person": self.code,
            "closed_on": self.closed_on.isoformat(),
            "due_on": self.due_on.isoformat(),
        }

    def reason(self, policy: Policy) -> str:
        years = policy.person_years if self.category == PERSON else policy.special_years
        return (
            f"conservazione: {years} anni dalla chiusura dell'ultimo caso "
            f"({self.closed_on:%d/%m/%Y})"
        )


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _last_closures(db: Database) -> dict[str, tuple[str, dt.date]]:
    """Person id → (code, day her last case closed), for people whose cases are all closed."""
    member_cases = (
        select(
            HouseholdMember.beneficiary_id.label("pid"),
            func.max(Case.exit_date).label("closed_on"),
            func.sum(case((Case.status == str(CaseStatus.CONCLUSO), 0), else_=1)).label("open"),
            func.sum(case((Case.exit_date.is_(None), 1), else_=0)).label("undated"),
        )
        .join(Case, Case.household_id == HouseholdMember.household_id)
        .group_by(HouseholdMember.beneficiary_id)
        .subquery()
    )
    erased = select(Erasure.record_id).where(Erasure.table_name == "beneficiaries")
    stmt = (
        select(Beneficiary.id, Beneficiary.code, member_cases.c.closed_on)
        .join(member_cases, member_cases.c.pid == Beneficiary.id)
        .where(member_cases.c.open == 0, member_cases.c.undated == 0)
        .where(Beneficiary.id.not_in(erased))
    )
    with db.session(write=False) as s:
        return {pid: (code, closed) for pid, code, closed in s.execute(stmt)}


def _with_special(db: Database, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    with db.session(write=False) as s:
        people = set(
            s.scalars(
                select(Beneficiary.id).where(
                    Beneficiary.id.in_(ids),
                    or_(Beneficiary.health_notes != "", Beneficiary.judicial_notes != ""),
                )
            )
        )
        sheets = set(
            s.scalars(
                select(ParticipantSheet.beneficiary_id).where(
                    ParticipantSheet.beneficiary_id.in_(ids),
                    or_(
                        ParticipantSheet.migrant_background.is_not(None),
                        ParticipantSheet.disability.is_not(None),
                        ParticipantSheet.minority.is_not(None),
                        ParticipantSheet.special_asked_on.is_not(None),
                        *(
                            ParticipantSheet.disadvantages.contains(d)
                            for d in fse.SPECIAL_DISADVANTAGES
                        ),
                    ),
                )
            )
        )
    return people | sheets


def retention_due(
    db: Database, ctx: ActingContext, policy: Policy | None = None
) -> list[RetentionItem]:
    """What the policy asks for today, oldest closure first (coordinators: ``person.erase``)."""
    require(ctx, "person.erase")
    rules = policy or Policy.from_settings()
    today = ctx.today()
    items: list[RetentionItem] = []
    special_candidates: dict[str, tuple[str, dt.date]] = {}
    for pid, (code, closed) in _last_closures(db).items():
        erase_on = _years_after(closed, rules.person_years)
        if erase_on <= today:
            items.append(RetentionItem(PERSON, pid, code, closed, erase_on))
        elif _years_after(closed, rules.special_years) <= today:
            special_candidates[pid] = (code, closed)
    for pid in _with_special(db, set(special_candidates)):
        code, closed = special_candidates[pid]
        items.append(
            RetentionItem(SPECIAL, pid, code, closed, _years_after(closed, rules.special_years))
        )
    return sorted(items, key=lambda i: (i.closed_on, i.code, i.category))


def apply_retention(
    db: Database, ctx: ActingContext, policy: Policy | None = None
) -> list[RetentionItem]:
    """Do what is due: clear the special categories, erase the people; returns what was
    done (each in its own transaction, audited with the policy as its reason)."""
    rules = policy or Policy.from_settings()
    done = []
    for item in retention_due(db, ctx, rules):
        if item.category == PERSON:
            api.erase_beneficiary(db, ctx, item.beneficiary_id, reason=item.reason(rules))
        else:
            fse.clear_special_categories(db, ctx, item.beneficiary_id, item.reason(rules))
        done.append(item)
    return done
