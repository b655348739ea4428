"""The fast test of JSON rows is never looser than the field rules the forms apply."""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import rules
from rts_desktop.models.stored_rules import accepts, check_stored
from rts_desktop.sync.history import synced_tables
from rts_desktop.sync.validate import decoded

HOSTILE_CHARS = "\x00\x07\t\n\r\x85\u00a0\u200b\u202e\u2066\u2028\ufeffaZ9 é😀مש"
texts = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=8) | st.text(max_size=8)
days = st.dates().map(lambda d: d.isoformat()) | st.sampled_from(["2026-02-30", "ieri", ""])
instants = st.datetimes().map(lambda d: d.isoformat() + "Z") | st.sampled_from(["x", ""])
values = (
    texts
    | st.integers(-(2**64), 2**64)
    | st.booleans()
    | st.none()
    | days
    | instants
    | st.sampled_from(["attivo", "F", "a" * 64, "0" * 64])
)
TABLES = ["beneficiaries", "apartments", "rooms", "events", "stays", "documents", "notes"]


def _columns(table: str) -> list[str]:
    return [c.name for c in synced_tables()[table].c if c.name not in ("id", "version")]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TABLES), st.data())
def test_what_the_fast_test_accepts_the_rules_accept(table, data):
    row = {name: data.draw(values, label=name) for name in _columns(table)}
    if accepts(table, row, whole=True):
        try:
            rules.check_row(table, decoded(synced_tables()[table], row))
        except ValidationError as exc:
            raise AssertionError(f"fast test accepted what the rules refuse: {exc}") from exc


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("beneficiaries", "first_name", "A\u202eB"),
        ("beneficiaries", "first_name", "\u200b"),
        ("beneficiaries", "first_name", " "),
        ("apartments", "municipio", 10),
        ("rooms", "beds", True),
        ("events", "starts_at", "1999-12-31T10:00:00.000000Z"),
    ],
)
def test_a_refused_value_names_its_field(table, field, value):
    with pytest.raises(ValidationError) as raised:
        check_stored(table, {field: value}, partial(decoded, synced_tables()[table]), whole=False)
    assert raised.value.field == field


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(TABLES), st.data())
def test_field_by_field_the_fast_test_is_never_looser(table, data):
    name = data.draw(st.sampled_from(_columns(table)))
    row = {name: data.draw(values, label=name)}
    if accepts(table, row, whole=False):
        try:
            rules.check_line_fields(table, decoded(synced_tables()[table], row))
        except ValidationError as exc:
            raise AssertionError(f"{table}.{name}={row[name]!r}: {exc}") from exc
