"""Renderer of the key handover / return report (verbale di consegna o riconsegna chiavi)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.content import HandoverDocument
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.i18n import translator

_ = translator("documents")


def render_handover(doc: HandoverDocument, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the handover report as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: HandoverDocument, out: Path | BinaryIO) -> None:
    footer = L.FooterInfo(
        title=_("{title} {code}").format(title=doc.title, code=doc.apartment_code),
        date=doc.printed_on,
        version="",
    )
    subtitle = _("Alloggio {code} · {date}").format(
        code=doc.apartment_code, date=L.fmt_date(doc.date)
    )
    story: list[Flowable] = [
        *L.title_block(doc.title, subtitle),
        L.facts_table(
            [
                (_("Alloggio"), doc.apartment_code),
                (_("Data"), L.fmt_date(doc.date)),
                (_("Indirizzo"), doc.apartment_address),
                (_("Stanza"), doc.room),
                (_("Codice caso"), doc.case_code),
                (_("Operatore"), doc.operator),
            ]
        ),
        *L.section(_("Nucleo")),
        B.members_table(doc.household, _("Nessun componente indicato.")),
        *L.section(_("Chiavi riconsegnate") if doc.is_return else _("Chiavi consegnate")),
    ]
    if doc.keys:
        rows = [[L.cell(k.description), str(k.quantity)] for k in doc.keys]
        story.append(L.data_table([_("Descrizione"), _("Quantità")], rows, L.widths(0.8, 0.2)))
    else:
        story.append(L.empty_note(_("Nessuna chiave registrata.")))
    story += L.section(_("Letture dei contatori"))
    if doc.meters:
        rows = [
            [L.cell(m.meter), L.cell(m.serial or "—"), L.cell(m.reading or "—")] for m in doc.meters
        ]
        story.append(
            L.data_table(
                [_("Contatore"), _("Matricola"), _("Lettura")], rows, L.widths(0.4, 0.3, 0.3)
            )
        )
    else:
        story.append(L.empty_note(_("Nessuna lettura registrata.")))
    story += L.section(_("Inventario"))
    if doc.inventory:
        rows = [
            [L.cell(i.room), L.cell(i.item), str(i.quantity), L.cell(i.condition or "—")]
            for i in doc.inventory
        ]
        story.append(
            L.data_table(
                [_("Ambiente"), _("Arredo / dotazione"), _("Q.tà"), _("Stato")],
                rows,
                L.widths(0.18, 0.4, 0.08, 0.34),
            )
        )
    else:
        story.append(L.empty_note(_("Nessun inventario registrato.")))
    story += L.section(_("Stato dell'alloggio"))
    blocks = [b for b in doc.condition_notes.split("\n\n") if b.strip()]
    story += [L.para(b) for b in blocks] or [L.empty_note(_("Nessuna osservazione."))]
    parties = B.parties(doc.signatures) or [
        (_("Beneficiario/a"), doc.household[0].name if doc.household else ""),
        (_("Operatore"), doc.operator),
    ]
    if doc.is_return:
        intro = _(
            "Le parti confermano quanto sopra riportato e danno atto delle chiavi riconsegnate."
        )
    else:
        intro = _(
            "Le parti confermano quanto sopra riportato e danno atto delle chiavi consegnate."
        )
    story.append(B.signature_block(parties, intro=intro))
    L.build_pdf(out, story, footer)
