"""A stand-in English catalogue for the documents' tests: real English for the texts the
tests look for, "EN:" before any other, so an Italian text left untranslated shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rts_desktop.kernel import i18n

ENGLISH: dict[str, str] = {
    "Progetto individualizzato": "Individual plan",
    "Nucleo beneficiario": "Beneficiary household",
    "Obiettivi e azioni": "Goals and actions",
    "Storico delle verifiche": "Review history",
    "Nome e cognome": "Full name",
    "Pagina {number} di {total}": "Page {number} of {total}",
    "stampato il": "printed on",
    "{label} {date}": "{label} {date}",
    "{title} {code}": "{title} {code}",
    "{month} {year}": "{month} {year}",
    "{day} {month} {year}": "{day} {month} {year}",
    "Ricevuta di pagamento": "Payment receipt",
    "Milano, {date}": "Milan, {date}",
    "Comune di Milano": "City of Milan",
    "Condiviso": "Agreed",
    "Report del servizio": "Service report",
    "Nessun dato nel periodo.": "No data in the period.",
    "Periodo {start}–{end} · {where}": "Period {start}–{end} · {where}",
    "tutti i Municipi": "all Municipi",
    "Filtro": "Filter",
    "Riepilogo": "Summary",
    **{
        it: en
        for it, en in zip(
            [
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ],
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            strict=True,
        )
    },
}


def fake_english(lang: str, context: str, source: str, n: int) -> str | None:
    if lang != "en":
        return None
    return ENGLISH.get(source, "EN:" + source)


@contextmanager
def english_catalogue() -> Iterator[None]:
    """English from ``fake_english``; Italian (its plural forms) from the catalogue as before."""
    previous = i18n._backend

    def backend(lang: str, context: str, source: str, n: int) -> str | None:
        if lang == "en":
            return fake_english(lang, context, source, n)
        return previous(lang, context, source, n) if previous is not None else None

    i18n.install_backend(backend)
    try:
        yield
    finally:
        i18n.install_backend(previous)
