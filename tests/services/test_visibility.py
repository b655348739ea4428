"""Case visibility (GDPR): an educator sees her cases, a social worker those she follows,
shares add cases for a while, coordinators see all; an invisible case looks missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import NotFound, PermissionDenied
from rts_desktop.models.vocab import Role
from rts_desktop.services import deadlines, operators
from rts_desktop.services.calendar.events import EventInput, create_event
from rts_desktop.services.calendar.queries import EventFilter, occurrences
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import case_list, documents, fse, notes, people, sharing, timeline
from rts_desktop.services.housing import board, occupancy, stays
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.services.plans import listing
from rts_desktop.services.plans import plan as plans
from tests.services.housing.test_housing import make_apartment, make_case, room

D = dt.date


@dataclass
class World:
    ctxs: dict[str, ActingContext]
    mine: str  # assigned to A, shared with B
    referred: str  # followed by the social worker S
    other: str  # nobody's
    apartment_id: str


def _as(ctx: ActingContext, role: Role, operator_id: str | None) -> ActingContext:
    return replace(ctx, role=role, operator_id=operator_id)


@pytest.fixture
def world(db, ctx) -> World:
    return make_world(db, ctx)


def make_world(db, ctx) -> World:  # type: ignore[no-untyped-def]
    """Three educators (one sharing a case), a social worker, three cases and their rows."""
    a = operators.create_operator(db, ctx, "anna", "Anna Bianchi", "educatore")
    b = operators.create_operator(db, ctx, "bruno", "Bruno Verdi", "educatore")
    u = operators.create_operator(db, ctx, "ugo", "Ugo Neri", "educatore")
    sw = operators.create_operator(db, ctx, "sara", "Sara Rossi", "assistente_sociale")
    mine, referred, other = (make_case(db, ctx) for _ in range(3))
    cases.assign_educator(db, ctx, mine.id, a.id, D(2026, 2, 1))
    sharing.share_case(db, ctx, mine.id, b.id, "Sostituzione per ferie")
    sharing.set_case_social_worker(db, ctx, referred.id, sw.id)
    apt = make_apartment(db, ctx)
    for case, name in ((mine, "Camera 1"), (other, "Camera 2")):
        stay = stays.plan_stay(
            db, ctx, case.id, apt.id, room(apt, name).id, 1, D(2026, 3, 1), D(2027, 3, 1)
        )
        stays.move_in(db, ctx, stay.id, D(2026, 3, 1), HandoverInput(keys_count=2))
    for case in (mine, referred, other):
        notes.add_note(db, ctx, case.id, "libera", D(2026, 3, 2), f"Nota {case.code}")
        plans.create_draft(db, ctx, case.id)
    ctxs = {
        "A": _as(ctx, Role.EDUCATORE, a.id),
        "B": _as(ctx, Role.EDUCATORE, b.id),
        "U": _as(ctx, Role.EDUCATORE, u.id),
        "S": _as(ctx, Role.ASSISTENTE_SOCIALE, sw.id),
        "anonymous": _as(ctx, Role.EDUCATORE, None),
        "C": ctx,
        "system": _as(ctx, None, None),  # type: ignore[arg-type]
    }
    return World(ctxs, mine.id, referred.id, other.id, apt.id)


def expected(w: World, who: str) -> set[str]:
    return {
        "A": {w.mine},
        "B": {w.mine},
        "U": set(),
        "S": {w.referred},
        "anonymous": set(),
        "C": {w.mine, w.referred, w.other},
        "system": {w.mine, w.referred, w.other},
    }[who]


WHO = ["A", "B", "U", "S", "anonymous", "C", "system"]
TODAY = D(2026, 11, 25)


@pytest.mark.parametrize("who", WHO)
def test_case_list(db, world, who):
    rows = case_list.list_case_rows(db, TODAY, ctx=world.ctxs[who])
    assert {r.id for r in rows} == expected(world, who)


@pytest.mark.parametrize("who", WHO)
def test_the_case_pickers_offer_only_visible_cases(db, world, who):
    from rts_desktop.services.calendar.view import case_choices

    offered = {c.id for c in case_choices(db, limit=1000, ctx=world.ctxs[who])}
    assert offered == expected(world, who)


@pytest.mark.parametrize("who", WHO)
def test_case_file_and_its_reads(db, world, who):
    ctx = world.ctxs[who]
    for case_id in (world.mine, world.referred, world.other):
        readers = [
            lambda cid: cases.get_case(db, ctx, cid),
            lambda cid: notes.list_notes(db, cid, ctx=ctx),
            lambda cid: documents.list_documents(db, case_id=cid, ctx=ctx),
            lambda cid: documents.checklist(db, cid, TODAY, ctx=ctx),
            lambda cid: fse.list_sheets(db, cid, ctx=ctx),
            lambda cid: timeline.case_timeline(db, cid, ctx=ctx),
            lambda cid: stays.case_stays(db, cid, ctx=ctx),
            lambda cid: plans.list_plans(db, cid, ctx=ctx),
            lambda cid: listing.case_header(db, cid, TODAY, ctx=ctx),
            lambda cid: board.case_heading(db, cid, ctx=ctx),
        ]
        for read in readers:
            if case_id in expected(world, who):
                read(case_id)
            else:
                with pytest.raises(NotFound, match="Caso non trovato"):
                    read(case_id)


@pytest.mark.parametrize("who", WHO)
def test_people_search_and_plans(db, world, who):
    ctx = world.ctxs[who]
    hits = people.search_people(db, "persona", ctx=ctx)
    seen = {case_id for h in hits for case_id in case_list.cases_of_person(db, h.id)}
    assert seen == expected(world, who)
    rows = listing.plan_rows(db, status="bozza", ctx=ctx)
    assert {r.case_id for r in rows} == expected(world, who)


@pytest.mark.parametrize("who", WHO)
def test_board_shows_occupato_without_name(db, world, who):
    ctx = world.ctxs[who]
    data = board.board_data(db, D(2026, 1, 1), D(2027, 1, 1), ctx=ctx)
    assert len(data.stays) == 2  # occupied places stay occupied for everyone
    for stay in data.stays:
        if stay.case_id in expected(world, who):
            assert not stay.hidden and stay.household.startswith("Nucleo") and stay.case_code
        else:
            assert stay.hidden and stay.household == "occupato" and stay.case_code == ""
    codes = {
        o.case_code
        for a in occupancy.occupancy_on(db, D(2026, 6, 1), ctx=ctx)
        for r in a.rooms
        for o in r.occupants
    }
    assert ("occupato" in codes) == (len(expected(world, who) & {world.mine, world.other}) < 2)


@pytest.mark.parametrize("who", WHO)
def test_calendar_hides_events_of_invisible_cases(db, world, who):
    ctx = world.ctxs[who]
    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    for case_id in (world.mine, world.referred, world.other, None):
        create_event(
            db,
            world.ctxs["C"],
            EventInput(
                title="Colloquio", area="colloquio", starts_at=start,
                ends_at=start + dt.timedelta(hours=1), case_id=case_id,
            ),
        )  # fmt: skip
    found = occurrences(db, start, start + dt.timedelta(days=1), EventFilter(viewer=ctx))
    assert {o.case_id for o in found} == expected(world, who) | {None}


@pytest.mark.parametrize("who", WHO)
def test_deadlines(db, world, who):
    found = deadlines.upcoming(db, TODAY, days=400, ctx=world.ctxs[who])
    assert {d.case_id for d in found} <= expected(world, who)


def test_writes_refuse_an_invisible_case(db, world):
    u = world.ctxs["U"]
    with pytest.raises(NotFound):
        notes.add_note(db, u, world.mine, "libera", D(2026, 3, 3), "Non mio")
    with pytest.raises(NotFound):
        cases.suspend(db, u, world.mine, D(2026, 3, 3), "Motivo")
    with pytest.raises(NotFound):
        plans.create_draft(db, u, world.other)
    from rts_desktop.services.housing import agreements
    from rts_desktop.services.plans import assessments

    with pytest.raises(NotFound):
        agreements.create_agreement(
            db, u, agreements.AgreementInput(world.mine, D(2026, 3, 1), 12, 5000, "v1")
        )
    with pytest.raises(NotFound):
        head = cases.get_case(db, world.ctxs["C"], world.mine).household.members[0]
        assessments.record_assessment(
            db, u, assessments.AssessmentInput(world.mine, head.beneficiary_id, D(2026, 3, 3), {})
        )
    notes.add_note(db, world.ctxs["A"], world.mine, "libera", D(2026, 3, 3), "Mio")


def test_an_ended_share_hides_the_case_again(db, ctx, world):
    b = world.ctxs["B"]
    share = sharing.list_shares(db, world.mine)[0]
    assert share.reason == "Sostituzione per ferie" and share.to_date is None
    sharing.end_share(db, ctx, share.id)  # today is the last day she sees it
    assert len(case_list.list_case_rows(db, TODAY, ctx=b)) == 1
    tomorrow = replace(b, clock=lambda: ctx.now() + dt.timedelta(days=1))
    assert case_list.list_case_rows(db, TODAY, ctx=tomorrow) == []


def test_only_coordinators_share(db, world):
    with pytest.raises(PermissionDenied):
        sharing.share_case(db, world.ctxs["A"], world.other, world.ctxs["A"].operator_id, "x")


def test_an_educator_who_records_a_referral_follows_it(db, world):
    from rts_desktop.services.cases import households
    from rts_desktop.services.cases.households import MemberInput
    from rts_desktop.services.cases.people import BeneficiaryInput

    u = world.ctxs["U"]
    person = people.create_beneficiary(db, u, BeneficiaryInput(first_name="Nuova", last_name="X"))
    hh = households.create_household(
        db, u, "Nucleo X", [MemberInput(person.id, "capofamiglia", D(2026, 1, 1), True)]
    )
    made = cases.create_case(db, u, cases.CaseInput(household_id=hh.id, referral_date=TODAY))
    assert {r.id for r in case_list.list_case_rows(db, TODAY, ctx=u)} == {made.id}


@pytest.mark.parametrize("who", ["A", "U", "S", "C"])
def test_the_register_of_a_group_activity(db, world, who):
    """Who runs the activity takes the register of everyone on it; anyone else sees on it
    only the people she sees."""
    from rts_desktop.services.calendar.attendance import attendance_sheet

    heads = {}
    for case_id in (world.mine, world.referred, world.other):
        heads[case_id] = cases.get_case(db, world.ctxs["C"], case_id).household.members[0]
    organizer = world.ctxs["U"].operator_id
    start = dt.datetime(2026, 12, 2, 15, tzinfo=dt.UTC)
    made = create_event(
        db,
        world.ctxs["C"],
        EventInput(
            title="Educazione finanziaria", area="educazione_finanziaria", starts_at=start,
            ends_at=start + dt.timedelta(hours=2), organizer_id=organizer,
            beneficiary_ids=tuple(m.beneficiary_id for m in heads.values()),
        ),
    )  # fmt: skip
    sheet = attendance_sheet(db, made.id, start, ctx=world.ctxs[who])
    shown = {r.beneficiary_id for r in sheet.rows}
    if who in ("U", "C"):
        assert shown == {m.beneficiary_id for m in heads.values()}
    else:
        assert shown == {heads[c].beneficiary_id for c in expected(world, who)}
