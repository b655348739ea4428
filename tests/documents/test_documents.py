"""Printable documents: page count, Italian text, diacritics and embedded fonts (read back with
pypdf). Layout itself is checked by looking at the pages (pdftoppm), not here."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from rts_desktop.documents import samples
from rts_desktop.documents.agreement import render_agreement
from rts_desktop.documents.attendance import render_attendance
from rts_desktop.documents.content import PlanActionLine, PlanGoalLine
from rts_desktop.documents.diary import render_diary
from rts_desktop.documents.handover import render_handover
from rts_desktop.documents.plan import render_plan

HEADER = "Comune di Milano — Residenzialità Temporanea Sociale — PON Metro 2014-2020 / MI3.1.1.c"


def render(renderer: Any, doc: Any) -> PdfReader:
    buffer = io.BytesIO()
    renderer(doc, buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    return PdfReader(io.BytesIO(buffer.getvalue()))


def page_texts(reader: PdfReader) -> list[str]:
    """Extracted text per page, whitespace collapsed (line breaks depend on the layout)."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def all_text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


def font_names(reader: PdfReader) -> list[tuple[str, bool]]:
    """(base font, embedded?) of every font used on every page."""
    found = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.fixture(scope="module")
def plan_pdf() -> PdfReader:
    return render(render_plan, samples.sample_plan())


def test_plan_has_three_pages_each_numbered_with_header(plan_pdf: PdfReader) -> None:
    texts = page_texts(plan_pdf)
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Pagina {number} di 3" in text
        assert HEADER in text
        assert "versione 3 (condiviso) — stampato il 25/11/2026" in text


def test_plan_fonts_are_embedded_dejavu_only(plan_pdf: PdfReader) -> None:
    fonts = font_names(plan_pdf)
    assert fonts
    assert all("DejaVuSans" in name and embedded for name, embedded in fonts), fonts


def test_plan_prints_headings_people_goals_and_signatures(plan_pdf: PdfReader) -> None:
    text = all_text(plan_pdf)
    for heading in (
        "Progetto individualizzato",
        "Nucleo beneficiario",
        "Servizio sociale territoriale ed équipe",
        "Sintesi del progetto",
        "Obiettivi e azioni",
        "Storico delle verifiche",
        "Andamento della valutazione dell'autonomia",
    ):
        assert heading in text
    for name in ("Mădălina Ștefan", "Ionuț Ștefan", "Paola Ferrario", "Chiara Bonfanti"):
        assert name in text
    assert "RTS-2026-0042" in text
    for goal in samples.GOALS:
        assert goal.domain.upper() in text
    assert "Mantenere l'alloggio pulito e in ordine in modo autonomo" in text
    assert "Nessuna azione definita." in text  # the exit goal has no actions yet
    assert "Parzialmente raggiunto" in text
    last = page_texts(plan_pdf)[-1]
    assert "Assistente sociale SST" in last and "Educatore di riferimento" in last
    assert "Beneficiaria" in last


def test_plan_with_empty_sections_says_so() -> None:
    doc = dataclasses.replace(
        samples.sample_plan(), goals=(), reviews=(), assessments=(), summary="", signatures=()
    )
    reader = render(render_plan, doc)
    text = all_text(reader)
    assert "Nessuna verifica registrata." in text
    assert "Nessun obiettivo definito." in text
    assert "Nessuna valutazione registrata." in text
    assert "Nessuna sintesi inserita." in text
    # default signature parties come from the household and the team
    assert "Assistente sociale SST" in text and "Beneficiario/a" in text
    assert f"Pagina 1 di {len(reader.pages)}" in text


def test_plan_long_texts_wrap_and_flow_onto_more_pages() -> None:
    long_title = "Obiettivo molto articolato " * 60
    unbroken = "x" * 400  # a pasted link or code with no spaces
    long_action = PlanActionLine("Azione lunghissima " * 500 + unbroken, "Educatore", None, "")
    goal = PlanGoalLine("Abitare", long_title, "Indicatore " * 80, None, (long_action,))
    doc = dataclasses.replace(samples.sample_plan(), goals=(goal,) * 3)
    reader = render(render_plan, doc)
    assert len(reader.pages) > 3
    text = all_text(reader)
    assert f"Pagina {len(reader.pages)} di {len(reader.pages)}" in text
    assert "[…]" in text  # a cell longer than a page is cut visibly, never overflows


def test_plan_renders_to_a_path(tmp_path: Path) -> None:
    out = tmp_path / "piano.pdf"
    render_plan(samples.sample_plan(), out)
    assert len(PdfReader(out).pages) == 3


def test_agreement_prints_parties_conditions_and_rules() -> None:
    reader = render(render_agreement, samples.sample_agreement())
    text = all_text(reader)
    assert "Patto di accoglienza" in text
    assert "Nguyễn Thị Lan" in text and "Nguyễn Văn Minh" in text
    assert "€ 120,00" in text and "12 mesi" in text
    assert "dal 01/09/2026 al 31/08/2027" in text
    assert "Art. 1 – Uso dell'alloggio" in text and "Art. 6 – Richiami" in text
    assert "regolamento v. 2026.1" in text
    assert f"Pagina 1 di {len(reader.pages)}" in text
    assert all(embedded for _, embedded in font_names(reader))


def test_handover_prints_keys_meters_and_inventory_on_one_page() -> None:
    reader = render(render_handover, samples.sample_handover())
    text = all_text(reader)
    assert len(reader.pages) == 1
    assert "Verbale di consegna chiavi" in text
    assert "Ðorđe Petrović" in text
    assert "Chiavi consegnate" in text and "Porta d'ingresso (chiave a doppia mappa)" in text
    assert "004512 kWh" in text and "01873 m³" in text
    assert "Letto matrimoniale con materasso" in text
    assert "Pagina 1 di 1" in text


def test_handover_with_nothing_recorded_says_so() -> None:
    doc = dataclasses.replace(
        samples.sample_handover(), kind="Riconsegna", keys=(), meters=(), inventory=()
    )
    text = all_text(render(render_handover, doc))
    assert "Verbale di riconsegna chiavi" in text and "Chiavi riconsegnate" in text
    assert "Nessuna chiave registrata." in text
    assert "Nessuna lettura registrata." in text
    assert "Nessun inventario registrato." in text


def test_attendance_sheet_lists_participants_and_blank_rows() -> None:
    doc = samples.sample_attendance()
    text = all_text(render(render_attendance, doc))
    assert "Foglio firme" in text and "Educazione finanziaria" in text
    assert "giovedì 03/12/2026" in text and "17:30–19:00" in text
    for person in doc.participants:
        assert person.name in text
    total = len(doc.participants) + doc.blank_rows
    assert f" {total} " in f" {text} "  # numbered rows continue into the blank ones
    assert "Firma" in text


def test_attendance_sheet_spanning_pages_repeats_its_header() -> None:
    doc = samples.sample_attendance()
    many = dataclasses.replace(doc, participants=doc.participants * 6)
    texts = page_texts(render(render_attendance, many))
    assert len(texts) > 1
    assert all("Nome e cognome" in t for t in texts[:-1])


def test_diary_extract_lists_notes_in_order_with_corrections() -> None:
    text = all_text(render(render_diary, samples.sample_diary()))
    assert "Estratto del diario del caso" in text
    assert "dal 01/09/2026 al 25/11/2026" in text
    assert "corregge la nota del 20/10/2026 11:00" in text
    assert text.index("08/09/2026 16:00") < text.index("20/11/2026 15:30")
    assert "Mădălina" in text and "Ionuț" in text


def test_diary_extract_without_notes_says_so() -> None:
    doc = dataclasses.replace(samples.sample_diary(), notes=())
    text = all_text(render(render_diary, doc))
    assert "Nessuna nota nel periodo selezionato." in text
