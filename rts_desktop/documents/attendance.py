"""Renderer of the group-activity attendance sheet (foglio firme)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.content import AttendanceSheetDocument
from rts_desktop.documents.language import document_language, weekday_name
from rts_desktop.kernel.i18n import translator

_ = translator("documents")
ROW_HEIGHT = 11 * mm  # room for a handwritten signature


def render_attendance(
    doc: AttendanceSheetDocument, out: Path | BinaryIO, lang: str | None = None
) -> None:
    """Write the attendance sheet as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: AttendanceSheetDocument, out: Path | BinaryIO) -> None:
    day = doc.starts_at.date()
    title = L.titled(doc.title)
    footer = L.FooterInfo(
        title=f"{title} – {doc.activity}", date=day, version="", date_label=_("attività del")
    )
    hours = doc.starts_at.strftime("%H:%M")
    if doc.ends_at:
        hours += f"–{doc.ends_at.strftime('%H:%M')}"
    educators = doc.educators or ("",)
    story: list[Flowable] = [
        *L.title_block(title, doc.activity),
        L.facts_table(
            [
                (_("Attività"), doc.activity),
                (_("Area"), L.label(doc.area)),
                (_("Data"), f"{weekday_name(day)} {L.fmt_date(day)}"),
                (_("Orario"), hours),
                (_("Luogo"), doc.place),
                (_("Educatori"), ", ".join(doc.educators)),
            ]
        ),
        *L.section(_("Presenze"), room=40 * mm),
        _sheet(doc),
    ]
    if doc.notes:
        story += [*L.section(_("Note")), L.para(doc.notes)]
    story.append(
        B.signature_block(
            [
                (
                    _("Educatore {number}").format(number=i)
                    if len(educators) > 1
                    else _("Educatore"),
                    name,
                )
                for i, name in enumerate(educators, start=1)
            ],
            intro=_("L'educatore attesta le presenze sopra riportate."),
            place_date=_("Milano, {date}").format(date=L.fmt_date(day)),
        )
    )
    L.build_pdf(out, story, footer)


def _sheet(doc: AttendanceSheetDocument) -> Table:
    st = L.styles()
    head = [
        Paragraph(L.markup(h), st.cell_head)
        for h in (_("N."), _("Nome e cognome"), _("Caso / alloggio"), _("Entrata"), _("Firma"))
    ]
    rows: list[list[Flowable | str]] = [head]
    for n, person in enumerate(doc.participants, start=1):
        rows.append(
            [L.cell(str(n)), L.cell(person.name, st.cell_bold), L.cell(person.detail), "", ""]
        )
    start = len(doc.participants) + 1
    rows += [[L.cell(str(n)), "", "", "", ""] for n in range(start, start + max(0, doc.blank_rows))]
    table = Table(
        rows,
        colWidths=L.widths(0.06, 0.34, 0.2, 0.1, 0.3),
        rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([*L.grid_style(), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return table
