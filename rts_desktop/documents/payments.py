"""Receipt of a contribution payment (ricevuta) and the arrears letter (lettera di
sollecito): what they say, as plain data, and their renderers on the shared page template."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from rts_desktop.documents import layout as L

MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)


def month_name(period: dt.date) -> str:
    """``novembre 2026``."""
    return f"{MONTHS[period.month - 1]} {period.year}"


def cents(value: int) -> Decimal:
    return Decimal(value) / 100


@dataclass(frozen=True)
class ReceiptDocument:
    """Ricevuta: one payment towards one month's contribution."""

    receipt_no: str
    case_code: str
    paid_on: dt.date
    printed_on: dt.date
    payer: str  # the head of household
    household: str
    apartment: str  # code and address, or empty when not housed
    period: dt.date  # the month paid for
    amount_cents: int
    method: str  # label
    agreement_signed_on: dt.date
    due_cents: int
    paid_cents: int  # the month's total after this payment
    operator: str = ""
    notes: str = ""

    title: str = "Ricevuta di pagamento"


@dataclass(frozen=True)
class ArrearsLine:
    period: dt.date
    due_cents: int
    paid_cents: int

    @property
    def balance_cents(self) -> int:
        return self.due_cents - self.paid_cents


@dataclass(frozen=True)
class ArrearsLetterDocument:
    """Lettera di sollecito: the months still unpaid and what is owed."""

    case_code: str
    printed_on: dt.date
    addressee: str  # the head of household
    household: str
    apartment: str
    agreement_signed_on: dt.date
    lines: tuple[ArrearsLine, ...]
    educator: str = ""
    warnings: tuple[tuple[dt.date, str], ...] = ()  # richiami already given (date, reason)
    days_to_pay: int = 15

    title: str = "Sollecito di pagamento"

    @property
    def total_cents(self) -> int:
        return sum(line.balance_cents for line in self.lines)


def months_text(n: int) -> str:
    return "1 mensilità" if n == 1 else f"{n} mensilità"


def render_receipt(doc: ReceiptDocument, out: Path | BinaryIO) -> None:
    """Write the receipt as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(
        title=f"Ricevuta n. {doc.receipt_no or '—'} – caso {doc.case_code}", date=doc.printed_on
    )
    remaining = doc.due_cents - doc.paid_cents
    story: list[Flowable] = [
        *L.title_block(
            f"{doc.title} n. {doc.receipt_no or '—'}",
            f"Caso {doc.case_code} · pagamento del {L.fmt_date(doc.paid_on)}",
        ),
        L.facts_table(
            [
                ("Ricevuta n.", doc.receipt_no or "—"),
                ("Data del pagamento", L.fmt_date(doc.paid_on)),
                ("Ricevuto da", doc.payer or doc.household),
                ("Nucleo", doc.household),
                ("Codice caso", doc.case_code),
                ("Alloggio", doc.apartment or "—"),
                ("Importo", L.fmt_money(cents(doc.amount_cents))),
                ("Modalità", doc.method),
                ("Mese", month_name(doc.period)),
                ("Quota del mese", L.fmt_money(cents(doc.due_cents))),
            ]
        ),
        L.para(
            f"Si dichiara di aver ricevuto da {doc.payer or doc.household} la somma di "
            f"{L.fmt_money(cents(doc.amount_cents))} ({doc.method.lower()}) a titolo di quota "
            f"di compartecipazione per il mese di {month_name(doc.period)}, prevista dal patto "
            f"di accoglienza firmato il {L.fmt_date(doc.agreement_signed_on)}."
        ),
        L.para(
            "Con questo pagamento la quota del mese è saldata."
            if remaining <= 0
            else f"Per il mese di {month_name(doc.period)} restano da versare "
            f"{L.fmt_money(cents(remaining))}."
        ),
    ]
    if doc.notes:
        story += [L.para(f"Note: {doc.notes}")]
    story.append(
        L.signature_block(
            [("Per ricevuta, l'operatore", doc.operator), ("Chi ha pagato", doc.payer)],
            place_date=f"Milano, {L.fmt_date(doc.paid_on)}",
        )
    )
    L.build_pdf(out, story, footer)


def render_arrears_letter(doc: ArrearsLetterDocument, out: Path | BinaryIO) -> None:
    """Write the arrears letter as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(title=f"{doc.title} – caso {doc.case_code}", date=doc.printed_on)
    st = L.styles()
    total = L.fmt_money(cents(doc.total_cents))
    rows = [
        [
            month_name(line.period).capitalize(),
            L.fmt_money(cents(line.due_cents)),
            L.fmt_money(cents(line.paid_cents)),
            L.fmt_money(cents(line.balance_cents)),
        ]
        for line in doc.lines
    ]
    rows.append(["Totale", "", "", total])
    table = L.data_table(
        ["Mese", "Quota dovuta", "Versato", "Da versare"],
        rows,
        L.widths(0.4, 0.2, 0.2, 0.2),
        extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
            ("BACKGROUND", (0, -1), (-1, -1), L.BAND_FILL),
        ],
    )
    to = [doc.addressee or doc.household, doc.apartment]
    story: list[Flowable] = [
        L.para(f"Milano, {L.fmt_date(doc.printed_on)}"),
        Spacer(1, 2 * mm),
        L.para("Gentile\n" + "\n".join(x for x in to if x)),
        Spacer(1, 4 * mm),
        Paragraph(
            "<b>Oggetto:</b> "
            + L.markup(
                f"{doc.title.lower()} delle quote di compartecipazione – caso {doc.case_code}"
            ),
            st.body,
        ),
        L.para(
            f"Dai nostri registri risultano ancora da versare {months_text(len(doc.lines))} "
            f"della quota di compartecipazione prevista dal patto di accoglienza firmato il "
            f"{L.fmt_date(doc.agreement_signed_on)}, per un totale di {total}:"
        ),
        table,
        Spacer(1, 3 * mm),
        L.para(
            f"La invitiamo a versare quanto dovuto entro {doc.days_to_pay} giorni dal "
            "ricevimento di questa lettera, oppure a fissare un colloquio con l'educatore di "
            "riferimento per concordare insieme un piano di rientro."
        ),
        L.para(
            "Le ricordiamo che il rispetto degli impegni presi con il patto, compreso il "
            "versamento della quota, è condizione per proseguire il percorso di accoglienza. "
            "Se ha già provveduto al pagamento, la preghiamo di non tenere conto di questa "
            "lettera e di consegnarci copia della ricevuta."
        ),
    ]
    if doc.warnings:
        story += [
            *L.section("Richiami già comunicati"),
            L.data_table(
                ["Data", "Motivo"],
                [[L.fmt_date(d), L.cell(reason)] for d, reason in doc.warnings],
                L.widths(0.2, 0.8),
            ),
        ]
    story.append(
        L.signature_block(
            [("Educatore di riferimento", doc.educator), ("Per presa visione", doc.addressee)],
            intro="Distinti saluti.",
            place_date="",
        )
    )
    L.build_pdf(out, story, footer)
