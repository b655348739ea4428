"""The case list's search keys: folded as ``kernel.text.fold`` folds, with a fast path."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rts_desktop.demo import generate_small
from rts_desktop.kernel.text import fold
from rts_desktop.services.cases import case_list
from rts_desktop.services.cases.case_list import search_fold

TODAY = dt.date(2026, 11, 25)


@given(st.text())
def test_the_fast_fold_is_fold(text):
    assert search_fold(text) == fold(text)


def test_keys_hold_names_codes_identifiers_and_apartment(db):
    generate_small(db, seed=2026, today=TODAY)
    rows = case_list.list_case_rows(db, TODAY)
    housed = next(r for r in rows if r.apartment_code)
    assert fold(housed.code) in housed.search_key
    assert fold(housed.apartment_code) in housed.search_key
    assert fold(housed.head_name) in housed.search_key
    assert all(r.search_key == fold(r.search_key) for r in rows)


def test_a_codice_fiscale_finds_its_case(db):
    from sqlalchemy import select

    from rts_desktop.models import Identifier

    generate_small(db, seed=2026, today=TODAY)
    with db.session(write=False) as s:
        values = list(s.scalars(select(Identifier.value)))
    assert values
    rows = case_list.list_case_rows(db, TODAY)
    for value in values[:10]:
        assert case_list.filter_rows(rows, value), value
