"""Renderer of the group-activity attendance sheet (foglio firme)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from rts_desktop.documents import layout as L
from rts_desktop.documents.content import AttendanceSheetDocument

WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
ROW_HEIGHT = 11 * mm  # room for a handwritten signature


def render_attendance(doc: AttendanceSheetDocument, out: Path | BinaryIO) -> None:
    """Write the attendance sheet as a PDF to ``out`` (a path or a binary stream)."""
    day = doc.starts_at.date()
    footer = L.FooterInfo(
        title=f"{doc.title} – {doc.activity}", date=day, version="", date_label="attività del"
    )
    hours = doc.starts_at.strftime("%H:%M")
    if doc.ends_at:
        hours += f"–{doc.ends_at.strftime('%H:%M')}"
    story: list[Flowable] = [
        *L.title_block(doc.title, doc.activity),
        L.facts_table(
            [
                ("Attività", doc.activity),
                ("Area", doc.area),
                ("Data", f"{WEEKDAYS[day.weekday()]} {L.fmt_date(day)}"),
                ("Orario", hours),
                ("Luogo", doc.place),
                ("Educatori", ", ".join(doc.educators)),
            ]
        ),
        *L.section("Presenze", room=40 * mm),
        _sheet(doc),
    ]
    if doc.notes:
        story += [*L.section("Note"), L.para(doc.notes)]
    story.append(
        L.signature_block(
            [
                (f"Educatore {i}" if len(doc.educators) > 1 else "Educatore", name)
                for i, name in enumerate(doc.educators or ("",), start=1)
            ],
            intro="L'educatore attesta le presenze sopra riportate.",
            place_date=f"Milano, {L.fmt_date(day)}",
        )
    )
    L.build_pdf(out, story, footer)


def _sheet(doc: AttendanceSheetDocument) -> Table:
    st = L.styles()
    head = [
        Paragraph(h, st.cell_head)
        for h in ("N.", "Nome e cognome", "Caso / alloggio", "Entrata", "Firma")
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
