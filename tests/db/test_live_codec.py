"""The live-update payload: what is encoded is decoded, under PostgreSQL's size limit, and
anything else a listener reads is refused without a crash."""

from __future__ import annotations

import contextlib
import json
import queue
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rts_desktop.db.live import MAX_PAYLOAD, LiveListener, decode, encode
from rts_desktop.kernel.changes import Aggregate, Changes

ids = st.frozensets(st.text(min_size=1, max_size=40), max_size=30)
changes = st.builds(
    Changes,
    ids=st.dictionaries(st.sampled_from(list(Aggregate)), ids),
    whole=st.frozensets(st.sampled_from(list(Aggregate))),
    everything=st.booleans(),
)
senders = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)


def _normal(c: Changes) -> Changes:
    """The same meaning without empty id sets (or anything besides ``everything``)."""
    if c.everything:
        return Changes.all()
    return Changes({a: v for a, v in c.ids.items() if v}, c.whole)


@given(changes, senders)
def test_round_trip_under_the_limit(value: Changes, sender: str) -> None:
    payload = encode(value, sender)
    assert len(payload.encode()) <= MAX_PAYLOAD
    got_sender, got = decode(payload)
    assert got_sender == sender
    assert got == _normal(value)


@given(st.sets(st.sampled_from(list(Aggregate)), min_size=1), st.integers(60, 400), senders)
def test_too_big_becomes_whole_aggregates(aggregates, per, sender) -> None:
    big = Changes({a: frozenset(f"{a}-{n:032d}" for n in range(per)) for a in aggregates})
    payload = encode(big, sender)
    assert len(payload.encode()) <= MAX_PAYLOAD
    _sender, got = decode(payload)
    assert got in (big, Changes.whole_of(*aggregates))
    if per * len(aggregates) * 40 > MAX_PAYLOAD:  # each id takes more than 40 bytes
        assert got == Changes.whole_of(*aggregates)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
payloads = st.fixed_dictionaries(
    {"v": st.sampled_from([1, 1, 2, "1"]), "from": st.one_of(st.text(max_size=4), json_values)},
    optional={
        "ids": st.dictionaries(
            st.sampled_from([str(a) for a in Aggregate] + ["rockets"]),
            st.lists(st.text(max_size=5), max_size=3) | json_values,
        )
        | json_values,
        "whole": st.lists(st.sampled_from([str(a) for a in Aggregate] + ["x"])) | json_values,
        "all": json_values,
    },
)


@given(payloads | json_values)
def test_any_json_decodes_to_changes_or_is_refused(body) -> None:
    try:
        sender, got = decode(json.dumps(body))
    except ValueError:
        return
    assert isinstance(sender, str) and isinstance(got, Changes)
    assert all(isinstance(a, Aggregate) for a in (*got.ids, *got.whole))


@given(st.text(max_size=300))
def test_any_text_decodes_or_is_refused(text: str) -> None:
    with contextlib.suppress(ValueError):
        decode(text)


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "null",
        "[]",
        '{"v":2,"from":"x"}',
        '{"v":1,"from":7}',
        '{"v":1,"from":"x","ids":[]}',
        '{"v":1,"from":"x","ids":{"cases":[1]}}',
        '{"v":1,"from":"x","whole":"cases"}',
        "[" * 100_000,
    ],
)
def test_garbage_is_refused(payload: str) -> None:
    with pytest.raises(ValueError):
        decode(payload)


def test_unknown_aggregates_are_dropped_the_rest_kept() -> None:
    payload = json.dumps(
        {"v": 1, "from": "x", "ids": {"rockets": ["r"], "stays": ["s"]}, "whole": ["moons"]}
    )
    assert decode(payload) == ("x", Changes.of(stays=["s"]))


class _FakeConnection:
    """Plays the server's side: the given payloads, then the connection drops."""

    def __init__(self, payloads: list[str]) -> None:
        self.payloads = payloads
        self.info = SimpleNamespace(backend_pid=1)

    def execute(self, sql: str) -> None:
        assert sql == "LISTEN rts_changes"

    def notifies(self, timeout: float) -> Iterator[SimpleNamespace]:
        while self.payloads:
            yield SimpleNamespace(payload=self.payloads.pop(0))
        raise OSError("server closed the connection")

    def close(self) -> None:
        pass


def test_the_listener_hands_on_what_others_sent_and_survives_the_rest() -> None:
    heard: queue.Queue[Changes] = queue.Queue()

    def failing(c: Changes) -> None:
        heard.put(c)
        raise RuntimeError("a subscriber broke")

    rounds = [
        [
            encode(Changes.of(cases=["mine"]), "me"),
            "garbage",
            encode(Changes.of(cases=["c"]), "them"),
            encode(Changes.of(cases=["d"]), "them"),
        ],
        [],
    ]
    listener = LiveListener(
        lambda: _FakeConnection(rounds.pop(0)) if rounds else _refuse(),
        "me",
        failing,
        poll=0.01,
        backoff=(0.01, 0.02),
    )
    listener.start()
    try:
        got = [heard.get(timeout=2) for _ in range(3)]
    finally:
        listener.stop()
    assert got == [Changes.of(cases=["c"]), Changes.of(cases=["d"]), Changes.all()]
    assert listener.connections == 2 and not listener.running


def _refuse() -> None:
    raise OSError("connection refused")
