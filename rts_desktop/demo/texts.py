"""Plausible Italian text for the demo, built by combining template phrases."""

from __future__ import annotations

import random

NOTE_PHRASES: dict[str, list[list[str]]] = {
    "colloquio_ingresso": [
        [
            "Colloquio di ingresso con {nome} presso la sede.",
            "Primo colloquio con {nome} insieme all'assistente sociale del Municipio.",
            "Colloquio di accoglienza: presentati il servizio e il regolamento della casa.",
        ],
        [
            "Riferisce di aver dormito negli ultimi mesi in dormitorio e da conoscenti.",
            "Racconta la perdita dell'alloggio dopo lo sfratto per morosità incolpevole.",
            "Emerge una rete familiare fragile ma presente.",
            "Porta con sé i documenti principali; manca l'ISEE aggiornato.",
            "Si mostra motivato/a ad avviare il percorso e a rispettare il patto.",
        ],
        [
            "Concordato un primo obiettivo sulla gestione del denaro.",
            "Fissato il prossimo incontro per la firma del patto di accoglienza.",
            "Da verificare con l'SST la situazione sanitaria.",
        ],
    ],
    "verifica": [
        [
            "Verifica del progetto individualizzato con {nome} e l'assistente sociale.",
            "Incontro di verifica trimestrale del progetto.",
        ],
        [
            "Obiettivi sull'abitare in gran parte raggiunti: la casa è tenuta in ordine.",
            "Il pagamento della quota è regolare da tre mesi.",
            "Persistono ritardi nel pagamento della quota: concordato un piano di rientro.",
            "La ricerca del lavoro procede: due colloqui sostenuti nel mese.",
            "Ottenuto il rinnovo del permesso di soggiorno.",
            "Avviata la domanda per l'alloggio ERP.",
        ],
        [
            "Si ridefiniscono le azioni per i prossimi tre mesi.",
            "Prossima verifica fissata tra tre mesi.",
            "Si valuta la proroga dell'inserimento.",
        ],
    ],
    "dimissione": [
        [
            "Colloquio di dimissione con {nome}.",
            "Chiusura del percorso e riconsegna delle chiavi.",
        ],
        [
            "Il nucleo si trasferisce nell'alloggio assegnato.",
            "Uscita concordata con l'SST dopo il raggiungimento degli obiettivi principali.",
            "Uscita anticipata: il percorso si interrompe.",
        ],
        [
            "Fissato il follow-up a sei mesi.",
            "Lasciati i recapiti del servizio per eventuali necessità.",
        ],
    ],
    "visita_domiciliare": [
        [
            "Visita domiciliare nell'alloggio.",
            "Visita domiciliare concordata con {nome}.",
            "Visita domiciliare con la collega.",
        ],
        [
            "L'alloggio è in buone condizioni e ben curato.",
            "Cucina in disordine; ripresi insieme i turni delle pulizie.",
            "Segnalata una perdita dal rubinetto del bagno: aperta segnalazione guasto.",
            "Buona convivenza con gli altri ospiti.",
            "Qualche tensione con i vicini per il rumore serale.",
            "Nessuna criticità da segnalare.",
        ],
        ["", "Prossima visita tra un mese.", "Concordato di riparlarne al prossimo colloquio."],
    ],
    "mediazione": [
        [
            "Incontro di mediazione tra {nome} e i coinquilini.",
            "Mediazione con l'amministratore di condominio e i vicini del piano.",
        ],
        [
            "Il conflitto riguarda l'uso degli spazi comuni.",
            "Le parti riferiscono tensioni legate agli orari e al rumore.",
            "Emergono incomprensioni sulla divisione delle spese.",
        ],
        [
            "Raggiunto un accordo sui turni di pulizia.",
            "Accordo parziale: nuovo incontro tra due settimane.",
            "Le parti si impegnano a rispettare le regole della casa.",
        ],
    ],
    "libera": [
        [
            "Telefonata con {nome}.",
            "Accompagnamento di {nome} all'ufficio anagrafe.",
            "Contatto con l'assistente sociale di riferimento.",
            "{nome} passa in sede senza appuntamento.",
            "Accompagnamento al CPS per la presa in carico.",
        ],
        [
            "Aggiornamento sulla ricerca del lavoro.",
            "Chiede informazioni sul bando ERP.",
            "Consegnata la documentazione per l'ISEE.",
            "Riferisce difficoltà economiche questo mese.",
            "Concordato il pagamento della quota arretrata in due rate.",
            "Presentata la domanda per l'Assegno di inclusione.",
        ],
        ["", "", "Da riprendere al prossimo colloquio."],
    ],
}

GOALS: dict[str, list[tuple[str, str]]] = {
    "abitare": [
        ("Curare l'alloggio e gli spazi comuni", "Esito positivo delle visite domiciliari"),
        ("Gestire in autonomia le utenze domestiche", "Bollette pagate alla scadenza"),
    ],
    "convivenza_condominio": [
        ("Rispettare il regolamento della casa", "Nessun richiamo nel trimestre"),
        ("Migliorare la convivenza con i coinquilini", "Turni di pulizia rispettati"),
    ],
    "gestione_denaro": [
        ("Pagare regolarmente la quota di compartecipazione", "Nessuna mensilità arretrata"),
        ("Tenere un bilancio familiare mensile", "Quaderno delle spese compilato"),
    ],
    "lavoro_formazione": [
        ("Trovare un'occupazione stabile", "Contratto di almeno sei mesi"),
        ("Frequentare un corso di formazione professionale", "Attestato di frequenza"),
        ("Iscriversi al Centro per l'impiego", "DID rilasciata"),
    ],
    "salute_benessere": [
        ("Scegliere il medico di base e seguire le cure", "Medico di base assegnato"),
        ("Mantenere la presa in carico presso il servizio specialistico", "Visite regolari"),
    ],
    "documenti_pratiche": [
        ("Rinnovare il permesso di soggiorno", "Ricevuta della Questura"),
        ("Ottenere la residenza e la carta d'identità", "Carta d'identità rilasciata"),
        ("Presentare l'ISEE aggiornato", "Attestazione ISEE valida"),
    ],
    "relazioni_rete": [
        ("Rafforzare la rete di sostegno", "Contatti regolari con la rete"),
        ("Riallacciare i rapporti con i familiari", "Incontri con i figli"),
    ],
    "tempo_libero": [
        ("Partecipare alle attività del quartiere", "Almeno un'attività al mese"),
    ],
    "progetto_uscita": [
        ("Individuare una soluzione abitativa stabile", "Domanda ERP o contratto d'affitto"),
        ("Accumulare un risparmio per il deposito cauzionale", "Risparmio di 1.000 euro"),
    ],
}

ACTIONS: dict[str, list[str]] = {
    "beneficiario": [
        "Presentare la domanda",
        "Partecipare agli incontri di gruppo",
        "Portare la documentazione richiesta",
        "Tenere il quaderno delle spese",
        "Contattare le agenzie per il lavoro",
        "Prenotare la visita",
    ],
    "educatore": [
        "Accompagnare agli uffici competenti",
        "Verificare mensilmente l'andamento",
        "Supportare nella compilazione dei moduli",
        "Organizzare la visita domiciliare",
        "Mettere in contatto con lo sportello lavoro",
    ],
    "sst": [
        "Valutare il contributo economico",
        "Aggiornare la relazione sociale",
        "Attivare la rete dei servizi specialistici",
    ],
    "altro": [
        "Il patronato segue la pratica",
        "Il CPI propone un tirocinio",
        "Lo sportello legale verifica la posizione",
    ],
}

REVIEW_COMMENTS = {
    "raggiunto": ["Obiettivo raggiunto.", "Raggiunto nei tempi previsti."],
    "parzialmente_raggiunto": ["Progressi evidenti, da consolidare.", "In parte raggiunto."],
    "non_raggiunto": ["Non raggiunto: da riformulare.", "Nessun progresso nel periodo."],
    "sospeso": ["Sospeso per motivi di salute.", "Rinviato al prossimo periodo."],
}

EXTENSION_REASONS = [
    "In attesa dell'assegnazione dell'alloggio ERP.",
    "Percorso lavorativo avviato: serve tempo per consolidare il reddito.",
    "Proroga concordata con l'SST per completare il progetto di uscita.",
    "Nascita di un figlio durante l'inserimento.",
    "Rinnovo del permesso di soggiorno ancora in corso.",
]

EXIT_REASONS = {
    "erp": "Assegnazione di un alloggio di edilizia residenziale pubblica.",
    "housing_sociale": "Ingresso in un alloggio in housing sociale a canone calmierato.",
    "affitto_libero": "Firma di un contratto di affitto sul mercato libero.",
    "rientro_famiglia": "Rientro presso la famiglia d'origine.",
    "comunita": "Inserimento in comunità più adatta ai bisogni emersi.",
    "dormitorio": "Interruzione del percorso e rientro in dormitorio.",
    "strada": "Abbandono dell'alloggio senza preavviso.",
    "istituto": "Ingresso in una struttura sanitaria.",
    "decesso": "Decesso.",
    "ignota": "Uscita senza comunicare la nuova sistemazione.",
}
NOT_ADMITTED = [
    ("ignota", "Rinuncia al percorso prima dell'ingresso."),
    ("dormitorio", "Non sussistono i requisiti di accesso: rinviato al servizio dormitori."),
    ("rientro_famiglia", "Trovata una sistemazione presso parenti."),
    ("comunita", "Nessun posto disponibile: inviato ad altra struttura."),
]

SUSPENSIONS = [
    "Ricovero ospedaliero",
    "Rientro temporaneo nel paese d'origine per motivi familiari",
    "Periodo di detenzione",
]
FOLLOW_UPS = [
    "Contatto telefonico: la situazione abitativa è stabile.",
    "Incontro in sede: lavoro mantenuto, affitto pagato regolarmente.",
    "Non raggiungibile ai recapiti lasciati.",
    "Segnalate difficoltà economiche: riattivato il contatto con l'SST.",
]

WARNINGS = [
    "Ospiti non autorizzati nell'alloggio.",
    "Ripetuti ritardi nel pagamento della quota.",
    "Mancato rispetto dei turni di pulizia.",
    "Rumori molesti segnalati dal condominio.",
]

MAINTENANCE = [
    "Perdita d'acqua dal sifone del lavello.",
    "Caldaia in blocco, niente acqua calda.",
    "Tapparella della camera bloccata.",
    "Serratura del portone difficile da aprire.",
    "Infiltrazione di umidità sul soffitto del bagno.",
    "Presa elettrica della cucina non funzionante.",
    "Scarico della doccia otturato.",
    "Vetro della finestra incrinato.",
]
ASSIGNEES = [
    "MM – Servizio manutenzioni",
    "Idraulico convenzionato",
    "Elettricista convenzionato",
    "Educatore (piccola manutenzione)",
]
INSPECTION_OUTCOMES = [
    "Buone condizioni",
    "Buone condizioni",
    "Da migliorare la pulizia",
    "Piccoli interventi necessari",
    "Danni da segnalare al proprietario",
]
INVENTORY = "Letti, armadi, tavolo con sedie, frigorifero, piano cottura, lavatrice."
CONDITIONS = [
    "Alloggio in buono stato, pareti pulite.",
    "Segni di usura normali.",
    "Da ritinteggiare la camera.",
    "Pulizia da completare in cucina.",
]

INDIVIDUAL_TITLES = {
    "colloquio": ["Colloquio con {nome}", "Colloquio di monitoraggio – {nome}"],
    "visita_domiciliare": ["Visita domiciliare – {nome}"],
    "lavoro": ["Accompagnamento al CPI – {nome}", "Bilancio di competenze – {nome}"],
    "educazione_abitare": ["Educazione all'abitare – {nome}"],
    "educazione_finanziaria": ["Educazione finanziaria individuale – {nome}"],
    "accompagnamento_uscita": ["Visita alloggio per l'uscita – {nome}", "Pratica ERP – {nome}"],
    "verifica_pi": ["Verifica del progetto – {nome}"],
    "mediazione": ["Mediazione – {nome}"],
    "altro": ["Accompagnamento in Questura – {nome}", "Accompagnamento ATS – {nome}"],
}
GROUP_TITLES = {
    "educazione_finanziaria": "Educazione finanziaria: il bilancio familiare",
    "educazione_abitare": "Laboratorio: vivere in condominio",
    "socializzazione": "Gruppo di socializzazione",
    "lavoro": "Laboratorio di ricerca attiva del lavoro",
}

SUMMARIES = [
    "Nucleo in uscita da sfratto, seguito dall'SST da due anni.",
    "Persona sola in uscita da dormitorio, con lavoro saltuario.",
    "Madre sola con figli minori, rete familiare assente.",
    "Persona in dimissione ospedaliera senza alloggio.",
    "Coppia con reddito insufficiente dopo la perdita del lavoro.",
    "Persona con lunga permanenza in strada, agganciata dall'unità mobile.",
]


def note_text(rng: random.Random, kind: str, name: str) -> str:
    """Two or three template phrases of a note kind, with the person's name."""
    parts = [rng.choice(options) for options in NOTE_PHRASES[kind]]
    return " ".join(p for p in parts if p).replace("{nome}", name)
