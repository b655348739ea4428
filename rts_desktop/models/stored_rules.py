"""The field rules of :mod:`rts_desktop.models.rules` as a fast test on JSON rows.

A snapshot holds every row of the database, so its values are checked here without
decoding or cleaning them: a compiled acceptance test per table (type, length, hygiene by
regular expression, range, vocabulary, required). A row it does not accept goes through
:func:`rules.check_row` on decoded values, which raises the ``ValidationError`` naming the
field; the fast test is never looser than that one, only quicker.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table

from rts_desktop.kernel import textrules
from rts_desktop.kernel import validation as v
from rts_desktop.models import rules
from rts_desktop.models.base import Base

Accept = Callable[[Any], bool]
_WORD = re.compile(r"\w")
_BAD_LINE = re.compile(
    "[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]"
)
_BAD_MULTI = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]"
)
_HEX = re.compile(r"[0-9a-f]*")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FIRST, LAST = v.SERVICE_FIRST.isoformat(), v.SERVICE_LAST.isoformat()


def _text(max_len: int, multiline: bool) -> Accept:
    bad = _BAD_MULTI if multiline else _BAD_LINE

    def accept(x: Any) -> bool:
        if type(x) is not str or len(x) > max_len or bad.search(x):
            return False
        # text with no letter or digit may be invisible only: the careful check
        return x == "" or _WORD.search(x) is not None or not textrules.invisible_only(x)

    return accept


def _day(first: str, last: Callable[[], str]) -> Accept:
    def accept(x: Any) -> bool:
        if type(x) is not str or not _DAY.fullmatch(x) or not first <= x <= last():
            return False
        try:
            dt.date.fromisoformat(x)
        except ValueError:
            return False
        return True

    return accept


def _instant(x: Any) -> bool:
    if type(x) is not str or not FIRST <= x[:10] <= LAST:
        return False
    try:
        dt.datetime.fromisoformat(x.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _accept(rule: rules.Rule | str) -> Accept:
    match rule:
        case rules.Line(n):
            return _text(n, False)
        case rules.Long(n):
            return _text(n, True)
        case rules.Int(low, high):
            return lambda x: type(x) is int and low <= x <= high
        case rules.Vocab(enum):
            values = frozenset(str(e) for e in enum)
            return lambda x: x in values
        case rules.Birth():
            return _day(v.BIRTH_FIRST.isoformat(), lambda: dt.date.today().isoformat())
        case rules.Hex(n):
            return lambda x: type(x) is str and (x == "" or (len(x) == n and _HEX.fullmatch(x)))
        case "bool":
            return lambda x: type(x) is bool
        case "day":
            return _day(FIRST, lambda: LAST)
        case "instant":
            return _instant
    return lambda x: True


_MISSING = object()


@dataclass(frozen=True)
class _Plan:
    """A table's columns grouped by kind, so :func:`accepts` checks each value inline."""

    texts: tuple[tuple[str, int, Any, int], ...]  # name, max length, bad characters, need
    ints: tuple[tuple[str, int, int, int], ...]
    others: tuple[tuple[str, Accept, int], ...]


#: what a column needs: nothing, a value when given (NOT NULL with a default), a value always
OPTIONAL, NOT_NULL, REQUIRED = 0, 1, 2


def _missing_ok(x: Any, need: int, whole: bool) -> bool:
    """A value left out (``_MISSING``) or None: acceptable for this column?"""
    if x is None:
        return need == OPTIONAL
    return not (whole and need == REQUIRED)


@cache
def _plan(table_name: str) -> _Plan:
    table: Table = Base.metadata.tables[table_name]
    texts, ints, others = [], [], []
    for col in table.c:
        if col.name in ("id", "version"):
            continue
        rule = rules.rule_of(table_name, col.name)
        need = OPTIONAL if col.nullable else (REQUIRED if col.default is None else NOT_NULL)
        if isinstance(rule, rules.Line | rules.Long):
            bad = _BAD_MULTI if isinstance(rule, rules.Long) else _BAD_LINE
            texts.append((col.name, rule.max_len, bad, need))
        elif isinstance(rule, rules.Int):
            ints.append((col.name, rule.low, rule.high, need))
        else:
            others.append((col.name, _accept(rule), need))
    return _Plan(tuple(texts), tuple(ints), tuple(others))


def accepts(table_name: str, row: dict[str, Any], *, whole: bool) -> bool:
    """True when every value of ``row`` passes (``whole``: required fields present too)."""
    plan = _plan(table_name)
    get = row.get
    single: list[str] = []
    multi: list[str] = []
    for name, max_len, bad, need in plan.texts:
        x = get(name, _MISSING)
        if x is None or x is _MISSING:
            if not _missing_ok(x, need, whole):
                return False
            continue
        if type(x) is not str or len(x) > max_len:
            return False
        (multi if bad is _BAD_MULTI else single).append(x)
        if not x:
            continue
        if x.isascii():  # O(1): only white space can draw nothing
            if x.isspace():
                return False
        elif _WORD.search(x) is None and textrules.invisible_only(x):
            return False
    # one search per kind over the row's texts: a bad character is bad wherever it is
    if single and _BAD_LINE.search(" ".join(single)):
        return False
    if multi and _BAD_MULTI.search(" ".join(multi)):
        return False
    for name, low, high, need in plan.ints:
        x = get(name, _MISSING)
        if x is None or x is _MISSING:
            if not _missing_ok(x, need, whole):
                return False
            continue
        if type(x) is not int or not low <= x <= high:
            return False
    for name, accept, need in plan.others:
        x = get(name, _MISSING)
        if x is None or x is _MISSING:
            if not _missing_ok(x, need, whole):
                return False
            continue
        if not accept(x):
            return False
    return True


def _between_ok(table_name: str, row: dict[str, Any]) -> bool:
    """The rules between fields on JSON values (ISO dates compare as text)."""
    for start, end in rules.DATE_PAIRS.get(table_name, ()):
        a, b = row.get(start), row.get(end)
        if a is not None and b is not None and b < a:
            return False
    if table_name == "events":
        starts, ends = row.get("starts_at"), row.get("ends_at")
        if isinstance(starts, str) and isinstance(ends, str):
            begin = dt.datetime.fromisoformat(starts.replace("Z", "+00:00"))
            finish = dt.datetime.fromisoformat(ends.replace("Z", "+00:00"))
            if finish < begin:
                return False
            if not row.get("rrule") and finish - begin > dt.timedelta(days=rules.MAX_EVENT_DAYS):
                return False
    return True


def check_stored(
    table_name: str,
    row: dict[str, Any],
    decode: Callable[[dict[str, Any]], dict[str, Any]],
    *,
    whole: bool,
) -> None:
    """Raise ``ValidationError`` for a JSON row the field rules refuse (``whole``: a full
    record, with the rules between fields; else only the fields present)."""
    if accepts(table_name, row, whole=whole) and (not whole or _between_ok(table_name, row)):
        return
    values = decode(row)
    if whole:
        rules.check_row(table_name, values)
    else:
        rules.check_line_fields(table_name, values)
