"""Controlled vocabularies of the domain.

Values are stable codes stored in the database and in sync bundles; ``LABELS`` gives the
Italian text shown in the UI and in documents (English comes from the Qt translation).
"""

from __future__ import annotations

from enum import StrEnum

from rts_desktop.kernel.i18n import N_
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


#: ETHOS (FEANTSA) operational categories 1–13 and, where a category has several, their
#: sub-categories: code → Italian label. Conceptual groups: senza tetto (roofless) 1–2,
#: senza casa (houseless) 3–7, sistemazione insicura 8–10, sistemazione inadeguata 11–13.
ETHOS: dict[str, str] = {
    "1": N_("ETHOS 1 – Senza tetto: in strada o in spazi pubblici"),
    "2": N_("ETHOS 2 – Senza tetto: dormitorio / accoglienza notturna"),
    "3": N_("ETHOS 3 – Senza casa: struttura per persone senza dimora"),
    "3.1": N_("ETHOS 3.1 – Senza casa: centro di accoglienza"),
    "3.2": N_("ETHOS 3.2 – Senza casa: alloggio temporaneo"),
    "3.3": N_("ETHOS 3.3 – Senza casa: alloggio temporaneo con accompagnamento"),
    "4": N_("ETHOS 4 – Senza casa: casa rifugio per donne"),
    "5": N_("ETHOS 5 – Senza casa: accoglienza per migranti"),
    "5.1": N_("ETHOS 5.1 – Senza casa: centro di accoglienza per richiedenti asilo e migranti"),
    "5.2": N_("ETHOS 5.2 – Senza casa: alloggio per lavoratori migranti"),
    "6": N_("ETHOS 6 – Senza casa: in uscita da istituzioni"),
    "6.1": N_("ETHOS 6.1 – Senza casa: in uscita dal carcere"),
    "6.2": N_("ETHOS 6.2 – Senza casa: in uscita da strutture sanitarie"),
    "6.3": N_("ETHOS 6.3 – Senza casa: in uscita da comunità per minori"),
    "7": N_("ETHOS 7 – Senza casa: sostegno di lungo periodo"),
    "7.1": N_("ETHOS 7.1 – Senza casa: struttura residenziale per anziani senza dimora"),
    "7.2": N_("ETHOS 7.2 – Senza casa: alloggio con sostegno per ex senza dimora"),
    "8": N_("ETHOS 8 – Sistemazione insicura"),
    "8.1": N_("ETHOS 8.1 – Sistemazione insicura: ospite temporaneo da parenti o amici"),
    "8.2": N_("ETHOS 8.2 – Sistemazione insicura: senza contratto di locazione"),
    "8.3": N_("ETHOS 8.3 – Sistemazione insicura: occupazione senza titolo"),
    "9": N_("ETHOS 9 – Sistemazione insicura: sotto sfratto"),
    "9.1": N_("ETHOS 9.1 – Sistemazione insicura: sfratto esecutivo (affitto)"),
    "9.2": N_("ETHOS 9.2 – Sistemazione insicura: pignoramento (proprietà)"),
    "10": N_("ETHOS 10 – Sistemazione insicura: minacciata da violenza"),
    "11": N_("ETHOS 11 – Sistemazione inadeguata: strutture temporanee o non convenzionali"),
    "11.1": N_("ETHOS 11.1 – Sistemazione inadeguata: roulotte o case mobili"),
    "11.2": N_("ETHOS 11.2 – Sistemazione inadeguata: edificio non destinato ad abitazione"),
    "11.3": N_("ETHOS 11.3 – Sistemazione inadeguata: struttura provvisoria (baracca)"),
    "12": N_("ETHOS 12 – Sistemazione inadeguata: alloggio inidoneo"),
    "13": N_("ETHOS 13 – Sistemazione inadeguata: sovraffollamento grave"),
}
EthosCategory = StrEnum("EthosCategory", {f"E{k.replace('.', '_')}": k for k in ETHOS})
EthosCategory.__doc__ = "ETHOS operational category (or sub-category) at entry."

#: the 7-value list of the first versions → the ETHOS operational category (migration 0009
#: and bundles of sync schema < 1.3)
LEGACY_ETHOS: dict[str, str] = {}


def ethos_category(code: str | None) -> int | None:
    """The operational category (1–13) of an ETHOS code, None when there is none."""
    if not code or code not in ETHOS:
        return None
    return int(code.split(".")[0])


class ExitOutcome(StrEnum):
    """How a stay ended: autonomy reached, a negative outcome, another outcome."""

    RAGGIUNTA_AUTONOMIA = "raggiunta_autonomia"
    ABBANDONO = "abbandono"
    INCOMPATIBILITA = "incompatibilita"
    RIFIUTO = "rifiuto"
    MANCATO_RISPETTO_PATTO = "mancato_rispetto_patto"
    ALTRO_ESITO = "altro_esito"


#: outcome → its group in the exits report
EXIT_OUTCOME_GROUPS: dict[str, str] = {
    "raggiunta_autonomia": "raggiunta_autonomia",
    "abbandono": "esito_negativo",
    "incompatibilita": "esito_negativo",
    "rifiuto": "esito_negativo",
    "mancato_rispetto_patto": "esito_negativo",
    "altro_esito": "altri_esiti",
}


class OutcomeKind(StrEnum):
    """A participant's situation after leaving (ESF results): what happened, on a day."""

    RICERCA_LAVORO = "ricerca_lavoro"
    ISTRUZIONE_FORMAZIONE = "istruzione_formazione"
    QUALIFICA = "qualifica"
    OCCUPATO = "occupato_esito"
    SITUAZIONE_MIGLIORATA = "situazione_migliorata"
    NESSUN_CAMBIAMENTO = "nessun_cambiamento"


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


class PaymentMethod(StrEnum):
    """How a contribution was paid (printed on the receipt)."""

    CONTANTI = "contanti"
    BONIFICO = "bonifico"
    POS = "pos"
    BOLLETTINO = "bollettino"


LABELS: dict[str, str] = {
    "contanti": N_("Contanti"),
    "bonifico": N_("Bonifico bancario"),
    "pos": N_("Carta o bancomat (POS)"),
    "bollettino": N_("Bollettino postale"),
    "segnalato": N_("Segnalato"),
    "in_valutazione": N_("In valutazione"),
    "attivo": N_("Attivo"),
    "sospeso": N_("Sospeso"),
    "concluso": N_("Concluso"),
    "erp": N_("Edilizia residenziale pubblica (ERP)"),
    "housing_sociale": N_("Housing sociale"),
    "affitto_libero": N_("Affitto sul mercato libero"),
    "rientro_famiglia": N_("Rientro in famiglia"),
    "comunita": N_("Comunità"),
    "dormitorio": N_("Dormitorio"),
    "strada": N_("Strada"),
    "istituto": N_("Istituto"),
    "decesso": N_("Decesso"),
    "ignota": N_("Destinazione ignota"),
    **ETHOS,
    "raggiunta_autonomia": N_("Raggiunta autonomia"),
    "abbandono": N_("Abbandono"),
    "incompatibilita": N_("Incompatibilità"),
    "rifiuto": N_("Rifiuto"),
    "mancato_rispetto_patto": N_("Mancato rispetto del patto"),
    "altro_esito": N_("Altro esito"),
    "esito_negativo": N_("Esito negativo"),
    "altri_esiti": N_("Altri esiti"),
    "ricerca_lavoro": N_("In cerca di lavoro"),
    "istruzione_formazione": N_("In istruzione o formazione"),
    "qualifica": N_("Ha ottenuto una qualifica"),
    "occupato_esito": N_("Ha un lavoro (anche autonomo)"),
    "situazione_migliorata": N_("Situazione lavorativa migliorata"),
    "nessun_cambiamento": N_("Nessun cambiamento"),
    "in_ristrutturazione": N_("In ristrutturazione"),
    "disponibile": N_("Disponibile"),
    "occupato": N_("Occupato"),
    "fuori_servizio": N_("Fuori servizio"),
    "educatore": N_("Educatore"),
    "coordinatore": N_("Coordinatore"),
    "assistente_sociale": N_("Assistente sociale"),
    "amministratore": N_("Amministratore"),
    "codice_fiscale": N_("Codice fiscale"),
    "stp": N_("STP"),
    "eni": N_("ENI"),
    "passaporto": N_("Passaporto"),
    "permesso_soggiorno": N_("Permesso di soggiorno"),
    "carta_identita": N_("Carta d'identità"),
    "bozza": N_("Bozza"),
    "condiviso": N_("Condiviso"),
    "superato": N_("Superato"),
    "abitare": N_("Abitare"),
    "convivenza_condominio": N_("Convivenza e condominio"),
    "gestione_denaro": N_("Gestione del denaro"),
    "lavoro_formazione": N_("Lavoro e formazione"),
    "salute_benessere": N_("Salute e benessere"),
    "documenti_pratiche": N_("Documenti e pratiche"),
    "relazioni_rete": N_("Relazioni e rete"),
    "tempo_libero": N_("Tempo libero"),
    "progetto_uscita": N_("Progetto di uscita"),
    "colloquio": N_("Colloquio"),
    "visita_domiciliare": N_("Visita domiciliare"),
    "educazione_finanziaria": N_("Educazione finanziaria"),
    "educazione_abitare": N_("Educazione all'abitare"),
    "lavoro": N_("Lavoro"),
    "accompagnamento_uscita": N_("Accompagnamento all'uscita"),
    "socializzazione": N_("Socializzazione"),
    "mediazione": N_("Mediazione"),
    "verifica_pi": N_("Verifica PI"),
    "sopralluogo": N_("Sopralluogo"),
    "manutenzione": N_("Manutenzione"),
    "altro": N_("Altro"),
    "isee": N_("Attestazione ISEE"),
    "tessera_sanitaria": N_("Tessera sanitaria"),
    "patto_accoglienza": N_("Patto di accoglienza"),
    "progetto_firmato": N_("Progetto individualizzato firmato"),
    "relazione_sst": N_("Relazione del servizio sociale (SST)"),
    "sst": N_("SST"),
    "beneficiario": N_("Beneficiario"),
    "presente": N_("Presente"),
    "assente": N_("Assente"),
    "giustificato": N_("Giustificato"),
    # the codes shown as they read
    "informativa": N_("Informativa"),
    "dati_particolari": N_("Dati particolari"),
    "condivisione_sst": N_("Condivisione con il SST"),
    "immagini": N_("Immagini"),
    "capofamiglia": N_("Capofamiglia"),
    "coniuge": N_("Coniuge"),
    "figlio": N_("Figlio"),
    "genitore": N_("Genitore"),
    "fratello": N_("Fratello"),
    "consegna": N_("Consegna"),
    "riconsegna": N_("Riconsegna"),
    "aperta": N_("Aperta"),
    "in_corso": N_("In corso"),
    "chiusa": N_("Chiusa"),
    "da_fare": N_("Da fare"),
    "fatta": N_("Fatta"),
    "annullata": N_("Annullata"),
    "raggiunto": N_("Raggiunto"),
    "parzialmente_raggiunto": N_("Parzialmente raggiunto"),
    "non_raggiunto": N_("Non raggiunto"),
    "libera": N_("Libera"),
    "colloquio_ingresso": N_("Colloquio di ingresso"),
    "verifica": N_("Verifica"),
    "dimissione": N_("Dimissione"),
    "ingresso": N_("Ingresso"),
    "uscita": N_("Uscita"),
    "disoccupato": N_("Disoccupato"),
    "disoccupato_lunga_durata": N_("Disoccupato di lunga durata"),
    "inattivo": N_("Inattivo"),
    "studente": N_("Studente"),
    "non_risponde": N_("Non risponde"),
}


def label(code: str | None) -> str:
    """Italian label of a vocabulary code (the code itself when unknown)."""
    if code is None:
        return ""
    return LABELS.get(code, code.replace("_", " ").capitalize())
