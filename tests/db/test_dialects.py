"""The per-engine SQL of ``rts_desktop.db.dialects``: one statement, each engine's text."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from rts_desktop.db.dialects import SPANNING_SQL, json_id_list, spanning_events
from rts_desktop.db.engine import display_place
from rts_desktop.models import Event, Identifier


def _sql(statement, dialect) -> str:  # type: ignore[no-untyped-def]
    return str(statement.compile(dialect=dialect.dialect()))


def test_spanning_events_repeat_the_partial_index_predicate_word_for_word():
    query = select(Event.id).where(spanning_events())
    assert f"WHERE ({SPANNING_SQL['sqlite']})" in _sql(query, sqlite)  # no "= 1"
    assert f"WHERE ({SPANNING_SQL['postgresql']})" in _sql(query, postgresql)
    index = next(i for i in Event.__table__.indexes if i.name == "ix_events_spanning")
    assert str(index.dialect_options["sqlite"]["where"]) == SPANNING_SQL["sqlite"]
    assert str(index.dialect_options["postgresql"]["where"]) == SPANNING_SQL["postgresql"]


def test_a_json_list_of_ids_is_one_parameter_on_both_engines():
    query = select(Event.id).where(Event.id.in_(json_id_list("ids")))
    assert "json_each(?)" in _sql(query, sqlite)
    assert "jsonb_array_elements_text(CAST(%(ids)s AS jsonb)) AS value" in _sql(query, postgresql)


def test_group_concat_is_string_agg_on_postgresql():
    query = select(func.group_concat(Identifier.value, " | "))
    assert "group_concat(identifiers.value, ?)" in _sql(query, sqlite)
    assert "string_agg(CAST(identifiers.value AS TEXT)" in _sql(query, postgresql)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql+psycopg://op_giulia:segreta@rts-server:5433/rts?sslmode=verify-full",
            "rts-server:5433/rts",
        ),
        ("postgresql+psycopg://postgres@/rts_x?host=/tmp/pg&port=5432", "localhost:5432/rts_x"),
        ("postgresql+psycopg://rts@srv/rts", "srv/rts"),
        ("sqlite:////srv/dati/rts.db", "/srv/dati/rts.db"),
    ],
)
def test_a_database_is_shown_by_place_never_by_user_or_password(url, shown):
    assert display_place(url) == shown
