"""Renderer of the key handover / return report (verbale di consegna o riconsegna chiavi)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from rts_desktop.documents import layout as L
from rts_desktop.documents.content import HandoverDocument


def render_handover(doc: HandoverDocument, out: Path | BinaryIO) -> None:
    """Write the handover report as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(
        title=f"{doc.title} {doc.apartment_code}", date=doc.printed_on, version=""
    )
    story: list[Flowable] = [
        *L.title_block(doc.title, f"Alloggio {doc.apartment_code} · {L.fmt_date(doc.date)}"),
        L.facts_table(
            [
                ("Alloggio", doc.apartment_code),
                ("Data", L.fmt_date(doc.date)),
                ("Indirizzo", doc.apartment_address),
                ("Stanza", doc.room),
                ("Codice caso", doc.case_code),
                ("Operatore", doc.operator),
            ]
        ),
        *L.section("Nucleo"),
    ]
    if doc.household:
        rows = [
            [L.cell(m.name), L.cell(m.relation or "—"), L.fmt_date(m.birth_date)]
            for m in doc.household
        ]
        story.append(
            L.data_table(
                ["Nome e cognome", "Ruolo nel nucleo", "Data di nascita"],
                rows,
                L.widths(0.5, 0.3, 0.2),
            )
        )
    else:
        story.append(L.empty_note("Nessun componente indicato."))

    verb = "consegnate" if doc.kind.lower() == "consegna" else "riconsegnate"
    story += L.section(f"Chiavi {verb}")
    if doc.keys:
        rows = [[L.cell(k.description), str(k.quantity)] for k in doc.keys]
        story.append(
            L.data_table(
                ["Descrizione", "Quantità"],
                rows,
                L.widths(0.8, 0.2),
            )
        )
    else:
        story.append(L.empty_note("Nessuna chiave registrata."))

    story += L.section("Letture dei contatori")
    if doc.meters:
        rows = [
            [L.cell(m.meter), L.cell(m.serial or "—"), L.cell(m.reading or "—")] for m in doc.meters
        ]
        story.append(
            L.data_table(["Contatore", "Matricola", "Lettura"], rows, L.widths(0.4, 0.3, 0.3))
        )
    else:
        story.append(L.empty_note("Nessuna lettura registrata."))

    story += L.section("Inventario")
    if doc.inventory:
        rows = [
            [L.cell(i.room), L.cell(i.item), str(i.quantity), L.cell(i.condition or "—")]
            for i in doc.inventory
        ]
        story.append(
            L.data_table(
                ["Ambiente", "Arredo / dotazione", "Q.tà", "Stato"],
                rows,
                L.widths(0.18, 0.4, 0.08, 0.34),
            )
        )
    else:
        story.append(L.empty_note("Nessun inventario registrato."))

    story += L.section("Stato dell'alloggio")
    blocks = [b for b in doc.condition_notes.split("\n\n") if b.strip()]
    story += [L.para(b) for b in blocks] or [L.empty_note("Nessuna osservazione.")]

    parties = [(p.role, p.name) for p in doc.signatures] or [
        ("Beneficiario/a", doc.household[0].name if doc.household else ""),
        ("Operatore", doc.operator),
    ]
    story.append(
        L.signature_block(
            parties,
            intro=f"Le parti confermano quanto sopra riportato e danno atto delle chiavi {verb}.",
        )
    )
    L.build_pdf(out, story, footer)
