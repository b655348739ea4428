"""Renderer of a case diary extract (estratto del diario), e.g. for an audit."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from rts_desktop.documents import layout as L
from rts_desktop.documents.content import DiaryExtractDocument, DiaryNoteLine

NOTICE = (
    "Le note del diario non sono modificabili: una correzione è registrata come nuova nota "
    "che rimanda a quella corretta. L'estratto riporta le note nell'ordine in cui sono state "
    "scritte."
)


def render_diary(doc: DiaryExtractDocument, out: Path | BinaryIO) -> None:
    """Write the diary extract as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(title=f"{doc.title} {doc.case_code}", date=doc.printed_on)
    period = f"dal {L.fmt_date(doc.date_from)} al {L.fmt_date(doc.date_to)}"
    story: list[Flowable] = [
        *L.title_block(doc.title, f"Caso {doc.case_code} · {period}"),
        L.facts_table(
            [
                ("Codice caso", doc.case_code),
                ("Nucleo", doc.household_name),
                ("Periodo", period),
                ("Note estratte", str(len(doc.notes))),
                ("Tipi di nota", ", ".join(doc.kinds) or "Tutti"),
                ("Richiesto da", doc.requested_by),
            ]
        ),
    ]
    if doc.purpose:
        story.append(L.para(f"Motivo della richiesta: {doc.purpose}"))
    story += [L.para(NOTICE, L.styles().small), *L.section("Note")]
    if not doc.notes:
        story.append(L.empty_note("Nessuna nota nel periodo selezionato."))
    for note in sorted(doc.notes, key=lambda n: n.written_at):
        story += _note(note)
    story.append(
        L.signature_block(
            [("Per copia conforme al diario informatico", doc.requested_by)],
            place_date=f"Milano, {L.fmt_date(doc.printed_on)}",
        )
    )
    L.build_pdf(out, story, footer)


def _note(note: DiaryNoteLine) -> list[Flowable]:
    """A banded title line, then the text as paragraphs (long notes flow across pages)."""
    st = L.styles()
    title = f"<b>{L.fmt_datetime(note.written_at)}</b> · {L.markup(note.kind)} · {L.markup(note.author)}"
    if note.correction_of:
        title += f" · <i>corregge la nota del {L.fmt_datetime(note.correction_of)}</i>"
    band = Table([[Paragraph(title, st.cell)]], colWidths=[L.FRAME_WIDTH])
    band.setStyle(
        TableStyle(
            [
                L.BASE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), L.BAND_FILL),
                ("LINEABOVE", (0, 0), (-1, -1), 0.6, L.GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    blocks = [L.para(b) for b in note.text.split("\n\n") if b.strip()]
    blocks = blocks or [L.empty_note("(nota vuota)")]
    return [KeepTogether([band, blocks[0]]), *blocks[1:]]
