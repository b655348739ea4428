"""Renderer of the art. 15 access summary (estratto dei dati personali): a readable overview
in Italian of what the service holds about one person; the complete data is the JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from rts_desktop.documents import layout as L

TITLE = "Estratto dei dati personali"
NOTICE = (
    "Copia dei dati personali trattati dal servizio Residenzialità Temporanea Sociale, "
    "rilasciata ai sensi dell'art. 15 del Regolamento (UE) 2016/679. Questo documento è un "
    "riepilogo leggibile; l'elenco completo dei dati è nel file persona.json che lo "
    "accompagna, i documenti allegati nella cartella allegati. Non sono riportati i dati "
    "che riguardano altre persone."
)


@dataclass(frozen=True)
class SummarySection:
    """A titled table: header, rows of text, column widths as fractions of the frame."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "Nessun dato registrato."
    intro: str = ""


@dataclass(frozen=True)
class PersonSummaryDocument:
    person_code: str
    full_name: str
    printed_on: dt.date
    requested_by: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[SummarySection, ...]


def render_person_summary(doc: PersonSummaryDocument, out: Path | BinaryIO) -> None:
    """Write the summary as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(title=f"{TITLE} {doc.person_code}", date=doc.printed_on)
    story: list[Flowable] = [
        *L.title_block(TITLE, f"{doc.full_name} · {doc.person_code} · art. 15 GDPR"),
        L.para(NOTICE, L.styles().small),
        *L.section("Anagrafica"),
        L.facts_table(doc.facts),
    ]
    for sec in doc.sections:
        story += L.section(sec.title)
        if sec.intro:
            story.append(L.para(sec.intro))
        if not sec.rows:
            story.append(L.empty_note(sec.empty))
            continue
        story.append(
            L.data_table(
                sec.header,
                [[L.cell(value) for value in row] for row in sec.rows],
                L.widths(*sec.widths),
            )
        )
    story.append(
        L.para(
            f"Estratto preparato il {L.fmt_date(doc.printed_on)}"
            + (f" da {doc.requested_by}." if doc.requested_by else "."),
            L.styles().small,
        )
    )
    L.build_pdf(out, story, footer)
