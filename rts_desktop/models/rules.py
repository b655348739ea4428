"""The rules of every stored field, in one place for the services and the sync import.

Each synced column gets a rule derived from its type (``String(n)``: one line of at most
``n`` characters; ``Text``: several lines; ``Integer``: a 64-bit integer; ``Date``: a day
of the service's years; a ``UTCDateTime``: an aware instant; ``Boolean``: a real bool;
``nullable=False``: required), tightened below where the domain says more (ranges,
vocabularies, lengths). Services call :func:`check` for the values people type; the import
calls :func:`check_line_fields` on every line and :func:`check_row` on every full row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text

from rts_desktop.kernel import validation as v
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import vocab
from rts_desktop.models.base import Base

Checker = Callable[[str, Any], Any]

MAX_BEDS = 12  # beds in one room
MAX_PLACES = 12  # places one stay takes
MAX_KEYS = 50
MAX_NOTE = 20_000  # a diary note
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_EVENT_DAYS = 14  # a single (not recurring) event lasts at most this long
DEFAULT_LONG_TEXT = 20_000
MONEY_MAX = 10_000_000


@dataclass(frozen=True)
class Line:
    max_len: int


@dataclass(frozen=True)
class Long:
    max_len: int


@dataclass(frozen=True)
class Int:
    low: int
    high: int


@dataclass(frozen=True)
class Vocab:
    enum: type[StrEnum]


@dataclass(frozen=True)
class Birth:
    pass


@dataclass(frozen=True)
class Hex:
    length: int


Rule = Line | Long | Int | Vocab | Birth | Hex

MONEY = Int(0, MONEY_MAX)
POSITION = Int(0, 100_000)

OVERRIDES: dict[str, dict[str, Rule]] = {
    "apartments": {"municipio": Int(1, 9), "floor": Int(-2, 40), "notes": Long(5000)},
    "beneficiaries": {
        "sex": Vocab(vocab.Sex),
        "birth_date": Birth(),
        **{k: Long(5000) for k in ("notes", "health_notes", "judicial_notes")},
    },
    "households": {"notes": Long(5000)},
    "operators": {"role": Vocab(vocab.Role)},
    "apartment_status": {"status": Vocab(vocab.ApartmentStatus), "note": Long(2000)},
    "cases": {
        "status": Vocab(vocab.CaseStatus),
        "sst_municipio": Int(1, 9),
        "ethos_entry": Vocab(vocab.EthosCategory),
        "exit_destination": Vocab(vocab.ExitDestination),
        "exit_outcome": Vocab(vocab.ExitOutcome),
        "exit_reason": Long(5000),
        "follow_up_notes": Long(5000),
        "summary": Long(5000),
    },
    "case_status_changes": {
        "from_status": Vocab(vocab.CaseStatus),
        "to_status": Vocab(vocab.CaseStatus),
        "reason": Long(2000),
    },
    "household_members": {"relation": Vocab(vocab.HouseholdRelation)},
    "identifiers": {"kind": Vocab(vocab.IdentifierKind)},
    "consents": {"kind": Vocab(vocab.ConsentKind), "notes": Long(2000)},
    "rooms": {"beds": Int(1, MAX_BEDS)},
    "assessments": {"framework_version": Int(1, 1000), "notes": Long(10_000)},
    "assessment_scores": {"score": Int(1, 5), "note": Long(2000)},
    "documents": {
        "doc_type": Vocab(vocab.DocumentType),
        "size": Int(1, MAX_DOCUMENT_BYTES),
        "sha256": Hex(64),
    },
    "events": {
        "area": Vocab(vocab.ActivityArea),
        "notes": Long(5000),
        "mediation_parties": Long(2000),
        "mediation_agreement": Long(5000),
    },
    "maintenance_requests": {
        "status": Vocab(vocab.MaintenanceStatus),
        "description": Long(5000),
        "cost_cents": MONEY,
    },
    "notes": {"kind": Vocab(vocab.NoteKind), "text": Long(MAX_NOTE)},
    "participant_sheets": {
        "moment": Vocab(vocab.SheetMoment),
        "labour_status": Vocab(vocab.LabourStatus),
        "isced_level": Int(0, 8),
        "unemployed_months": Int(0, 600),
        "notes": Long(2000),
    },
    "participant_outcomes": {"kind": Vocab(vocab.OutcomeKind), "notes": Long(2000)},
    "plans": {
        "status": Vocab(vocab.PlanStatus),
        "version_no": Int(1, 1000),
        "summary": Long(10_000),
    },
    "stays": {"places": Int(1, MAX_PLACES), "notes": Long(5000)},
    "agreements": {
        "duration_months": Int(1, 36),
        "monthly_contribution_cents": MONEY,
        "notes": Long(5000),
    },
    "attendance": {"status": Vocab(vocab.Attendance)},
    "goals": {
        "domain": Vocab(vocab.PlanDomain),
        "title": Long(500),
        "indicator": Long(2000),
        "position": POSITION,
    },
    "handovers": {
        "kind": Vocab(vocab.HandoverKind),
        "keys_count": Int(0, MAX_KEYS),
        "keys_notes": Long(2000),
        "inventory": Long(10_000),
        "condition": Long(10_000),
    },
    "inspections": {"notes": Long(10_000)},
    "reviews": {"notes": Long(10_000)},
    "stay_extensions": {"reason": Long(2000)},
    "agreement_warnings": {"reason": Long(5000)},
    "contributions": {"due_cents": MONEY, "paid_cents": MONEY, "notes": Long(2000)},
    "contribution_payments": {
        "amount_cents": Int(1, MONEY_MAX),
        "method": Vocab(vocab.PaymentMethod),
        "notes": Long(2000),
    },
    "plan_actions": {
        "owner": Vocab(vocab.ActionOwner),
        "status": Vocab(vocab.ActionStatus),
        "description": Long(2000),
        "position": POSITION,
    },
    "review_outcomes": {"outcome": Vocab(vocab.GoalOutcome), "comment": Long(2000)},
}


def _derived(col: Any) -> Rule | str:
    t = col.type
    impl = getattr(t, "impl", t)
    if isinstance(impl, Text):
        return Long(DEFAULT_LONG_TEXT)
    if isinstance(impl, String):
        return Line(impl.length or 200)
    if isinstance(impl, Boolean):
        return "bool"
    if isinstance(impl, Integer):
        return Int(v.INT_MIN, v.INT_MAX)
    if isinstance(impl, DateTime) or isinstance(t, DateTime):
        return "instant"
    if isinstance(impl, Date):
        return "day"
    return "any"


def _checker(rule: Rule | str, required: bool) -> Checker:
    today = dt.date.today
    match rule:
        case Line(n):
            return lambda f, x: v.text(f, x, max_len=n, required=required)
        case Long(n):
            return lambda f, x: v.text(f, x, max_len=n, required=required, multiline=True)
        case Int(low, high):
            return lambda f, x: v.int_range(f, x, low, high, required=required)
        case Vocab(enum):
            return lambda f, x: _vocab(f, x, enum, required)
        case Birth():
            return lambda f, x: v.birth_date(f, x, today())
        case Hex(n):
            return lambda f, x: _hex(f, x, n, required)
        case "bool":
            return lambda f, x: v.flag(f, x)
        case "day":
            return lambda f, x: v.day(f, x, required=required)
        case "instant":
            return lambda f, x: v.instant(f, x, required=required)
    return lambda f, x: x


def _vocab(field: str, value: Any, enum: type[StrEnum], required: bool) -> str | None:
    found = v.choice(field, value, enum, required=required)
    return str(found) if found is not None else None


def _hex(field: str, value: Any, length: int, required: bool) -> str | None:
    if value in (None, "") and not required:
        return None
    if not isinstance(value, str) or len(value) != length or value.strip("0123456789abcdef"):
        raise ValidationError(field, N_("Impronta non valida."))
    return value


@cache
def _table_checkers(table_name: str) -> dict[str, Checker]:
    table: Table = Base.metadata.tables[table_name]
    overrides = OVERRIDES.get(table_name, {})
    out: dict[str, Checker] = {}
    for col in table.c:
        if col.name in ("id", "version"):
            continue
        rule = overrides.get(col.name) or _derived(col)
        out[col.name] = _checker(rule, required=not col.nullable and col.default is None)
    return out


def rule_of(table_name: str, column: str) -> Rule | str:
    """The rule of one column (what the forms and the import both apply)."""
    col = Base.metadata.tables[table_name].c[column]
    return OVERRIDES.get(table_name, {}).get(column) or _derived(col)


def max_len(table_name: str, column: str) -> int:
    rule = rule_of(table_name, column)
    assert isinstance(rule, Line | Long), (table_name, column)
    return rule.max_len


def check(
    table_name: str,
    column: str,
    value: Any,
    *,
    field: str | None = None,
    required: bool | None = None,
) -> Any:
    """``value`` checked (and cleaned) by the column's rule; ``field`` names the input.

    ``required`` overrides what the column says (NOT NULL without a default = required)
    where a form asks for more (a reason the column may leave empty) or less.
    """
    if required is None:
        return _table_checkers(table_name)[column](field or column, value)
    return _checker(rule_of(table_name, column), required)(field or column, value)


@cache
def not_null(table_name: str) -> frozenset[str]:
    """Columns that never hold NULL (some have a default for when they are left out)."""
    return frozenset(c.name for c in Base.metadata.tables[table_name].c if not c.nullable)


def _refuse_null(table_name: str, key: str, value: Any) -> None:
    if value is None and key in not_null(table_name):
        raise ValidationError(key, N_("Campo obbligatorio."))


def check_line_fields(table_name: str, values: dict[str, Any]) -> None:
    """Every value a bundle line sets, by the same rules as the forms (already decoded)."""
    checkers = _table_checkers(table_name)
    for key, value in values.items():
        checker = checkers.get(key)
        if checker is not None and value != "":
            _refuse_null(table_name, key, value)
            checker(key, value)


def check_row(table_name: str, row: dict[str, Any]) -> None:
    """A whole record (an insert or a snapshot row): every field, required ones present,
    and the rules between fields. Empty text passes: erasure stores it in required
    columns (the forms refuse it through :func:`check`)."""
    for key, checker in _table_checkers(table_name).items():
        value = row.get(key)
        if value != "":  # stored empty text: a purged (erased) value
            if key in row:
                _refuse_null(table_name, key, value)
            checker(key, value)
    _between(table_name, row)


#: dates of one record that must come in order (start, end)
DATE_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "stays": (("start_date", "planned_end"), ("start_date", "actual_end")),
    "household_members": (("from_date", "to_date"),),
    "case_educators": (("from_date", "to_date"),),
    "case_shares": (("from_date", "to_date"),),
    "consents": (("given_on", "expires_on"), ("given_on", "withdrawn_on")),
    "cases": (("referral_date", "exit_date"),),
    "maintenance_requests": (("opened_on", "closed_on"),),
    "stay_extensions": (("previous_end", "new_end"),),
}
BETWEEN_TABLES = frozenset({*DATE_PAIRS, "events"})


def _between(table_name: str, row: dict[str, Any]) -> None:
    for start, end in DATE_PAIRS.get(table_name, ()):
        v.date_order(start, row.get(start), end, row.get(end))
    if table_name == "events":
        starts, ends = row.get("starts_at"), row.get("ends_at")
        if isinstance(starts, dt.datetime) and isinstance(ends, dt.datetime):
            if ends < starts:
                raise ValidationError("ends_at", N_("La fine deve essere successiva all'inizio."))
            if not row.get("rrule") and ends - starts > dt.timedelta(days=MAX_EVENT_DAYS):
                raise ValidationError(
                    "ends_at",
                    N_("Un appuntamento dura al massimo {n} giorni.").format(n=MAX_EVENT_DAYS),
                )
