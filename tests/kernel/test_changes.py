"""Typed changes: what a view asks of them, and how two of them add up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rts_desktop.kernel.changes import Aggregate, Changes, ChangesHub

ids = st.frozensets(st.sampled_from(["a", "b", "c", "d"]), max_size=3)
changes = st.builds(
    Changes,
    st.dictionaries(st.sampled_from(list(Aggregate)), ids, max_size=3),
    st.frozensets(st.sampled_from(list(Aggregate)), max_size=2),
    st.booleans(),
)


def test_a_record_is_named_or_not():
    c = Changes.of(cases=["c1"], plans=["p1"])
    assert c.touches(Aggregate.CASES)
    assert not c.touches(Aggregate.APARTMENTS)
    assert c.touches_record(Aggregate.CASES, "c1")
    assert not c.touches_record(Aggregate.CASES, "c2")
    assert c.ids_of(Aggregate.PLANS) == {"p1"}
    assert c.ids_of(Aggregate.EVENTS) == frozenset()


def test_everything_and_whole_aggregates_name_every_record():
    assert Changes.all().touches_record(Aggregate.EVENTS, "any")
    assert Changes.all().ids_of(Aggregate.EVENTS) is None
    whole = Changes.whole_of(Aggregate.SYNC)
    assert whole.touches_record(Aggregate.SYNC, "x")
    assert not whole.touches(Aggregate.CASES)
    assert not Changes()
    assert not Changes.of(cases=[])


def test_the_initiator_travels_but_does_not_change_equality():
    me = object()
    c = Changes.of(cases=["c1"])
    assert c.by(me).initiator is me
    assert c.by(me) == c
    assert c.merged(Changes.of(plans=["p"]).by(me)).initiator is me


@given(changes, changes, st.sampled_from(list(Aggregate)), st.sampled_from(["a", "b", "z"]))
def test_merging_names_what_either_named(a, b, aggregate, record):
    m = a.merged(b)
    assert m.touches_record(aggregate, record) == (
        a.touches_record(aggregate, record) or b.touches_record(aggregate, record)
    )
    assert m.touches(aggregate) == (a.touches(aggregate) or b.touches(aggregate))
    assert bool(m) == (bool(a) or bool(b))


def test_the_hub_stays_silent_for_nothing():
    hub = ChangesHub()
    heard: list[Changes] = []
    stop = hub.subscribe(heard.append)
    hub.emit(Changes())
    hub.emit(Changes.of(cases=["c"]))
    stop()
    hub.emit(Changes.of(cases=["d"]))
    assert heard == [Changes.of(cases=["c"])]
