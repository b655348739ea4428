"""Blocks several documents share: the table of the household's members and the
signature boxes (with their roles in the document's language)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from rts_desktop.documents import layout as L
from rts_desktop.documents.content import Person, SignatureParty
from rts_desktop.kernel.i18n import Message, translator

_ = translator("documents")


def members_table(members: Sequence[Person], empty: str = "") -> Flowable:
    """Name, role in the household and birth date of each person (shared by the documents)."""
    if not members:
        return L.empty_note(empty or _("Nessun componente registrato."))
    rows = [[L.cell(m.name), L.cell(m.relation or "—"), L.fmt_date(m.birth_date)] for m in members]
    return L.data_table(
        [_("Nome e cognome"), _("Ruolo nel nucleo"), _("Data di nascita")],
        rows,
        L.widths(0.5, 0.3, 0.2),
    )


# --- signatures ------------------------------------------------------------------------------


def parties(signatures: Sequence[SignatureParty]) -> list[tuple[str, str]]:
    """The signing parties the content names, roles in the document's language: the
    services use the documents' own role names ("Educatore di riferimento", "Assistente
    sociale SST"), so a plain text is looked up there too."""
    return [
        (L.label(p.role) if isinstance(p.role, Message) else L.titled(p.role), p.name)
        for p in signatures
    ]


def signature_block(
    parties: Sequence[tuple[str, str]],
    intro: str = "",
    place_date: str | None = None,
) -> KeepTogether:
    """Signature boxes side by side (three per row, two when there are two or four).

    Kept together so nobody signs a page without the text just above the signatures.
    """
    st = L.styles()
    per_row = 2 if len(parties) in (1, 2, 4) else 3
    col_width = L.FRAME_WIDTH / per_row
    boxes: list[Flowable] = []
    for role, name in parties:
        box = Table(
            [
                [Paragraph(L.markup(role), st.cell_bold)],
                [L.cell(name or _("(nome e cognome)"))],
                [Spacer(1, 11 * mm)],
                [Paragraph(L.markup(_("Firma")), st.label)],
            ],
            colWidths=[col_width - 6 * mm],
            rowHeights=[8 * mm, 5.5 * mm, None, None],  # boxes line up when roles wrap
        )
        box.setStyle(
            TableStyle(
                [
                    L.BASE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 3), (0, 3), 0.6, L.INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        boxes.append(box)
    boxes += [Spacer(1, 1)] * (-len(boxes) % per_row)
    grid = Table(
        [boxes[i : i + per_row] for i in range(0, len(boxes), per_row)],
        colWidths=[col_width] * per_row,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                L.BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 0),
            ]
        )
    )
    flow: list[Flowable] = [Spacer(1, 4 * mm)]
    if intro:
        flow.append(L.para(intro))
    if place_date is None:
        place_date = _("Milano, lì ____________________")
    flow += [L.para(place_date), Spacer(1, 2 * mm), grid]
    return KeepTogether(flow)
