"""Name pools by nationality, matching the service's population in Milan.

Italian and Romanian names come from Faker (seeded); Faker's Arabic, Ukrainian and Bengali
locales write in their own scripts, and there is no Peruvian, Eritrean or Senegalese one,
so those use hand-written pools of names transliterated to Latin letters, as they appear on
Italian documents. Diacritics are kept ("Ștefan", "Mădălina", "Huamán", "Ndèye").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

#: nationality (ISO 3166-1 alpha-2) → weight in the population
NATIONALITY_WEIGHTS: dict[str, float] = {
    "IT": 34,
    "RO": 10,
    "MA": 10,
    "EG": 9,
    "PE": 6,
    "UA": 5,
    "ER": 5,
    "SN": 5,
    "AL": 4,
    "BD": 3,
    "PH": 3,
    "LK": 3,
}

LANGUAGES = {
    "IT": "italiano",
    "RO": "romeno, italiano",
    "MA": "arabo, francese, italiano",
    "EG": "arabo, italiano",
    "PE": "spagnolo, italiano",
    "UA": "ucraino, russo",
    "ER": "tigrino, arabo",
    "SN": "wolof, francese",
    "AL": "albanese, italiano",
    "BD": "bengalese, inglese",
    "PH": "tagalog, inglese",
    "LK": "singalese, inglese",
}

#: birthplaces: Italian comune → Belfiore code; abroad: cities, with the country's Z code
ITALIAN_PLACES = {
    "Milano": "F205",
    "Napoli": "F839",
    "Palermo": "G273",
    "Bari": "A662",
    "Catania": "C351",
    "Torino": "L219",
    "Roma": "H501",
    "Brescia": "B157",
    "Bergamo": "A794",
    "Foggia": "D643",
    "Reggio di Calabria": "H224",
    "Genova": "D969",
    "Cagliari": "B354",
    "Sesto San Giovanni": "I690",
    "Monza": "F704",
}
FOREIGN_PLACES: dict[str, tuple[str, list[str]]] = {
    "RO": ("Z129", ["București", "Iași", "Constanța", "Craiova", "Bacău", "Brăila"]),
    "MA": ("Z330", ["Casablanca", "Khouribga", "Beni Mellal", "Fès", "Marrakech", "Tangeri"]),
    "EG": ("Z336", ["Il Cairo", "Alessandria d'Egitto", "Zagazig", "Fayyum", "Mansura"]),
    "PE": ("Z611", ["Lima", "Arequipa", "Cusco", "Trujillo", "Chiclayo", "Huánuco"]),
    "UA": ("Z138", ["Kyiv", "Kharkiv", "Lviv", "Odesa", "Zaporizhzhia", "Ternopil"]),
    "ER": ("Z368", ["Asmara", "Keren", "Massaua", "Mendefera"]),
    "SN": ("Z343", ["Dakar", "Thiès", "Touba", "Saint-Louis", "Kaolack", "Ziguinchor"]),
    "AL": ("Z100", ["Tirana", "Durrës", "Elbasan", "Fier", "Shkodër", "Vlorë"]),
    "BD": ("Z249", ["Dhaka", "Chittagong", "Sylhet", "Comilla"]),
    "PH": ("Z216", ["Manila", "Quezon City", "Batangas", "Cebu"]),
    "LK": ("Z209", ["Colombo", "Negombo", "Kandy", "Wennappuwa"]),
}

# (male first names, female first names, last names), ";"-separated
HAND_POOLS_TEXT: dict[str, tuple[str, str, str]] = {
    "MA": (
        (
            "Mohamed;Youssef;Rachid;Abdelali;Hicham;Mustapha;Said;Karim;Omar;Hamza;Nabil;Adil;"
            "Abdellah;Khalid;Mehdi;Soufiane;Ayoub;Brahim"
        ),
        (
            "Fatima;Khadija;Naima;Latifa;Samira;Hayat;Meryem;Salma;Nadia;Zineb;Houda;Souad;Imane;"
            "Malika;Hafsa;Loubna"
        ),
        (
            "El Amrani;Benali;El Idrissi;Bouzid;Ait Taleb;Chakir;El Fassi;Bennani;Ouali;Lahlou;"
            "Tazi;El Khattabi;Belhaj;Zerouali;Amrani;Haddad;Moussaoui;El Ouardi"
        ),
    ),
    "EG": (
        (
            "Ahmed;Mahmoud;Mostafa;Abdelrahman;Hassan;Tarek;Amr;Sherif;Walid;Ibrahim;Hany;Ayman;"
            "Karim;Islam;Yasser"
        ),
        "Mona;Heba;Amira;Nour;Rania;Shaimaa;Dina;Yasmin;Mariam;Aya;Salma;Eman;Nadia",
        (
            "Abdelaziz;Hassan;Mahmoud;El Sayed;Ibrahim;Mostafa;Abdel Fattah;Soliman;Farag;Gaber;"
            "Ramadan;Youssef;Shehata;Khalil;Mansour"
        ),
    ),
    "PE": (
        (
            "José;Luis;Jesús;Juan;Carlos;Víctor;Miguel;Ángel;Jorge;Raúl;Wilmer;Edwin;Percy;Julio;"
            "César"
        ),
        (
            "María;Rosa;Ana;Luz;Milagros;Flor;Gladys;Sofía;Yolanda;Carmen;Verónica;Maribel;Lucía;"
            "Nélida"
        ),
        (
            "Quispe;Mamani;Huamán;Flores;Condori;Chávez;Rojas;Ramírez;Gutiérrez;Vásquez;Torres;"
            "Núñez;Ccori;Mendoza;Castillo;Paucar"
        ),
    ),
    "UA": (
        "Andriy;Mykola;Oleksandr;Serhiy;Volodymyr;Dmytro;Yuriy;Vasyl;Ivan;Taras;Bohdan;Petro",
        (
            "Oksana;Olena;Yulia;Nataliya;Halyna;Iryna;Tetiana;Svitlana;Mariya;Liudmyla;Olha;"
            "Kateryna;Nadiya"
        ),
        (
            "Kovalenko;Shevchenko;Bondarenko;Tkachenko;Kravchenko;Melnyk;Boyko;Moroz;Lysenko;"
            "Savchenko;Rudenko;Marchenko;Polishchuk;Hnatyuk"
        ),
    ),
    "ER": (
        (
            "Yonas;Filmon;Mussie;Tesfay;Dawit;Samuel;Yohannes;Biniam;Habtom;Kidane;Mehari;Robel;"
            "Amanuel"
        ),
        "Semhar;Senait;Helen;Selam;Luwam;Saba;Mebrat;Freweini;Hiwet;Winta;Ruta",
        (
            "Tesfaye;Haile;Ghebremedhin;Tekle;Mebrahtu;Berhane;Gebreyesus;Weldemariam;Kahsay;"
            "Andemariam;Teklehaimanot;Asmerom"
        ),
    ),
    "SN": (
        (
            "Mamadou;Cheikh;Ousmane;Moussa;Ibrahima;Abdoulaye;Modou;Babacar;Pape;Serigne;Alioune;"
            "Lamine"
        ),
        "Aminata;Fatou;Awa;Ndèye;Mariama;Coumba;Khady;Adama;Aïssatou;Dieynaba;Rokhaya",
        "Ndiaye;Diop;Fall;Sow;Ba;Diallo;Mbaye;Sarr;Gueye;Faye;Cissé;Seck;Thiam;Niang",
    ),
    "AL": (
        "Arben;Dritan;Ilir;Gëzim;Besnik;Erion;Altin;Fatmir;Ermal;Sokol;Klodian;Artan",
        "Ermira;Elona;Blerina;Mirela;Anila;Drita;Lindita;Valbona;Entela;Jonida;Flutura",
        "Hoxha;Çela;Dervishi;Shehu;Kola;Gjoka;Leka;Berisha;Hysaj;Marku;Prifti;Dushku",
    ),
    "BD": (
        "Mohammad;Abdul;Rahim;Karim;Shahidul;Mizanur;Rafiqul;Jahangir;Sohel;Arif;Masud",
        "Fatema;Nasrin;Shirin;Rokeya;Taslima;Salma;Sumaiya;Ruma;Parvin;Hasina",
        "Rahman;Hossain;Akter;Islam;Uddin;Miah;Khan;Chowdhury;Sarker;Begum;Ahmed",
    ),
    "PH": (
        "Jose;Mark;Rodel;Jomar;Ramon;Arnel;Jerome;Rommel;Dante;Noel",
        "Maria;Cristina;Rowena;Marites;Jocelyn;Analyn;Lorna;Rosalie;Girlie;Marivic",
        (
            "Santos;Reyes;Dela Cruz;Bautista;Garcia;Mendoza;Villanueva;Aquino;Ramos;Castillo;"
            "Manalo;Pascual"
        ),
    ),
    "LK": (
        "Nimal;Sunil;Chaminda;Ruwan;Pradeep;Kasun;Lasantha;Saman;Mahesh;Nuwan",
        "Chamari;Dilani;Nadeesha;Sanduni;Kumari;Anoma;Dilrukshi;Iresha;Shyamali",
        (
            "Perera;Fernando;Silva;Jayasinghe;Wickramasinghe;Rodrigo;Gunawardena;Dissanayake;"
            "Bandara;Herath"
        ),
    ),
}


#: always present in the Romanian pool, so demo data shows names that need Unicode
RO_EXTRA = (["Ștefan", "Răzvan", "Costică"], ["Mădălina", "Ioana", "Lăcrămioara"], ["Țurcanu"])


@dataclass(frozen=True)
class Pool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]


def _faker_pool(locale: str, seed: int, size: int) -> Pool:
    fake = Faker(locale)
    fake.seed_instance(seed)
    male = sorted({fake.first_name_male() for _ in range(size)})
    female = sorted({fake.first_name_female() for _ in range(size)})
    last = sorted({fake.last_name() for _ in range(size * 2)})
    return Pool(tuple(male), tuple(female), tuple(last))


def build_pools(seed: int, size: int = 300) -> dict[str, Pool]:
    """Name pools per nationality: Faker (seeded) for IT and RO, hand-written for the rest."""
    pools = {"IT": _faker_pool("it_IT", seed, size)}
    ro = _faker_pool("ro_RO", seed, size)
    pools["RO"] = Pool(
        tuple(sorted(set(ro.male) | set(RO_EXTRA[0]))),
        tuple(sorted(set(ro.female) | set(RO_EXTRA[1]))),
        tuple(sorted(set(ro.last) | set(RO_EXTRA[2]))),
    )
    for code, (male, female, last) in HAND_POOLS_TEXT.items():
        pools[code] = Pool(tuple(male.split(";")), tuple(female.split(";")), tuple(last.split(";")))
    return pools


def italian_names(seed: int, count: int) -> list[tuple[str, str, str]]:
    """Distinct Italian (first, last, sex) triples for operators and social workers."""
    fake = Faker("it_IT")
    fake.seed_instance(seed)
    seen: dict[str, tuple[str, str, str]] = {}
    rng = random.Random(f"{seed}:staff")
    while len(seen) < count:
        sex = "F" if rng.random() < 0.7 else "M"  # social work is mostly women
        first = fake.first_name_female() if sex == "F" else fake.first_name_male()
        last = fake.last_name()
        seen.setdefault(f"{first} {last}", (first, last, sex))
    return list(seen.values())
