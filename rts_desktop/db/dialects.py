"""SQL that differs between SQLite and PostgreSQL, one function per query.

Each function returns a SQLAlchemy element compiled for the dialect of the connection that
runs it (``@compiles`` per dialect), so a service builds one statement for both engines and
never asks which one it is on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, String, bindparam, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement, GenericFunction
from sqlalchemy.sql.sqltypes import NullType

from rts_desktop.models import calendar

#: events whose occurrences can reach more than a day past their start (the predicate of
#: the partial index ``ix_events_spanning``; the query must repeat it word for word)
SPANNING_SQL = {"sqlite": calendar.SPANNING_SQL, "postgresql": calendar.SPANNING_SQL_PG}


class _Spanning(ColumnElement[bool]):
    """``SPANNING_SQL`` of the dialect that compiles it (untyped, like ``text()``: a
    boolean would become ``(...) = 1`` on SQLite, which the partial index does not match)."""

    type = NullType()
    inherit_cache = True


@compiles(_Spanning)
def _spanning_default(element: _Spanning, compiler: Any, **kw: Any) -> str:
    return f"({SPANNING_SQL['sqlite']})"


@compiles(_Spanning, "postgresql")
def _spanning_postgresql(element: _Spanning, compiler: Any, **kw: Any) -> str:
    return f"({SPANNING_SQL['postgresql']})"


def spanning_events() -> ColumnElement[bool]:
    """Recurring events and single ones longer than a day (``events`` columns, unqualified)."""
    return _Spanning()


class _json_values(FunctionElement[Any]):
    """The elements of a JSON array parameter as rows of one text column ``value``."""

    name = "json_values"
    inherit_cache = True


@compiles(_json_values)
def _json_values_sqlite(element: _json_values, compiler: Any, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(_json_values, "postgresql")
def _json_values_postgresql(element: _json_values, compiler: Any, **kw: Any) -> str:
    param = compiler.process(element.clauses, **kw)
    return f"jsonb_array_elements_text(CAST({param} AS jsonb)) AS value"


def json_id_list(name: str) -> Select[Any]:
    """``SELECT value FROM <the JSON array bound as name>``: a list of ids as one parameter
    (binding thousands one by one costs as much as the query)."""
    return select(literal_column("value")).select_from(_json_values(bindparam(name)))


class group_concat(GenericFunction[str]):
    """``func.group_concat(value, separator)`` on both engines (``string_agg`` on
    PostgreSQL, which wants text arguments)."""

    type = String()
    inherit_cache = True


@compiles(group_concat, "postgresql")
def _group_concat_postgresql(element: group_concat, compiler: Any, **kw: Any) -> str:
    args = [compiler.process(arg, **kw) for arg in element.clauses]
    value = f"CAST({args[0]} AS TEXT)"
    separator = args[1] if len(args) > 1 else "','"
    return f"string_agg({value}, {separator})"
