"""GDPR art. 15 access export: everything the service holds about one person.

The records are found by walking the schema (``Base.metadata``), not by a hand list, so a
table added later is exported without touching this module:

1. the person's row in ``beneficiaries``;
2. every row of a table with a foreign key to ``beneficiaries`` that points at her;
3. the households those rows lead up to (``ANCHORS``: the nucleo she belongs or belonged to);
4. then, until nothing new turns up, every row of a table with a foreign key to a row
   already found (cases of the household, their notes, stays, plans, goals, extensions…).

Rows about *another* person (any foreign key to ``beneficiaries`` pointing elsewhere) are
left out: art. 15(4), the copy must not reveal third parties' data. Sync bookkeeping and
keys never go out; of the audit log, the entries about exported records do (who read the
file). Attachments are listed and copied. The export itself is audited (who exported whom).
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, or_, select, text
from sqlalchemy.orm import Session

from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import require_visible_person
from rts_desktop.kernel.blobs import blob_path, read_blob_file
from rts_desktop.kernel.errors import N_, RtsError, ValidationError
from rts_desktop.models import AuditEntry, Base, Beneficiary, Operator

FORMAT = "rts-desktop/person-export/1"
PERSON_TABLE = "beneficiaries"
#: the records a person's rows lead *up* to, whose own records are hers too (the nucleo)
ANCHORS = ("households",)
#: sync bookkeeping, device keys and the audit log (handled apart): never walked, never out
EXCLUDED = frozenset(
    {
        "changes",
        "conflicts",
        "tombstones",
        "knowledge",
        "pending_changes",
        "devices",
        "local_keys",
        "imported_bundles",
        "sent_bundles",
        "counters",
        "erasures",
        "audit_entries",
        "alembic_version",
    }
)
#: columns that hold secrets, whatever table they end up in
SECRET_COLUMN = re.compile(r"password|secret|private_key|token", re.IGNORECASE)
AUDIT_TABLE = "audit_entries"
OPERATORS_TABLE = "operators"
CHUNK = 500
JSON_NAME, PDF_NAME, ATTACHMENTS_DIR = "persona.json", "persona.pdf", "allegati"


@dataclass(frozen=True)
class Attachment:
    """A document file of the export: where it is stored, what it is called in ``allegati``
    (``key``: the store is encrypted with it, see :func:`~rts_desktop.kernel.blobs.read_blob`)."""

    document_id: str
    title: str
    doc_type: str
    filename: str
    sha256: str
    size: int
    source: Path
    key: bytes | None = field(default=None, repr=False, compare=False)

    def content(self) -> bytes:
        """The file's content (decrypted, its sha256 checked)."""
        return read_blob_file(self.source, self.sha256, self.key)


@dataclass
class PersonExport:
    """What the export holds: rows per table (raw values), header, attachments, the PDF."""

    person_id: str
    person_code: str
    full_name: str
    header: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    attachments: list[Attachment] = field(default_factory=list)
    operators: dict[str, str] = field(default_factory=dict)
    pdf: bytes = b""

    def as_json(self) -> dict[str, Any]:
        return {
            "intestazione": self.header,
            "operatori": self.operators,
            "allegati": [
                {
                    "documento": a.document_id,
                    "titolo": a.title,
                    "tipo": a.doc_type,
                    "file": f"{ATTACHMENTS_DIR}/{a.filename}",
                    "sha256": a.sha256,
                    "dimensione": a.size,
                }
                for a in self.attachments
            ],
            "tabelle": {
                name: [{k: plain(v) for k, v in row.items()} for row in rows]
                for name, rows in self.rows.items()
            },
        }


# --- values ----------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A stored value as JSON knows it: dates ISO, amounts as text, bytes base64."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _key(table: Table, row: dict[str, Any]) -> str:
    return "|".join(str(row[c.name]) for c in table.primary_key.columns)


def _clean_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not SECRET_COLUMN.search(k)}


# --- the walk --------------------------------------------------------------------------------


def walked_tables() -> list[Table]:
    """The tables the walk may export, in dependency order (parents first)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in EXCLUDED]


def _about_someone_else(table: Table, row: dict[str, Any], person_id: str) -> bool:
    return any(
        fk.column.table.name == PERSON_TABLE and row[fk.parent.name] not in (None, person_id)
        for fk in table.foreign_keys
    )


def collect_rows(s: Session, person_id: str) -> dict[str, dict[str, dict[str, Any]]]:
    """table → primary key → row, for every record about the person (see the module doc)."""
    tables = walked_tables()
    by_name = {t.name: t for t in tables}
    person_table = by_name[PERSON_TABLE]
    person = dict(
        s.execute(select(person_table).where(person_table.c.id == person_id)).mappings().one()
    )
    found: dict[str, dict[str, dict[str, Any]]] = {PERSON_TABLE: {person_id: person}}
    frontier: dict[str, list[dict[str, Any]]] = {PERSON_TABLE: [person]}
    while frontier:
        new: dict[str, list[dict[str, Any]]] = {}
        for table in tables:
            for fk in table.foreign_keys:
                parents = frontier.get(fk.column.table.name)
                if not parents:
                    continue
                refs = {str(r[fk.column.name]) for r in parents if r[fk.column.name] is not None}
                for chunk in _chunks(refs):
                    for mapping in s.execute(select(table).where(fk.parent.in_(chunk))).mappings():
                        _keep(table, dict(mapping), person_id, found, new)
        _climb_to_anchors(s, by_name, found, new, person_id)
        frontier = new
    return found


def _keep(
    table: Table,
    row: dict[str, Any],
    person_id: str,
    found: dict[str, dict[str, dict[str, Any]]],
    new: dict[str, list[dict[str, Any]]],
) -> None:
    key = _key(table, row)
    if key in found.get(table.name, {}) or _about_someone_else(table, row, person_id):
        return
    found.setdefault(table.name, {})[key] = row
    new.setdefault(table.name, []).append(row)


def _climb_to_anchors(
    s: Session,
    by_name: dict[str, Table],
    found: dict[str, dict[str, dict[str, Any]]],
    new: dict[str, list[dict[str, Any]]],
    person_id: str,
) -> None:
    """Add the anchors (households) the rows found this round point up to."""
    for name, rows in list(new.items()):
        for fk in by_name[name].foreign_keys:
            anchor = by_name.get(fk.column.table.name)
            if anchor is None or anchor.name not in ANCHORS:
                continue
            refs = {str(r[fk.parent.name]) for r in rows if r[fk.parent.name] is not None}
            for chunk in _chunks(refs):
                stmt = select(anchor).where(anchor.c[fk.column.name].in_(chunk))
                for mapping in s.execute(stmt).mappings():
                    _keep(anchor, dict(mapping), person_id, found, new)


def audit_rows(s: Session, ids: set[str]) -> list[dict[str, Any]]:
    """The audit entries about any exported record (who read, printed, changed what)."""
    table = AuditEntry.__table__
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        stmt = select(table).where(table.c.entity_id.in_(chunk))
        rows += [dict(m) for m in s.execute(stmt).mappings()]
    return sorted(rows, key=lambda r: (r["at"], r["id"]))


def operator_names(s: Session, rows: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """id → name of the operators the exported rows name (authors, readers)."""
    ids: set[str] = set()
    for name, table_rows in rows.items():
        table = Base.metadata.tables.get(name)
        if table is None:
            continue
        columns = [fk.parent.name for fk in table.foreign_keys]
        columns = [
            c
            for c in columns
            if any(fk.column.table.name == OPERATORS_TABLE for fk in table.c[c].foreign_keys)
        ]
        ids |= {str(r[c]) for r in table_rows for c in columns if r.get(c)}
    if not ids:
        return {}
    stmt = select(Operator.id, Operator.full_name).where(Operator.id.in_(sorted(ids)))
    return {str(i): n for i, n in s.execute(stmt).all()}


def find_person(s: Session, code_or_id: str) -> Beneficiary:
    wanted = (code_or_id or "").strip()
    person = s.scalars(
        select(Beneficiary).where(or_(Beneficiary.code == wanted, Beneficiary.id == wanted))
    ).first()
    if person is None:
        raise ValidationError("person", N_("Persona sconosciuta: {c}.").format(c=wanted or "—"))
    return person


def _schema_version(s: Session) -> str:
    try:
        return str(s.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")
    except Exception:  # a database made without the migrations (tests): no version table
        return ""


def _attachments(
    files_dir: Path, documents: list[dict[str, Any]], key: bytes | None = None
) -> list[Attachment]:
    taken: set[str] = set()
    out: list[Attachment] = []
    for doc in sorted(documents, key=lambda d: (str(d.get("title")), str(d["id"]))):
        name = _unique(_safe_name(str(doc.get("filename") or doc["id"])), taken)
        out.append(
            Attachment(
                document_id=str(doc["id"]),
                title=str(doc.get("title") or ""),
                doc_type=str(doc.get("doc_type") or ""),
                filename=name,
                sha256=str(doc["sha256"]),
                size=int(doc.get("size") or 0),
                source=blob_path(files_dir, str(doc["sha256"])),
                key=key,
            )
        )
    return out


def _safe_name(name: str) -> str:
    clean = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name).strip(" .") or "allegato"
    return clean[:150]


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 2
    while candidate.lower() in taken:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


# --- the operation ---------------------------------------------------------------------------


@operation("export", "beneficiary", permission="person.export")
def person_export(op: Op, person_code_or_id: str) -> PersonExport:
    """Everything held about one person (art. 15), with the PDF summary; audited."""
    from rts_desktop.services.cases.person_export_pdf import render_summary

    s = op.s
    person = find_person(s, person_code_or_id)
    require_visible_person(s, op.ctx, person.id)  # coordinators only today: a safeguard
    found = collect_rows(s, person.id)
    tables = {t.name: t for t in walked_tables()}
    rows = {
        name: [_clean_row(tables[name], r) for r in found[name].values()]
        for name in (t.name for t in walked_tables())
        if found.get(name)
    }
    ids = {str(r["id"]) for table_rows in rows.values() for r in table_rows if "id" in r}
    rows[AUDIT_TABLE] = audit_rows(s, ids)
    operators = operator_names(s, rows)
    me = s.get(Operator, op.ctx.operator_id) if op.ctx.operator_id else None
    who = me.full_name if me else ("riga di comando" if op.ctx.role is None else "")
    header = {
        "formato": FORMAT,
        "riferimento": "Regolamento (UE) 2016/679, art. 15",
        "persona": {"id": person.id, "codice": person.code, "nome": person.full_name},
        "esportato_il": op.ctx.now().isoformat(),
        "esportato_da": {
            "operatore": op.ctx.operator_id,
            "nome": who,
            "ruolo": str(op.ctx.role) if op.ctx.role else None,
            "dispositivo": op.ctx.device_id,
        },
        "versione_schema": _schema_version(s),
        "righe": {name: len(r) for name, r in rows.items()},
    }
    export = PersonExport(
        person_id=person.id,
        person_code=person.code,
        full_name=person.full_name,
        header=header,
        rows=rows,
        attachments=_attachments(op.db.files_dir, rows.get("documents", []), op.db.key),
        operators=operators,
    )
    missing = [a for a in export.attachments if not a.source.is_file()]
    if missing:  # refused before the audit entry: nothing was exported
        raise RtsError(
            N_("File dell'allegato mancante nell'archivio: {t} (esegui check).").format(
                t=missing[0].title
            )
        )
    export.pdf = render_summary(s, rows, operators, who, op.ctx.today())
    total = sum(len(r) for r in rows.values())
    op.audit(
        person.id, f"{person.code}: {total} righe, {len(export.attachments)} allegati (art. 15)"
    )
    return export
