"""GDPR art. 15 access export: every record about the person, nothing about others."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import Column, ForeignKey, MetaData, String, Table, select

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import (
    AuditEntry,
    Base,
    Goal,
    Identifier,
    Note,
    ParticipantSheet,
    Plan,
    PlanAction,
    Stay,
)
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import documents, fse, people
from rts_desktop.services.cases.person_export import person_export
from rts_desktop.services.cases.person_export_folder import export_person_to
from rts_desktop.services.housing import stays
from tests.services.housing.test_housing import make_apartment, room
from tests.services.plans.plan_print_fixtures import seed

D = dt.date
PDF_BYTES = b"%PDF-1.4 permesso di soggiorno di prova"


def _ids(db, model, *where) -> set[str]:
    with db.session(write=False) as s:
        return set(s.scalars(select(model.id).where(*where)))


@pytest.fixture
def world(db, ctx):
    """Our person (with everything) and another person in another household."""
    mine = seed(db, ctx)
    other = seed(db, ctx, last="Rossi")
    apartment = make_apartment(db, ctx)
    for case_id in (mine.case_id, other.case_id):
        cases.accept_referral(db, ctx, case_id, D(2026, 1, 15))
        cases.activate(db, ctx, case_id, D(2026, 2, 1))
    stays.plan_stay(
        db,
        ctx,
        mine.case_id,
        apartment.id,
        room(apartment, "Camera 1").id,
        1,
        D(2026, 2, 1),
        D(2026, 12, 31),
    )
    stays.plan_stay(
        db,
        ctx,
        other.case_id,
        apartment.id,
        room(apartment, "Camera 2").id,
        1,
        D(2026, 2, 1),
        D(2026, 12, 31),
    )
    people.add_identifier(db, ctx, mine.person_id, "passaporto", "YA1234567")
    people.add_identifier(db, ctx, other.person_id, "passaporto", "ZZ7654321")
    for who, data in ((mine, PDF_BYTES), (other, b"%PDF-1.4 altro")):
        documents.attach_document(
            db,
            ctx,
            doc_type="permesso_soggiorno",
            title="Permesso",
            source=data,
            filename="permesso.pdf",
            case_id=who.case_id,
            beneficiary_id=who.person_id,
        )
        fse.record_sheet(
            db,
            ctx,
            fse.SheetInput(
                case_id=who.case_id,
                beneficiary_id=who.person_id,
                moment="ingresso",
                date=D(2026, 2, 1),
                labour_status="disoccupato_lunga_durata",
            ),
        )
    return mine, other


def _exported(tmp_path: Path, db, ctx, code_or_id: str) -> tuple[Path, dict]:
    written = export_person_to(db, ctx, code_or_id, tmp_path / "estratto")
    return written.folder, json.loads((written.folder / "persona.json").read_text("utf-8"))


def _table_ids(data: dict, name: str) -> set[str]:
    return {r["id"] for r in data["tabelle"].get(name, [])}


def test_everything_about_the_person_and_nothing_of_the_other(tmp_path, db, ctx, world):
    mine, other = world
    _, data = _exported(tmp_path, db, ctx, mine.person_id)
    assert data["intestazione"]["persona"]["id"] == mine.person_id
    assert data["intestazione"]["versione_schema"]
    expected = {
        "beneficiaries": {mine.person_id},
        "cases": {mine.case_id},
        "plans": _ids(db, Plan, Plan.case_id == mine.case_id),
        "notes": _ids(db, Note, Note.case_id == mine.case_id),
        "stays": _ids(db, Stay, Stay.case_id == mine.case_id),
        "identifiers": _ids(db, Identifier, Identifier.beneficiary_id == mine.person_id),
        "participant_sheets": _ids(
            db, ParticipantSheet, ParticipantSheet.beneficiary_id == mine.person_id
        ),
        "agreements": {mine.agreement_id},
    }
    plan_ids = expected["plans"]
    expected["goals"] = _ids(db, Goal, Goal.plan_id.in_(plan_ids))
    expected["plan_actions"] = _ids(db, PlanAction, PlanAction.goal_id.in_(expected["goals"]))
    for name, ids in expected.items():
        assert ids and ids <= _table_ids(data, name), name
    for table in ("households", "household_members", "documents", "reviews", "assessments"):
        assert data["tabelle"][table], table
    for sync_table in ("changes", "local_keys", "devices", "tombstones", "knowledge"):
        assert sync_table not in data["tabelle"]
    # nothing of the other person, of her household or her case
    text = json.dumps(data["tabelle"], ensure_ascii=False)
    for foreign in (other.person_id, other.case_id, other.plan_id, "Rossi", "ZZ7654321"):
        assert foreign not in text, foreign
    exported = {r["id"] for rows in data["tabelle"].values() for r in rows if "id" in r}
    assert all(a["entity_id"] in exported for a in data["tabelle"]["audit_entries"])
    assert not exported & _ids(db, Note, Note.case_id == other.case_id)


def test_attachment_copied_and_pdf_names_the_person(tmp_path, db, ctx, world):
    mine, _ = world
    folder, data = _exported(tmp_path, db, ctx, mine.person_id)
    [item] = data["allegati"]
    copied = folder / item["file"]
    assert copied.read_bytes() == PDF_BYTES
    assert item["sha256"] == hashlib.sha256(PDF_BYTES).hexdigest()
    assert hashlib.sha256(copied.read_bytes()).hexdigest() == item["sha256"]
    for path in (folder / "persona.json", folder / "persona.pdf", copied):
        assert path.stat().st_mode & 0o777 == 0o600, path
    reader = pypdf.PdfReader(io.BytesIO((folder / "persona.pdf").read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Mădălina Ștefan" in text and "Estratto dei dati personali" in text
    assert "Chi ha avuto accesso ai dati" in text


def test_export_is_audited_and_reserved_to_coordinators(db, ctx, world):
    mine, _ = world
    export = person_export(db, ctx, mine.person_id)
    assert export.pdf.startswith(b"%PDF")
    with db.session(write=False) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert (entry.entity, entry.entity_id) == ("beneficiary", mine.person_id)
    for role in (Role.EDUCATORE, Role.ASSISTENTE_SOCIALE):
        other_ctx = ActingContext(device_id=ctx.device_id, role=role, clock=ctx.clock)
        with pytest.raises(PermissionDenied):
            person_export(db, other_ctx, mine.person_id)
    with pytest.raises(ValidationError):
        person_export(db, ctx, "BEN-1900-99999")


def test_a_folder_in_use_is_refused_and_nothing_is_written(tmp_path, db, ctx, world):
    mine, _ = world
    busy = tmp_path / "estratto"
    busy.mkdir()
    (busy / "altro.txt").write_text("x")
    with pytest.raises(ValidationError):
        export_person_to(db, ctx, mine.person_id, busy)
    assert [p.name for p in busy.iterdir()] == ["altro.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".estratto")]
    with db.session(write=False) as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()


def test_a_new_table_pointing_at_the_person_is_exported(tmp_path, db, ctx, world):
    """Completeness: the walk reads the schema, so a table added later goes out too."""
    mine, other = world
    scratch = MetaData()
    Table("beneficiaries", scratch, Column("id", String(36), primary_key=True))
    Table(
        "future_records",
        scratch,
        Column("id", String(36), primary_key=True),
        Column("beneficiary_id", String(36), ForeignKey("beneficiaries.id")),
        Column("topic", String(60)),
    )
    future = scratch.tables["future_records"].to_metadata(Base.metadata)
    try:
        future.create(db.engine)
        with db.engine.begin() as conn:
            conn.execute(
                future.insert(),
                [
                    {"id": "c-mine", "beneficiary_id": mine.person_id, "topic": "foto"},
                    {"id": "c-other", "beneficiary_id": other.person_id, "topic": "foto"},
                ],
            )
        _, data = _exported(tmp_path, db, ctx, mine.person_id)
    finally:
        Base.metadata.remove(future)
    assert data["tabelle"]["future_records"] == [
        {"id": "c-mine", "beneficiary_id": mine.person_id, "topic": "foto"}
    ]
    assert "future_records" not in Base.metadata.tables
