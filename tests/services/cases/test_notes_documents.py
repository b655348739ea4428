"""Case diary notes (append-only, corrections, search) and attached documents
(content-addressed store, expiry deadlines, required-documents checklist)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, Change, Document, Note
from rts_desktop.services.cases import documents, notes, people
from rts_desktop.services.cases.documents import sanitize_filename
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.services.cases.test_people_cases import make_case

D = dt.date


def count(db, model) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def stored_files(db) -> list[Path]:
    root = db.files_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def case(db, ctx):
    return make_case(db, ctx)


def head_of(case) -> str:
    return case.household.members[0].beneficiary_id


# ---- notes -----------------------------------------------------------------------------


def test_notes_are_append_only_and_corrections_are_new_notes(db, ctx, case):
    first = notes.add_note(db, ctx, case.id, "libera", D(2026, 11, 20), "Telefonata con la SST.")
    entry = notes.add_note(
        db, ctx, case.id, "colloquio_ingresso", D(2026, 1, 20), "Presenti: Ștefan, educatrice."
    )
    fixed = notes.correct_note(db, ctx, first.id, "Telefonata con l'assistente sociale (SST).")
    assert fixed.corrects_id == first.id and fixed.date == first.date and fixed.kind == "libera"
    assert count(db, Note) == 3
    shown = notes.list_notes(db, case.id)
    assert [n.id for n in shown] == [fixed.id, entry.id]  # newest first, corrected one hidden
    everything = notes.list_notes(db, case.id, include_superseded=True)
    assert {n.id: n.superseded for n in everything}[first.id] is True
    with db.session(write=False) as s:
        assert s.get(Note, first.id).text == "Telefonata con la SST."
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "note")))
    assert sorted(actions) == ["correct", "create", "create"]


def test_note_filters_and_accent_insensitive_search(db, ctx, case):
    notes.add_note(
        db, ctx, case.id, "verifica", D(2026, 6, 1), "Obiettivi: ricerca lavoro in città."
    )
    notes.add_note(db, ctx, case.id, "visita_domiciliare", D(2026, 9, 1), "Alloggio in ordine.")
    notes.add_note(db, ctx, case.id, "libera", D(2026, 10, 1), "Colloquio al CELAV.", head_of(case))
    assert [n.kind for n in notes.list_notes(db, case.id, kinds=["verifica"])] == ["verifica"]
    in_range = notes.list_notes(db, case.id, date_from=D(2026, 8, 1), date_to=D(2026, 9, 30))
    assert [n.kind for n in in_range] == ["visita_domiciliare"]
    assert [n.kind for n in notes.list_notes(db, case.id, search="CITTA")] == ["verifica"]
    assert notes.list_notes(db, case.id, search="celav")[0].beneficiary_id == head_of(case)


def test_templates_cover_the_structured_kinds():
    assert set(notes.NOTE_TEMPLATES) == {
        "colloquio_ingresso",
        "verifica",
        "dimissione",
        "visita_domiciliare",
        "mediazione",
    }
    assert "Accordo raggiunto:" in notes.template_for("mediazione")
    assert notes.template_for("libera") == ""


BAD_NOTES = [
    ("kind", {"kind": "pettegolezzo"}),
    ("date", {"date": D(2026, 12, 1)}),  # future
    ("date", {"date": None}),
    ("text", {"text": "   "}),
    ("text", {"kind": "verifica", "text": notes.NOTE_TEMPLATES["verifica"]}),
    ("case_id", {"case_id": "missing"}),
    ("beneficiary_id", {"beneficiary_id": "stranger"}),
]


def test_invalid_note_names_field_and_writes_nothing(db, ctx, case):
    stranger = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Ada", last_name="Neri")
    )
    before = count(db, Change)
    for field, kwargs in BAD_NOTES:
        args = {"case_id": case.id, "kind": "libera", "date": D(2026, 11, 2), "text": "Nota"}
        args.update(kwargs)
        if args.get("beneficiary_id") == "stranger":
            args["beneficiary_id"] = stranger.id
        with pytest.raises(ValidationError) as err:
            notes.add_note(db, ctx, **args)
        assert err.value.field == field, kwargs
        assert count(db, Change) == before, kwargs


def test_only_the_latest_version_can_be_corrected(db, ctx, case):
    note = notes.add_note(db, ctx, case.id, "libera", D(2026, 11, 2), "Prima versione")
    notes.correct_note(db, ctx, note.id, "Seconda versione")
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        notes.correct_note(db, ctx, note.id, "Terza versione")
    assert err.value.field == "note_id"
    assert count(db, Change) == before


# ---- documents -------------------------------------------------------------------------


@pytest.mark.sqlite_only  # attachments encrypted with the SQLite data key
def test_attach_stores_content_once_by_sha256(db, ctx, case, tmp_path):
    source = tmp_path / "ISEE 2026.pdf"
    source.write_bytes(b"%PDF-1.4 isee")
    doc = documents.attach_document(
        db,
        ctx,
        doc_type="isee",
        title="ISEE 2026",
        source=source,
        case_id=case.id,
        issued_on=D(2026, 2, 1),
        expires_on=D(2026, 12, 31),
    )
    assert doc.filename == "ISEE 2026.pdf" and doc.mime_type == "application/pdf"
    assert doc.size == 13 and len(doc.sha256) == 64
    again = documents.attach_document(
        db,
        ctx,
        doc_type="altro",
        title="Copia",
        source=b"%PDF-1.4 isee",
        filename="copia.pdf",
        beneficiary_id=head_of(case),
    )
    assert again.sha256 == doc.sha256
    files = stored_files(db)
    assert files == [db.files_dir / doc.sha256[:2] / doc.sha256]
    stored = files[0].read_bytes()  # encrypted at rest, named by the plaintext's sha256
    assert stored.startswith(b"RTSB") and b"isee" not in stored
    path = documents.document_path(db, ctx, doc.id)  # a decrypted copy for the viewer
    assert path.read_bytes() == b"%PDF-1.4 isee" and path.name == "ISEE 2026.pdf"
    assert path.parent.parent == db.files_dir / "tmp" and oct(path.stat().st_mode)[-3:] == "600"
    with db.session(write=False) as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "open")) == "open"
    assert {d.id for d in documents.list_documents(db, case_id=case.id)} == {doc.id, again.id}


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\anna\\Desktop\\permesso.jpg", "permesso.jpg"),
        ('rel:az"ione?.pdf', "rel_az_ione_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("  .nascosto. ", "nascosto"),
        ("...", "documento"),
        ("a" * 300 + ".pdf", "a" * 251 + ".pdf"),
    ],
)
def test_filenames_are_sanitized(raw, clean):
    assert sanitize_filename(raw) == clean


BAD_DOCUMENTS = [
    ("source", {"source": b""}),
    ("source", {"source": "big"}),
    ("source", {"source": Path("/nonexistent/file.pdf")}),
    ("doc_type", {"doc_type": "foto"}),
    ("title", {"title": ""}),
    ("case_id", {"case_id": None}),
    ("case_id", {"case_id": "missing"}),
    ("filename", {"filename": " "}),
    ("expires_on", {"issued_on": D(2026, 5, 1), "expires_on": D(2026, 4, 1)}),
]


def test_invalid_document_names_field_and_writes_nothing(db, ctx, case, tmp_path):
    big = tmp_path / "big.bin"
    with big.open("wb") as f:
        f.truncate(documents.MAX_SIZE + 1)  # sparse: no real 50 MB written
    before = count(db, Change)
    for field, kwargs in BAD_DOCUMENTS:
        args = {
            "doc_type": "isee",
            "title": "ISEE",
            "source": b"data",
            "filename": "isee.pdf",
            "case_id": case.id,
        }
        args.update(kwargs)
        if args["source"] == "big":
            args["source"] = big
        with pytest.raises(ValidationError) as err:
            documents.attach_document(db, ctx, **args)
        assert err.value.field == field, kwargs
        assert count(db, Change) == before, kwargs
        assert stored_files(db) == [], kwargs


def attach(db, ctx, case, doc_type, expires=None, data=None, **kw):
    return documents.attach_document(
        db,
        ctx,
        doc_type=doc_type,
        title=doc_type,
        source=data or doc_type.encode(),
        filename=f"{doc_type}.pdf",
        expires_on=expires,
        **kw,
    )


def test_expiring_documents_skip_renewed_ones(db, ctx, case):
    ben = head_of(case)
    old = attach(db, ctx, case, "permesso_soggiorno", D(2026, 12, 10), b"v1", beneficiary_id=ben)
    isee = attach(db, ctx, case, "isee", D(2026, 12, 31), case_id=case.id)
    attach(db, ctx, case, "carta_identita", D(2030, 1, 1), beneficiary_id=ben)
    due = documents.documents_expiring(db, D(2027, 1, 1))
    assert [d.id for d in due] == [old.id, isee.id]
    attach(db, ctx, case, "permesso_soggiorno", D(2028, 12, 10), b"v2", beneficiary_id=ben)
    assert [d.id for d in documents.documents_expiring(db, D(2027, 1, 1), case_id=case.id)] == [
        isee.id
    ]


def test_checklist_reports_present_missing_expired(db, ctx, case):
    ben = head_of(case)
    attach(db, ctx, case, "permesso_soggiorno", D(2027, 3, 1), beneficiary_id=ben)
    attach(db, ctx, case, "isee", D(2026, 1, 15), case_id=case.id)
    attach(db, ctx, case, "patto_accoglienza", case_id=case.id)
    status = {i.key: i.status for i in documents.checklist(db, case.id, D(2026, 11, 25))}
    assert status == {
        "identita": "presente",
        "isee": "scaduto",
        "tessera_sanitaria": "mancante",
        "patto_accoglienza": "presente",
        "progetto_firmato": "mancante",
    }
    assert count(db, Document) == 3
