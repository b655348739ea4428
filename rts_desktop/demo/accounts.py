"""The demo database's accounts: one per role, with one documented password (README).

The demo's staff are generated people; three of them become the accounts someone trying the
app logs in with, chosen so each sees something: the educator with the most current cases,
a coordinator still in service, and the SST social worker who referred the most cases (a
new operator, linked to her referrals so that she sees exactly those). The educator also
co-leads the group courses that met in the last two weeks, so her Oggi page has registers to
take."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.models import Case, CaseEducator, Event, Operator, Participant
from rts_desktop.models.vocab import Role

#: the password of every demo account (documented in the README; the demo is not real data)
DEMO_PASSWORD = "demo-rts-2026"
#: username → role of the demo accounts besides the administrator
DEMO_ACCOUNTS = {
    "coordinatore": Role.COORDINATORE,
    "educatore": Role.EDUCATORE,
    "assistente": Role.ASSISTENTE_SOCIALE,
}


def add_demo_accounts(db: Database, now: dt.datetime | None = None) -> list[str]:
    """Give three demo staff their login names (see the module); the usernames made.
    ``now`` (the clock by default) is the demo's present, for the group courses."""
    with db.session(db.context()) as s:
        busiest = s.execute(
            select(CaseEducator.operator_id, func.count())
            .join(Operator, Operator.id == CaseEducator.operator_id)
            .where(CaseEducator.to_date.is_(None), Operator.active.is_(True))
            .group_by(CaseEducator.operator_id)
            .order_by(func.count().desc(), CaseEducator.operator_id)
        ).first()
        coordinator = s.scalar(
            select(Operator)
            .where(Operator.role == str(Role.COORDINATORE), Operator.active.is_(True))
            .order_by(Operator.id)
        )
        referrer = s.execute(
            select(Case.sst_social_worker, func.count())
            .where(Case.sst_social_worker.is_not(None))
            .group_by(Case.sst_social_worker)
            .order_by(func.count().desc(), Case.sst_social_worker)
        ).first()
        if busiest is None or coordinator is None or referrer is None:
            return []
        educator = s.get(Operator, busiest[0])
        assert educator is not None
        educator.username = "educatore"
        _co_lead_groups(s, educator.id, now or db.context().now())
        coordinator.username = "coordinatore"
        worker = Operator(
            username="assistente",
            full_name=str(referrer[0]),
            role=str(Role.ASSISTENTE_SOCIALE),
            active=True,
        )
        s.add(worker)
        s.flush()
        for case in s.scalars(select(Case).where(Case.sst_social_worker == referrer[0])):
            case.sst_operator_id = worker.id  # through the ORM: recorded for sync
    return list(DEMO_ACCOUNTS)


def _co_lead_groups(s: Session, educator_id: str, now: dt.datetime) -> None:
    """The educator joins, as a leader, the group courses that met in the two weeks up to
    ``now`` (recurring events of no single case)."""
    since = now - dt.timedelta(days=14)
    groups = s.scalars(
        select(Event).where(
            Event.case_id.is_(None),
            Event.rrule.is_not(None),
            Event.cancelled.is_(False),
            Event.starts_at <= now,
            Event.series_until >= since,
        )
    )
    for event in groups:
        if event.organizer_id != educator_id and all(
            p.operator_id != educator_id for p in event.participants
        ):
            event.participants.append(Participant(operator_id=educator_id, role="conduttore"))
