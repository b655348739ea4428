"""Scadenze gathered from reviews, stays, documents, arrears and follow-ups."""

from __future__ import annotations

import datetime as dt

from rts_desktop.demo import generate_small
from rts_desktop.services import deadlines
from rts_desktop.services.cases import case as cases
from tests.services.cases.test_people_cases import make_case

TODAY = dt.date(2026, 11, 25)


def test_demo_deadlines_are_sorted_and_within_horizon(db):
    generate_small(db, seed=2026, today=TODAY)
    items = deadlines.upcoming(db, TODAY)
    assert items
    kinds = {d.kind for d in items}
    assert {"verifica", "fine_inserimento", "documento"} <= kinds
    horizon = TODAY + dt.timedelta(days=deadlines.HORIZON_DAYS)
    dated = [d.due for d in items if d.due is not None]
    assert dated == sorted(dated)
    assert all(d.due is None or d.due <= horizon or d.kind == "morosita" for d in items)
    assert all(d.case_code.startswith("RTS-") and d.household_name for d in items)


def test_follow_up_is_due_six_months_after_exit(db, ctx):
    case = make_case(db, ctx, referral=dt.date(2026, 1, 10))
    cases.close(db, ctx, case.id, dt.date(2026, 5, 20), "Rinuncia", "rientro_famiglia")
    items = deadlines.upcoming(db, TODAY)
    follow = [d for d in items if d.kind == "follow_up"]
    assert [(d.case_id, d.due) for d in follow] == [(case.id, dt.date(2026, 11, 20))]
    assert follow[0].overdue(TODAY)
    assert "Rientro in famiglia" in follow[0].description
    cases.record_follow_up(db, ctx, case.id, dt.date(2026, 11, 24), "Sta bene")
    assert not [d for d in deadlines.upcoming(db, TODAY) if d.kind == "follow_up"]


def test_nothing_to_do_on_an_empty_database(db):
    assert deadlines.upcoming(db, TODAY) == []


def test_stale_follow_ups_and_closed_cases_arrears_stay_out_of_the_panel(db):
    """Ten years of history must not bury this month's work: a follow-up missed years ago and
    the arrears of a closed case are not deadlines any more; open cases' arrears are."""
    from sqlalchemy import select

    from rts_desktop.models import Case, Contribution

    generate_small(db, seed=2026, today=TODAY)
    with db.session(write=False) as s:
        closed = set(s.scalars(select(Case.id).where(Case.status == "concluso")))
        in_arrears = set(
            s.scalars(
                select(Contribution.case_id).where(
                    Contribution.paid_cents < Contribution.due_cents,
                    Contribution.period < dt.date(2026, 11, 1),
                )
            )
        )
    items = deadlines.upcoming(db, TODAY)
    arrears = {d.case_id for d in items if d.kind == "morosita"}
    assert arrears and not arrears & closed
    assert arrears == in_arrears - closed
    stale = TODAY - dt.timedelta(days=400)
    assert all(d.due >= stale for d in items if d.kind == "follow_up")
