"""Printed plan, agreement and diary extract built from the database; batch printing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from rts_desktop.kernel.errors import NotFound, ValidationError
from rts_desktop.kernel.progress import Progress
from rts_desktop.models import AuditEntry
from rts_desktop.services.plans import plan as plans
from rts_desktop.services.plans import printing as printing_plans
from rts_desktop.services.plans import printing_batch, printing_diary
from rts_desktop.services.plans.listing import plan_rows
from tests.services.plans.plan_print_fixtures import GOALS, seed

D = dt.date


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def seeded(db, ctx):
    return seed(db, ctx)


def count(db, model):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_plan_pdf_has_headings_names_goals_and_version(db, ctx, seeded):
    pdf = printing_plans.plan_pdf(db, ctx, seeded.plan_id)
    pages, text = text_of(pdf)
    body = flat(text)
    assert 1 <= pages <= 4
    for heading in (
        "Progetto individualizzato",
        "Nucleo beneficiario",
        "Obiettivi e azioni",
        "Storico delle verifiche",
        "Andamento della valutazione dell'autonomia",
    ):
        assert heading in body
    assert "Mădălina Ștefan" in body
    for _domain, title, _indicator in GOALS:
        assert title in body
    assert "versione 1" in body and "Paola Ferrario" in body
    assert f"Pagina 1 di {pages}" in body and f"Pagina {pages} di {pages}" in body
    assert "SST" in body and "Parzialmente raggiunto" in body


def test_plan_document_content(db, ctx, seeded):
    doc = printing_plans.plan_document(db, ctx, seeded.plan_id)
    assert doc.case_code == seeded.case_code and doc.status == "Condiviso"
    assert doc.municipio == "Municipio 2" and doc.social_worker == "Paola Ferrario"
    # goals grouped by domain in the framework order
    assert [g.domain for g in doc.goals] == [
        "Gestione del denaro",
        "Lavoro e formazione",
        "Progetto di uscita",
    ]
    assert doc.goals[1].actions[0].owner == "SST"
    assert [s.domain for s in doc.assessments] == ["Abitare", "Gestione del denaro"]
    assert doc.assessments[0].points == ((D(2026, 2, 1), 2), (D(2026, 5, 28), 3))
    assert len(doc.scale_labels) == 5
    assert doc.signatures[0].role == "Beneficiaria" and doc.signatures[0].name == "Mădălina Ștefan"


def test_printing_is_audited(db, ctx, seeded):
    before = count(db, AuditEntry)
    printing_plans.plan_pdf(db, ctx, seeded.plan_id)
    assert count(db, AuditEntry) == before + 1
    with db.session(write=False) as s:
        printed = list(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "print")))
    assert printed == [seeded.plan_id]


def test_agreement_pdf(db, ctx, seeded):
    pages, text = text_of(printing_plans.agreement_pdf(db, ctx, seeded.agreement_id))
    body = flat(text)
    assert pages >= 1
    assert "Patto di accoglienza" in body and "Regolamento della casa" in body
    assert "Mădălina Ștefan" in body and "120,00" in body and "12 mesi" in body


def test_diary_extract_keeps_range_and_kinds(db, ctx, seeded):
    pdf = printing_diary.diary_pdf(
        db,
        ctx,
        seeded.case_id,
        D(2026, 1, 1),
        D(2026, 6, 30),
        ["colloquio_ingresso", "visita_domiciliare"],
        "Audit",
    )
    body = flat(text_of(pdf)[1])
    assert "Primo colloquio con Mădălina." in body and "Visita: casa in ordine." in body
    assert "Nota fuori periodo." not in body
    doc = printing_diary.diary_document(
        db, ctx, seeded.case_id, D(2026, 1, 1), D(2026, 12, 31), ["libera"]
    )
    assert [n.text for n in doc.notes] == ["Nota fuori periodo."]


def test_diary_refusals(db, ctx, seeded):
    with pytest.raises(ValidationError) as exc:
        printing_diary.diary_pdf(db, ctx, seeded.case_id, D(2026, 6, 1), D(2026, 1, 1))
    assert exc.value.field == "date_to"
    with pytest.raises(ValidationError) as exc:
        printing_diary.diary_pdf(db, ctx, seeded.case_id, D(2026, 1, 1), D(2026, 6, 1), ["x"])
    assert exc.value.field == "kinds"


def test_find_plan(db, ctx, seeded):
    assert printing_plans.find_plan(db, seeded.case_code.lower()) == seeded.plan_id
    assert printing_plans.find_plan(db, seeded.case_code, 1) == seeded.plan_id
    with pytest.raises(ValidationError) as exc:
        printing_plans.find_plan(db, "RTS-1999-0001")
    assert exc.value.field == "case"
    with pytest.raises(ValidationError) as exc:
        printing_plans.find_plan(db, seeded.case_code, 7)
    assert exc.value.field == "version"
    with pytest.raises(NotFound):
        printing_plans.plan_pdf(db, ctx, "no-such-plan")


def test_draft_version_prints_as_bozza(db, ctx, seeded):
    draft = plans.new_version(db, ctx, seeded.plan_id)
    body = flat(text_of(printing_plans.plan_pdf(db, ctx, draft.id))[1])
    assert "versione 2" in body and "Bozza" in body
    # the agreed version is still what find_plan prints
    assert printing_plans.find_plan(db, seeded.case_code) == seeded.plan_id


def test_plan_rows_filters(db, ctx, seeded):
    assert [r.plan_id for r in plan_rows(db, due_before=D(2027, 1, 1))] == [seeded.plan_id]
    assert plan_rows(db, due_before=D(2026, 12, 1)) == []
    assert [r.status for r in plan_rows(db, status="condiviso")] == ["condiviso"]
    with pytest.raises(ValidationError):
        plan_rows(db, status="boh")


def test_batch_inline_and_cancel(db, ctx, seeded, tmp_path):
    other = seed(db, ctx, last="Nguyễn")
    jobs = printing_batch.jobs_due(db, D(2027, 1, 1))
    assert {j.plan_id for j in jobs} == {seeded.plan_id, other.plan_id}
    steps: list[tuple[int, int]] = []
    report = printing_batch.print_plans(
        db, ctx, jobs, tmp_path, Progress(report=lambda d, t, _m: steps.append((d, t))), 1
    )
    names = sorted(p.name for p in report.written)
    assert names == sorted(f"{j.case_code}_progetto_v1.pdf" for j in jobs)
    assert steps[-1] == (2, 2) and not report.cancelled and not report.failed
    assert "Stampati 2 progetti su 2" in report.summary()
    assert not list(tmp_path.glob(".rts-*"))  # no temporary leftovers

    out = tmp_path / "cancelled"
    out.mkdir()
    report = printing_batch.print_plans(db, ctx, jobs, out, Progress(cancelled=lambda: True), 1)
    assert report.cancelled and "interrotto" in report.summary()


def test_batch_refuses_missing_folder(db, ctx, tmp_path):
    with pytest.raises(ValidationError) as exc:
        printing_batch.print_plans_due(db, ctx, D(2027, 1, 1), tmp_path / "nope")
    assert exc.value.field == "out_dir"


def test_batch_on_two_processes(db, ctx, seeded, tmp_path):
    jobs = printing_batch.jobs_due(db, D(2027, 1, 1)) * 6  # more than one chunk per worker
    jobs = [printing_batch.PlanJob(j.plan_id, f"{j.case_code}-{i}", 1) for i, j in enumerate(jobs)]
    report = printing_batch.print_plans(db, ctx, jobs, tmp_path, processes=2)
    assert len(report.written) == 6 and not report.failed
    _pages, text = text_of(report.written[0].read_bytes())
    assert "Mădălina Ștefan" in flat(text)
