"""Handovers, inspections, maintenance requests; agreements, warnings and contributions."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, Contribution
from rts_desktop.services.housing import agreements, stays, upkeep
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.services.housing.upkeep import HandoverInput
from tests.services.housing.test_housing import count, make_apartment, make_case, room

D = dt.date


def refused(db, call, field):
    before = (count(db), count(db, AuditEntry))
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field
    assert (count(db), count(db, AuditEntry)) == before
    return err.value.message


# --- upkeep ---


def test_handover_and_inspection(db, ctx):
    apt = make_apartment(db, ctx)
    given = upkeep.record_handover(
        db,
        ctx,
        apt.id,
        "consegna",
        D(2026, 11, 2),
        HandoverInput(keys_count=2, keys_notes="Ditta idraulica", meter_water="123"),
    )
    assert (given.kind_label, given.keys_count, given.meter_water) == ("Consegna", 2, "123")
    refused(
        db,
        lambda: upkeep.record_handover(
            db, ctx, apt.id, "prestito", D(2026, 11, 2), HandoverInput()
        ),
        "kind",
    )
    refused(
        db,
        lambda: upkeep.record_handover(
            db, ctx, apt.id, "consegna", D(2026, 11, 2), HandoverInput(keys_count=-1)
        ),
        "keys_count",
    )
    refused(
        db,
        lambda: upkeep.record_handover(
            db, ctx, apt.id, "consegna", D(2026, 12, 2), HandoverInput()
        ),
        "date",
    )

    visit = upkeep.record_inspection(db, ctx, apt.id, D(2026, 11, 20), outcome="Buono stato")
    assert visit.outcome == "Buono stato" and visit.notes is None
    refused(db, lambda: upkeep.record_inspection(db, ctx, apt.id, D(2026, 11, 20)), "notes")
    assert upkeep.list_inspections(db, apt.id) == [visit]


def test_maintenance_request_lifecycle(db, ctx):
    apt = make_apartment(db, ctx)
    other = make_apartment(db, ctx, code="MI-002")
    req = upkeep.open_request(
        db,
        ctx,
        apt.id,
        "Caldaia in blocco",
        D(2026, 11, 10),
        room_id=room(apt, "Camera 1").id,
        reported_by="Ospite",
    )
    upkeep.open_request(db, ctx, other.id, "Citofono guasto", D(2026, 11, 12))
    assert (req.status, req.status_label) == ("aperta", "Aperta")
    refused(
        db,
        lambda: upkeep.open_request(
            db, ctx, apt.id, "X", D(2026, 11, 10), room_id=room(other, "Camera 1").id
        ),
        "room_id",
    )
    refused(db, lambda: upkeep.open_request(db, ctx, apt.id, " ", D(2026, 11, 10)), "description")

    req = upkeep.assign_request(db, ctx, req.id, "Idraulica Rossi srl")
    assert (req.status, req.assignee) == ("in_corso", "Idraulica Rossi srl")
    refused(db, lambda: upkeep.close_request(db, ctx, req.id, D(2026, 11, 9), 100), "closed_on")
    refused(db, lambda: upkeep.close_request(db, ctx, req.id, D(2026, 11, 11), -1), "cost_cents")
    refused(db, lambda: upkeep.close_request(db, ctx, req.id, D(2026, 11, 26), 0), "closed_on")
    assert [r.description for r in upkeep.open_requests(db, apt.id)] == ["Caldaia in blocco"]

    req = upkeep.close_request(db, ctx, req.id, D(2026, 11, 10), 18_000)
    assert (req.status, req.closed_on, req.cost_cents) == ("chiusa", D(2026, 11, 10), 18_000)
    refused(db, lambda: upkeep.close_request(db, ctx, req.id, D(2026, 11, 12), 0), "status")
    refused(db, lambda: upkeep.assign_request(db, ctx, req.id, "Altro"), "status")
    assert upkeep.open_requests(db, apt.id) == []
    assert [r.description for r in upkeep.open_requests(db)] == ["Citofono guasto"]


# --- agreements ---


@pytest.fixture
def housed(db, ctx):
    """A case housed from 10/03/2026 to 05/06/2026 (nights in March..June)."""
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 2, D(2026, 3, 10), D(2026, 6, 5)
    )
    return case, stay


def make_agreement(db, ctx, case, stay=None, months=12, cents=5_000):
    return agreements.create_agreement(
        db,
        ctx,
        AgreementInput(
            case.id, D(2026, 3, 10), months, cents, "2026.1", stay_id=stay.id if stay else None
        ),
    )


def test_invalid_agreement(db, ctx, housed):
    case, _ = housed
    for change, field in [
        ({"duration_months": 0}, "duration_months"),
        ({"duration_months": 37}, "duration_months"),
        ({"monthly_contribution_cents": -1}, "monthly_contribution_cents"),
        ({"house_rules_version": ""}, "house_rules_version"),
        ({"signed_on": D(2026, 12, 1)}, "signed_on"),
    ]:
        data = AgreementInput(case.id, D(2026, 3, 10), 12, 5_000, "2026.1")
        for key, value in change.items():
            setattr(data, key, value)
        refused(db, partial(agreements.create_agreement, db, ctx, data), field)


def test_agreement_with_warnings(db, ctx, housed):
    case, stay = housed
    other_case = make_case(db, ctx)
    refused(db, lambda: make_agreement(db, ctx, other_case, stay), "stay_id")
    agreement = make_agreement(db, ctx, case, stay)
    assert (agreement.stay_id, agreement.duration_months, len(agreement.periods)) == (
        stay.id,
        12,
        12,
    )
    refused(
        db, lambda: agreements.add_warning(db, ctx, agreement.id, D(2026, 3, 1), "Rumori"), "date"
    )
    refused(db, lambda: agreements.add_warning(db, ctx, agreement.id, D(2026, 4, 1), " "), "reason")
    agreement = agreements.add_warning(
        db, ctx, agreement.id, D(2026, 4, 1), "Ospiti non autorizzati"
    )
    assert [(w.date, w.reason) for w in agreement.warnings] == [
        (D(2026, 4, 1), "Ospiti non autorizzati")
    ]
    assert agreements.case_agreements(db, case.id) == [agreement]
    assert agreements.get_agreement(db, agreement.id) == agreement


def test_contributions_one_per_month_and_idempotent(db, ctx, housed):
    case, stay = housed
    agreement = make_agreement(db, ctx, case, stay)
    rows = agreements.generate_contributions(db, ctx, agreement.id)
    assert [r.period for r in rows] == [D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1), D(2026, 6, 1)]
    assert {r.due_cents for r in rows} == {5_000}
    before = count(db)
    assert agreements.generate_contributions(db, ctx, agreement.id) == rows
    assert count(db) == before  # nothing written the second time
    # a proroga adds the new months only
    stays.extend_stay(db, ctx, stay.id, D(2026, 8, 1), "Proroga")
    rows = agreements.generate_contributions(db, ctx, agreement.id)
    assert [r.period.month for r in rows] == [3, 4, 5, 6, 7]
    assert count(db, Contribution) == 5


def test_contributions_follow_the_agreement_months_and_early_exit(db, ctx, housed):
    case, stay = housed
    short = make_agreement(db, ctx, case, months=2)
    assert [r.period.month for r in agreements.generate_contributions(db, ctx, short.id)] == [3, 4]

    agreement = make_agreement(db, ctx, case, stay)
    rows = agreements.generate_contributions(db, ctx, agreement.id)
    agreements.record_payment(db, ctx, rows[3].id, 1_000, D(2026, 5, 30))  # June paid ahead
    stays.move_out(db, ctx, stay.id, D(2026, 4, 20), HandoverInput())
    rows = agreements.generate_contributions(db, ctx, agreement.id)
    # May is dropped (unpaid, no longer housed); June is kept because it was paid
    assert [(r.period.month, r.paid_cents) for r in rows] == [(3, 0), (4, 0), (6, 1_000)]


def test_payments_and_arrears(db, ctx, housed):
    case, stay = housed
    agreement = make_agreement(db, ctx, case, stay)
    march, april, may, _june = agreements.generate_contributions(db, ctx, agreement.id)
    paid = agreements.record_payment(db, ctx, march.id, 2_000, D(2026, 3, 31))
    paid = agreements.record_payment(db, ctx, march.id, 3_000, D(2026, 4, 15), "Saldo")
    assert (paid.paid_cents, paid.paid_on, paid.balance_cents, paid.notes) == (
        5_000,
        D(2026, 4, 15),
        0,
        "Saldo",
    )
    agreements.record_payment(db, ctx, april.id, 1_500, D(2026, 4, 30))
    message = refused(
        db,
        lambda: agreements.record_payment(db, ctx, may.id, 50_001, D(2026, 5, 2)),
        "amount_cents",
    )
    assert "500,00 €" in message
    refused(
        db, lambda: agreements.record_payment(db, ctx, may.id, 0, D(2026, 5, 2)), "amount_cents"
    )
    refused(db, lambda: agreements.record_payment(db, ctx, may.id, 10, D(2026, 12, 2)), "paid_on")
    agreements.record_payment(db, ctx, may.id, 50_000, D(2026, 5, 2))  # exactly 10x due is accepted

    # April 3,500 short, May 45,000 over, June 5,000 due: sum(due - paid) of past months
    assert agreements.arrears(db, case.id, D(2026, 11, 25)) == 3_500 - 45_000 + 5_000
    # in June only March..May count
    assert agreements.arrears(db, case.id, D(2026, 6, 10)) == 3_500 - 45_000
    assert agreements.arrears(db, case.id, D(2026, 5, 10)) == 3_500


def test_arrears_by_case_for_the_deadlines_panel(db, ctx, housed):
    case, stay = housed
    apt2 = make_apartment(db, ctx, code="MI-002")
    other = make_case(db, ctx)
    other_stay = stays.plan_stay(
        db, ctx, other.id, apt2.id, room(apt2, "Camera 1").id, 1, D(2026, 9, 1), D(2026, 12, 1)
    )
    tidy = make_case(db, ctx)
    tidy_stay = stays.plan_stay(
        db, ctx, tidy.id, apt2.id, room(apt2, "Camera 2").id, 1, D(2026, 10, 1), D(2026, 11, 1)
    )
    a = make_agreement(db, ctx, case, stay, cents=5_000)
    b = make_agreement(db, ctx, other, other_stay, cents=20_000)
    c = make_agreement(db, ctx, tidy, tidy_stay, cents=1_000)
    agreements.generate_contributions(db, ctx, a.id)
    b_rows = agreements.generate_contributions(db, ctx, b.id)
    [october] = agreements.generate_contributions(db, ctx, c.id)
    agreements.record_payment(db, ctx, october.id, 1_000, D(2026, 10, 5))
    agreements.record_payment(db, ctx, b_rows[0].id, 5_000, D(2026, 9, 5))

    rows = agreements.arrears_by_case(db, D(2026, 11, 25))
    assert [(r.case_code, r.arrears_cents, r.unpaid_months) for r in rows] == [
        (other.code, 35_000, 2),
        (case.code, 20_000, 4),
    ]
    assert rows[0].oldest_unpaid == D(2026, 9, 1)
    assert rows[1].household_name == case.household.name
    assert agreements.arrears_by_case(db, D(2026, 3, 1)) == []
