"""Documents and report files in the language chosen for the document: Italian unless
told, English for partners, whatever the program's language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from rts_desktop.documents import samples
from rts_desktop.documents.language import (
    document_language,
    in_document_language,
    language_of,
    long_date,
    money,
    month_name,
)
from rts_desktop.documents.payments import ReceiptDocument, render_receipt
from rts_desktop.documents.plan import render_plan
from rts_desktop.kernel.i18n import N_, using_language
from rts_desktop.reports.pdf import render_pdf
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table
from tests.documents.english import english_catalogue


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with english_catalogue():
        yield


def text(renderer: Any, doc: Any, **kwargs: Any) -> str:
    buffer = io.BytesIO()
    renderer(doc, buffer, **kwargs)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_language(data: bytes) -> str:
    return str(PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"])


def test_english_plan_has_translated_texts_and_no_italian_label() -> None:
    shown = text(render_plan, samples.sample_plan(), lang="en")
    for english in ("Individual plan", "Beneficiary household", "Goals and actions",
                    "Review history", "Full name", "Page 1 of 3", "City of Milan"):  # fmt: skip
        assert english in shown
    for italian in ("Progetto individualizzato", "Nucleo beneficiario", "Obiettivi e azioni",
                    "Storico delle verifiche", "Nome e cognome", "Pagina 1", "stampato il",
                    "Comune di Milano"):  # fmt: skip
        assert italian not in shown
    assert "EN:Firma" in shown and "EN:Sintesi del progetto" in shown
    assert "Mădălina Ștefan" in shown  # what people wrote stays as written


def test_italian_is_the_default_whatever_the_program_speaks() -> None:
    with using_language("en"):
        shown = text(render_plan, samples.sample_plan())
    assert "Progetto individualizzato" in shown and "Pagina 1 di 3" in shown
    assert "EN:" not in shown and "Individual plan" not in shown


def test_the_language_chosen_around_a_call_reaches_the_renderer() -> None:
    with document_language("en"):
        assert language_of() == "en"
        shown = text(render_plan, samples.sample_plan())
        assert "Individual plan" in shown
        assert "Progetto individualizzato" in text(render_plan, samples.sample_plan(), lang="it")
    assert language_of() == "it"
    made = in_document_language(lambda: text(render_plan, samples.sample_plan()), "en")
    assert "Individual plan" in made()


def test_core_labels_come_out_in_the_document_language() -> None:
    doc = dataclasses.replace(samples.sample_plan(), status=N_("Condiviso"))
    assert "stato: Agreed" in " ".join(text(render_plan, doc, lang="en").split())
    assert "Condiviso" in text(render_plan, doc, lang="it")


def test_dates_months_and_amounts_per_language() -> None:
    day = dt.date(2026, 12, 1)
    with document_language("en"):
        assert long_date(day) == "1 December 2026"
        assert month_name(day) == "December 2026"
        assert money(Decimal("1234.5")) == "€1,234.50"
    with document_language("it"):
        assert long_date(day) == "1 dicembre 2026"
        assert month_name(day) == "dicembre 2026"
        assert money(Decimal("1234.5")) == "€ 1.234,50"


def test_english_receipt_names_the_month_in_english() -> None:
    doc = ReceiptDocument(
        receipt_no="2026/0007",
        case_code="RTS-2026-0042",
        paid_on=dt.date(2026, 11, 5),
        printed_on=dt.date(2026, 11, 5),
        payer="Mădălina Ștefan",
        household="Nucleo Ștefan",
        apartment="RTS-A-014 – Via Padova 112",
        period=dt.date(2026, 11, 1),
        amount_cents=8000,
        method=N_("Contanti"),
        agreement_signed_on=dt.date(2026, 6, 10),
        due_cents=8000,
        paid_cents=8000,
    )
    english = text(render_receipt, doc, lang="en")
    assert "Payment receipt" in english and "November 2026" in english
    assert "Milan, 05/11/2026" in english and "€80.00" in english
    assert "novembre" not in english and "Ricevuta di pagamento" not in english
    italian = text(render_receipt, doc)
    assert "novembre 2026" in italian and "€ 80,00" in italian


def test_report_pdf_in_english() -> None:
    flt = ReportFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    report = Report(
        kind="occupancy",
        title=N_("Occupazione"),
        filter=flt,
        figures=(Figure("beds", N_("Posti letto"), 12, "int"),),
        tables=(Table("months", N_("Per mese"), (Column("month", N_("Mese"), "text"),), ()),),
    )
    english = " ".join(render_pdf_text(report, "en").split())
    assert "Service report" in english and "No data in the period." in english
    assert "Period 01/01/2026–31/12/2026 · all Municipi" in english
    assert "EN:Occupazione" in english and "EN:Posti letto" in english
    assert "Report del servizio" not in english and "Periodo" not in english
    assert "Report del servizio" in render_pdf_text(report, None)


def render_pdf_text(report: Report, lang: str | None) -> str:
    data = render_pdf([report], printed_on=dt.date(2026, 12, 1), lang=lang)
    assert pdf_language(data) == ("en-GB" if lang == "en" else "it-IT")
    reader = PdfReader(io.BytesIO(data))
    return " ".join(page.extract_text() for page in reader.pages)
