"""Attached documents: a content-addressed file store, expiry deadlines and the
required-documents checklist of a case.

Files live once in ``db.files_dir / sha256[:2] / sha256`` (same content = same file, however
many records point at it), written by :mod:`rts_desktop.kernel.blobs` to a temporary file, flushed
to disk and renamed into place before the document row commits, and removed again if the
transaction fails: a power cut or a full disk never leaves half a file under a valid name,
nor a file without its row. Sync bundles carry the same files as ``attachments/<sha256>``.
In an encrypted database the stored files are encrypted with its key (still named by the
sha256 of their content); opening one decrypts a copy under ``files_dir/tmp/open-*``.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.db.visibility import (
    require_visible_case,
    require_visible_person,
    visible_case_ids,
    visible_people_ids,
)
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.blobs import TMP_FOLDER, NewBlobs, blob_path, read_blob
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound, ValidationError
from rts_desktop.kernel.fileio import make_folders, write_atomically
from rts_desktop.kernel.roles import Role
from rts_desktop.models import Beneficiary, Case, Document, HouseholdMember, rules
from rts_desktop.models.vocab import DocumentType, label
from rts_desktop.services.cases.closed import refuse_closed
from rts_desktop.services.cases.notes import check_member

MAX_SIZE = rules.MAX_DOCUMENT_BYTES  # the limit lives in models.rules
_CHUNK = 1024 * 1024
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
#: every role may open a document of a case it reads (the opening is audited)
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Requirement:
    """One line of the checklist: any of ``doc_types`` satisfies it."""

    key: str
    label: str
    doc_types: tuple[str, ...]


REQUIRED_DOCUMENTS: list[Requirement] = [
    Requirement(
        "identita",
        N_("Documento d'identità (carta d'identità o permesso di soggiorno)"),
        (DocumentType.CARTA_IDENTITA, DocumentType.PERMESSO_SOGGIORNO),
    ),
    Requirement("isee", N_("Attestazione ISEE"), (DocumentType.ISEE,)),
    Requirement("tessera_sanitaria", N_("Tessera sanitaria"), (DocumentType.TESSERA_SANITARIA,)),
    Requirement(
        "patto_accoglienza", N_("Patto di accoglienza firmato"), (DocumentType.PATTO_ACCOGLIENZA,)
    ),
    Requirement(
        "progetto_firmato",
        N_("Progetto individualizzato firmato"),
        (DocumentType.PROGETTO_FIRMATO,),
    ),
]


@dataclass(frozen=True)
class DocumentDTO:
    id: str
    version: str
    case_id: str | None
    beneficiary_id: str | None
    doc_type: DocumentType
    title: str
    filename: str
    sha256: str
    size: int
    mime_type: str | None
    issued_on: dt.date | None
    expires_on: dt.date | None
    uploaded_by: str | None
    uploaded_at: dt.datetime

    @property
    def type_label(self) -> str:
        return label(self.doc_type)

    def expired(self, on: dt.date) -> bool:
        return self.expires_on is not None and self.expires_on < on


@dataclass(frozen=True)
class ChecklistItem:
    """``status``: presente, mancante or scaduto; ``document`` the best one found."""

    key: str
    label: str
    doc_types: tuple[str, ...]
    status: str
    document: DocumentDTO | None

    @property
    def satisfied(self) -> bool:
        """A valid copy is there (not missing, not only expired ones)."""
        return self.status == "presente"


def document_dto(doc: Document) -> DocumentDTO:
    return to_dto(DocumentDTO, doc, doc_type=DocumentType(doc.doc_type))


# ---- file store ---------------------------------------------------------------------------


def sanitize_filename(name: str) -> str:
    """A file name safe on Windows and Linux: no folders, no reserved names or characters."""
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = _FORBIDDEN.sub("_", base).strip(" .")
    if not base:
        return "documento"
    if base.split(".")[0].upper() in _RESERVED:
        base = "_" + base
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        base = stem[: 254 - len(ext)] + dot + ext if dot and len(ext) <= 16 else base[:255]
    return base


def _check_size(size: int) -> None:
    if size == 0:
        raise ValidationError("source", N_("Il file è vuoto."))
    if size > rules.MAX_DOCUMENT_BYTES:
        raise ValidationError(
            "source",
            N_("Il file supera il limite di {n} MB.").format(
                n=rules.MAX_DOCUMENT_BYTES // (1024 * 1024)
            ),
        )


def _chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), _CHUNK):
            yield source[start : start + _CHUNK]
        return
    with source.open("rb") as f:
        while chunk := f.read(_CHUNK):
            yield chunk


def store_file(
    files_dir: Path,
    source: Path | bytes,
    blobs: NewBlobs | None = None,
    key: bytes | None = None,
) -> tuple[str, int]:
    """Copy ``source`` into the store (once per content); returns (sha256, size).

    Pass the ``blobs`` of the action's :func:`~rts_desktop.kernel.blobs.new_blobs` so the file goes
    again if the transaction fails (they know the key); without them ``key`` encrypts it.
    """

    def check(size: int) -> None:
        if size > rules.MAX_DOCUMENT_BYTES or size == 0:  # empty, or the file grew while we read it
            _check_size(size)

    return (blobs or NewBlobs(files_dir, key)).put(_chunks(source), check=check)


def _source_size(source: Path | bytes) -> int:
    if isinstance(source, bytes):
        return len(source)
    if not isinstance(source, Path) or not source.is_file():
        raise ValidationError("source", N_("File non trovato."))
    return source.stat().st_size


# ---- documents ----------------------------------------------------------------------------


@operation("attach", "document", blobs=True)
def attach_document(
    op: Op,
    *,
    doc_type: str,
    title: str,
    source: Path | str | bytes,
    case_id: str | None = None,
    beneficiary_id: str | None = None,
    filename: str | None = None,
    issued_on: dt.date | None = None,
    expires_on: dt.date | None = None,
) -> DocumentDTO:
    """Attach a file to a case and/or a beneficiary (``filename`` required for bytes)."""
    if isinstance(source, str):
        source = Path(source)
    chosen = v.choice("doc_type", doc_type, DocumentType)
    clean_title = rules.check("documents", "title", title)
    if not case_id and not beneficiary_id:
        raise ValidationError("case_id", N_("Indica il caso o la persona a cui appartiene."))
    issued_on = rules.check("documents", "issued_on", issued_on)
    expires_on = rules.check("documents", "expires_on", expires_on)
    v.not_future("issued_on", issued_on, op.ctx.today())
    v.date_order("issued_on", issued_on, "expires_on", expires_on)
    if filename is None and isinstance(source, Path):
        filename = source.name
    if not isinstance(filename, str) or not filename.strip():
        raise ValidationError("filename", N_("Indica il nome del file."))
    _check_size(_source_size(source))
    name = rules.check("documents", "filename", sanitize_filename(filename), field="filename")
    s = op.s
    if case_id:
        require_visible_case(s, op.ctx, case_id)
    if beneficiary_id:
        require_visible_person(s, op.ctx, beneficiary_id)
    case = s.get(Case, case_id) if case_id else None
    if case_id and case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    refuse_closed(case)
    if beneficiary_id and s.get(Beneficiary, beneficiary_id) is None:
        raise ValidationError("beneficiary_id", N_("Beneficiario non trovato."))
    if case is not None:
        check_member(s, case, beneficiary_id)
    sha, size = store_file(op.db.files_dir, source, op.blobs, op.db.key)
    doc = Document(
        case_id=case_id or None,
        beneficiary_id=beneficiary_id or None,
        doc_type=str(chosen),
        title=clean_title,
        filename=name,
        sha256=sha,
        size=size,
        mime_type=mimetypes.guess_type(name)[0],
        issued_on=issued_on,
        expires_on=expires_on,
        uploaded_by=op.ctx.operator_id,
        uploaded_at=op.ctx.now(),
    )
    s.add(doc)
    s.flush()
    op.audit(doc.id, name)
    return document_dto(doc)


@operation("open", "document", permission="cases.read")
def document_path(op: Op, document_id: str) -> Path:
    """Where to open the document's file from; the opening is logged in the audit.

    Always a copy (0600, named like the document, decrypted in an encrypted database) in
    ``files_dir/tmp/open-<random>/``: another application has to read it, by a name whose
    extension says what it is, and must not change the store's file (a PostgreSQL or a
    plain database keeps its files unencrypted). It stays while that application may have
    it open and is wiped by ``sweep_orphans`` an hour later.
    """
    doc = get_or_fail(op.s, Document, document_id, N_("Documento"))
    if doc.case_id:
        require_visible_case(op.s, op.ctx, doc.case_id)
    if doc.beneficiary_id:
        require_visible_person(op.s, op.ctx, doc.beneficiary_id)
    path = blob_path(op.db.files_dir, doc.sha256)
    if not path.is_file():
        raise NotFound(
            N_(
                "Il file non è ancora disponibile su questo dispositivo: "
                "attendi la sincronizzazione."
            )
        )
    op.audit(doc.id)
    return _readable_copy(op.db.files_dir, doc.sha256, doc.filename, op.db.key)


def _readable_copy(files_dir: Path, sha256: str, filename: str, key: bytes | None) -> Path:
    import tempfile

    data = read_blob(files_dir, sha256, key)
    make_folders(files_dir / TMP_FOLDER)
    folder = Path(tempfile.mkdtemp(prefix="open-", dir=files_dir / TMP_FOLDER))  # 0700
    target = folder / (sanitize_filename(filename) or "documento")
    write_atomically(target, data)
    return target


def _case_documents(s: Session, case_id: str) -> list[Document]:
    stmt = select(Document).where(_case_scope(case_id))
    return list(s.scalars(stmt.order_by(Document.uploaded_at, Document.id)))


def list_documents(
    db: Database,
    *,
    case_id: str | None = None,
    beneficiary_id: str | None = None,
    ctx: ActingContext | None = None,
) -> list[DocumentDTO]:
    """A case's documents (its members' included) or one person's, newest first."""
    with db.session(write=False) as s:
        if case_id:
            require_visible_case(s, ctx, case_id)
            docs = _case_documents(s, case_id)
        else:
            if beneficiary_id:
                require_visible_person(s, ctx, beneficiary_id)
            docs = list(
                s.scalars(select(Document).where(Document.beneficiary_id == beneficiary_id))
            )
        found = [document_dto(d) for d in docs]
    return sorted(found, key=lambda d: (d.uploaded_at, d.id), reverse=True)


def _case_scope(case_id: str) -> ColumnElement[bool]:
    """Documents of the case and of anyone who belonged to its household."""
    members = (
        select(HouseholdMember.beneficiary_id)
        .join(Case, Case.household_id == HouseholdMember.household_id)
        .where(Case.id == case_id)
    )
    return or_(Document.case_id == case_id, Document.beneficiary_id.in_(members))


def replaced_by_newer() -> ColumnElement[bool]:
    """True for a document replaced by a newer one of the same type and owner (a later
    expiry): the renewed permesso di soggiorno closes the deadline of the old one. The owner
    is the person when there is one, otherwise the case."""
    newer = aliased(Document)
    same_owner = or_(
        and_(
            Document.beneficiary_id.is_not(None),
            newer.beneficiary_id == Document.beneficiary_id,
        ),
        and_(
            Document.beneficiary_id.is_(None),
            newer.beneficiary_id.is_(None),
            newer.case_id == Document.case_id,
        ),
    )
    # ``doc_type`` rather than ``id``: the indexes of migration 0017 hold every column the
    # check reads, so it never looks up a row
    return (
        select(newer.doc_type)
        .where(newer.doc_type == Document.doc_type, newer.expires_on > Document.expires_on)
        .where(same_owner)
        .exists()
    )


def documents_expiring(
    db: Database,
    before: dt.date,
    *,
    case_id: str | None = None,
    open_cases_only: bool = False,
    ctx: ActingContext | None = None,
) -> list[DocumentDTO]:
    """Documents expiring on or before ``before`` (expired ones too), soonest first.

    ``open_cases_only`` keeps the documents of open cases and of their current members
    (what the deadlines panel needs; ten years of closed cases are history, not deadlines).

    A document replaced by a newer one of the same type and owner (a later expiry) is left
    out: the renewed permesso di soggiorno closes the deadline of the old one. The owner is
    the person when there is one, otherwise the case.
    """
    replaced = replaced_by_newer()
    stmt = select(Document).where(Document.expires_on <= before, ~replaced)
    if case_id:
        stmt = stmt.where(_case_scope(case_id))
    if open_cases_only:
        open_cases = select(Case.id).where(Case.status != "concluso")
        open_members = (
            select(HouseholdMember.beneficiary_id)
            .join(Case, Case.household_id == HouseholdMember.household_id)
            .where(Case.status != "concluso", HouseholdMember.to_date.is_(None))
        )
        stmt = stmt.where(
            or_(Document.case_id.in_(open_cases), Document.beneficiary_id.in_(open_members))
        )
    stmt = _only_visible_documents(stmt, ctx)
    with db.session(write=False) as s:
        if case_id:
            require_visible_case(s, ctx, case_id)
        docs = s.scalars(stmt.order_by(Document.expires_on, Document.title))
        return [document_dto(d) for d in docs]


def _only_visible_documents(stmt: Any, ctx: ActingContext | None) -> Any:
    """A person's document shows where the person does, a case's where the case does."""
    by_case = visible_case_ids(ctx, Document.case_id)
    by_person = visible_people_ids(ctx, Document.beneficiary_id)
    if by_case is None or by_person is None:
        return stmt
    return stmt.where(
        or_(
            and_(Document.beneficiary_id.is_not(None), by_person),
            and_(Document.beneficiary_id.is_(None), by_case),
        )
    )


def checklist(
    db: Database, case_id: str, on: dt.date, *, ctx: ActingContext | None = None
) -> list[ChecklistItem]:
    """Each required document of the case: presente, scaduto (only expired copies) or mancante."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        if s.get(Case, case_id) is None:
            raise ValidationError("case_id", N_("Caso non trovato."))
        docs = [document_dto(d) for d in _case_documents(s, case_id)]
    items = []
    for req in REQUIRED_DOCUMENTS:
        matching = [d for d in docs if d.doc_type in req.doc_types]
        valid = [d for d in matching if not d.expired(on)]
        if valid:
            best = max(valid, key=lambda d: (d.expires_on or dt.date.max, d.uploaded_at))
            status = "presente"
        elif matching:
            best = max(matching, key=lambda d: (d.expires_on or dt.date.max, d.uploaded_at))
            status = "scaduto"
        else:
            best, status = None, "mancante"
        items.append(ChecklistItem(req.key, req.label, req.doc_types, status, best))
    return items
