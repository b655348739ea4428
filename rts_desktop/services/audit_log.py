"""Reading the audit log (registro accessi): filters, pages by keyset, CSV export.

A plain read, not audited itself; only coordinators and administrators may read it (a
context without a role, the command line, always may). Pages go newest first by
``(at, id)``: ``after`` is the last row of the previous page, so a big log is never loaded
whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, literal, or_, select, tuple_, union
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import AuditEntry, Base, Beneficiary, Case, Device, Operator

ROME = ZoneInfo("Europe/Rome")
PAGE = 200
#: CSV for Italian Excel: UTF-8 with BOM, ``;`` between fields (``,`` is the decimal mark)
CSV_DELIMITER = ";"
CSV_HEADER = (
    "quando",
    "operatore",
    "dispositivo",
    "azione",
    "entità",
    "codice",
    "id",
    "finalità",
    "dettaglio",
)


@dataclass(frozen=True)
class AuditFilter:
    """What to show; empty fields do not filter. ``case`` is a case code, ``operator`` a
    username or a full name; the days are local (Europe/Rome), both included."""

    case: str | None = None
    operator: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: dt.datetime
    operator_id: str | None
    operator: str | None
    device_id: str
    device: str | None
    action: str
    entity: str
    entity_id: str | None
    code: str | None
    purpose: str | None
    detail: str | None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["at"] = self.at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
        return data


@dataclass(frozen=True)
class Page:
    rows: list[AuditRow]
    #: the key of the next page (None: this was the last)
    after: tuple[dt.datetime, str] | None


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), ROME).astimezone(dt.UTC)


def _case_records(case_id: str) -> Select[tuple[str]]:
    """The case's id and the ids of every record that belongs to it (a ``case_id`` column)."""
    parts = [select(Case.id.label("rid")).where(Case.id == case_id)]
    for table in Base.metadata.sorted_tables:
        if "case_id" in table.c and "id" in table.c:
            parts.append(select(table.c.id.label("rid")).where(table.c.case_id == case_id))
    return select(union(*parts).subquery().c.rid)


def _resolve_case(s: Session, code: str) -> str:
    found = s.scalar(select(Case.id).where(func.upper(Case.code) == code.strip().upper()))
    if found is None:
        raise ValidationError("case", N_("Caso non trovato: {c}.").format(c=code.strip()[:40]))
    return found


def _resolve_operator(s: Session, who: str) -> list[str]:
    text = who.strip()
    found = list(
        s.scalars(
            select(Operator.id).where(
                or_(
                    func.lower(Operator.username) == text.lower(),
                    func.lower(Operator.full_name) == text.lower(),
                )
            )
        )
    )
    if not found:
        raise ValidationError("operator", N_("Operatore non trovato: {o}.").format(o=text[:60]))
    return found


def _where(s: Session, f: AuditFilter) -> list[object]:
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError("to", N_("La data finale precede quella iniziale."))
    conditions: list[object] = []
    if f.case and f.case.strip():
        conditions.append(AuditEntry.entity_id.in_(_case_records(_resolve_case(s, f.case))))
    if f.operator and f.operator.strip():
        conditions.append(AuditEntry.operator_id.in_(_resolve_operator(s, f.operator)))
    if f.date_from:
        conditions.append(AuditEntry.at >= _day_start(f.date_from))
    if f.date_to:
        conditions.append(AuditEntry.at < _day_start(f.date_to + dt.timedelta(days=1)))
    if f.action and f.action.strip():
        conditions.append(AuditEntry.action == f.action.strip())
    return conditions


def _codes(s: Session, ids: set[str]) -> dict[str, str]:
    """A human code for each entity id: the case's or the person's, or the code of the case
    a record belongs to."""
    codes: dict[str, str] = {}
    if not ids:
        return codes
    chunk = list(ids)
    for model in (Case, Beneficiary):
        query = select(model.id, model.code).where(model.id.in_(chunk))
        codes.update((str(i), str(c)) for i, c in s.execute(query))
    rest = [i for i in chunk if i not in codes]
    for table in Base.metadata.sorted_tables:
        if not rest:
            break
        if "case_id" in table.c and "id" in table.c:
            query = (
                select(table.c.id, Case.code)
                .join(Case, Case.id == table.c.case_id)
                .where(table.c.id.in_(rest))
            )
            codes.update((str(i), str(c)) for i, c in s.execute(query))
            rest = [i for i in rest if i not in codes]
    return codes


def read_page(
    db: Database,
    ctx: ActingContext,
    f: AuditFilter,
    *,
    after: tuple[dt.datetime, str] | None = None,
    limit: int | None = None,
) -> Page:
    """One page of entries matching ``f`` (``PAGE`` by default), newest first, after the
    key ``after``."""
    require(ctx, "audit.read")
    limit = limit or PAGE
    with db.session(write=False) as s:
        query = (
            select(AuditEntry, Operator.full_name, Device.name)
            .outerjoin(Operator, Operator.id == AuditEntry.operator_id)
            .outerjoin(Device, Device.id == AuditEntry.device_id)
            .where(*_where(s, f))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit + 1)
        )
        if after is not None:
            # one row-value comparison: read from the (at, id) index where it stops
            query = query.where(
                tuple_(AuditEntry.at, AuditEntry.id)
                < tuple_(literal(after[0], AuditEntry.at.type), literal(after[1]))
            )
        found = [tuple(row) for row in s.execute(query)]
        more = len(found) > limit
        found = found[:limit]
        codes = _codes(s, {e.entity_id for e, _o, _d in found if e.entity_id})
    rows = [
        AuditRow(
            id=e.id,
            at=e.at,
            operator_id=e.operator_id,
            operator=operator,
            device_id=e.device_id,
            device=device,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            code=codes.get(e.entity_id or ""),
            purpose=e.purpose,
            detail=e.detail,
        )
        for e, operator, device in found
    ]
    last = rows[-1] if rows and more else None
    return Page(rows, (last.at, last.id) if last else None)


def count_entries(db: Database, ctx: ActingContext, f: AuditFilter) -> int:
    """How many entries match ``f``: a query of its own, read after the first page."""
    require(ctx, "audit.read")
    with db.session(write=False) as s:
        stmt = select(func.count()).select_from(AuditEntry).where(*_where(s, f))
        return int(s.scalar(stmt) or 0)


def read_all(db: Database, ctx: ActingContext, f: AuditFilter) -> Iterator[AuditRow]:
    """Every matching entry, page after page (for the export)."""
    after: tuple[dt.datetime, str] | None = None
    while True:
        page = read_page(db, ctx, f, after=after, limit=1000)
        yield from page.rows
        if page.after is None:
            return
        after = page.after


def local_time(at: dt.datetime) -> str:
    return at.astimezone(ROME).strftime("%d/%m/%Y %H:%M:%S")


def _cell(value: str) -> str:
    """A value Excel will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_bytes(rows: list[AuditRow] | Iterator[AuditRow]) -> bytes:
    """The rows as CSV for Excel: UTF-8 with BOM, ``;``-separated, local times, no cell
    that Excel would take for a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow(
            _cell(v)
            for v in (
                local_time(r.at),
                r.operator or "",
                r.device or r.device_id,
                r.action,
                r.entity,
                r.code or "",
                r.entity_id or "",
                r.purpose or "",
                r.detail or "",
            )
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def actions(db: Database, ctx: ActingContext) -> list[str]:
    """The actions the log holds, for a filter's choices."""
    require(ctx, "audit.read")
    with db.session(write=False) as s:
        return list(s.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))
