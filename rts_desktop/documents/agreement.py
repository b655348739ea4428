"""Renderer of the accommodation agreement (patto di accoglienza) with the house rules."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from rts_desktop.documents import blocks as B
from rts_desktop.documents import layout as L
from rts_desktop.documents.content import AgreementDocument
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.i18n import translator

_ = translator("documents")


def render_agreement(doc: AgreementDocument, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the agreement as a PDF to ``out`` (a path or a binary stream) in ``lang``
    (default: the language chosen around the call, else Italian)."""
    with document_language(lang):
        _render(doc, out)


def _render(doc: AgreementDocument, out: Path | BinaryIO) -> None:
    title = L.titled(doc.title)
    version = ""
    if doc.house_rules_version:
        version = _("regolamento v. {version}").format(version=doc.house_rules_version)
    footer = L.FooterInfo(
        title=_("{title} {code}").format(title=title, code=doc.case_code),
        date=doc.printed_on,
        version=version,
    )
    st = L.styles()
    story: list[Flowable] = [
        *L.title_block(
            title,
            _("Caso {code} · firmato il {date}").format(
                code=doc.case_code, date=L.fmt_date(doc.signed_on)
            ),
        ),
        L.facts_table(
            [
                (_("Codice caso"), doc.case_code),
                (_("Firmato il"), L.fmt_date(doc.signed_on)),
                (_("Alloggio"), f"{doc.apartment_code} – {doc.apartment_address}"),
                (_("Stanza"), doc.room),
                (_("Inizio accoglienza"), L.fmt_date(doc.start_date)),
                (_("Fine prevista"), L.fmt_date(doc.planned_end)),
                (_("Durata"), _months(doc.duration_months)),
                (_("Quota mensile"), L.fmt_money(doc.monthly_contribution)),
            ]
        ),
        *L.section(_("Le parti")),
        L.para(_parties_text(doc)),
        B.members_table(doc.beneficiaries, _("Nessun beneficiario indicato.")),
    ]
    if doc.premises:
        story += [*L.section(_("Premesse")), *[L.para(p) for p in doc.premises]]
    story += [*L.section(_("Condizioni dell'accoglienza")), L.para(_conditions_text(doc))]
    story += L.section(_("Regolamento della casa"))
    if not doc.rules:
        story.append(L.empty_note(_("Regolamento non allegato.")))
    for number, rule in enumerate(doc.rules, start=1):
        heading = _("Art. {number} – {title}").format(number=number, title=L.markup(rule.title))
        body = [L.para(p) for p in rule.paragraphs] or [L.empty_note("—")]
        story += [KeepTogether([Paragraph(heading, st.h3), body[0]]), *body[1:]]
    parties = B.parties(doc.signatures) or [
        *[(_("Beneficiario/a"), m.name) for m in doc.beneficiaries],
        (_("Educatore di riferimento"), doc.educator),
    ]
    story.append(
        B.signature_block(
            parties,
            intro=_(
                "Letto, compreso e sottoscritto. Una copia del presente patto è consegnata "
                "a ciascun beneficiario."
            ),
        )
    )
    L.build_pdf(out, story, footer)


def _months(n: int) -> str:
    if n <= 0:
        return "—"
    return _("%n mesi", n=n)


def _parties_text(doc: AgreementDocument) -> str:
    values = {
        "body": doc.managing_body or _("l'ente gestore del servizio"),
        "educator": doc.educator or "—",
    }
    if doc.social_worker or doc.municipio:
        sst = ", ".join(L.label(x) for x in (doc.municipio, doc.social_worker) if x)
        return _(
            "Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, "
            "rappresentato dall'educatore di riferimento {educator}, d'intesa con il Servizio "
            "sociale territoriale ({sst}), e le persone accolte indicate di seguito convengono "
            "quanto segue."
        ).format(sst=sst, **values)
    return _(
        "Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, "
        "rappresentato dall'educatore di riferimento {educator}, e le persone accolte indicate "
        "di seguito convengono quanto segue."
    ).format(**values)


def _conditions_text(doc: AgreementDocument) -> str:
    where = {"code": doc.apartment_code, "address": doc.apartment_address}
    duration = _months(doc.duration_months)
    if doc.room:
        place = _("l'alloggio {code} in {address} ({room})").format(room=doc.room, **where)
    else:
        place = _("l'alloggio {code} in {address}").format(**where)
    if doc.start_date and doc.planned_end:
        text = _(
            "Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di "
            "{duration}, dal {start} al {end}."
        ).format(
            place=place,
            duration=duration,
            start=L.fmt_date(doc.start_date),
            end=L.fmt_date(doc.planned_end),
        )
    else:
        text = _(
            "Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di "
            "{duration}."
        ).format(place=place, duration=duration)
    text += " " + _(
        "L'accoglienza può essere prorogata, su proposta dell'équipe e d'intesa con il "
        "Servizio sociale territoriale, in funzione del progetto individualizzato."
    )
    if doc.monthly_contribution > 0:
        return (
            text
            + " "
            + _(
                "Le persone accolte versano una quota mensile di compartecipazione di "
                "{amount}, entro il giorno 10 di ogni mese."
            ).format(amount=L.fmt_money(doc.monthly_contribution))
        )
    return text + " " + _("Per il periodo indicato non è dovuta alcuna quota di compartecipazione.")
