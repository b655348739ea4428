"""Moving a household in: the places offered over a period with their free beds, who may
enter, cancelling a planned stay, keys returned at the move-out, the status shown."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rts_desktop.kernel.errors import PermissionDenied
from rts_desktop.models import AuditEntry, Inspection, Stay, StayExtension
from rts_desktop.models.vocab import ApartmentStatus, CaseStatus, Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays, upkeep
from rts_desktop.services.housing.apartment_state import StateKind, apartment_state
from rts_desktop.services.housing.availability import place_offers
from rts_desktop.services.housing.board import housing_candidates
from rts_desktop.services.housing.occupancy import occupancy_on
from rts_desktop.services.housing.upkeep import HandoverInput
from tests.services.housing.test_housing import as_role, make_apartment, make_case, room
from tests.services.housing.test_stays import refused

D = dt.date
TODAY = D(2026, 11, 25)


@pytest.fixture
def apt(db, ctx):
    """MI-001: «Camera 1» with 1 bed, «Camera 2» with 2 beds, disponibile from 01/01/2026."""
    return make_apartment(db, ctx)


def plan(db, ctx, case, apt, room_name, places, start, end):
    return stays.plan_stay(db, ctx, case.id, apt.id, room(apt, room_name).id, places, start, end)


def offer(db, code, start, end, **kw):
    return next(o for o in place_offers(db, start, end, **kw) if o.code == code)


def referred_case(db, ctx, name="Nuovo"):
    person = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name=name, last_name="Segnalato")
    )
    household = households.create_household(
        db, ctx, f"Nucleo {name}", [MemberInput(person.id, "capofamiglia", D(2026, 1, 1), True)]
    )
    return cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=D(2026, 11, 1))
    )


# --- the places offered -------------------------------------------------------------------


def test_offers_count_the_beds_free_on_every_night(db, ctx, apt):
    case = make_case(db, ctx)
    plan(db, ctx, case, apt, "Camera 2", 1, D(2026, 12, 10), D(2027, 1, 10))
    before = offer(db, "MI-001", D(2026, 12, 1), D(2026, 12, 10))
    assert before.offered and before.free == 3
    assert before.label.startswith("MI-001 – 3 posti liberi")
    over = offer(db, "MI-001", D(2026, 12, 1), D(2027, 3, 1))
    assert over.free == 2  # one bed of Camera 2 is taken for part of the period
    assert [r.label for r in over.rooms] == [
        "Camera 1 (1 letto) – 1 posto libero",
        "Camera 2 (2 letti) – 1 posto libero",
    ]
    # the stay being moved does not count against itself
    moving = stays.case_stays(db, case.id)[0]
    assert offer(db, "MI-001", D(2026, 12, 1), D(2027, 3, 1), exclude_stay=moving.id).free == 3


def test_a_full_apartment_is_not_offered(db, ctx, apt):
    plan(db, ctx, make_case(db, ctx), apt, "Camera 1", 1, D(2026, 12, 1), D(2027, 2, 1))
    plan(db, ctx, make_case(db, ctx), apt, "Camera 2", 2, D(2026, 12, 1), D(2027, 2, 1))
    full = offer(db, "MI-001", D(2026, 12, 15), D(2027, 1, 15))
    assert not full.offered and full.free == 0
    assert full.reason == "nessun posto libero in queste date"
    assert offer(db, "MI-001", D(2027, 2, 1), D(2027, 6, 1)).free == 3  # the end day is free


def test_renovation_and_out_of_service_are_not_offered(db, ctx, apt):
    housing.set_status(db, ctx, apt.id, ApartmentStatus.IN_RISTRUTTURAZIONE, D(2027, 1, 15))
    other = make_apartment(db, ctx, code="MI-002")
    housing.set_status(db, ctx, other.id, ApartmentStatus.FUORI_SERVIZIO, D(2026, 11, 1))
    offers = place_offers(db, D(2026, 12, 1), D(2027, 3, 1))
    by_code = {o.code: o for o in offers}
    assert by_code["MI-001"].reason == "in ristrutturazione dal 15/01/2027"
    assert by_code["MI-002"].reason == "fuori servizio"
    assert by_code["MI-001"].free == 0
    assert all(not o.offered for o in offers)
    # before the works start it may take somebody
    assert offer(db, "MI-001", D(2026, 12, 1), D(2027, 1, 15)).offered
    assert place_offers(db, D(2027, 1, 1), D(2027, 1, 1)) == []
    # and the service still refuses what the dialog does not offer
    case = make_case(db, ctx)
    refused(
        db,
        lambda: plan(db, ctx, case, apt, "Camera 1", 1, D(2027, 1, 1), D(2027, 3, 1)),
        "apartment_id",
    )


def test_who_may_enter_and_why_the_others_not_yet(db, ctx):
    active = make_case(db, ctx)
    referred = referred_case(db, ctx)
    assessed = referred_case(db, ctx, "Valutato")
    cases.accept_referral(db, ctx, assessed.id, D(2026, 11, 10))
    assert [c.id for c in housing_candidates(db)] == [active.id]
    listed = {c.id: c for c in housing_candidates(db, waiting=True)}
    assert listed[active.id].may_enter
    assert listed[referred.id].blocker == (
        f"Attiva prima il percorso del caso {referred.code} per inserirlo."
    )
    assert listed[assessed.id].status is CaseStatus.IN_VALUTAZIONE
    assert not listed[assessed.id].may_enter
    apt = make_apartment(db, ctx)
    message = refused(
        db,
        lambda: stays.plan_stay(
            db, ctx, referred.id, apt.id, room(apt, "Camera 1").id, 1, TODAY, D(2027, 1, 1)
        ),
        "case_id",
    )
    assert message == listed[referred.id].blocker


# --- cancelling a planned stay ------------------------------------------------------------


def test_cancel_a_planned_stay_frees_its_beds(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 12, 1), D(2027, 3, 1))
    stays.extend_stay(db, ctx, stay.id, D(2027, 4, 1), "Attesa alloggio ERP")
    visit = upkeep.record_inspection(db, ctx, apt.id, TODAY, notes="Pronto", stay_id=stay.id)
    assert stays.case_stays(db, case.id)[0].can_cancel(TODAY)
    assert offer(db, "MI-001", D(2026, 12, 1), D(2027, 1, 1)).free == 1
    stays.cancel_stay(db, ctx, stay.id)
    assert stays.case_stays(db, case.id) == []
    assert offer(db, "MI-001", D(2026, 12, 1), D(2027, 1, 1)).free == 3
    with db.session(write=False) as s:
        assert s.get(Stay, stay.id) is None
        assert s.scalars(select(StayExtension)).all() == []
        assert s.get(Inspection, visit.id).stay_id is None  # the visit stays, unlinked
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == stay.id)).all()
        assert ("cancel", "stay") in {(e.action, e.entity) for e in trail}


def test_cancel_is_refused_once_started(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 11, 20), D(2027, 3, 1))
    message = refused(db, lambda: stays.cancel_stay(db, ctx, stay.id), "stay_id")
    assert "iniziato il 20/11/2026" in message
    today = plan(db, ctx, make_case(db, ctx), apt, "Camera 1", 1, TODAY, D(2027, 3, 1))
    stays.move_in(db, ctx, today.id, TODAY, HandoverInput(keys_count=2))
    assert not stays.get_stay(db, today.id).can_cancel(TODAY)
    message = refused(db, lambda: stays.cancel_stay(db, ctx, today.id), "stay_id")
    assert message.startswith("Il nucleo è già entrato il 25/11/2026")
    stays.move_in(db, ctx, stay.id, D(2026, 11, 20), HandoverInput(keys_count=1))
    stays.move_out(db, ctx, stay.id, TODAY, HandoverInput(keys_count=1))
    message = refused(db, lambda: stays.cancel_stay(db, ctx, stay.id), "stay_id")
    assert "già concluso" in message
    with pytest.raises(PermissionDenied):
        stays.cancel_stay(db, as_role(ctx, Role.ASSISTENTE_SOCIALE), stay.id)


def test_cancel_is_refused_for_a_move_continuation(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 11, 1), D(2027, 3, 1))
    moved = stays.move_stay(db, ctx, stay.id, TODAY, room(apt, "Camera 2").id)
    assert moved.start_date == TODAY and not moved.keys_handed
    message = refused(db, lambda: stays.cancel_stay(db, ctx, moved.id), "stay_id")
    assert "spostamento" in message


# --- keys at the move-out -----------------------------------------------------------------


def test_fewer_keys_back_need_a_note(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 11, 1), D(2027, 3, 1))
    stays.move_in(db, ctx, stay.id, D(2026, 11, 2), HandoverInput(keys_count=3))
    assert stays.keys_handed_over(db, stay.id) == 3
    message = refused(
        db,
        lambda: stays.move_out(db, ctx, stay.id, TODAY, HandoverInput(keys_count=2)),
        "keys_notes",
    )
    assert "consegnate all'ingresso: 3, riconsegnate: 2" in message
    blank = HandoverInput(keys_count=2, keys_notes="   ")
    refused(db, lambda: stays.move_out(db, ctx, stay.id, TODAY, blank), "keys_notes")
    noted = HandoverInput(keys_count=2, keys_notes="Manca la chiave della cantina, persa")
    done = stays.move_out(db, ctx, stay.id, TODAY, noted)
    assert done.actual_end == TODAY


def test_keys_after_a_move_inside_the_apartment_count_from_the_first_consegna(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 11, 1), D(2027, 3, 1))
    stays.move_in(db, ctx, stay.id, D(2026, 11, 1), HandoverInput(keys_count=2))
    moved = stays.move_stay(db, ctx, stay.id, D(2026, 11, 10), room(apt, "Camera 2").id)
    assert stays.keys_handed_over(db, moved.id) == 2
    refused(
        db,
        lambda: stays.move_out(db, ctx, moved.id, TODAY, HandoverInput(keys_count=1)),
        "keys_notes",
    )
    assert stays.move_out(db, ctx, moved.id, TODAY, HandoverInput(keys_count=2)).actual_end
    # a stay without any consegna asks for nothing
    other = plan(db, ctx, make_case(db, ctx), apt, "Camera 1", 1, D(2026, 11, 11), D(2027, 1, 1))
    assert stays.keys_handed_over(db, other.id) is None
    assert stays.move_out(db, ctx, other.id, TODAY, HandoverInput(keys_count=0)).actual_end


# --- the status shown ---------------------------------------------------------------------


def test_apartment_state_follows_the_stays_of_the_day():
    occupato = ApartmentStatus.OCCUPATO
    assert apartment_state(occupato, 4, 0).label == "Libero"
    assert apartment_state(ApartmentStatus.DISPONIBILE, 4, 1).label == (
        "Parzialmente occupato (3 posti liberi)"
    )
    assert apartment_state(occupato, 4, 3).label == "Parzialmente occupato (1 posto libero)"
    assert apartment_state(ApartmentStatus.DISPONIBILE, 4, 4).kind is StateKind.OCCUPATO
    assert apartment_state(ApartmentStatus.IN_RISTRUTTURAZIONE, 4, 0).label == (
        "In ristrutturazione"
    )
    assert apartment_state(ApartmentStatus.FUORI_SERVIZIO, 2, 0).free == 0
    assert apartment_state(None, 2, 0).label == "Senza stato"


def test_stored_occupato_with_nobody_in_it_shows_free(db, ctx, apt):
    housing.set_status(db, ctx, apt.id, ApartmentStatus.OCCUPATO, D(2026, 6, 1))
    [row] = housing.list_apartments(db, TODAY)
    assert row.status is ApartmentStatus.OCCUPATO  # the stored word is kept in the history
    assert (row.status_label, row.free) == ("Libero", 3)
    case = make_case(db, ctx)
    plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 11, 1), D(2027, 3, 1))
    [row] = housing.list_apartments(db, TODAY)
    assert row.status_label == "Parzialmente occupato (1 posto libero)"
    plan(db, ctx, make_case(db, ctx), apt, "Camera 1", 1, D(2026, 11, 1), D(2027, 3, 1))
    [row] = housing.list_apartments(db, TODAY, apartment_ids=[apt.id])
    assert row.status_label == "Occupato"
    [day] = occupancy_on(db, TODAY)
    assert day.status_label == "Occupato"
    [later] = occupancy_on(db, D(2027, 3, 1))
    assert later.status_label == "Libero"
