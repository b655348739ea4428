"""The Italian singular of the ``%n`` entries of cases, plans and common widgets, answered
by a translator of their own: a test that reads "1 caso" does not depend on the Italian
catalogue carrying every numerus form, and the code must still ask for the entry with its
number (a text built by hand would not get the singular)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from rts_desktop.kernel import i18n

#: (context, Italian plural as in the code) → the Italian singular
ITALIAN_ONE: dict[tuple[str, str], str] = {
    ("DocumentsTab", "%n documenti richiesti mancanti o scaduti."): (
        "%n documento richiesto mancante o scaduto."
    ),
    ("DeadlinesPanel", "%n scadenze"): "%n scadenza",
    ("DeadlinesPanel", "%n già superate"): "%n già superata",
    ("CasesPage", "%n casi"): "%n caso",
    ("FseTab", "{status} (%n mesi senza lavoro)"): "{status} (%n mese senza lavoro)",
    ("BatchPrintDialog", "%n progetti"): "%n progetto",
    ("PlansPage", "%n progetti"): "%n progetto",
    ("AssessmentWidget", "%n valutazioni"): "%n valutazione",
    ("ProgressChart", "%n valutazioni"): "%n valutazione",
    ("ProgressChart", "%n ambiti"): "%n ambito",
    ("PlanEditor", "%n obiettivi"): "%n obiettivo",
    ("AgreementTab", "%n mensilità, {amount}"): "%n mensilità, {amount}",
}


def italian_form(context: str, source: str, n: int) -> str | None:
    """The Italian text of a numerus entry for ``n`` (``%n`` left in), None for others."""
    one = ITALIAN_ONE.get((context, source))
    if one is None or n < 0:
        return None
    return one if n == 1 else source


class ItalianPlurals(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = italian_form(context, source, n)
        return found.replace("%n", str(n)) if found else None  # None: the next translator

    def isEmpty(self) -> bool:
        return False


@contextmanager
def italian_plurals(app: QCoreApplication) -> Iterator[None]:
    """Widgets (``tr``) and the core (``translator``) answer the singular for one."""
    previous = i18n._backend
    translator = ItalianPlurals()

    def backend(lang: str, context: str, source: str, n: int) -> str | None:
        found = italian_form(context, source, n) if lang == "it" else None
        if found is not None:
            return found
        return previous(lang, context, source, n) if previous is not None else None

    app.installTranslator(translator)
    i18n.install_backend(backend)
    try:
        yield
    finally:
        i18n.install_backend(previous)
        app.removeTranslator(translator)


@pytest.fixture
def plurals(qapp: QCoreApplication) -> Iterator[None]:
    with italian_plurals(qapp):
        yield
