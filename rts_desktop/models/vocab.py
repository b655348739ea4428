"""Controlled vocabularies of the domain.

Values are stable codes stored in the database and in sync bundles; ``LABELS`` gives the
Italian text shown in the UI and in documents (English comes from the Qt translation).
"""

from __future__ import annotations

from enum import StrEnum

from rts_desktop.kernel.roles import Role as Role  # part of the vocabulary


class CaseStatus(StrEnum):
    SEGNALATO = "segnalato"
    IN_VALUTAZIONE = "in_valutazione"
    ATTIVO = "attivo"
    SOSPESO = "sospeso"
    CONCLUSO = "concluso"


#: allowed lifecycle transitions (reopening a closed case goes back to assessment)
CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.SEGNALATO: frozenset({CaseStatus.IN_VALUTAZIONE, CaseStatus.CONCLUSO}),
    CaseStatus.IN_VALUTAZIONE: frozenset({CaseStatus.ATTIVO, CaseStatus.CONCLUSO}),
    CaseStatus.ATTIVO: frozenset({CaseStatus.SOSPESO, CaseStatus.CONCLUSO}),
    CaseStatus.SOSPESO: frozenset({CaseStatus.ATTIVO, CaseStatus.CONCLUSO}),
    CaseStatus.CONCLUSO: frozenset({CaseStatus.IN_VALUTAZIONE}),
}


class ExitDestination(StrEnum):
    ERP = "erp"
    HOUSING_SOCIALE = "housing_sociale"
    AFFITTO_LIBERO = "affitto_libero"
    RIENTRO_FAMIGLIA = "rientro_famiglia"
    COMUNITA = "comunita"
    DORMITORIO = "dormitorio"
    STRADA = "strada"
    ISTITUTO = "istituto"
    DECESSO = "decesso"
    IGNOTA = "ignota"


class EthosCategory(StrEnum):
    """ETHOS Light categories (FEANTSA) at entry."""

    SENZA_TETTO = "ethos_1"  # people living rough
    DORMITORIO = "ethos_2"  # emergency accommodation
    STRUTTURA_SENZA_DIMORA = "ethos_3"  # accommodation for the homeless
    ISTITUZIONE = "ethos_4"  # leaving institutions
    ALLOGGIO_NON_CONVENZIONALE = "ethos_5"  # non-conventional dwellings
    OSPITE_TEMPORANEO = "ethos_6"  # temporarily with family/friends
    SFRATTO = "ethos_7"  # eviction / insecure tenancy (ETHOS 9-10 in the full typology)


class ApartmentStatus(StrEnum):
    IN_RISTRUTTURAZIONE = "in_ristrutturazione"
    DISPONIBILE = "disponibile"
    OCCUPATO = "occupato"
    FUORI_SERVIZIO = "fuori_servizio"


class IdentifierKind(StrEnum):
    CODICE_FISCALE = "codice_fiscale"
    STP = "stp"
    ENI = "eni"
    PASSAPORTO = "passaporto"
    PERMESSO_SOGGIORNO = "permesso_soggiorno"
    CARTA_IDENTITA = "carta_identita"


class ConsentKind(StrEnum):
    """What a person was told or agreed to (GDPR artt. 6, 7, 9, 13)."""

    INFORMATIVA = "informativa"  # the privacy notice was given (art. 13)
    DATI_PARTICOLARI = "dati_particolari"  # processing of health/judicial data (art. 9)
    CONDIVISIONE_SST = "condivisione_sst"  # sharing with the territorial social services
    IMMAGINI = "immagini"  # photos and videos of activities


class HouseholdRelation(StrEnum):
    CAPOFAMIGLIA = "capofamiglia"
    CONIUGE = "coniuge"
    FIGLIO = "figlio"
    GENITORE = "genitore"
    FRATELLO = "fratello"
    ALTRO = "altro"


class Sex(StrEnum):
    F = "F"
    M = "M"
    X = "X"


class HandoverKind(StrEnum):
    CONSEGNA = "consegna"
    RICONSEGNA = "riconsegna"


class MaintenanceStatus(StrEnum):
    APERTA = "aperta"
    IN_CORSO = "in_corso"
    CHIUSA = "chiusa"


class PlanStatus(StrEnum):
    BOZZA = "bozza"
    CONDIVISO = "condiviso"
    SUPERATO = "superato"


class PlanDomain(StrEnum):
    ABITARE = "abitare"
    CONVIVENZA = "convivenza_condominio"
    DENARO = "gestione_denaro"
    LAVORO = "lavoro_formazione"
    SALUTE = "salute_benessere"
    DOCUMENTI = "documenti_pratiche"
    RELAZIONI = "relazioni_rete"
    TEMPO_LIBERO = "tempo_libero"
    USCITA = "progetto_uscita"


class ActionOwner(StrEnum):
    BENEFICIARIO = "beneficiario"
    EDUCATORE = "educatore"
    SST = "sst"
    ALTRO = "altro"


class ActionStatus(StrEnum):
    DA_FARE = "da_fare"
    IN_CORSO = "in_corso"
    FATTA = "fatta"
    ANNULLATA = "annullata"


class GoalOutcome(StrEnum):
    RAGGIUNTO = "raggiunto"
    PARZIALE = "parzialmente_raggiunto"
    NON_RAGGIUNTO = "non_raggiunto"
    SOSPESO = "sospeso"


class ActivityArea(StrEnum):
    COLLOQUIO = "colloquio"
    VISITA_DOMICILIARE = "visita_domiciliare"
    EDUCAZIONE_FINANZIARIA = "educazione_finanziaria"
    EDUCAZIONE_ABITARE = "educazione_abitare"
    LAVORO = "lavoro"
    ACCOMPAGNAMENTO_USCITA = "accompagnamento_uscita"
    SOCIALIZZAZIONE = "socializzazione"
    MEDIAZIONE = "mediazione"
    VERIFICA_PI = "verifica_pi"
    SOPRALLUOGO = "sopralluogo"
    MANUTENZIONE = "manutenzione"
    ALTRO = "altro"


class Attendance(StrEnum):
    PRESENTE = "presente"
    ASSENTE = "assente"
    GIUSTIFICATO = "giustificato"


class NoteKind(StrEnum):
    LIBERA = "libera"
    COLLOQUIO_INGRESSO = "colloquio_ingresso"
    VERIFICA = "verifica"
    DIMISSIONE = "dimissione"
    VISITA_DOMICILIARE = "visita_domiciliare"
    MEDIAZIONE = "mediazione"


class DocumentType(StrEnum):
    CARTA_IDENTITA = "carta_identita"
    PERMESSO_SOGGIORNO = "permesso_soggiorno"
    ISEE = "isee"
    TESSERA_SANITARIA = "tessera_sanitaria"
    PATTO_ACCOGLIENZA = "patto_accoglienza"
    PROGETTO_FIRMATO = "progetto_firmato"
    RELAZIONE_SST = "relazione_sst"
    ALTRO = "altro"


class SheetMoment(StrEnum):
    INGRESSO = "ingresso"
    USCITA = "uscita"


class LabourStatus(StrEnum):
    OCCUPATO = "occupato"
    DISOCCUPATO = "disoccupato"
    DISOCCUPATO_LUNGA_DURATA = "disoccupato_lunga_durata"
    INATTIVO = "inattivo"
    STUDENTE = "studente"
    NON_RISPONDE = "non_risponde"


LABELS: dict[str, str] = {
    "segnalato": "Segnalato",
    "in_valutazione": "In valutazione",
    "attivo": "Attivo",
    "sospeso": "Sospeso",
    "concluso": "Concluso",
    "erp": "Edilizia residenziale pubblica (ERP)",
    "housing_sociale": "Housing sociale",
    "affitto_libero": "Affitto sul mercato libero",
    "rientro_famiglia": "Rientro in famiglia",
    "comunita": "Comunità",
    "dormitorio": "Dormitorio",
    "strada": "Strada",
    "istituto": "Istituto",
    "decesso": "Decesso",
    "ignota": "Destinazione ignota",
    "ethos_1": "ETHOS 1 – Senza tetto, in strada",
    "ethos_2": "ETHOS 2 – Dormitorio / accoglienza notturna",
    "ethos_3": "ETHOS 3 – Struttura per persone senza dimora",
    "ethos_4": "ETHOS 4 – In uscita da istituzioni",
    "ethos_5": "ETHOS 5 – Alloggio non convenzionale",
    "ethos_6": "ETHOS 6 – Ospite temporaneo da parenti o amici",
    "ethos_7": "ETHOS 7 – Sfratto o alloggio insicuro",
    "in_ristrutturazione": "In ristrutturazione",
    "disponibile": "Disponibile",
    "occupato": "Occupato",
    "fuori_servizio": "Fuori servizio",
    "educatore": "Educatore",
    "coordinatore": "Coordinatore",
    "assistente_sociale": "Assistente sociale",
    "amministratore": "Amministratore",
    "codice_fiscale": "Codice fiscale",
    "stp": "STP",
    "eni": "ENI",
    "passaporto": "Passaporto",
    "permesso_soggiorno": "Permesso di soggiorno",
    "carta_identita": "Carta d'identità",
    "bozza": "Bozza",
    "condiviso": "Condiviso",
    "superato": "Superato",
    "abitare": "Abitare",
    "convivenza_condominio": "Convivenza e condominio",
    "gestione_denaro": "Gestione del denaro",
    "lavoro_formazione": "Lavoro e formazione",
    "salute_benessere": "Salute e benessere",
    "documenti_pratiche": "Documenti e pratiche",
    "relazioni_rete": "Relazioni e rete",
    "tempo_libero": "Tempo libero",
    "progetto_uscita": "Progetto di uscita",
    "colloquio": "Colloquio",
    "visita_domiciliare": "Visita domiciliare",
    "educazione_finanziaria": "Educazione finanziaria",
    "educazione_abitare": "Educazione all'abitare",
    "lavoro": "Lavoro",
    "accompagnamento_uscita": "Accompagnamento all'uscita",
    "socializzazione": "Socializzazione",
    "mediazione": "Mediazione",
    "verifica_pi": "Verifica PI",
    "sopralluogo": "Sopralluogo",
    "manutenzione": "Manutenzione",
    "altro": "Altro",
    "isee": "Attestazione ISEE",
    "tessera_sanitaria": "Tessera sanitaria",
    "patto_accoglienza": "Patto di accoglienza",
    "progetto_firmato": "Progetto individualizzato firmato",
    "relazione_sst": "Relazione del servizio sociale (SST)",
    "sst": "SST",
    "beneficiario": "Beneficiario",
    "presente": "Presente",
    "assente": "Assente",
    "giustificato": "Giustificato",
}


def label(code: str | None) -> str:
    """Italian label of a vocabulary code (the code itself when unknown)."""
    if code is None:
        return ""
    return LABELS.get(code, code.replace("_", " ").capitalize())
