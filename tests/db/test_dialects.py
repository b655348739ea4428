"""The per-engine SQL of ``rts_desktop.db.dialects``: one statement, each engine's text."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from rts_desktop.db.dialects import SPANNING_SQL, json_id_list, spanning_events
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
