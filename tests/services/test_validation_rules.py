"""One set of field rules for every way in: the services check what people type by the
per-column rules of ``models.rules`` (the ones a sync import applies), with text hygiene,
plausible dates and Python types checked before anything is written."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rts_desktop.kernel import textrules
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, rules
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.events import EventInput
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, notes, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays, upkeep
from rts_desktop.services.housing.apartments import ApartmentInput, RoomInput
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans.plan import GoalInput
from tests.services.housing.test_housing import count, make_apartment, make_case, room

D = dt.date
ROME = ZoneInfo("Europe/Rome")
SERVICES = Path(__file__).parents[2] / "rts_desktop" / "services"
TODAY = D(2026, 11, 25)  # the ``ctx`` fixture's day

#: refused in every text: one line or several
HOSTILE = {
    "NUL": "Mario\x00Rossi",
    "BEL": "Mario\x07",
    "lone surrogate": "Mario\ud800",
    "RLO": "Mario\u202eissoR",
    "LRI": "\u2066Mario",
    "only zero-width": "\u200b\u200b",
    "only no-break space": "\u00a0",
}
#: refused in names and codes (one line), accepted in notes
ONE_LINE_ONLY = {"new line": "Mario\nRossi", "tab": "Mario\tRossi"}
ACCEPTED_NAMES = ["😀", "محمد", "שלום", "Ștefan", "Nguyễn", "Mădălina", "Jean-Luc O'Brien"]


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=ROME)


def writes(db) -> tuple[int, int]:
    """Change rows and audit entries: any write adds to one of them."""
    return count(db), count(db, AuditEntry)


def refused(db, call, field: str) -> str:
    """``call`` raises a ValidationError on ``field`` (nothing else) and writes nothing."""
    before = writes(db)
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, (err.value.field, err.value.message)
    assert writes(db) == before
    return err.value.message


def event(title="Colloquio", starts=local(2026, 11, 2, 10), ends=local(2026, 11, 2, 11), **kw):
    return EventInput(area="colloquio", title=title, starts_at=starts, ends_at=ends, **kw)


# ---- the limits live in one place --------------------------------------------------------

_RANGE_CALLS = {"int_range", "money_cents"}
_MOVED = {"MAX_BEDS", "MAX_PLACES", "MAX_KEYS", "MAX_TEXT", "MAX_SIZE", "MAX_NOTE"}


def _literal_number(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        node = node.operand
    if isinstance(node, ast.BinOp):  # 50 * 1024 * 1024
        return _literal_number(node.left) and _literal_number(node.right)
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal_limits(source: str) -> list[str]:
    """Where ``source`` writes a field limit as a number: ``max_len=5000``, ``int_range(f, x,
    1, 9)``, ``MAX_BEDS = 12`` (bounds taken from elsewhere, e.g. a framework, are fine)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _called(node)
            for kw in node.keywords:
                if kw.arg == "max_len" and _literal_number(kw.value):
                    found.append(f"line {node.lineno}: {name}(max_len=<number>)")
            if name in _RANGE_CALLS and any(_literal_number(a) for a in node.args[2:]):
                found.append(f"line {node.lineno}: {name}(<number bounds>)")
            if name in _RANGE_CALLS and any(
                kw.arg in ("low", "high") and _literal_number(kw.value) for kw in node.keywords
            ):
                found.append(f"line {node.lineno}: {name}(low/high=<number>)")
        if isinstance(node, ast.Assign) and _literal_number(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in _MOVED:
                    found.append(f"line {node.lineno}: {target.id} = <number>")
    return found


def test_guard_finds_literal_limits():
    assert _literal_limits('v.text("notes", x, max_len=5000, required=False)')
    assert _literal_limits("v.int_range('municipio', x, 1, 9)")
    assert _literal_limits("v.int_range('floor', x, -2, 40, required=False)")
    assert _literal_limits("MAX_SIZE = 50 * 1024 * 1024")
    assert not _literal_limits("v.int_range('s', x, fw.min_score, fw.max_score)")
    assert not _literal_limits("v.text('q', x, max_len=rules.max_len('notes', 'text'))")
    assert not _literal_limits("MAX_SIZE = rules.MAX_DOCUMENT_BYTES")


@pytest.mark.parametrize("path", sorted(SERVICES.glob("*.py")), ids=lambda p: p.name)
def test_services_take_their_limits_from_the_rules(path: Path):
    """Lengths and ranges of stored fields are written once, in ``models/rules.py``."""
    assert _literal_limits(path.read_text("utf-8")) == []


def test_service_limits_are_the_rules():
    assert rules.max_len("notes", "text") == rules.MAX_NOTE
    assert rules.rule_of("rooms", "beds") == rules.Int(1, rules.MAX_BEDS)
    assert rules.rule_of("stays", "places") == rules.Int(1, rules.MAX_PLACES)
    assert rules.rule_of("handovers", "keys_count") == rules.Int(0, rules.MAX_KEYS)
    assert rules.rule_of("apartments", "municipio") == rules.Int(1, 9)
    # what the forms always allowed
    assert rules.max_len("cases", "summary") == 5000
    assert rules.max_len("case_status_changes", "reason") == 2000
    assert rules.max_len("review_outcomes", "comment") == 2000


# ---- text hygiene through the real entry points -----------------------------------------


@pytest.fixture
def w(db, ctx):
    """A world to write into: an apartment, an active case with a draft plan, an open
    maintenance request and a person outside any household (made before writes are counted)."""
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    request = upkeep.open_request(db, ctx, apt.id, "Perdita dal lavandino", TODAY)
    loner = people.create_beneficiary(db, ctx, BeneficiaryInput("Figlio", "Test"))
    draft = plans.create_draft(db, ctx, case.id)
    return SimpleNamespace(
        db=db, ctx=ctx, apt=apt, case=case, request=request.id, loner=loner.id, draft=draft.id
    )


def _household(w, name):
    return households.create_household(
        w.db, w.ctx, name, [MemberInput(w.loner, "capofamiglia", TODAY, is_head=True)]
    )


ONE_LINE_ENTRIES = {
    "beneficiary first_name": (
        lambda w, x: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name=x, last_name="Test")
        ),
        "first_name",
    ),
    "beneficiary last_name": (
        lambda w, x: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name="Test", last_name=x)
        ),
        "last_name",
    ),
    "apartment code": (
        lambda w, x: housing.create_apartment(
            w.db,
            w.ctx,
            ApartmentInput(code=x, address="Via Roma 1", municipio=1),
            [RoomInput("A", 1)],
        ),
        "code",
    ),
    "room name": (lambda w, x: housing.add_room(w.db, w.ctx, w.apt.id, x, 1), "name"),
    "household name": (_household, "name"),
    "event title": (lambda w, x: calendar.create_event(w.db, w.ctx, event(title=x)), "title"),
    "maintenance assignee": (
        lambda w, x: upkeep.assign_request(w.db, w.ctx, w.request, x),
        "assignee",
    ),
}

MULTI_LINE_ENTRIES = {
    "diary note": (
        lambda w, x: notes.add_note(w.db, w.ctx, w.case.id, "libera", TODAY, x),
        "text",
        lambda dto: dto.text,
    ),
    "suspension reason": (
        lambda w, x: cases.suspend(w.db, w.ctx, w.case.id, TODAY, x),
        "reason",
        lambda dto: dto.status_history[-1].reason,
    ),
    "maintenance description": (
        lambda w, x: upkeep.open_request(w.db, w.ctx, w.apt.id, x, TODAY),
        "description",
        lambda dto: dto.description,
    ),
    "event notes": (
        lambda w, x: calendar.create_event(w.db, w.ctx, event(notes=x)),
        "notes",
        lambda dto: dto.notes,
    ),
    "beneficiary notes": (
        lambda w, x: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name="Test", last_name="Note", notes=x)
        ),
        "notes",
        lambda dto: dto.notes,
    ),
}


@pytest.mark.parametrize("entry", ONE_LINE_ENTRIES, ids=str)
def test_hostile_one_line_text_is_refused(w, entry):
    call, field = ONE_LINE_ENTRIES[entry]
    for what, value in {**HOSTILE, **ONE_LINE_ONLY}.items():
        assert refused(w.db, lambda v=value: call(w, v), field), what


@pytest.mark.parametrize("entry", MULTI_LINE_ENTRIES, ids=str)
def test_hostile_free_text_is_refused_and_new_lines_kept(w, entry):
    call, field, stored = MULTI_LINE_ENTRIES[entry]
    for what, value in HOSTILE.items():
        if value.isspace() and field == "notes":  # optional: blank is no notes at all
            assert stored(call(w, value)) is None
            continue
        assert refused(w.db, lambda v=value: call(w, v), field), what
    kept = call(w, "Prima riga\r\n\tseconda riga\nterza ✓")
    assert stored(kept) == "Prima riga\n\tseconda riga\nterza ✓"


def test_a_50_mb_note_is_refused_quickly(db, ctx):
    case = make_case(db, ctx)
    huge = "x" * (50 * 1024 * 1024)
    message = refused(db, lambda: notes.add_note(db, ctx, case.id, "libera", TODAY, huge), "text")
    assert str(rules.MAX_NOTE) in message
    longest = "x" * rules.MAX_NOTE
    assert notes.add_note(db, ctx, case.id, "libera", TODAY, longest).text == longest


@pytest.mark.parametrize("name", ACCEPTED_NAMES)
def test_real_names_in_every_script_are_accepted(db, ctx, name):
    person = people.create_beneficiary(db, ctx, BeneficiaryInput(first_name=name, last_name=name))
    assert (person.first_name, person.last_name) == (name, name)


def test_text_is_nfc_normalised(db, ctx):
    case = make_case(db, ctx)
    decomposed = "Jose\u0301 Nguye\u0302\u0303n"
    person = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name=decomposed, last_name="  Ros\u0327a  ")
    )
    assert (person.first_name, person.last_name) == ("José Nguyễn", "Roşa")
    note = notes.add_note(db, ctx, case.id, "libera", TODAY, "Caffe\u0300\nbene")
    assert note.text == "Caffè\nbene"
    apartment = housing.create_apartment(
        db,
        ctx,
        ApartmentInput(code="cafe\u0301-1", address="Via Roma 1", municipio=1),
        [RoomInput("Came\u0301ra", 1)],
    )
    assert (apartment.code, apartment.rooms[0].name) == ("CAFÉ-1", "Caméra")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(), st.sampled_from("\x00\x07\x1b\ud800\udfff\u202e\u2066\u200b\xa0\n\t\r")
        ),
        max_size=30,
    )
)
def test_any_name_is_stored_clean_or_refused_on_its_field(db, ctx, raw):
    """Never another exception; what is stored is what the import would accept."""
    before = writes(db)
    try:
        person = people.create_beneficiary(
            db, ctx, BeneficiaryInput(first_name=raw, last_name="Test"), confirm_new=True
        )
    except ValidationError as err:
        assert err.field == "first_name"
        assert writes(db) == before
        return
    assert person.first_name == textrules.normalise(raw)
    assert textrules.problem(person.first_name) is None
    rules.check("beneficiaries", "first_name", person.first_name)


# ---- wrong Python types ------------------------------------------------------------------

WRONG_TYPES = {
    "int first_name": (
        lambda w: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name=5, last_name="Test")
        ),
        "first_name",
    ),
    "str birth_date": (
        lambda w: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name="A", last_name="B", birth_date="1990-01-01")
        ),
        "birth_date",
    ),
    "list notes": (
        lambda w: people.create_beneficiary(
            w.db, w.ctx, BeneficiaryInput(first_name="A", last_name="B", notes=["x"])
        ),
        "notes",
    ),
    "str beds": (lambda w: housing.add_room(w.db, w.ctx, w.apt.id, "C", "2"), "beds"),
    "bool beds": (lambda w: housing.add_room(w.db, w.ctx, w.apt.id, "C", True), "beds"),
    "float beds": (
        lambda w: housing.set_room_beds(w.db, w.ctx, room(w.apt, "Camera 1").id, 2.0),
        "beds",
    ),
    "float municipio": (
        lambda w: housing.create_apartment(
            w.db,
            w.ctx,
            ApartmentInput(code="X-1", address="Via Roma 1", municipio=2.0),
            [RoomInput("A", 1)],
        ),
        "municipio",
    ),
    "int lift": (
        lambda w: housing.create_apartment(
            w.db,
            w.ctx,
            ApartmentInput(code="X-1", address="Via Roma 1", municipio=2, lift=1),
            [RoomInput("A", 1)],
        ),
        "lift",
    ),
    "int code": (
        lambda w: housing.create_apartment(
            w.db,
            w.ctx,
            ApartmentInput(code=12, address="Via Roma 1", municipio=2),
            [RoomInput("A", 1)],
        ),
        "code",
    ),
    "bool places": (
        lambda w: stays.plan_stay(
            w.db,
            w.ctx,
            w.case.id,
            w.apt.id,
            room(w.apt, "Camera 2").id,
            True,
            D(2026, 3, 1),
            D(2026, 4, 1),
        ),
        "places",
    ),
    "str stay start": (
        lambda w: stays.plan_stay(
            w.db,
            w.ctx,
            w.case.id,
            w.apt.id,
            room(w.apt, "Camera 2").id,
            1,
            "2026-03-01",
            D(2026, 4, 1),
        ),
        "start_date",
    ),
    "datetime stay end": (
        lambda w: stays.plan_stay(
            w.db,
            w.ctx,
            w.case.id,
            w.apt.id,
            room(w.apt, "Camera 2").id,
            1,
            D(2026, 3, 1),
            dt.datetime(2026, 4, 1, 12),
        ),
        "planned_end",
    ),
    "bool keys_count": (
        lambda w: upkeep.record_handover(
            w.db, w.ctx, w.apt.id, "consegna", TODAY, HandoverInput(keys_count=True)
        ),
        "keys_count",
    ),
    "int meter": (
        lambda w: upkeep.record_handover(
            w.db, w.ctx, w.apt.id, "consegna", TODAY, HandoverInput(meter_gas=1234)
        ),
        "meter_gas",
    ),
    "str note date": (
        lambda w: notes.add_note(w.db, w.ctx, w.case.id, "libera", "2026-11-02", "x"),
        "date",
    ),
    "int note text": (
        lambda w: notes.add_note(w.db, w.ctx, w.case.id, "libera", TODAY, 123),
        "text",
    ),
    "str event start": (
        lambda w: calendar.create_event(w.db, w.ctx, event(starts="2026-11-02T10:00")),
        "starts_at",
    ),
    "int event title": (
        lambda w: calendar.create_event(w.db, w.ctx, event(title=7)),
        "title",
    ),
    "int all_day": (
        lambda w: calendar.create_event(w.db, w.ctx, event(all_day=1)),
        "all_day",
    ),
    "str referral_date": (
        lambda w: cases.create_case(
            w.db,
            w.ctx,
            cases.CaseInput(household_id=w.case.household.id, referral_date="2026-01-10"),
        ),
        "referral_date",
    ),
    "float sst_municipio": (
        lambda w: cases.update_case(
            w.db,
            w.ctx,
            w.case.id,
            cases.CaseInput(w.case.household.id, w.case.referral_date, sst_municipio=2.5),
        ),
        "sst_municipio",
    ),
    "str flags": (
        lambda w: cases.update_case(
            w.db,
            w.ctx,
            w.case.id,
            cases.CaseInput(w.case.household.id, w.case.referral_date, flags=7),
        ),
        "flags",
    ),
    "str close date": (
        lambda w: cases.close(
            w.db, w.ctx, w.case.id, "2026-11-01", "Fine percorso", "affitto_libero"
        ),
        "date",
    ),
    "str suspension date": (
        lambda w: cases.suspend(w.db, w.ctx, w.case.id, "2026-11-01", "Motivo"),
        "date",
    ),
    "str educator date": (
        lambda w: cases.assign_educator(w.db, w.ctx, w.case.id, "someone", "2026-11-01"),
        "from_date",
    ),
    "str member from_date": (
        lambda w: households.add_member(
            w.db, w.ctx, w.case.household.id, MemberInput(w.loner, "figlio", "2026-01-01")
        ),
        "from_date",
    ),
    "int goal title": (
        lambda w: plans.add_goal(w.db, w.ctx, w.draft, GoalInput("abitare", 3)),
        "title",
    ),
    "int cost": (
        lambda w: upkeep.close_request(w.db, w.ctx, w.request, TODAY, "100"),
        "cost_cents",
    ),
}


@pytest.mark.parametrize("entry", WRONG_TYPES, ids=str)
def test_wrong_python_types_name_the_field(w, entry):
    call, field = WRONG_TYPES[entry]
    refused(w.db, lambda: call(w), field)  # never an AttributeError or a TypeError


# ---- plausible dates ---------------------------------------------------------------------


def test_birth_dates_from_1900_to_today(db, ctx):
    def person(birth):
        return lambda: people.create_beneficiary(
            db, ctx, BeneficiaryInput(first_name="Anna", last_name="Rossi", birth_date=birth)
        )

    refused(db, person(D(1899, 12, 31)), "birth_date")
    refused(db, person(TODAY + dt.timedelta(days=1)), "birth_date")
    assert person(D(1900, 1, 1))().birth_date == D(1900, 1, 1)
    assert (
        people.create_beneficiary(
            db, ctx, BeneficiaryInput(first_name="Bea", last_name="Rossi", birth_date=TODAY)
        ).birth_date
        == TODAY
    )


@pytest.mark.parametrize("day", [D(1999, 12, 31), D(2101, 1, 1)])
def test_service_dates_outside_2000_2100_are_refused(w, day):
    db, ctx, case = w.db, w.ctx, w.case
    refused(
        db,
        lambda: cases.create_case(db, ctx, cases.CaseInput(case.household.id, day)),
        "referral_date",
    )
    camera = room(w.apt, "Camera 2").id
    start, end = (day, D(2026, 4, 1)) if day.year < 2000 else (D(2026, 3, 1), day)
    refused(
        db,
        lambda: stays.plan_stay(db, ctx, case.id, w.apt.id, camera, 1, start, end),
        "start_date" if day.year < 2000 else "planned_end",
    )
    at = dt.datetime.combine(day, dt.time(10), ROME)
    refused(
        db,
        lambda: calendar.create_event(db, ctx, event(starts=at, ends=at + dt.timedelta(hours=1))),
        "starts_at",
    )
    mediation = EventInput(
        area="mediazione",
        title="Mediazione condominiale",
        starts_at=local(2026, 11, 2, 10),
        ends_at=local(2026, 11, 2, 11),
        follow_up_date=day,
    )
    refused(db, lambda: calendar.create_event(db, ctx, mediation), "follow_up_date")
    draft = w.draft
    refused(
        db,
        lambda: plans.add_goal(db, ctx, draft, GoalInput("abitare", "Casa", target_date=day)),
        "target_date",
    )
    refused(db, lambda: plans.edit_plan(db, ctx, draft, "Sintesi", day), "next_review_due")
    plans.add_goal(db, ctx, draft, GoalInput("abitare", "Casa"))
    refused(db, lambda: plans.agree(db, ctx, draft, day, "Dott.ssa Neri"), "agreed_on")
    refused(db, lambda: notes.add_note(db, ctx, case.id, "libera", day, "Nota"), "date")
    refused(
        db,
        lambda: upkeep.record_inspection(db, ctx, w.apt.id, day, notes="Tutto in ordine"),
        "date",
    )


def test_the_first_and_last_service_days_are_accepted(db, ctx):
    for day in (D(2000, 1, 1), D(2100, 12, 30)):
        start = dt.datetime.combine(day, dt.time(10), ROME)
        made = calendar.create_event(
            db, ctx, event(starts=start, ends=start + dt.timedelta(hours=1))
        )
        assert calendar.get_event(db, made.id).title == "Colloquio"


def test_a_single_event_lasts_at_most_14_days(db, ctx):
    start = local(2026, 11, 2, 9)
    longest = calendar.create_event(
        db, ctx, event(starts=start, ends=start + dt.timedelta(days=rules.MAX_EVENT_DAYS))
    )
    assert longest.ends_at - longest.starts_at == dt.timedelta(days=14)
    message = refused(
        db,
        lambda: calendar.create_event(
            db, ctx, event(starts=start, ends=start + dt.timedelta(days=15))
        ),
        "ends_at",
    )
    assert "14" in message
    # all day: 2 to 15 November inclusive is 14 days; to the 16th is 15
    fortnight = calendar.create_event(
        db, ctx, event(starts=local(2026, 11, 2), ends=local(2026, 11, 15, 12), all_day=True)
    )
    assert fortnight.ends_at - fortnight.starts_at == dt.timedelta(days=14)
    refused(
        db,
        lambda: calendar.create_event(
            db, ctx, event(starts=local(2026, 11, 2), ends=local(2026, 11, 16, 12), all_day=True)
        ),
        "ends_at",
    )
    # moving one occurrence of a series obeys the same limit
    weekly = calendar.create_event(
        db, ctx, event(rrule="FREQ=WEEKLY;COUNT=10", ends=local(2026, 11, 2, 12))
    )
    refused(
        db,
        lambda: calendar.move_occurrence(
            db,
            ctx,
            weekly.id,
            weekly.starts_at,
            local(2026, 11, 3, 10),
            local(2026, 11, 3, 10) + dt.timedelta(days=15),
        ),
        "new_end",
    )


def test_recurring_events_may_run_for_months_but_end_by_2100(db, ctx):
    weekly = calendar.create_event(
        db, ctx, event(rrule="FREQ=WEEKLY;UNTIL=20270630", ends=local(2026, 11, 2, 11, 30))
    )
    assert weekly.rrule is not None and weekly.series_until > weekly.starts_at + dt.timedelta(
        days=200
    )
    open_ended = calendar.create_event(db, ctx, event(rrule="FREQ=MONTHLY"))
    assert open_ended.series_until is None
    refused(
        db,
        lambda: calendar.create_event(db, ctx, event(rrule="FREQ=YEARLY;COUNT=200")),
        "rrule",
    )


def test_update_keeps_the_rules(db, ctx):
    """Editing goes through the same checks as creating."""
    apt = make_apartment(db, ctx)
    refused(
        db,
        lambda: housing.update_apartment(
            db, ctx, apt.id, ApartmentInput(code="MI-001", address="Via\u202e 1", municipio=2)
        ),
        "address",
    )
    refused(
        db,
        lambda: housing.update_apartment(
            db, ctx, apt.id, ApartmentInput(code="MI-001", address="Via 1", municipio=10)
        ),
        "municipio",
    )
    multi = housing.update_apartment(
        db,
        ctx,
        apt.id,
        ApartmentInput(
            code="MI-001", address="Via 1", municipio=2, notes="Citofono rotto\nPiano 3"
        ),
    )
    assert multi.notes == "Citofono rotto\nPiano 3"
