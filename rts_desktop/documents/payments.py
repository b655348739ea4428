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

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.language import document_language, month_name
from rts_desktop.kernel.i18n import noop, translator

_ = translator("documents")


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

    title: str = noop("documents", "Ricevuta di pagamento")


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

    title: str = noop("documents", "Sollecito di pagamento")

    @property
    def total_cents(self) -> int:
        return sum(line.balance_cents for line in self.lines)


def render_receipt(doc: ReceiptDocument, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the receipt as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _receipt(doc, out)


def render_arrears_letter(
    doc: ArrearsLetterDocument, out: Path | BinaryIO, lang: str | None = None
) -> None:
    """Write the arrears letter as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _arrears_letter(doc, out)


def _receipt(doc: ReceiptDocument, out: Path | BinaryIO) -> None:
    number = doc.receipt_no or "—"
    payer = doc.payer or doc.household
    month = month_name(doc.period)
    amount = L.fmt_money(cents(doc.amount_cents))
    method = L.label(doc.method)
    remaining = doc.due_cents - doc.paid_cents
    footer = L.FooterInfo(
        title=_("Ricevuta n. {number} – caso {code}").format(number=number, code=doc.case_code),
        date=doc.printed_on,
    )
    story: list[Flowable] = [
        *L.title_block(
            _("{title} n. {number}").format(title=L.titled(doc.title), number=number),
            _("Caso {code} · pagamento del {date}").format(
                code=doc.case_code, date=L.fmt_date(doc.paid_on)
            ),
        ),
        L.facts_table(
            [
                (_("Ricevuta n."), number),
                (_("Data del pagamento"), L.fmt_date(doc.paid_on)),
                (_("Ricevuto da"), payer),
                (_("Nucleo"), doc.household),
                (_("Codice caso"), doc.case_code),
                (_("Alloggio"), doc.apartment or "—"),
                (_("Importo"), amount),
                (_("Modalità"), method),
                (_("Mese"), month),
                (_("Quota del mese"), L.fmt_money(cents(doc.due_cents))),
            ]
        ),
        L.para(
            _(
                "Si dichiara di aver ricevuto da {payer} la somma di {amount} ({method}) a "
                "titolo di quota di compartecipazione per il mese di {month}, prevista dal "
                "patto di accoglienza firmato il {date}."
            ).format(
                payer=payer,
                amount=amount,
                method=method.lower(),
                month=month,
                date=L.fmt_date(doc.agreement_signed_on),
            )
        ),
        L.para(
            _("Con questo pagamento la quota del mese è saldata.")
            if remaining <= 0
            else _("Per il mese di {month} restano da versare {amount}.").format(
                month=month, amount=L.fmt_money(cents(remaining))
            )
        ),
    ]
    if doc.notes:
        story += [L.para(_("Note: {notes}").format(notes=doc.notes))]
    story.append(
        B.signature_block(
            [(_("Per ricevuta, l'operatore"), doc.operator), (_("Chi ha pagato"), doc.payer)],
            place_date=_("Milano, {date}").format(date=L.fmt_date(doc.paid_on)),
        )
    )
    L.build_pdf(out, story, footer)


def _arrears_letter(doc: ArrearsLetterDocument, out: Path | BinaryIO) -> None:
    title = L.titled(doc.title)
    footer = L.FooterInfo(
        title=_("{title} – caso {code}").format(title=title, code=doc.case_code),
        date=doc.printed_on,
    )
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
    rows.append([_("Totale"), "", "", total])
    table = L.data_table(
        [_("Mese"), _("Quota dovuta"), _("Versato"), _("Da versare")],
        rows,
        L.widths(0.4, 0.2, 0.2, 0.2),
        extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
            ("BACKGROUND", (0, -1), (-1, -1), L.BAND_FILL),
        ],
    )
    to = [doc.addressee or doc.household, doc.apartment]
    subject = _("{title} delle quote di compartecipazione – caso {code}").format(
        title=title.lower(), code=doc.case_code
    )
    story: list[Flowable] = [
        L.para(_("Milano, {date}").format(date=L.fmt_date(doc.printed_on))),
        Spacer(1, 2 * mm),
        L.para(_("Gentile") + "\n" + "\n".join(x for x in to if x)),
        Spacer(1, 4 * mm),
        Paragraph(_("<b>Oggetto:</b> {subject}").format(subject=L.markup(subject)), st.body),
        L.para(
            _(
                "Dai nostri registri risultano ancora da versare %n mensilità della quota di "
                "compartecipazione prevista dal patto di accoglienza firmato il {date}, per un "
                "totale di {total}:",
                n=len(doc.lines),
            ).format(date=L.fmt_date(doc.agreement_signed_on), total=total)
        ),
        table,
        Spacer(1, 3 * mm),
        L.para(
            _(
                "La invitiamo a versare quanto dovuto entro {days} giorni dal ricevimento di "
                "questa lettera, oppure a fissare un colloquio con l'educatore di riferimento "
                "per concordare insieme un piano di rientro."
            ).format(days=doc.days_to_pay)
        ),
        L.para(
            _(
                "Le ricordiamo che il rispetto degli impegni presi con il patto, compreso il "
                "versamento della quota, è condizione per proseguire il percorso di "
                "accoglienza. Se ha già provveduto al pagamento, la preghiamo di non tenere "
                "conto di questa lettera e di consegnarci copia della ricevuta."
            )
        ),
    ]
    if doc.warnings:
        story += [
            *L.section(_("Richiami già comunicati")),
            L.data_table(
                [_("Data"), _("Motivo")],
                [[L.fmt_date(d), L.cell(reason)] for d, reason in doc.warnings],
                L.widths(0.2, 0.8),
            ),
        ]
    story.append(
        B.signature_block(
            [
                (_("Educatore di riferimento"), doc.educator),
                (_("Per presa visione"), doc.addressee),
            ],
            intro=_("Distinti saluti."),
            place_date="",
        )
    )
    L.build_pdf(out, story, footer)
