"""Renderer of the individualized plan (progetto individualizzato), the document people sign."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from rts_desktop.documents import layout as L
from rts_desktop.documents.charts import progress_chart
from rts_desktop.documents.content import PlanDocument, PlanGoalLine, ReviewLine

AGREEMENT_TEXT = (
    "Le persone che firmano dichiarano di aver costruito e condiviso il presente progetto "
    "individualizzato e si impegnano, ciascuna per quanto di propria competenza, a realizzare "
    "le azioni indicate e a partecipare alle verifiche periodiche."
)
MAX_SCORE_COLUMNS = 6


def render_plan(doc: PlanDocument, out: Path | BinaryIO) -> None:
    """Write the plan as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(
        title=f"{doc.title} {doc.case_code}",
        date=doc.printed_on,
        version=f"versione {doc.version_no} ({doc.status.lower()})",
    )
    story: list[Flowable] = [
        *L.title_block(
            doc.title,
            f"Caso {doc.case_code} · versione {doc.version_no} · stato: {doc.status}",
        ),
        _facts(doc),
        *L.section("Nucleo beneficiario"),
        _members(doc),
        *L.section("Servizio sociale territoriale ed équipe"),
        L.facts_table(
            [
                ("Assistente sociale SST", doc.social_worker),
                ("Municipio", doc.municipio),
                ("Educatore di riferimento", doc.educator),
                ("Prossima verifica", L.fmt_date(doc.next_review_due)),
            ]
        ),
        *L.section("Sintesi del progetto"),
        *_paragraphs(doc.summary, "Nessuna sintesi inserita."),
        *L.section("Obiettivi e azioni"),
        _goals(doc.goals),
        *L.section("Storico delle verifiche"),
        _reviews(doc.reviews),
        *_progress(doc),
        L.signature_block(
            [(p.role, p.name) for p in doc.signatures] or _default_parties(doc),
            intro=AGREEMENT_TEXT,
        ),
    ]
    L.build_pdf(out, story, footer)


def _facts(doc: PlanDocument) -> Flowable:
    return L.facts_table(
        [
            ("Codice caso", doc.case_code),
            ("Versione", f"{doc.version_no} – {doc.status}"),
            (
                "Condiviso il",
                L.fmt_date(doc.agreed_on)
                + (f" (registrato da {doc.agreed_by})" if doc.agreed_by else ""),
            ),
            ("Valido dal", L.fmt_date(doc.valid_from)),
            ("Nucleo", doc.household_name),
            ("Alloggio", doc.apartment),
        ]
    )


def _members(doc: PlanDocument) -> Flowable:
    if not doc.members:
        return L.empty_note("Nessun componente registrato.")
    rows = [
        [L.cell(m.name), L.cell(m.relation or "—"), L.fmt_date(m.birth_date)] for m in doc.members
    ]
    return L.data_table(
        ["Nome e cognome", "Ruolo nel nucleo", "Data di nascita"], rows, L.widths(0.5, 0.3, 0.2)
    )


def _paragraphs(text: str, empty: str) -> list[Flowable]:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return [L.para(b) for b in blocks] if blocks else [L.empty_note(empty)]


def _goals(goals: tuple[PlanGoalLine, ...]) -> Flowable:
    """Goals grouped by domain (in order of first appearance), each followed by its actions."""
    if not goals:
        return L.empty_note("Nessun obiettivo definito.")
    st = L.styles()
    by_domain: dict[str, list[PlanGoalLine]] = {}
    for goal in goals:
        by_domain.setdefault(goal.domain, []).append(goal)
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    number = 0
    for domain, domain_goals in by_domain.items():
        r = len(rows) + 1  # +1: the header row
        rows.append([Paragraph(L.markup(domain.upper()), st.cell_head), "", "", "", ""])
        extra += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), L.BAND_FILL),
            ("NOSPLIT", (0, r), (-1, r + 1)),  # a domain title never ends a page
        ]
        for goal in domain_goals:
            number += 1
            r = len(rows) + 1
            half = L.MAX_CELL_CHARS // 2
            text = f"<b>{L.markup(L.clip(goal.title, half))}</b>"
            if goal.indicator:
                text += f"<br/><i>Indicatore:</i> {L.markup(L.clip(goal.indicator, half))}"
            rows.append(
                [
                    Paragraph(f"<b>{number}</b>", st.cell),
                    Paragraph(text, st.cell),
                    "",
                    L.cell(L.fmt_date(goal.target_date, ""), st.cell_bold),
                    "",
                ]
            )
            # nor does a goal without its first action
            extra += [("SPAN", (1, r), (2, r)), ("NOSPLIT", (0, r), (-1, r + 1))]
            if not goal.actions:
                r = len(rows) + 1
                rows.append(["", L.cell("Nessuna azione definita.", st.cell_muted), "", "", ""])
                extra.append(("SPAN", (1, r), (-1, r)))
            for i, action in enumerate(goal.actions, start=1):
                rows.append(
                    [
                        f"{number}.{i}",
                        L.cell(action.description),
                        L.cell(action.owner),
                        L.fmt_date(action.due_date, ""),
                        L.cell(action.status),
                    ]
                )
    return L.data_table(
        ["N.", "Obiettivo / azione", "Chi", "Entro il", "Stato"],
        rows,
        L.widths(0.07, 0.5, 0.15, 0.13, 0.15),
        extra,
    )


def _reviews(reviews: tuple[ReviewLine, ...]) -> Flowable:
    if not reviews:
        return L.empty_note("Nessuna verifica registrata.")
    st = L.styles()
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for review in sorted(reviews, key=lambda rv: rv.date):
        r = len(rows) + 1
        who = f"Verifica condotta da {review.operator}. " if review.operator else ""
        rows.append(
            [
                L.cell(L.fmt_date(review.date), st.cell_bold),
                L.cell(who + review.notes if (who or review.notes) else "Verifica"),
                "",
                "",
            ]
        )
        extra += [
            ("SPAN", (1, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), L.BAND_FILL),
            ("NOSPLIT", (0, r), (-1, r + 1)),
        ]
        if not review.outcomes:
            r = len(rows) + 1
            rows.append(["", L.cell("Nessun esito registrato.", st.cell_muted), "", ""])
            extra.append(("SPAN", (1, r), (-1, r)))
        for outcome in review.outcomes:
            rows.append(
                [
                    "",
                    L.cell(outcome.goal_title),
                    L.cell(outcome.outcome, st.cell_bold),
                    L.cell(outcome.comment or "—"),
                ]
            )
    return L.data_table(
        ["Data", "Obiettivo", "Esito", "Osservazioni"],
        rows,
        L.widths(0.13, 0.33, 0.17, 0.37),
        extra,
    )


def _progress(doc: PlanDocument) -> list[Flowable]:
    title = L.heading("Andamento della valutazione dell'autonomia")
    series = [s for s in doc.assessments if s.points]
    if not series:
        return [title, L.empty_note("Nessuna valutazione registrata.")]
    dates = sorted({d for s in series for d, _ in s.points})[-MAX_SCORE_COLUMNS:]
    rows: list[list[Any]] = []
    for s in series:
        scores = dict(s.points)
        values = [str(scores[d]) if d in scores else "—" for d in dates]
        rows.append([L.cell(s.domain), *values])
    date_share = 0.62 / len(dates)
    table = L.data_table(
        ["Ambito", *[L.fmt_date(d) for d in dates]],
        rows,
        L.widths(0.38, *[date_share] * len(dates)),
        [
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 1), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ],
    )
    flow: list[Flowable] = [
        KeepTogether([title, progress_chart(series, L.FRAME_WIDTH, 62 * mm), Spacer(1, 3 * mm)]),
        table,
    ]
    note = (
        "Linee distanziate di poco in verticale per non sovrapporsi; "
        "i punteggi esatti sono nella tabella."
    )
    if doc.scale_labels:
        scale = " · ".join(f"{i} = {label}" for i, label in enumerate(doc.scale_labels, 1))
        note = f"Scala: {scale}. {note}"
    flow += [Spacer(1, 2 * mm), L.para(note, L.styles().small)]
    return flow


def _default_parties(doc: PlanDocument) -> list[tuple[str, str]]:
    adults = [m for m in doc.members if m.relation.lower().startswith(("capo", "coniuge"))]
    parties = [("Beneficiario/a", m.name) for m in adults or doc.members[:1]]
    return [
        *parties,
        ("Educatore di riferimento", doc.educator),
        ("Assistente sociale SST", doc.social_worker),
    ]
