"""Italian names of synced tables and fields, and values read and typed by people."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models.vocab import LABELS
from rts_desktop.sync.history import synced_tables

ROME = ZoneInfo("Europe/Rome")

TABLES: dict[str, str] = {
    "apartments": N_("Alloggio"),
    "beneficiaries": N_("Persona"),
    "households": N_("Nucleo"),
    "operators": N_("Operatore"),
    "apartment_status": N_("Stato dell'alloggio"),
    "audit_entries": N_("Registro accessi"),
    "cases": N_("Caso"),
    "household_members": N_("Componente del nucleo"),
    "identifiers": N_("Documento d'identità"),
    "rooms": N_("Stanza"),
    "assessments": N_("Valutazione dell'autonomia"),
    "case_educators": N_("Educatore del caso"),
    "case_shares": N_("Condivisione del caso"),
    "case_status_changes": N_("Cambio di stato del caso"),
    "documents": N_("Documento"),
    "events": N_("Appuntamento"),
    "maintenance_requests": N_("Guasto"),
    "notes": N_("Nota di diario"),
    "participant_sheets": N_("Scheda partecipante FSE+"),
    "participant_outcomes": N_("Esito FSE dopo l'uscita"),
    "plans": N_("Progetto individualizzato"),
    "stays": N_("Inserimento"),
    "agreements": N_("Patto di accoglienza"),
    "assessment_scores": N_("Punteggio di valutazione"),
    "attendance": N_("Presenza"),
    "event_exceptions": N_("Eccezione di un appuntamento"),
    "goals": N_("Obiettivo"),
    "handovers": N_("Consegna chiavi"),
    "inspections": N_("Sopralluogo"),
    "participants": N_("Partecipante"),
    "reviews": N_("Verifica del progetto"),
    "stay_extensions": N_("Proroga"),
    "agreement_warnings": N_("Richiamo"),
    "contributions": N_("Contributo"),
    "contribution_payments": N_("Pagamento della quota"),
    "plan_actions": N_("Azione del progetto"),
    "review_outcomes": N_("Esito della verifica"),
}

FIELDS: dict[str, str] = {
    "code": N_("Codice"),
    "first_name": N_("Nome"),
    "last_name": N_("Cognome"),
    "birth_date": N_("Data di nascita"),
    "sex": N_("Sesso"),
    "birth_place": N_("Luogo di nascita"),
    "nationality": N_("Cittadinanza"),
    "languages": N_("Lingue"),
    "phone": N_("Telefono"),
    "email": N_("E-mail"),
    "notes": N_("Note"),
    "health_notes": N_("Note sanitarie"),
    "judicial_notes": N_("Note giudiziarie"),
    "name": N_("Nome"),
    "address": N_("Indirizzo"),
    "postcode": N_("CAP"),
    "municipio": N_("Municipio"),
    "floor": N_("Piano"),
    "lift": N_("Ascensore"),
    "accessible": N_("Accessibile"),
    "full_name": N_("Nome e cognome"),
    "username": N_("Nome utente"),
    "role": N_("Ruolo"),
    "active": N_("Attivo"),
    "status": N_("Stato"),
    "from_date": N_("Dal"),
    "to_date": N_("Al"),
    "note": N_("Nota"),
    "relation": N_("Relazione"),
    "is_head": N_("Capofamiglia"),
    "kind": N_("Tipo"),
    "value": N_("Numero"),
    "issued_by": N_("Rilasciato da"),
    "expires_on": N_("Scadenza"),
    "issued_on": N_("Rilasciato il"),
    "beds": N_("Posti letto"),
    "date": N_("Data"),
    "referral_date": N_("Data di segnalazione"),
    "referral_source": N_("Inviante"),
    "sst_municipio": N_("Municipio SST"),
    "sst_social_worker": N_("Assistente sociale"),
    "sst_operator_id": N_("Assistente sociale (operatore)"),
    "sst_contact": N_("Contatto SST"),
    "ethos_entry": N_("Categoria ETHOS all'ingresso"),
    "start_date": N_("Data di inizio"),
    "exit_date": N_("Data di uscita"),
    "exit_reason": N_("Motivo dell'uscita"),
    "exit_destination": N_("Destinazione all'uscita"),
    "exit_outcome": N_("Esito del percorso"),
    "unemployed_months": N_("Mesi senza lavoro"),
    "minority": N_("Minoranza"),
    "special_asked_on": N_("Domande art. 9 poste il"),
    "follow_up_due": N_("Follow-up previsto"),
    "follow_up_done": N_("Follow-up svolto"),
    "follow_up_notes": N_("Note di follow-up"),
    "flags": N_("Segnalazioni"),
    "summary": N_("Sintesi"),
    "title": N_("Titolo"),
    "starts_at": N_("Inizio"),
    "ends_at": N_("Fine"),
    "all_day": N_("Tutto il giorno"),
    "place": N_("Luogo"),
    "cancelled": N_("Annullato"),
    "description": N_("Descrizione"),
    "assignee": N_("Incaricato"),
    "cost_cents": N_("Costo"),
    "closed_on": N_("Chiuso il"),
    "opened_on": N_("Aperto il"),
    "text": N_("Testo"),
    "agreed_on": N_("Condiviso il"),
    "agreed_with": N_("Condiviso con"),
    "valid_from": N_("Valido dal"),
    "next_review_due": N_("Prossima verifica"),
    "planned_end": N_("Fine prevista"),
    "actual_end": N_("Fine effettiva"),
    "places": N_("Posti"),
    "signed_on": N_("Firmato il"),
    "duration_months": N_("Durata (mesi)"),
    "monthly_contribution_cents": N_("Contributo mensile"),
    "score": N_("Punteggio"),
    "domain": N_("Area"),
    "indicator": N_("Indicatore"),
    "target_date": N_("Data obiettivo"),
    "outcome": N_("Esito"),
    "comment": N_("Commento"),
    "reason": N_("Motivo"),
    "new_end": N_("Nuova fine"),
    "due_date": N_("Scadenza"),
    "owner": N_("Responsabile"),
    "due_cents": N_("Dovuto"),
    "paid_cents": N_("Versato"),
    "paid_on": N_("Versato il"),
    "period": N_("Periodo"),
    "condition": N_("Condizioni"),
    "inventory": N_("Inventario"),
    "keys_count": N_("Numero di chiavi"),
    "keys_notes": N_("Note sulle chiavi"),
}


def table_label(table_name: str) -> str:
    return TABLES.get(table_name, table_name.replace("_", " ").capitalize())


def field_label(field: str) -> str:
    return FIELDS.get(field, field.replace("_", " ").capitalize())


def moment_text(value: str) -> str | None:
    """An ISO date or UTC instant as dd/mm/yyyy [hh:mm] (Rome time); None otherwise."""
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        if value.endswith("Z") and "T" in value:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment.astimezone(ROME).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return None
    return None


def value_text(table: str, field: str | None, value: Any) -> str:
    """A stored (JSON) value as a person reads it: dates dd/mm/yyyy, Sì/No, vocab labels."""
    if value is None or value == "":
        return N_("(vuoto)")
    if isinstance(value, bool):
        return N_("Sì") if value else N_("No")
    if isinstance(value, int) and field and field.endswith("_cents"):
        return f"{value / 100:.2f} €".replace(".", ",")
    if isinstance(value, str):
        return moment_text(value) or LABELS.get(value, value)
    return str(value)


def parse_value(table_name: str, field: str, text: str) -> Any:
    """A value typed by a person for ``field``: ValidationError("value") when not acceptable."""
    column = synced_tables()[table_name].c[field]
    raw = text.strip()
    if not raw:
        if not column.nullable:
            raise ValidationError("value", N_("Questo campo non può restare vuoto."))
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        kind = str
    try:
        if kind is bool:
            lowered = raw.lower()
            if lowered not in ("sì", "si", "no"):
                raise ValueError(raw)
            return lowered != "no"
        if kind is int:
            return int(raw)
        if kind is dt.datetime:
            moment = dt.datetime.strptime(raw, "%d/%m/%Y %H:%M")
            return moment.replace(tzinfo=ROME).astimezone(dt.UTC)
        if kind is dt.date:
            return dt.datetime.strptime(raw, "%d/%m/%Y").date()
    except ValueError as exc:
        hints = {
            bool: N_("Scrivi «sì» oppure «no»."),
            int: N_("Scrivi un numero intero."),
            dt.datetime: N_("Scrivi data e ora come gg/mm/aaaa hh:mm."),
            dt.date: N_("Scrivi la data come gg/mm/aaaa."),
        }
        raise ValidationError("value", hints.get(kind, N_("Valore non valido."))) from exc
    length = getattr(column.type, "length", None)
    if length and len(raw) > length:
        raise ValidationError("value", N_("Al massimo {n} caratteri.").format(n=length))
    return raw


def is_multiline(table_name: str, field: str) -> bool:
    """Long free text (notes, summaries) is edited in a multi-line box."""
    from sqlalchemy import Text

    column = synced_tables()[table_name].c.get(field)
    return column is not None and isinstance(column.type, Text)
