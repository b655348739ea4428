"""Renderer of the individualized plan (progetto individualizzato), the document people sign."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.charts import progress_chart
from rts_desktop.documents.content import PlanDocument, PlanGoalLine, ReviewLine
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.i18n import translator

_ = translator("documents")
MAX_SCORE_COLUMNS = 6


def render_plan(doc: PlanDocument, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the plan as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: PlanDocument, out: Path | BinaryIO) -> None:
    title, status = L.titled(doc.title), L.label(doc.status)
    footer = L.FooterInfo(
        title=_("{title} {code}").format(title=title, code=doc.case_code),
        date=doc.printed_on,
        version=_("versione {number} ({status})").format(
            number=doc.version_no, status=status.lower()
        ),
    )
    story: list[Flowable] = [
        *L.title_block(
            title,
            _("Caso {code} · versione {number} · stato: {status}").format(
                code=doc.case_code, number=doc.version_no, status=status
            ),
        ),
        _facts(doc, status),
        *L.section(_("Nucleo beneficiario")),
        B.members_table(doc.members),
        *L.section(_("Servizio sociale territoriale ed équipe")),
        L.facts_table(
            [
                (_("Assistente sociale SST"), doc.social_worker),
                (_("Municipio"), doc.municipio),
                (_("Educatore di riferimento"), doc.educator),
                (_("Prossima verifica"), L.fmt_date(doc.next_review_due)),
            ]
        ),
        *L.section(_("Sintesi del progetto")),
        *_paragraphs(doc.summary, _("Nessuna sintesi inserita.")),
        *L.section(_("Obiettivi e azioni")),
        _goals(doc.goals),
        *L.section(_("Storico delle verifiche")),
        _reviews(doc.reviews),
        *_progress(doc),
        B.signature_block(
            B.parties(doc.signatures) or _default_parties(doc),
            intro=_(
                "Le persone che firmano dichiarano di aver costruito e condiviso il presente "
                "progetto individualizzato e si impegnano, ciascuna per quanto di propria "
                "competenza, a realizzare le azioni indicate e a partecipare alle verifiche "
                "periodiche."
            ),
        ),
    ]
    L.build_pdf(out, story, footer)


def _facts(doc: PlanDocument, status: str) -> Flowable:
    agreed = L.fmt_date(doc.agreed_on)
    if doc.agreed_by:
        agreed = _("{date} (registrato da {name})").format(date=agreed, name=doc.agreed_by)
    return L.facts_table(
        [
            (_("Codice caso"), doc.case_code),
            (_("Versione"), f"{doc.version_no} – {status}"),
            (_("Condiviso il"), agreed),
            (_("Valido dal"), L.fmt_date(doc.valid_from)),
            (_("Nucleo"), doc.household_name),
            (_("Alloggio"), doc.apartment),
        ]
    )


def _paragraphs(text: str, empty: str) -> list[Flowable]:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return [L.para(b) for b in blocks] if blocks else [L.empty_note(empty)]


def _goals(goals: tuple[PlanGoalLine, ...]) -> Flowable:
    """Goals grouped by domain (in order of first appearance), each followed by its actions."""
    if not goals:
        return L.empty_note(_("Nessun obiettivo definito."))
    st = L.styles()
    by_domain: dict[str, list[PlanGoalLine]] = {}
    for goal in goals:
        by_domain.setdefault(L.label(goal.domain), []).append(goal)
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
                indicator = L.markup(L.clip(goal.indicator, half))
                text += "<br/>" + _("<i>Indicatore:</i> {text}").format(text=indicator)
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
                rows.append(["", L.cell(_("Nessuna azione definita."), st.cell_muted), "", "", ""])
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
        [_("N."), _("Obiettivo / azione"), _("Chi"), _("Entro il"), _("Stato")],
        rows,
        L.widths(0.07, 0.5, 0.15, 0.13, 0.15),
        extra,
    )


def _reviews(reviews: tuple[ReviewLine, ...]) -> Flowable:
    if not reviews:
        return L.empty_note(_("Nessuna verifica registrata."))
    st = L.styles()
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for review in sorted(reviews, key=lambda rv: rv.date):
        r = len(rows) + 1
        rows.append(
            [
                L.cell(L.fmt_date(review.date), st.cell_bold),
                L.cell(_review_text(review)),
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
            rows.append(["", L.cell(_("Nessun esito registrato."), st.cell_muted), "", ""])
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
        [_("Data"), _("Obiettivo"), _("Esito"), _("Osservazioni")],
        rows,
        L.widths(0.13, 0.33, 0.17, 0.37),
        extra,
    )


def _review_text(review: ReviewLine) -> str:
    if review.operator and review.notes:
        return _("Verifica condotta da {name}. {notes}").format(
            name=review.operator, notes=review.notes
        )
    if review.operator:
        return _("Verifica condotta da {name}.").format(name=review.operator)
    return review.notes or _("Verifica")


def _progress(doc: PlanDocument) -> list[Flowable]:
    title = L.heading(_("Andamento della valutazione dell'autonomia"))
    series = [s for s in doc.assessments if s.points]
    if not series:
        return [title, L.empty_note(_("Nessuna valutazione registrata."))]
    dates = sorted({d for s in series for d, _score in s.points})[-MAX_SCORE_COLUMNS:]
    rows: list[list[Any]] = []
    for s in series:
        scores = dict(s.points)
        values = [str(scores[d]) if d in scores else "—" for d in dates]
        rows.append([L.cell(s.domain), *values])
    date_share = 0.62 / len(dates)
    table = L.data_table(
        [_("Ambito"), *[L.fmt_date(d) for d in dates]],
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
    note = _(
        "Linee distanziate di poco in verticale per non sovrapporsi; "
        "i punteggi esatti sono nella tabella."
    )
    if doc.scale_labels:
        scale = " · ".join(f"{i} = {L.label(label)}" for i, label in enumerate(doc.scale_labels, 1))
        note = _("Scala: {scale}. {note}").format(scale=scale, note=note)
    flow += [Spacer(1, 2 * mm), L.para(note, L.styles().small)]
    return flow


def _default_parties(doc: PlanDocument) -> list[tuple[str, str]]:
    adults = [m for m in doc.members if m.relation.lower().startswith(("capo", "coniuge"))]
    parties = [(_("Beneficiario/a"), m.name) for m in adults or doc.members[:1]]
    return [
        *parties,
        (_("Educatore di riferimento"), doc.educator),
        (_("Assistente sociale SST"), doc.social_worker),
    ]
