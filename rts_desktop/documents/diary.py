"""Renderer of a case diary extract (estratto del diario), e.g. for an audit."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.content import DiaryExtractDocument, DiaryNoteLine
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.i18n import translator

_ = translator("documents")


def render_diary(doc: DiaryExtractDocument, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the diary extract as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: DiaryExtractDocument, out: Path | BinaryIO) -> None:
    title = L.titled(doc.title)
    footer = L.FooterInfo(
        title=_("{title} {code}").format(title=title, code=doc.case_code), date=doc.printed_on
    )
    period = _("dal {start} al {end}").format(
        start=L.fmt_date(doc.date_from), end=L.fmt_date(doc.date_to)
    )
    story: list[Flowable] = [
        *L.title_block(
            title, _("Caso {code} · {period}").format(code=doc.case_code, period=period)
        ),
        L.facts_table(
            [
                (_("Codice caso"), doc.case_code),
                (_("Nucleo"), doc.household_name),
                (_("Periodo"), period),
                (_("Note estratte"), str(len(doc.notes))),
                (_("Tipi di nota"), ", ".join(L.label(k) for k in doc.kinds) or _("Tutti")),
                (_("Richiesto da"), doc.requested_by),
            ]
        ),
    ]
    if doc.purpose:
        story.append(L.para(_("Motivo della richiesta: {purpose}").format(purpose=doc.purpose)))
    notice = _(
        "Le note del diario non sono modificabili: una correzione è registrata come nuova nota "
        "che rimanda a quella corretta. L'estratto riporta le note nell'ordine in cui sono "
        "state scritte."
    )
    story += [L.para(notice, L.styles().small), *L.section(_("Note"))]
    if not doc.notes:
        story.append(L.empty_note(_("Nessuna nota nel periodo selezionato.")))
    for note in sorted(doc.notes, key=lambda n: n.written_at):
        story += _note(note)
    story.append(
        B.signature_block(
            [(_("Per copia conforme al diario informatico"), doc.requested_by)],
            place_date=_("Milano, {date}").format(date=L.fmt_date(doc.printed_on)),
        )
    )
    L.build_pdf(out, story, footer)


def _note(note: DiaryNoteLine) -> list[Flowable]:
    """A banded title line, then the text as paragraphs (long notes flow across pages)."""
    st = L.styles()
    parts = [
        f"<b>{L.fmt_datetime(note.written_at)}</b>",
        L.markup(note.kind),
        L.markup(note.author),
    ]
    if note.correction_of:
        parts.append(
            _("<i>corregge la nota del {date}</i>").format(date=L.fmt_datetime(note.correction_of))
        )
    band = Table([[Paragraph(" · ".join(parts), st.cell)]], colWidths=[L.FRAME_WIDTH])
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
    blocks = blocks or [L.empty_note(_("(nota vuota)"))]
    return [KeepTogether([band, blocks[0]]), *blocks[1:]]
