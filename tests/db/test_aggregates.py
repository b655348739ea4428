"""The table → aggregate map covers every synced table and its ways lead somewhere real."""

from __future__ import annotations

import datetime as dt

from rts_desktop.db.aggregates import TABLE_AGGREGATES, aggregates_of
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.models import Base, is_synced
from rts_desktop.services.cases import notes
from tests.services.cases.test_people_cases import make_case


def test_every_synced_table_belongs_to_an_aggregate():
    synced = {m.local_table.name for m in Base.registry.mappers if is_synced(m.class_)}
    assert synced == set(TABLE_AGGREGATES)


def test_every_way_names_real_columns_and_tables():
    tables = Base.metadata.tables
    for table, ways in TABLE_AGGREGATES.items():
        for _aggregate, path in ways:
            first, *steps = path.split(">")
            assert first in tables[table].c, (table, path)
            for step in steps:
                linked, column = step.split(".")
                assert column in tables[linked].c, (table, path)


def test_a_note_names_its_case_and_nothing_else(db, ctx):
    case = make_case(db, ctx)
    heard: list[Changes] = []
    db.hub.subscribe(heard.append)
    notes.add_note(db, ctx, case.id, "libera", dt.date(2026, 1, 12), "Colloquio.")
    assert len(heard) == 1
    assert heard[0].ids_of(Aggregate.CASES) == {case.id}
    assert not heard[0].touches(Aggregate.PLANS, Aggregate.APARTMENTS, Aggregate.EVENTS)


def test_a_plan_action_reaches_its_plan_through_the_goal():
    assert aggregates_of("plan_actions") == (Aggregate.PLANS,)
    assert dict(TABLE_AGGREGATES["plan_actions"])[Aggregate.PLANS] == "goal_id>goals.plan_id"


def test_a_stay_moved_to_another_apartment_names_both(db, ctx):
    from rts_desktop.models import Stay
    from rts_desktop.services.housing import stays
    from tests.services.housing.test_housing import make_apartment, room
    from tests.services.housing.test_housing import make_case as active_case

    case = active_case(db, ctx)
    first, second = make_apartment(db, ctx), make_apartment(db, ctx, code="MI-002")
    stay = stays.plan_stay(
        db, ctx, case.id, first.id, room(first, "Camera 1").id, 1,
        dt.date(2026, 3, 1), dt.date(2026, 6, 1),
    )  # fmt: skip
    heard: list[Changes] = []
    db.hub.subscribe(heard.append)
    with db.session(ctx) as s:  # a merge from another laptop can move a row like this
        row = s.get(Stay, stay.id)
        row.apartment_id, row.room_id = second.id, room(second, "Camera 1").id
    assert heard[0].ids_of(Aggregate.APARTMENTS) == {first.id, second.id}


def test_a_review_names_the_case_of_its_plan():
    ways = dict(TABLE_AGGREGATES["reviews"])
    assert ways[Aggregate.CASES] == "plan_id>plans.case_id"
    assert dict(TABLE_AGGREGATES["attendance"])[Aggregate.PEOPLE] == "beneficiary_id"
