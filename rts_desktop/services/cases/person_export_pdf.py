"""The readable summary (PDF) of an art. 15 export, made from the exported rows: the
anagrafica, the nucleo, the cases, stays, plans, documents, the diary's dates and who
accessed the file. Not every column: the JSON beside it holds them all."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.documents.layout import fmt_date, fmt_datetime
from rts_desktop.documents.person import (
    PersonSummaryDocument,
    SummarySection,
    render_person_summary,
)
from rts_desktop.models import Apartment, Room
from rts_desktop.models.vocab import label

Rows = dict[str, list[dict[str, Any]]]
ROME = ZoneInfo("Europe/Rome")

ACTIONS = {
    "read": "consultazione",
    "open": "apertura",
    "print": "stampa",
    "export": "esportazione",
    "create": "inserimento",
    "update": "modifica",
    "reveal": "visione dati riservati",
}
TABLE_NAMES = {
    "beneficiaries": "anagrafica",
    "identifiers": "identificativi",
    "households": "nuclei",
    "household_members": "appartenenza al nucleo",
    "cases": "casi",
    "stays": "inserimenti",
    "plans": "progetti",
    "goals": "obiettivi",
    "notes": "note del diario",
    "documents": "documenti",
    "participant_sheets": "schede FSE",
    "audit_entries": "registro accessi",
    "assessments": "valutazioni dell'autonomia",
    "assessment_scores": "punteggi delle valutazioni",
    "case_educators": "educatori del caso",
    "case_shares": "condivisioni del caso",
    "case_status_changes": "cambi di stato del caso",
    "events": "appuntamenti e attività",
    "event_exceptions": "variazioni degli appuntamenti",
    "participants": "partecipazioni",
    "attendance": "presenze",
    "agreements": "patti di accoglienza",
    "agreement_warnings": "richiami",
    "contributions": "quote di contribuzione",
    "contribution_payments": "pagamenti delle quote",
    "handovers": "consegne e riconsegne dell'alloggio",
    "inspections": "sopralluoghi",
    "stay_extensions": "proroghe",
    "plan_actions": "azioni del progetto",
    "reviews": "verifiche del progetto",
    "review_outcomes": "esiti delle verifiche",
}
#: what an audit entry is about, as printed
ENTITIES = {
    "case": "caso",
    "note": "nota",
    "beneficiary": "persona",
    "household": "nucleo",
    "document": "documento",
    "plan": "progetto",
    "stay": "inserimento",
    "event": "appuntamento",
    "agreement": "patto",
    "assessment": "valutazione",
    "sheet": "scheda FSE",
}


def _action(code: str) -> str:
    """An audit action in words ("status_sospeso" → "cambio di stato: sospeso")."""
    if code.startswith("status_"):
        return "cambio di stato: " + label(code.removeprefix("status_")).lower()
    return ACTIONS.get(code, code.replace("_", " "))


def _d(value: Any) -> str:
    if isinstance(value, dt.datetime):
        local = value.astimezone(ROME) if value.tzinfo else value
        return fmt_datetime(local)
    if isinstance(value, dt.date):
        return fmt_date(value)
    return "—" if value in (None, "") else str(value)


def _sorted(rows: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: tuple(str(r.get(k) or "") for k in keys))


def _size(n: Any) -> str:
    size = int(n or 0)
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"


def _facts(rows: Rows) -> tuple[tuple[str, str], ...]:
    p = rows["beneficiaries"][0]
    idents = "; ".join(
        f"{label(i.get('kind'))} {i.get('value')}"
        for i in _sorted(rows.get("identifiers", []), "kind")
    )
    special = [
        name
        for name, col in (("sanitari", "health_notes"), ("giudiziari", "judicial_notes"))
        if p.get(col)
    ]
    return (
        ("Codice", _d(p.get("code"))),
        ("Nome e cognome", f"{p.get('first_name', '')} {p.get('last_name', '')}".strip()),
        ("Nato/a il", _d(p.get("birth_date"))),
        ("Luogo di nascita", _d(p.get("birth_place"))),
        ("Sesso", _d(p.get("sex"))),
        ("Cittadinanza", _d(p.get("nationality"))),
        ("Lingue", _d(p.get("languages"))),
        ("Telefono", _d(p.get("phone"))),
        ("Email", _d(p.get("email"))),
        ("Identificativi", idents or "—"),
        (
            "Dati particolari",
            ("registrati: " + ", ".join(special) + " (nel file JSON)") if special else "nessuno",
        ),
    )


def _sections(s: Session, rows: Rows, operators: dict[str, str]) -> list[SummarySection]:
    households = {r["id"]: r for r in rows.get("households", [])}
    cases = {r["id"]: r for r in rows.get("cases", [])}
    code = lambda cid: str(cases.get(cid, {}).get("code") or "—")  # noqa: E731
    places = _places(s, rows.get("stays", []))
    goals: dict[str, int] = {}
    for g in rows.get("goals", []):
        goals[g["plan_id"]] = goals.get(g["plan_id"], 0) + 1
    notes = _sorted(rows.get("notes", []), "date", "written_at")
    audit = _sorted(rows.get("audit_entries", []), "at")
    who: Callable[[Any], str] = lambda oid: operators.get(str(oid), "") if oid else "sistema"  # noqa: E731
    return [
        SummarySection(
            "Nucleo familiare",
            ("Nucleo", "Relazione", "Capofamiglia", "Dal", "Al"),
            tuple(
                (
                    str(households.get(m["household_id"], {}).get("name") or "—"),
                    label(m.get("relation")),
                    "sì" if m.get("is_head") else "no",
                    _d(m.get("from_date")),
                    _d(m.get("to_date")),
                )
                for m in _sorted(rows.get("household_members", []), "from_date")
            ),
            (0.34, 0.2, 0.14, 0.16, 0.16),
        ),
        SummarySection(
            "Percorsi (casi)",
            ("Caso", "Stato", "Segnalazione", "Ingresso", "Uscita"),
            tuple(
                (
                    str(c.get("code")),
                    label(c.get("status")),
                    _d(c.get("referral_date")),
                    _d(c.get("start_date")),
                    _d(c.get("exit_date")),
                )
                for c in _sorted(list(cases.values()), "referral_date")
            ),
            (0.24, 0.19, 0.19, 0.19, 0.19),
        ),
        SummarySection(
            "Inserimenti in alloggio",
            ("Caso", "Alloggio", "Inizio", "Fine prevista", "Fine effettiva"),
            tuple(
                (
                    code(st.get("case_id")),
                    places.get(str(st.get("id")), "—"),
                    _d(st.get("start_date")),
                    _d(st.get("planned_end")),
                    _d(st.get("actual_end")),
                )
                for st in _sorted(rows.get("stays", []), "start_date")
            ),
            (0.17, 0.38, 0.15, 0.15, 0.15),
        ),
        SummarySection(
            "Progetti individualizzati",
            ("Caso", "Versione", "Stato", "Concordato il", "Obiettivi"),
            tuple(
                (
                    code(pl.get("case_id")),
                    str(pl.get("version_no")),
                    label(pl.get("status")),
                    _d(pl.get("agreed_on")),
                    str(goals.get(pl["id"], 0)),
                )
                for pl in _sorted(rows.get("plans", []), "case_id", "version_no")
            ),
            (0.22, 0.14, 0.22, 0.22, 0.2),
        ),
        SummarySection(
            "Documenti",
            ("Titolo", "Tipo", "File", "Dimensione", "Caricato il"),
            tuple(
                (
                    str(doc.get("title")),
                    label(doc.get("doc_type")),
                    str(doc.get("filename")),
                    _size(doc.get("size")),
                    _d(doc.get("uploaded_at")),
                )
                for doc in _sorted(rows.get("documents", []), "uploaded_at")
            ),
            (0.28, 0.18, 0.26, 0.13, 0.15),
            intro="Le copie dei file sono nella cartella allegati.",
        ),
        SummarySection(
            "Diario",
            ("Data", "Tipo di nota", "Caso"),
            tuple((_d(n.get("date")), label(n.get("kind")), code(n.get("case_id"))) for n in notes),
            (0.25, 0.45, 0.3),
            empty="Nessuna nota.",
            intro=(
                f"{len(notes)} note, dal {_d(notes[0].get('date'))} al {_d(notes[-1].get('date'))}"
                " (il testo è nel file JSON)."
                if notes
                else ""
            ),
        ),
        SummarySection(
            "Chi ha avuto accesso ai dati",
            ("Quando", "Operatore", "Operazione", "Su"),
            tuple(
                (
                    _d(a.get("at")),
                    who(a.get("operator_id")) or "—",
                    _action(str(a.get("action"))),
                    ENTITIES.get(str(a.get("entity")), label(a.get("entity"))),
                )
                for a in audit
            ),
            (0.22, 0.3, 0.24, 0.24),
            empty="Nessun accesso registrato.",
        ),
        SummarySection(
            "Contenuto del file persona.json",
            ("Dati", "Tabella", "Righe"),
            tuple(
                (TABLE_NAMES.get(name, label(name)), name, str(len(table_rows)))
                for name, table_rows in rows.items()
            ),
            (0.45, 0.4, 0.15),
        ),
    ]


def _places(s: Session, stays: list[dict[str, Any]]) -> dict[str, str]:
    """stay id → "apartment code, address – room" (read from the housing records)."""
    ids = {r.get("apartment_id") for r in stays} | {r.get("room_id") for r in stays}
    ids.discard(None)
    if not ids:
        return {}
    apartments = {
        a.id: f"{a.code}, {a.address}"
        for a in s.scalars(select(Apartment).where(Apartment.id.in_(sorted(ids))))
    }
    rooms = {r.id: r.name for r in s.scalars(select(Room).where(Room.id.in_(sorted(ids))))}
    out = {}
    for st in stays:
        place = apartments.get(st.get("apartment_id"), "—")
        room = rooms.get(st.get("room_id"))
        out[str(st.get("id"))] = f"{place} – {room}" if room else place
    return out


def render_summary(
    s: Session,
    rows: Rows,
    operators: dict[str, str],
    requested_by: str,
    today: dt.date,
) -> bytes:
    """The summary as PDF bytes."""
    person = rows["beneficiaries"][0]
    doc = PersonSummaryDocument(
        person_code=str(person.get("code")),
        full_name=f"{person.get('first_name', '')} {person.get('last_name', '')}".strip(),
        printed_on=today,
        requested_by=requested_by,
        facts=_facts(rows),
        sections=tuple(_sections(s, rows, operators)),
    )
    buffer = io.BytesIO()
    render_person_summary(doc, buffer)
    return buffer.getvalue()
