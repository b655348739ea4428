"""The Scadenze panel's faster queries give what the services that own each deadline give."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from rts_desktop.demo import generate_small
from rts_desktop.models import Case
from rts_desktop.models.vocab import CaseStatus, Role, label
from rts_desktop.services import deadlines
from rts_desktop.services.cases import documents
from rts_desktop.services.housing import agreements

TODAY = dt.date(2026, 11, 25)
NOON = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo(db):
    generate_small(db, seed=2026, today=TODAY)
    return db


def open_cases(db) -> set[str]:
    with db.session(write=False) as s:
        return set(s.scalars(select(Case.id).where(Case.status != CaseStatus.CONCLUSO)))


def test_open_statuses_are_every_status_but_concluded():
    assert set(deadlines.OPEN_STATUSES) == {str(s) for s in CaseStatus} - {"concluso"}


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 3, 1), dt.date(2030, 1, 15)])
def test_arrears_are_those_of_the_agreements_service_for_open_cases(demo, today):
    expected = sorted(
        (
            a.case_id,
            a.case_code,
            a.household_name,
            a.oldest_unpaid,
            a.arrears_cents,
            a.unpaid_months,
        )
        for a in agreements.arrears_by_case(demo, today)
        if a.case_id in open_cases(demo)
    )
    found = sorted(
        (d.case_id, d.case_code, d.household_name, d.due, d.description)
        for d in deadlines.upcoming(demo, today, kinds=frozenset({"morosita"}))
    )
    assert [f[:4] for f in found] == [e[:4] for e in expected]
    assert [f[4] for f in found] == [f"{agreements.euro(e[4])} ({e[5]} mesi)" for e in expected]
    if today == TODAY:
        assert found, "the demo has open cases in arrears"


def documents_as_the_service_gives_them(db, until: dt.date) -> list[tuple]:
    """The documents of ``documents.documents_expiring(open_cases_only=True)``, each with the
    open case it is shown under (its own, or its person's), as the panel first listed them."""
    from rts_desktop.models import Household, HouseholdMember

    docs = documents.documents_expiring(db, until, open_cases_only=True)
    with db.session(write=False) as s:
        cases = {
            cid: (code, name)
            for cid, code, name in s.execute(
                select(Case.id, Case.code, Household.name)
                .join(Household, Household.id == Case.household_id)
                .where(Case.status != CaseStatus.CONCLUSO)
            )
        }
        person_case = {
            bid: cid
            for bid, cid in s.execute(
                select(HouseholdMember.beneficiary_id, Case.id)
                .join(Case, Case.household_id == HouseholdMember.household_id)
                .where(Case.status != CaseStatus.CONCLUSO)
            )
        }
    found = []
    for d in docs:
        owner = d.case_id if d.case_id in cases else None
        if owner is None and not d.case_id:
            owner = person_case.get(d.beneficiary_id or "")
        if owner is not None:
            found.append((d.expires_on, owner, *cases[owner], f"{label(d.doc_type)}: {d.title}"))
    return sorted(found)


@pytest.mark.parametrize("days", [30, 400, 4000])
def test_documents_are_those_of_the_documents_service(demo, days):
    until = TODAY + dt.timedelta(days=days)
    items = deadlines.upcoming(demo, TODAY, days=days, kinds=frozenset({"documento"}))
    found = sorted((d.due, d.case_id, d.case_code, d.household_name, d.description) for d in items)
    assert found and found == documents_as_the_service_gives_them(demo, until)


def test_the_oggi_deadlines_taken_from_the_panels_list_are_its_own_two_weeks(demo):
    """The page reads no deadlines of its own: from the panel's 30 days it keeps its kinds,
    two weeks and the operator's own cases, the same items as a read of its own."""
    from rts_desktop.models import Operator
    from rts_desktop.services import today as oggi

    with demo.session(write=False) as s:
        operators = s.execute(select(Operator.id, Operator.role)).all()
    worker = operators[0].id  # a social worker following every third open case
    with demo.session() as s:
        followed = sorted(open_cases(demo))[::3]
        s.execute(update(Case).where(Case.id.in_(followed)).values(sst_operator_id=worker))
    ctxs = [demo.context(role=Role.COORDINATORE, clock=lambda: NOON)]
    ctxs += [demo.context(oid, role=Role(role), clock=lambda: NOON) for oid, role in operators]
    ctxs.append(demo.context(worker, role=Role.ASSISTENTE_SOCIALE, clock=lambda: NOON))
    assert {c.role for c in ctxs} >= {Role.COORDINATORE, Role.EDUCATORE, Role.ASSISTENTE_SOCIALE}
    some = 0
    for ctx in ctxs:
        data = oggi.day_summary(demo, ctx, read_deadlines=False)
        assert data.deadlines == () and data.arrears == ()
        with demo.session(write=False) as s:
            mine = oggi.own_cases(s, ctx)
        own = deadlines.upcoming(demo, TODAY, days=14, kinds=oggi.DEADLINE_KINDS)
        own = [d for d in own if mine is None or d.case_id in mine]
        shared = oggi.with_deadlines(data, deadlines.upcoming(demo, TODAY, ctx=ctx))
        assert [*shared.deadlines, *shared.arrears] == sorted(
            own, key=lambda d: d.kind == "morosita"
        )
        assert shared == oggi.day_summary(demo, ctx)
        some += len(own)
    assert some
