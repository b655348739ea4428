"""The hybrid clock: numeric order, no overflow of its encoding, strict parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rts_desktop.db.hlc import (
    MAX_COUNTER,
    MAX_WALL_MS,
    HlcState,
    format_hlc,
    hlc_key,
    parse_hlc,
    receive,
    tick,
)

DEVICE = "01a2334c-172f-7423-8053-6b69eead9d07"
walls = st.integers(0, MAX_WALL_MS - 10)
counters = st.integers(0, MAX_COUNTER)
states = st.builds(HlcState, walls, counters)


@given(states, states)
def test_numeric_order_and_text_order_agree(a, b):
    ta, tb = format_hlc(a, DEVICE), format_hlc(b, DEVICE)
    assert (hlc_key(ta) < hlc_key(tb)) == ((a.wall_ms, a.counter) < (b.wall_ms, b.counter))
    assert parse_hlc(ta) == (a, DEVICE)


@given(states, st.integers(0, MAX_WALL_MS - 10))
def test_tick_always_moves_forward_and_stays_encodable(state, now):
    nxt = tick(state, now)
    assert (nxt.wall_ms, nxt.counter) > (state.wall_ms, state.counter)
    assert nxt.counter <= MAX_COUNTER
    assert len(format_hlc(nxt, DEVICE).split(".")[1]) == 5


@given(states, states, st.integers(0, MAX_WALL_MS - 10))
def test_receive_sorts_after_both(local, remote, now):
    merged = receive(local, remote, now)
    assert (merged.wall_ms, merged.counter) > (local.wall_ms, local.counter)
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert merged.counter <= MAX_COUNTER


def test_a_full_counter_moves_the_wall_clock_on():
    full = HlcState(1_000, MAX_COUNTER)
    assert tick(full, 0) == HlcState(1_001, 0)
    assert receive(full, full, 0) == HlcState(1_001, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "123.00001." + DEVICE,  # short wall
        "99999999999999.00000." + DEVICE,  # 14 digits: beyond the encoding
        "0000000000001.100000." + DEVICE,  # 6-digit counter
        "0000000000001.-0001." + DEVICE,
        "0000000000001.00001.",
        "0000000000001.00001.a b",
    ],
)
def test_malformed_timestamps_are_refused(text):
    with pytest.raises(ValueError):
        parse_hlc(text)


def test_format_refuses_a_wall_beyond_the_encoding():
    with pytest.raises(ValueError):
        format_hlc(HlcState(MAX_WALL_MS + 1, 0), DEVICE)
