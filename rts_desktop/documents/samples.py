"""Realistic Italian sample content for every document (tests, benchmark, visual checks).

The people are invented; the names deliberately carry the diacritics the fonts must print.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rts_desktop.documents.content import (
    AgreementDocument,
    AssessmentSeries,
    AttendanceLine,
    AttendanceSheetDocument,
    DiaryExtractDocument,
    DiaryNoteLine,
    HandoverDocument,
    InventoryItem,
    KeyItem,
    MeterReading,
    Person,
    PlanActionLine,
    PlanDocument,
    PlanGoalLine,
    ReviewLine,
    ReviewOutcomeLine,
    SignatureParty,
    TextSection,
)

D = dt.date
TODAY = D(2026, 11, 25)
EDUCATOR = "Chiara Bonfanti"
SOCIAL_WORKER = "Paola Ferrario"
APARTMENT = "RTS-A-014 – Via Padova 112, 20127 Milano, scala B, 3° piano (stanza 2)"
FAMILY = (
    Person("Mădălina Ștefan", D(1988, 3, 14), "Capofamiglia"),
    Person("Ionuț Ștefan", D(2012, 9, 2), "Figlio"),
    Person("Daria Ștefan", D(2017, 1, 27), "Figlia"),
)
SCALE = (
    "Bisogno di supporto intensivo",
    "Supporto frequente",
    "Supporto periodico",
    "Autonomia quasi piena",
    "Piena autonomia",
)


def _a(text: str, owner: str, due: dt.date | None, status: str) -> PlanActionLine:
    return PlanActionLine(text, owner, due, status)


GOALS = (
    PlanGoalLine(
        "Abitare",
        "Mantenere l'alloggio pulito e in ordine in modo autonomo",
        "Tre visite domiciliari consecutive senza rilievi su igiene e riordino",
        D(2027, 2, 28),
        (
            _a(
                "Concordare un piano settimanale delle pulizie appeso in cucina",
                "Educatore",
                D(2026, 12, 5),
                "Fatta",
            ),
            _a(
                "Seguire il piano e segnare le attività svolte",
                "Beneficiario",
                D(2027, 2, 28),
                "In corso",
            ),
            _a(
                "Segnalare subito i guasti al referente manutenzioni con il modulo della casa",
                "Beneficiario",
                None,
                "In corso",
            ),
        ),
    ),
    PlanGoalLine(
        "Convivenza e condominio",
        "Ricostruire un rapporto sereno con i vicini del pianerottolo dopo le lamentele per "
        "il rumore serale",
        "Nessuna nuova segnalazione dall'amministratore per tre mesi",
        D(2027, 1, 31),
        (
            _a(
                "Incontro di mediazione con la famiglia dell'interno 9",
                "Educatore",
                D(2026, 12, 10),
                "Da fare",
            ),
            _a(
                "Rispettare gli orari di quiete (22:00–7:00) indicati nel regolamento",
                "Beneficiario",
                None,
                "In corso",
            ),
        ),
    ),
    PlanGoalLine(
        "Gestione del denaro",
        "Tenere un bilancio familiare mensile e pagare con regolarità la quota di "
        "compartecipazione",
        "Quote pagate entro il giorno 10 per quattro mesi consecutivi; quaderno del bilancio "
        "aggiornato",
        D(2027, 3, 31),
        (
            _a(
                "Partecipare al laboratorio di educazione finanziaria (4 incontri)",
                "Beneficiario",
                D(2027, 1, 20),
                "In corso",
            ),
            _a(
                "Aprire un conto di base con carta prepagata per ricevere lo stipendio",
                "Beneficiario",
                D(2026, 12, 20),
                "Da fare",
            ),
        ),
    ),
    PlanGoalLine(
        "Lavoro e formazione",
        "Passare da un contratto a chiamata a un impiego stabile nel settore delle pulizie "
        "o della ristorazione collettiva",
        "Contratto di almeno 25 ore settimanali",
        D(2027, 5, 31),
        (
            _a(
                "Aggiornare il curriculum e registrarsi al portale del Centro per l'impiego",
                "Beneficiario",
                D(2026, 12, 15),
                "Fatta",
            ),
            _a(
                "Invio al servizio CELAV per la valutazione delle competenze",
                "SST",
                D(2027, 1, 15),
                "Da fare",
            ),
            _a(
                "Corso HACCP gratuito presso l'AFOL Metropolitana",
                "Altro",
                D(2027, 2, 28),
                "Da fare",
            ),
        ),
    ),
    PlanGoalLine(
        "Documenti e pratiche",
        "Rinnovare l'ISEE e presentare la domanda per l'assegnazione di un alloggio ERP",
        "Domanda ERP protocollata nella finestra del bando 2027",
        D(2027, 4, 30),
        (
            _a(
                "Raccogliere la documentazione reddituale e la DSU presso il CAF",
                "Beneficiario",
                D(2027, 1, 31),
                "Da fare",
            ),
            _a(
                "Accompagnamento allo sportello per la presentazione della domanda",
                "Educatore",
                D(2027, 4, 15),
                "Da fare",
            ),
        ),
    ),
    PlanGoalLine(
        "Relazioni e rete",
        "Inserire i figli in attività pomeridiane del quartiere",
        "Iscrizione di entrambi i figli a un'attività continuativa",
        D(2027, 1, 31),
        (
            _a(
                "Contatto con il doposcuola della parrocchia di San Crisostomo",
                "Educatore",
                D(2026, 12, 12),
                "In corso",
            ),
            _a(
                "Iscrizione di Daria al corso di nuoto comunale (tariffa agevolata)",
                "Beneficiario",
                D(2027, 1, 10),
                "Da fare",
            ),
        ),
    ),
    PlanGoalLine(
        "Progetto di uscita",
        "Individuare una soluzione abitativa stabile entro la fine dell'inserimento",
        "Soluzione individuata e condivisa con l'SST almeno due mesi prima della scadenza",
        D(2027, 8, 31),
        (),
    ),
)

REVIEWS = (
    ReviewLine(
        D(2026, 7, 15),
        EDUCATOR,
        "Primo mese di inserimento: la famiglia si è ambientata, i figli frequentano la scuola "
        "del quartiere.",
        (
            ReviewOutcomeLine(
                GOALS[0].title,
                "Parzialmente raggiunto",
                "Riordino costante ma pulizie solo dopo sollecito.",
            ),
            ReviewOutcomeLine(
                GOALS[2].title,
                "Non raggiunto",
                "Due quote pagate in ritardo; difficoltà con le bollette.",
            ),
        ),
    ),
    ReviewLine(
        D(2026, 10, 20),
        EDUCATOR,
        "Verifica congiunta con l'assistente sociale SST presso l'alloggio.",
        (
            ReviewOutcomeLine(
                GOALS[0].title,
                "Parzialmente raggiunto",
                "Piano delle pulizie seguito nelle ultime tre settimane.",
            ),
            ReviewOutcomeLine(
                GOALS[1].title,
                "Non raggiunto",
                "Nuova segnalazione dell'amministratore il 3 ottobre.",
            ),
            ReviewOutcomeLine(
                GOALS[2].title,
                "Parzialmente raggiunto",
                "Quote di settembre e ottobre pagate entro il 10.",
            ),
            ReviewOutcomeLine(GOALS[3].title, "Parzialmente raggiunto", ""),
        ),
    ),
)

ASSESSMENT_DATES = (D(2026, 6, 20), D(2026, 8, 25), D(2026, 10, 20), D(2026, 11, 20))
ASSESSMENTS = tuple(
    AssessmentSeries(domain, tuple(zip(ASSESSMENT_DATES, scores, strict=True)))
    for domain, scores in (
        ("Abitare", (2, 2, 3, 4)),
        ("Convivenza e condominio", (3, 2, 2, 3)),
        ("Gestione del denaro", (1, 2, 2, 3)),
        ("Lavoro e formazione", (2, 2, 3, 3)),
        ("Documenti e pratiche", (2, 3, 3, 3)),
        ("Relazioni e rete", (3, 3, 4, 4)),
    )
)


def sample_plan() -> PlanDocument:
    """A shared plan, version 3, with goals in six domains, two reviews and four assessments."""
    return PlanDocument(
        case_code="RTS-2026-0042",
        version_no=3,
        status="Condiviso",
        printed_on=TODAY,
        agreed_on=D(2026, 11, 18),
        valid_from=D(2026, 11, 18),
        next_review_due=D(2027, 1, 20),
        household_name="Nucleo Ștefan",
        members=FAMILY,
        apartment=APARTMENT,
        municipio="Municipio 2",
        social_worker=SOCIAL_WORKER,
        educator=EDUCATOR,
        summary=(
            "Mădălina, 38 anni, è arrivata in RTS a giugno 2026 con i due figli dopo uno sfratto "
            "per morosità incolpevole da un alloggio in affitto a Cologno Monzese. Lavora con "
            "contratti a chiamata come addetta alle pulizie e ha una buona rete di conoscenze "
            "nella comunità romena del quartiere.\n\n"
            "Il progetto punta a consolidare l'autonomia nella gestione della casa e del "
            "bilancio familiare, a stabilizzare il lavoro e a preparare l'uscita verso un "
            "alloggio ERP o in housing sociale entro la scadenza dell'inserimento (agosto 2027). "
            "Questa terza versione aggiunge l'obiettivo sulla convivenza con i vicini, emerso "
            "nella verifica di ottobre."
        ),
        goals=GOALS,
        reviews=REVIEWS,
        assessments=ASSESSMENTS,
        scale_labels=SCALE,
        signatures=(
            SignatureParty("Beneficiaria", "Mădălina Ștefan"),
            SignatureParty("Educatore di riferimento", EDUCATOR),
            SignatureParty("Assistente sociale SST – Municipio 2", SOCIAL_WORKER),
        ),
    )


HOUSE_RULES = (
    TextSection(
        "Uso dell'alloggio",
        (
            "L'alloggio è concesso in uso temporaneo per le sole persone indicate nel presente "
            "patto. Non è consentito ospitare altre persone per la notte senza l'accordo "
            "dell'educatore di riferimento.",
            "Le persone accolte si impegnano a custodire l'alloggio e gli arredi con cura e a "
            "non apportare modifiche agli impianti.",
        ),
    ),
    TextSection(
        "Convivenza e rispetto del vicinato",
        (
            "Negli spazi comuni e nel condominio si rispettano il regolamento condominiale e gli "
            "orari di quiete (dalle 22:00 alle 7:00 e dalle 13:00 alle 15:00).",
            "Eventuali conflitti con coinquilini o vicini vanno segnalati all'educatore, che "
            "può proporre un incontro di mediazione.",
        ),
    ),
    TextSection(
        "Pulizia, rifiuti e manutenzione",
        (
            "La pulizia dell'alloggio e la raccolta differenziata sono a carico delle persone "
            "accolte. I guasti vanno segnalati entro 48 ore al referente manutenzioni.",
        ),
    ),
    TextSection(
        "Visite dell'équipe",
        (
            "Le persone accolte consentono le visite domiciliari dell'educatore, concordate "
            "di norma con almeno 24 ore di preavviso, salvo urgenze.",
        ),
    ),
    TextSection(
        "Quota di compartecipazione",
        (
            "La quota mensile è versata entro il giorno 10 di ogni mese con bonifico o presso "
            "lo sportello indicato. In caso di difficoltà economiche le persone accolte ne "
            "parlano con l'educatore per concordare un piano di rientro.",
        ),
    ),
    TextSection(
        "Richiami e conclusione dell'accoglienza",
        (
            "Il mancato rispetto del presente regolamento dà luogo a richiami scritti. Dopo tre "
            "richiami, o in caso di comportamenti gravi che mettono a rischio la sicurezza delle "
            "persone, l'équipe e il Servizio sociale territoriale valutano la conclusione "
            "anticipata dell'accoglienza.",
            "Alla scadenza l'alloggio è riconsegnato libero da persone e cose, con verbale di "
            "riconsegna chiavi.",
        ),
    ),
)


def sample_agreement() -> AgreementDocument:
    """The agreement of a Vietnamese couple with a 12-month stay and a € 120 contribution."""
    return AgreementDocument(
        case_code="RTS-2026-0057",
        signed_on=D(2026, 9, 1),
        printed_on=TODAY,
        beneficiaries=(
            Person("Nguyễn Thị Lan", D(1979, 5, 6), "Capofamiglia"),
            Person("Nguyễn Văn Minh", D(1975, 11, 30), "Coniuge"),
        ),
        apartment_code="RTS-A-027",
        apartment_address="Via dei Cinquecento 18, 20139 Milano, 2° piano",
        room="bilocale intero",
        start_date=D(2026, 9, 1),
        planned_end=D(2027, 8, 31),
        duration_months=12,
        monthly_contribution=Decimal("120.00"),
        house_rules_version="2026.1",
        municipio="Municipio 4",
        social_worker="Giorgio Lattuada",
        educator="Samuele Riva",
        managing_body="la Cooperativa sociale Progetto Casa (ente gestore)",
        premises=(
            "Il nucleo è stato segnalato dal Servizio sociale territoriale del Municipio 4 a "
            "seguito della perdita dell'alloggio per sfratto esecutivo.",
            "Il percorso di accoglienza è regolato dal progetto individualizzato condiviso "
            "con le persone accolte, che costituisce parte integrante del presente patto.",
        ),
        rules=HOUSE_RULES,
        signatures=(
            SignatureParty("Beneficiaria", "Nguyễn Thị Lan"),
            SignatureParty("Beneficiario", "Nguyễn Văn Minh"),
            SignatureParty("Educatore di riferimento", "Samuele Riva"),
        ),
    )


def sample_handover() -> HandoverDocument:
    """The key handover at the start of a stay, with meters and a furnished-room inventory."""
    return HandoverDocument(
        kind="Consegna",
        date=D(2026, 10, 5),
        printed_on=TODAY,
        apartment_code="RTS-A-031",
        apartment_address="Viale Monza 225, 20126 Milano, scala A, 1° piano",
        room="stanza 1 (matrimoniale)",
        case_code="RTS-2026-0063",
        household=(Person("Ðorđe Petrović", D(1969, 2, 12), "Capofamiglia"),),
        operator="Luca Sangalli",
        keys=(
            KeyItem("Portone condominiale", 1),
            KeyItem("Porta d'ingresso (chiave a doppia mappa)", 2),
            KeyItem("Cassetta postale", 1),
            KeyItem("Cantina n. 14", 1),
        ),
        meters=(
            MeterReading("Energia elettrica", "IT001E12345678", "004512 kWh"),
            MeterReading("Gas", "PDR 00880012345678", "01873 m³"),
            MeterReading("Acqua fredda (contatore di unità)", "W-220941", "00231 m³"),
        ),
        inventory=(
            InventoryItem("Camera", "Letto matrimoniale con materasso", 1, "Nuovo"),
            InventoryItem("Camera", "Armadio a due ante", 1, "Buono"),
            InventoryItem("Cucina", "Piano cottura a induzione", 1, "Buono"),
            InventoryItem("Cucina", "Frigorifero con congelatore", 1, "Buono"),
            InventoryItem("Cucina", "Tavolo e sedie", 5, "Una sedia con seduta rovinata"),
            InventoryItem("Bagno", "Lavatrice", 1, "Buono"),
            InventoryItem("Ingresso", "Estintore (revisione 03/2026)", 1, "Regolare"),
        ),
        condition_notes=(
            "Alloggio ritinteggiato a settembre 2026. Piccola macchia di umidità sul soffitto "
            "del bagno, già segnalata alla manutenzione (segnalazione n. 2026-118).\n\n"
            "Consegnato il libretto con il regolamento della casa e i numeri utili."
        ),
        signatures=(
            SignatureParty("Beneficiario", "Ðorđe Petrović"),
            SignatureParty("Operatore", "Luca Sangalli"),
        ),
    )


def sample_attendance() -> AttendanceSheetDocument:
    """A financial-education workshop with eight expected participants."""
    names = (
        ("Mădălina Ștefan", "RTS-2026-0042"),
        ("Nguyễn Thị Lan", "RTS-2026-0057"),
        ("Ðorđe Petrović", "RTS-2026-0063"),
        ("Fatima Zahra El Idrissi", "RTS-2025-0198"),
        ("Giuseppe Colombo", "RTS-2026-0011"),
        ("Ayşe Yılmaz", "RTS-2026-0070"),
        ("Oluwaseun Adeyemi", "RTS-2025-0164"),
        ("Marisol Quispe Huamán", "RTS-2026-0029"),
    )
    return AttendanceSheetDocument(
        activity="Laboratorio di educazione finanziaria – 2° incontro: il bilancio familiare",
        area="Educazione finanziaria",
        starts_at=dt.datetime(2026, 12, 3, 17, 30),
        ends_at=dt.datetime(2026, 12, 3, 19, 0),
        place="Sala comune, Via Padova 112, Milano",
        printed_on=TODAY,
        educators=("Chiara Bonfanti", "Samuele Riva"),
        participants=tuple(AttendanceLine(n, c) for n, c in names),
        blank_rows=4,
    )


def sample_diary() -> DiaryExtractDocument:
    """Three months of diary notes of one case, including a correction."""
    t = dt.datetime
    return DiaryExtractDocument(
        case_code="RTS-2026-0042",
        date_from=D(2026, 9, 1),
        date_to=D(2026, 11, 25),
        printed_on=TODAY,
        household_name="Nucleo Ștefan",
        kinds=("Visita domiciliare", "Verifica", "Mediazione"),
        requested_by="Elena Mauri (coordinatrice)",
        purpose="Controllo di primo livello PON Metro sulle attività rendicontate.",
        notes=(
            DiaryNoteLine(
                t(2026, 9, 8, 16, 0),
                "Visita domiciliare",
                EDUCATOR,
                "Alloggio in ordine. Mădălina riferisce difficoltà a pagare la "
                "bolletta del gas: concordato un incontro sul bilancio familiare.",
            ),
            DiaryNoteLine(
                t(2026, 10, 3, 18, 20),
                "Mediazione",
                EDUCATOR,
                "L'amministratore segnala rumori serali. Sentita la famiglia "
                "dell'interno 9: propongo un incontro di mediazione a dicembre.\n\n"
                "Ionuț si impegna a usare le cuffie per i videogiochi dopo le 22.",
            ),
            DiaryNoteLine(
                t(2026, 10, 20, 11, 0),
                "Verifica",
                EDUCATOR,
                "Verifica congiunta con l'assistente sociale SST. Esiti riportati "
                "nel progetto individualizzato, versione 2.",
            ),
            DiaryNoteLine(
                t(2026, 10, 21, 9, 15),
                "Verifica",
                EDUCATOR,
                "Correzione: la versione del progetto discussa è la 2, non la 3.",
                correction_of=t(2026, 10, 20, 11, 0),
            ),
            DiaryNoteLine(
                t(2026, 11, 20, 15, 30),
                "Visita domiciliare",
                "Samuele Riva",
                "Visita in sostituzione dell'educatrice di riferimento. Nessun "
                "rilievo; consegnato il calendario del laboratorio di dicembre.",
            ),
        ),
    )
