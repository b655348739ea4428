"""Milan's geography for the demo: real streets grouped by Municipio, with their postcodes."""

from __future__ import annotations

#: Municipio → (street, postcode) pairs; the service's apartments are mostly outside the centre
STREETS: dict[int, list[tuple[str, str]]] = {
    1: [
        ("Via Torino", "20123"),
        ("Corso di Porta Romana", "20122"),
        ("Via Santa Sofia", "20122"),
        ("Via Lanzone", "20123"),
        ("Corso Garibaldi", "20121"),
        ("Via San Maurilio", "20123"),
        ("Via Larga", "20122"),
    ],
    2: [
        ("Via Padova", "20127"),
        ("Via Padova", "20132"),
        ("Via Gluck", "20125"),
        ("Via Crespi", "20127"),
        ("Via Giacosa", "20127"),
        ("Via Sammartini", "20125"),
        ("Via Arquà", "20131"),
        ("Via Palmanova", "20132"),
        ("Via Civitavecchia", "20132"),
        ("Viale Monza", "20127"),
    ],
    3: [
        ("Via Pacini", "20131"),
        ("Via Ampère", "20131"),
        ("Via Teodosio", "20131"),
        ("Viale Argonne", "20133"),
        ("Via Rombon", "20134"),
        ("Via Conte Rosso", "20134"),
        ("Via Porpora", "20131"),
        ("Via Rubattino", "20134"),
    ],
    4: [
        ("Via dei Cinquecento", "20139"),
        ("Via Mompiani", "20139"),
        ("Via Salomone", "20138"),
        ("Viale Molise", "20137"),
        ("Via Lomellina", "20133"),
        ("Viale Umbria", "20135"),
        ("Via Monte Velino", "20137"),
        ("Via Fabio Massimo", "20139"),
        ("Via Oglio", "20139"),
        ("Via Bonfadini", "20138"),
        ("Via Ravenna", "20139"),
    ],
    5: [
        ("Via Ripamonti", "20141"),
        ("Via dei Missaglia", "20142"),
        ("Via Baroni", "20142"),
        ("Via Barrili", "20141"),
        ("Via Palmieri", "20141"),
        ("Via Saponaro", "20142"),
        ("Via Meda", "20141"),
        ("Via Bazzi", "20141"),
    ],
    6: [
        ("Via Giambellino", "20146"),
        ("Via Lorenteggio", "20146"),
        ("Via dei Narcisi", "20147"),
        ("Via Segneri", "20146"),
        ("Via Inganni", "20147"),
        ("Via Odazio", "20146"),
        ("Via Barona", "20142"),
        ("Via Ettore Ponti", "20143"),
        ("Via Zurigo", "20147"),
    ],
    7: [
        ("Via Quarti", "20153"),
        ("Via Bagarotti", "20153"),
        ("Via Selinunte", "20148"),
        ("Via Zamagna", "20148"),
        ("Via Civitali", "20148"),
        ("Via delle Forze Armate", "20152"),
        ("Via Fratelli Zoia", "20153"),
        ("Via Anselmo da Baggio", "20152"),
        ("Via Dolci", "20148"),
    ],
    8: [
        ("Via Lessona", "20157"),
        ("Via Pascarella", "20157"),
        ("Via Aldini", "20157"),
        ("Via Appennini", "20151"),
        ("Via Cilea", "20151"),
        ("Via Gallarate", "20151"),
        ("Via Console Marcello", "20156"),
        ("Via Mac Mahon", "20155"),
        ("Via Cenisio", "20154"),
        ("Via Val Trompia", "20157"),
    ],
    9: [
        ("Via Comasina", "20161"),
        ("Via Hermada", "20162"),
        ("Via Ornato", "20162"),
        ("Via Padre Luigi Monti", "20162"),
        ("Via Pellegrino Rossi", "20161"),
        ("Via Dergano", "20158"),
        ("Via Carlo Imbonati", "20159"),
        ("Via Livigno", "20158"),
        ("Via Guerzoni", "20158"),
        ("Via Maffucci", "20158"),
        ("Viale Fulvio Testi", "20162"),
    ],
}

#: how the apartments spread over the Municipi (peripheral ones hold most public housing)
MUNICIPIO_WEIGHTS = {1: 2, 2: 12, 3: 8, 4: 14, 5: 12, 6: 14, 7: 13, 8: 13, 9: 12}

#: where the educators' office is (colloqui happen there)
OFFICE = "Sede RTS – Via dei Cinquecento 20, Milano"
GROUP_PLACES = [
    "Sede RTS – sala riunioni",
    "Casa di quartiere Giambellino",
    "Spazio civico di Via Padova",
    "Biblioteca Calvairate",
    "Centro di aggregazione di Quarto Oggiaro",
    "Sala polivalente Municipio 5",
]
WORK_PLACES = [
    "Centro per l'impiego di Milano – Via Strabone",
    "AFOL Metropolitana – sportello lavoro",
    "Celav – Centro di mediazione al lavoro",
    "Agenzia per il lavoro in Viale Monza",
]

REFERRAL_SOURCES = {
    "SST Municipio": 60,
    "Centro Aiuto Stazione Centrale": 10,
    "Casa dell'accoglienza Enzo Jannacci": 8,
    "Servizio sociale ospedaliero – Niguarda": 5,
    "UEPE Milano": 4,
    "Servizio per l'adulto in difficoltà": 8,
    "Unità mobile notturna": 5,
}

#: ETHOS operational categories (and sub-categories) at entry
REFERRAL_ETHOS = {
    "1": 12,
    "2": 22,
    "3": 18,
    "6.1": 8,
    "11.2": 8,
    "8.1": 14,
    "9.1": 18,
}
