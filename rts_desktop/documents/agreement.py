"""Renderer of the accommodation agreement (patto di accoglienza) with the house rules."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from rts_desktop.documents import layout as L
from rts_desktop.documents.content import AgreementDocument


def render_agreement(doc: AgreementDocument, out: Path | BinaryIO) -> None:
    """Write the agreement as a PDF to ``out`` (a path or a binary stream)."""
    footer = L.FooterInfo(
        title=f"{doc.title} {doc.case_code}",
        date=doc.printed_on,
        version=f"regolamento v. {doc.house_rules_version}" if doc.house_rules_version else "",
    )
    st = L.styles()
    story: list[Flowable] = [
        *L.title_block(doc.title, f"Caso {doc.case_code} · firmato il {L.fmt_date(doc.signed_on)}"),
        L.facts_table(
            [
                ("Codice caso", doc.case_code),
                ("Firmato il", L.fmt_date(doc.signed_on)),
                ("Alloggio", f"{doc.apartment_code} – {doc.apartment_address}"),
                ("Stanza", doc.room),
                ("Inizio accoglienza", L.fmt_date(doc.start_date)),
                ("Fine prevista", L.fmt_date(doc.planned_end)),
                ("Durata", _months(doc.duration_months)),
                ("Quota mensile", L.fmt_money(doc.monthly_contribution)),
            ]
        ),
        *L.section("Le parti"),
        L.para(_parties_text(doc)),
        _beneficiaries(doc),
    ]
    if doc.premises:
        story += [*L.section("Premesse"), *[L.para(p) for p in doc.premises]]
    story += [*L.section("Condizioni dell'accoglienza"), L.para(_conditions_text(doc))]
    story += L.section("Regolamento della casa")
    if not doc.rules:
        story.append(L.empty_note("Regolamento non allegato."))
    for number, rule in enumerate(doc.rules, start=1):
        title = Paragraph(f"Art. {number} – {L.markup(rule.title)}", st.h3)
        body = [L.para(p) for p in rule.paragraphs] or [L.empty_note("—")]
        story += [KeepTogether([title, body[0]]), *body[1:]]
    parties = [(p.role, p.name) for p in doc.signatures] or [
        *[("Beneficiario/a", m.name) for m in doc.beneficiaries],
        ("Educatore di riferimento", doc.educator),
    ]
    story.append(
        L.signature_block(
            parties,
            intro="Letto, compreso e sottoscritto. Una copia del presente patto è consegnata "
            "a ciascun beneficiario.",
        )
    )
    L.build_pdf(out, story, footer)


def _months(n: int) -> str:
    if n <= 0:
        return "—"
    return "1 mese" if n == 1 else f"{n} mesi"


def _parties_text(doc: AgreementDocument) -> str:
    body = doc.managing_body or "l'ente gestore del servizio"
    text = (
        "Il Comune di Milano – Residenzialità Temporanea Sociale, tramite "
        f"{body}, rappresentato dall'educatore di riferimento {doc.educator or '—'}"
    )
    if doc.social_worker or doc.municipio:
        sst = ", ".join(x for x in (doc.municipio, doc.social_worker) if x)
        text += f", d'intesa con il Servizio sociale territoriale ({sst})"
    return text + ", e le persone accolte indicate di seguito convengono quanto segue."


def _beneficiaries(doc: AgreementDocument) -> Flowable:
    if not doc.beneficiaries:
        return L.empty_note("Nessun beneficiario indicato.")
    rows = [
        [L.cell(m.name), L.cell(m.relation or "—"), L.fmt_date(m.birth_date)]
        for m in doc.beneficiaries
    ]
    return L.data_table(
        ["Nome e cognome", "Ruolo nel nucleo", "Data di nascita"], rows, L.widths(0.5, 0.3, 0.2)
    )


def _conditions_text(doc: AgreementDocument) -> str:
    where = f"l'alloggio {doc.apartment_code} in {doc.apartment_address}"
    if doc.room:
        where += f" ({doc.room})"
    text = (
        f"Il Comune mette a disposizione, a titolo temporaneo, {where} per la durata di "
        f"{_months(doc.duration_months)}"
    )
    if doc.start_date and doc.planned_end:
        text += f", dal {L.fmt_date(doc.start_date)} al {L.fmt_date(doc.planned_end)}"
    text += (
        ". L'accoglienza può essere prorogata, su proposta dell'équipe e d'intesa con il "
        "Servizio sociale territoriale, in funzione del progetto individualizzato. "
    )
    if doc.monthly_contribution > 0:
        text += (
            "Le persone accolte versano una quota mensile di compartecipazione di "
            f"{L.fmt_money(doc.monthly_contribution)}, entro il giorno 10 di ogni mese."
        )
    else:
        text += "Per il periodo indicato non è dovuta alcuna quota di compartecipazione."
    return text
