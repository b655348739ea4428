"""The eight service reports on small hand-made data, with the numbers worked out by hand;
the Municipio filter, an educator's visibility, the registry's audit, the demo data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from rts_desktop.models import (
    Agreement,
    Apartment,
    ApartmentStatusEntry,
    Assessment,
    AssessmentScore,
    AttendanceMark,
    AuditEntry,
    Beneficiary,
    Case,
    CaseEducator,
    Contribution,
    Event,
    Household,
    HouseholdMember,
    Plan,
    Review,
    Room,
    Stay,
)
from rts_desktop.models.vocab import Role, label
from rts_desktop.reports import (
    attendance,
    autonomy,
    contributions,
    exits,
    occupancy,
    plans,
    referrals,
    stays,
)
from rts_desktop.reports.registry import REPORTS, run_report, run_reports
from rts_desktop.reports.table import ReportFilter
from rts_desktop.services import operators

D = dt.date
YEAR = ReportFilter(D(2026, 1, 1), D(2026, 12, 31))
KINDS = (
    "occupancy",
    "stays",
    "exits",
    "plans",
    "attendance",
    "autonomy",
    "contributions",
    "referrals",
)
_n = itertools.count(1)


def at(day: dt.date, hour: int = 15, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def add_case(s, *, municipio=None, referral=D(2026, 1, 10), start=None, person=False, **more):
    """A case (with its household, and one person in it when ``person``)."""
    n = next(_n)
    household = Household(name=f"Nucleo {n}")
    s.add(household)
    s.flush()
    case = Case(
        code=f"RTS-{n:03d}",
        household_id=household.id,
        status="attivo",
        referral_date=referral,
        sst_municipio=municipio,
        start_date=start,
        **more,
    )
    s.add(case)
    if person:
        ben = Beneficiary(code=f"BEN-{n:03d}", first_name=f"P{n}", last_name="Test")
        s.add(ben)
        s.flush()
        s.add(
            HouseholdMember(
                household_id=household.id,
                beneficiary_id=ben.id,
                relation="capofamiglia",
                is_head=True,
                from_date=D(2025, 1, 1),
            )
        )
        case.person_id = ben.id  # for the test only
    s.flush()
    return case


def add_apartment(s, code, municipio, beds, statuses):
    apt = Apartment(code=code, address="Via Padova 1", municipio=municipio)
    s.add(apt)
    s.flush()
    room = Room(apartment_id=apt.id, name="Camera 1", beds=beds)
    s.add(room)
    for status, since in statuses:
        s.add(ApartmentStatusEntry(apartment_id=apt.id, status=status, from_date=since))
    s.flush()
    return apt, room


def add_stay(s, case, place, start, planned, actual=None, places=1):
    apt, room = place
    stay = Stay(
        case_id=case.id,
        apartment_id=apt.id,
        room_id=room.id,
        places=places,
        start_date=start,
        planned_end=planned,
        actual_end=actual,
    )
    s.add(stay)
    s.flush()
    return stay


def educator(db, ctx, case_ids):
    """``ctx`` as a new educator assigned to ``case_ids``."""
    made = operators.create_operator(db, ctx, f"edu{next(_n)}", "Edu Cata", "educatore")
    with db.session(ctx) as s:
        for case_id in case_ids:
            s.add(CaseEducator(case_id=case_id, operator_id=made.id, from_date=D(2025, 1, 1)))
    return dataclasses.replace(ctx, role=Role.EDUCATORE, operator_id=made.id)


def build(db, module, flt, ctx):
    with db.session(write=False) as s:
        return module.build(s, flt, ctx)


def figures(report):
    return {f.key: f.value for f in report.figures}


# --- occupancy ---------------------------------------------------------------------------


@pytest.fixture
def housing(db, ctx):
    """MI-001 (Municipio 2, 2 beds): in renovation 1–10 March; a stay of 1 place for 15
    nights (12–27 March). MI-002 (Municipio 5, 1 bed): open from 15 March, a stay from 20
    March planned to 10 April, still open."""
    with db.session(ctx) as s:
        a = add_apartment(
            s,
            "MI-001",
            2,
            2,
            [
                ("disponibile", D(2025, 1, 1)),
                ("in_ristrutturazione", D(2026, 3, 1)),
                ("disponibile", D(2026, 3, 11)),
            ],
        )
        b = add_apartment(s, "MI-002", 5, 1, [("disponibile", D(2026, 3, 15))])
        one, two = add_case(s), add_case(s)
        add_stay(s, one, a, D(2026, 3, 12), D(2026, 6, 1), D(2026, 3, 27))
        add_stay(s, two, b, D(2026, 3, 20), D(2026, 4, 10))
        return one.id, two.id


def test_occupancy_by_month_and_apartment(db, ctx, housing):
    report = build(db, occupancy, ReportFilter(D(2026, 3, 1), D(2026, 4, 30)), ctx)
    # March: MI-001 2 beds × 21 open nights + MI-002 1 × 17 = 59; used 15 + 12 = 27
    # April: 2 × 30 + 1 × 30 = 90; used 9 (MI-002, 1–9 April)
    assert report.table("by_month").rows == (
        (D(2026, 3, 1), 59, 27, 0.4576),
        (D(2026, 4, 1), 90, 9, 0.1),
    )
    assert report.table("by_apartment").rows == (
        ("MI-001", 2, 102, 15, 0.1471),
        ("MI-002", 5, 47, 21, 0.4468),
    )
    assert figures(report) == {"rate": 0.2416, "available": 149, "used": 36}
    chart = report.charts[0]
    assert chart.labels == ("03/2026", "04/2026") and chart.unit == "percent"
    assert chart.series[0][1] == (0.4576, 0.1)


def test_occupancy_clips_to_the_period_and_filters_by_municipio(db, ctx, housing):
    # 10–20 March: MI-001 open 11–20 (2 × 10), used 12–20 (9); MI-002 open 15–20, used 20
    short = build(db, occupancy, ReportFilter(D(2026, 3, 10), D(2026, 3, 20)), ctx)
    assert short.table("by_month").rows == ((D(2026, 3, 1), 26, 10, 0.3846),)
    only_2 = build(db, occupancy, ReportFilter(D(2026, 3, 1), D(2026, 4, 30), municipio=2), ctx)
    assert figures(only_2) == {"rate": 0.1471, "available": 102, "used": 15}
    assert [r[0] for r in only_2.table("by_apartment").rows] == ["MI-001"]


def test_occupancy_counts_beds_of_cases_an_educator_does_not_see(db, ctx, housing):
    one, _two = housing
    flt = ReportFilter(D(2026, 3, 1), D(2026, 4, 30))
    mine = build(db, occupancy, flt, educator(db, ctx, [one]))
    assert figures(mine) == figures(build(db, occupancy, flt, ctx))


# --- stays -------------------------------------------------------------------------------


@pytest.fixture
def stay_data(db, ctx):
    with db.session(ctx) as s:
        a = add_apartment(s, "MI-001", 2, 2, [("disponibile", D(2024, 1, 1))])
        b = add_apartment(s, "MI-002", 5, 2, [("disponibile", D(2024, 1, 1))])
        moved, short, long_, still, before = (add_case(s) for _ in range(5))
        # moved from MI-001 to MI-002 on 1 March: one stay of 212 days, ended in MI-002
        add_stay(s, moved, a, D(2026, 1, 1), D(2026, 9, 1), D(2026, 3, 1))
        add_stay(s, moved, b, D(2026, 3, 1), D(2026, 9, 1), D(2026, 8, 1))
        add_stay(s, short, a, D(2026, 5, 1), D(2026, 9, 1), D(2026, 6, 10))  # 40 days
        add_stay(s, long_, a, D(2025, 1, 1), D(2026, 3, 1), D(2026, 2, 15))  # 410 days
        add_stay(s, still, b, D(2026, 10, 1), D(2027, 1, 1))  # open at the end
        add_stay(s, before, a, D(2025, 6, 1), D(2026, 1, 1), D(2025, 12, 1))
        return {"short": short.id, "still": still.id}


def test_stays_lengths_bands_and_open(db, ctx, stay_data):
    report = build(db, stays, YEAR, ctx)
    assert figures(report) == {
        "ended": 3,
        "mean_days": 220.7,
        "median_days": 212.0,
        "share_6_months": 0.6667,
        "open_at_end": 1,
    }
    assert report.table("by_band").rows == (
        ("Fino a 3 mesi", 1, 0.3333, 40.0),
        ("Da 3 a 6 mesi", 0, 0.0, None),
        ("Da 6 a 12 mesi", 1, 0.3333, 212.0),
        ("12 mesi e oltre", 1, 0.3333, 410.0),
    )
    assert report.table("by_apartment").rows == (
        ("MI-001", 2, 2, 225.0, 225.0),
        ("MI-002", 5, 1, 212.0, 212.0),
    )


def test_stays_municipio_and_visibility(db, ctx, stay_data):
    only_2 = figures(build(db, stays, dataclasses.replace(YEAR, municipio=2), ctx))
    assert (only_2["ended"], only_2["mean_days"], only_2["open_at_end"]) == (2, 225.0, 0)
    mine = figures(build(db, stays, YEAR, educator(db, ctx, [stay_data["short"]])))
    assert (mine["ended"], mine["median_days"], mine["open_at_end"]) == (1, 40.0, 0)


# --- exits -------------------------------------------------------------------------------


@pytest.fixture
def exit_data(db, ctx):
    with db.session(ctx) as s:

        def gone(day, destination, outcome, municipio):
            case = add_case(s, municipio=municipio, exit_date=day, exit_destination=destination)
            case.exit_outcome = outcome
            return case.id

        ids = [
            gone(D(2026, 3, 1), "erp", "raggiunta_autonomia", 3),
            gone(D(2026, 4, 1), "erp", "abbandono", 3),
            gone(D(2026, 5, 1), "strada", "rifiuto", 4),
            gone(D(2026, 6, 1), None, None, None),
            gone(D(2025, 12, 31), "erp", "raggiunta_autonomia", 3),  # before the period
        ]
    return ids


def test_exits_by_destination_and_outcome(db, ctx, exit_data):
    report = build(db, exits, YEAR, ctx)
    assert figures(report) == {"exits": 4, "share_autonomy": 0.25, "share_negative": 0.5}
    assert report.table("by_destination").rows == (
        ("Edilizia residenziale pubblica (ERP)", 2, 0.5),
        ("Strada", 1, 0.25),
        ("Non indicata", 1, 0.25),
    )
    assert report.table("by_outcome").rows == (
        ("Raggiunta autonomia", label("raggiunta_autonomia"), 1, 0.25),
        ("Esito negativo", label("abbandono"), 1, 0.25),
        ("Esito negativo", label("incompatibilita"), 0, 0.0),
        ("Esito negativo", label("rifiuto"), 1, 0.25),
        ("Esito negativo", label("mancato_rispetto_patto"), 0, 0.0),
        ("Altri esiti", label("altro_esito"), 0, 0.0),
        ("Non indicato", "Non indicato", 1, 0.25),
    )


def test_exits_municipio_and_visibility(db, ctx, exit_data):
    assert figures(build(db, exits, dataclasses.replace(YEAR, municipio=3), ctx))["exits"] == 2
    mine = build(db, exits, YEAR, educator(db, ctx, [exit_data[0], exit_data[2]]))
    assert figures(mine) == {"exits": 2, "share_autonomy": 0.5, "share_negative": 0.5}


# --- plans -------------------------------------------------------------------------------


def add_plan(s, case, agreed, status="condiviso", due=None, reviews=(), version=1):
    plan = Plan(
        case_id=case.id,
        version_no=version,
        status=status,
        agreed_on=agreed,
        valid_from=agreed,
        next_review_due=due,
    )
    s.add(plan)
    s.flush()
    for item in reviews:
        day, due_date = item if isinstance(item, tuple) else (item, None)
        s.add(Review(plan_id=plan.id, date=day, due_date=due_date))
    s.flush()
    return plan


def test_plans_agreement_and_reviews(db, ctx):
    with db.session(ctx) as s:
        p1 = add_case(s, start=D(2026, 2, 1))
        add_plan(s, p1, D(2026, 2, 20), "superato", D(2026, 8, 20), [D(2026, 5, 10)])  # 79 d
        # second version: reviews 75 days after its agreement (on time), then 97 (late)
        add_plan(
            s, p1, D(2026, 6, 1), due=D(2027, 2, 20), reviews=[D(2026, 8, 15), D(2026, 11, 20)]
        )
        p2 = add_case(s, start=D(2026, 3, 1))
        add_plan(s, p2, D(2026, 4, 15), due=D(2026, 7, 15))  # 45 days; review missing
        add_case(s, start=D(2026, 4, 1))  # no plan, term over
        add_case(s, start=D(2026, 11, 10))  # no plan, 15 days ago: still in time
        older = add_case(s, start=D(2025, 12, 1))
        add_plan(s, older, D(2025, 12, 10), due=D(2026, 12, 10))  # due after today: to do
        left = add_case(s, start=D(2025, 10, 1), exit_date=D(2026, 6, 1))
        add_plan(s, left, D(2025, 10, 5), due=D(2026, 7, 1))  # left before: not missing
    report = build(db, plans, YEAR, ctx)
    assert [row[1:] for row in report.table("agreement").rows] == [
        (4, None),
        (1, 0.25),
        (1, 0.25),
        (1, 0.25),
        (1, 0.25),
    ]
    assert [row[1:] for row in report.table("reviews").rows] == [
        (3, None),
        (2, 0.6667),
        (1, 0.3333),
        (1, None),
        (1, None),
    ]
    assert figures(report) == {
        "entered": 4,
        "share_agreed_in_time": 0.25,
        "reviews_done": 3,
        "share_reviews_on_time": 0.6667,
        "reviews_missing": 1,
    }
    assert "30 giorni" in report.table("agreement").note
    assert plans.AGREED_WITHIN_DAYS == 30


def test_a_review_is_on_time_by_the_due_date_it_answered(db, ctx):
    with db.session(ctx) as s:
        case = add_case(s, start=D(2026, 1, 10))
        # 150 days after the agreement but before the date agreed with the SST: on time;
        # 20 days after the previous one but past its due date: late
        add_plan(
            s,
            case,
            D(2026, 1, 20),
            due=D(2027, 1, 10),
            reviews=[(D(2026, 6, 19), D(2026, 6, 30)), (D(2026, 7, 9), D(2026, 7, 1))],
        )
    report = build(db, plans, YEAR, ctx)
    assert figures(report)["reviews_done"] == 2
    assert figures(report)["share_reviews_on_time"] == 0.5


# --- attendance --------------------------------------------------------------------------


def test_attendance_by_area(db, ctx):
    with db.session(ctx) as s:
        k1, k2 = add_case(s, municipio=2, person=True), add_case(s, municipio=2, person=True)
        k3 = add_case(s, municipio=7, person=True)
        b1, b2, b3 = k1.person_id, k2.person_id, k3.person_id

        def event(area, day, minutes, case_id=None):
            e = Event(
                area=area,
                title=area,
                starts_at=at(day),
                ends_at=at(day) + dt.timedelta(minutes=minutes),
                series_until=at(day) + dt.timedelta(minutes=minutes),
                case_id=case_id,
            )
            s.add(e)
            s.flush()
            return e.id

        def mark(event_id, day, person, status, late=0):
            s.add(
                AttendanceMark(
                    event_id=event_id,
                    occurrence_start=at(day),
                    beneficiary_id=person,
                    status=status,
                    marked_at=at(day, 18, late),
                )
            )

        g1 = event("educazione_finanziaria", D(2026, 3, 2), 120)
        g2 = event("socializzazione", D(2026, 3, 5), 90)
        one = event("colloquio", D(2026, 3, 3), 60, case_id=k1.id)  # one case: not a group
        for person, status in ((b1, "presente"), (b2, "presente"), (b3, "assente")):
            mark(g1, D(2026, 3, 2), person, status)
        mark(g1, D(2026, 3, 9), b1, "presente")
        mark(g1, D(2026, 3, 9), b2, "assente")
        mark(g1, D(2026, 3, 9), b2, "presente", late=5)  # the correction counts
        mark(g1, D(2026, 3, 9), b3, "presente")
        mark(g1, D(2026, 3, 9), b3, "assente", late=5)
        mark(g2, D(2026, 3, 5), b3, "presente")
        mark(one, D(2026, 3, 3), b1, "presente")
        mark(g1, D(2026, 5, 4), b1, "presente")  # after the period
    march = ReportFilter(D(2026, 3, 1), D(2026, 3, 31))
    report = build(db, attendance, march, ctx)
    assert report.table("by_area").rows == (
        ("Educazione finanziaria", 2, 2, 4, 8.0),
        ("Socializzazione", 1, 1, 1, 1.5),
    )
    assert figures(report) == {"sessions": 3, "participants": 3, "presences": 5, "hours": 9.5}
    assert report.charts[0].series[0][1] == (8.0, 1.5)
    only_2 = build(db, attendance, dataclasses.replace(march, municipio=2), ctx)
    assert only_2.table("by_area").rows == (("Educazione finanziaria", 2, 2, 4, 8.0),)
    mine = build(db, attendance, march, educator(db, ctx, [k1.id]))
    assert mine.table("by_area").rows == (("Educazione finanziaria", 2, 1, 2, 4.0),)


# --- autonomy ----------------------------------------------------------------------------


def test_autonomy_first_against_latest(db, ctx):
    with db.session(ctx) as s:

        def assess(case, day, **scores):
            a = Assessment(
                case_id=case.id,
                beneficiary_id=case.person_id,
                framework_key="autonomia",
                framework_version=1,
                date=day,
            )
            s.add(a)
            s.flush()
            for domain, score in scores.items():
                s.add(AssessmentScore(assessment_id=a.id, domain=domain, score=score))

        a1 = add_case(s, municipio=2, person=True)
        assess(a1, D(2025, 6, 1), abitare=2, gestione_denaro=1)
        assess(a1, D(2026, 2, 1), abitare=3, gestione_denaro=2)
        assess(a1, D(2026, 5, 1), abitare=4, gestione_denaro=2)
        a2 = add_case(s, municipio=5, person=True)
        assess(a2, D(2026, 1, 10), abitare=3)
        assess(a2, D(2026, 3, 10), abitare=2, lavoro_formazione=3)  # no first for lavoro
        a3 = add_case(s, person=True)
        assess(a3, D(2026, 4, 1), abitare=1)  # one assessment only
        a4 = add_case(s, person=True)
        assess(a4, D(2025, 3, 1), abitare=1)
        assess(a4, D(2025, 10, 1), abitare=2)  # latest before the period
        assess(a4, D(2027, 1, 5), abitare=5)  # after it: not read
    report = build(db, autonomy, YEAR, ctx)
    title = "Valutazione dell'autonomia – RTS"  # from resources/assessment/autonomia-v1.json
    assert report.table("by_domain").rows == (
        (title, "Abitare", 2, 2.5, 3.0, 0.5),
        (title, "Gestione del denaro", 1, 1.0, 2.0, 1.0),
    )
    assert figures(report) == {"people": 2, "mean_change": 0.67}
    only_2 = build(db, autonomy, dataclasses.replace(YEAR, municipio=2), ctx)
    assert [r[1:] for r in only_2.table("by_domain").rows] == [
        ("Abitare", 1, 2.0, 4.0, 2.0),
        ("Gestione del denaro", 1, 1.0, 2.0, 1.0),
    ]


# --- contributions -----------------------------------------------------------------------


@pytest.fixture
def money(db, ctx):
    with db.session(ctx) as s:

        def months(case, *amounts):
            deal = Agreement(
                case_id=case.id,
                signed_on=D(2025, 11, 1),
                duration_months=12,
                monthly_contribution_cents=amounts[0][1],
                house_rules_version="1",
            )
            s.add(deal)
            s.flush()
            for period, due, paid in amounts:
                s.add(
                    Contribution(
                        agreement_id=deal.id,
                        case_id=case.id,
                        period=period,
                        due_cents=due,
                        paid_cents=paid,
                    )
                )

        c1, c2 = add_case(s, municipio=2), add_case(s, municipio=6)
        months(
            c1,
            (D(2025, 12, 1), 10000, 0),  # before the period
            (D(2026, 1, 1), 10000, 10000),
            (D(2026, 2, 1), 10000, 4000),
            (D(2026, 3, 1), 10000, 0),
        )
        months(c2, (D(2026, 1, 1), 5000, 6000), (D(2026, 2, 1), 5000, 5000))
        return c1.code, c2.id


def test_contributions_due_paid_arrears(db, ctx, money):
    code, _other = money
    flt = ReportFilter(D(2026, 1, 15), D(2026, 3, 31))  # January counts: its month touches
    report = build(db, contributions, flt, ctx)
    assert report.table("by_month").rows == (
        (D(2026, 1, 1), 150.0, 160.0, 0.0, 1.0667),
        (D(2026, 2, 1), 150.0, 90.0, 60.0, 0.6),
        (D(2026, 3, 1), 100.0, 0.0, 100.0, 0.0),
    )
    assert report.table("arrears_by_case").rows == ((code, 2, 160.0),)
    assert figures(report) == {"due": 400.0, "paid": 250.0, "arrears": 160.0, "cases_in_arrears": 1}


def test_contributions_municipio_and_visibility(db, ctx, money):
    _code, other = money
    flt = ReportFilter(D(2026, 1, 1), D(2026, 3, 31))
    expected = {"due": 100.0, "paid": 110.0, "arrears": 0.0, "cases_in_arrears": 0}
    assert figures(build(db, contributions, dataclasses.replace(flt, municipio=6), ctx)) == expected
    mine = build(db, contributions, flt, educator(db, ctx, [other]))
    assert figures(mine) == expected
    assert mine.table("arrears_by_case").rows == ()


# --- referrals ---------------------------------------------------------------------------


@pytest.fixture
def referred(db, ctx):
    with db.session(ctx) as s:
        r1 = add_case(s, municipio=3, referral=D(2026, 2, 1), start=D(2026, 2, 21))  # 20
        add_case(s, municipio=3, referral=D(2026, 3, 1), start=D(2026, 3, 31))  # 30
        add_case(s, municipio=3, referral=D(2026, 4, 1))
        r4 = add_case(s, referral=D(2026, 5, 1), start=D(2026, 6, 10))  # 40
        add_case(s, municipio=3, referral=D(2025, 12, 1), start=D(2026, 1, 5))  # before
        return r1.id, r4.id


def test_referrals_by_municipio(db, ctx, referred):
    report = build(db, referrals, YEAR, ctx)
    assert report.table("by_municipio").rows == (
        ("Municipio 3", 3, 2, 0.6667, 25.0, 25.0),
        ("non indicato", 1, 1, 1.0, 40.0, 40.0),
    )
    assert figures(report) == {"referrals": 4, "started": 3, "mean_wait": 30.0, "median_wait": 30.0}
    only_3 = figures(build(db, referrals, dataclasses.replace(YEAR, municipio=3), ctx))
    assert (only_3["referrals"], only_3["median_wait"]) == (3, 25.0)
    mine = figures(build(db, referrals, YEAR, educator(db, ctx, list(referred))))
    assert (mine["referrals"], mine["started"], mine["median_wait"]) == (2, 2, 30.0)


# --- the registry, the demo --------------------------------------------------------------


def _report_entries(db):
    with db.session(write=False) as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "report")))


@pytest.mark.parametrize("kind", KINDS)
def test_run_report_through_the_registry_is_audited(db, ctx, kind):
    report = run_report(db, ctx, kind, YEAR)
    assert report.kind == kind and report.title == REPORTS[kind].title
    assert report.as_json()["report"] == kind
    assert _report_entries(db) == [f"{kind} 2026-01-01..2026-12-31"]


def test_every_report_on_the_demo(db, ctx):
    from rts_desktop.demo.small import generate_small

    generate_small(db, seed=2026, today=D(2026, 12, 1))
    flt = ReportFilter(D(2025, 1, 1), D(2026, 11, 30))
    found = {r.kind: r for r in run_reports(db, ctx, list(KINDS), flt)}
    assert len(_report_entries(db)) == 1
    for report in found.values():
        for table in report.tables:
            for column_no, column in enumerate(table.columns):
                if column.kind == "percent" and report.kind != "contributions":
                    values = [row[column_no] for row in table.rows if row[column_no] is not None]
                    assert all(0 <= v <= 1 for v in values), (report.kind, table.key)
    occ = figures(found["occupancy"])
    assert occ["available"] > 0 and 0 < occ["rate"] <= 1
    money_ = figures(found["contributions"])
    assert 0 < money_["paid"] <= money_["due"]
    assert money_["arrears"] >= round(money_["due"] - money_["paid"], 2)
    assert figures(found["stays"])["ended"] > 0
    assert figures(found["referrals"])["referrals"] > 0
    assert figures(found["attendance"])["sessions"] > 0
    assert figures(found["autonomy"])["people"] > 0
    with db.session(write=False) as s:
        exited = s.scalar(select(func.count()).where(Case.exit_date.between(flt.start, flt.end)))
    assert figures(found["exits"])["exits"] == exited
