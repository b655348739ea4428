"""Renderer of the art. 15 access summary (estratto dei dati personali): a readable overview
of what the service holds about one person; the complete data is the JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from rts_desktop.documents import layout as L
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.i18n import translator

_ = translator("documents")


@dataclass(frozen=True)
class SummarySection:
    """A titled table: header, rows of text, column widths as fractions of the frame."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = ""  # "Nessun dato registrato." when empty
    intro: str = ""


@dataclass(frozen=True)
class PersonSummaryDocument:
    person_code: str
    full_name: str
    printed_on: dt.date
    requested_by: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[SummarySection, ...]


def render_person_summary(
    doc: PersonSummaryDocument, out: Path | BinaryIO, lang: str | None = None
) -> None:
    """Write the summary as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: PersonSummaryDocument, out: Path | BinaryIO) -> None:
    title = _("Estratto dei dati personali")
    notice = _(
        "Copia dei dati personali trattati dal servizio Residenzialità Temporanea Sociale, "
        "rilasciata ai sensi dell'art. 15 del Regolamento (UE) 2016/679. Questo documento è "
        "un riepilogo leggibile; l'elenco completo dei dati è nel file persona.json che lo "
        "accompagna, i documenti allegati nella cartella allegati. Non sono riportati i dati "
        "che riguardano altre persone."
    )
    footer = L.FooterInfo(
        title=_("{title} {code}").format(title=title, code=doc.person_code), date=doc.printed_on
    )
    story: list[Flowable] = [
        *L.title_block(
            title,
            _("{name} · {code} · art. 15 GDPR").format(name=doc.full_name, code=doc.person_code),
        ),
        L.para(notice, L.styles().small),
        *L.section(_("Anagrafica")),
        L.facts_table(doc.facts),
    ]
    for sec in doc.sections:
        story += L.section(sec.title)
        if sec.intro:
            story.append(L.para(sec.intro))
        if not sec.rows:
            story.append(L.empty_note(sec.empty or _("Nessun dato registrato.")))
            continue
        story.append(
            L.data_table(
                sec.header,
                [[L.cell(value) for value in row] for row in sec.rows],
                L.widths(*sec.widths),
            )
        )
    day = L.fmt_date(doc.printed_on)
    if doc.requested_by:
        prepared = _("Estratto preparato il {date} da {name}.").format(
            date=day, name=doc.requested_by
        )
    else:
        prepared = _("Estratto preparato il {date}.").format(date=day)
    story.append(L.para(prepared, L.styles().small))
    L.build_pdf(out, story, footer)
