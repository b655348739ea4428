"""The areas of the main window and the page that builds each one.

``page`` is "module:Class" of a QWidget taking a ``UiEnv``; None means the area is not built
yet and the main window shows what it will hold.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from rts_desktop.ui.env import UiEnv


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    purpose: str
    page: str | None = None


def areas() -> list[Area]:
    tr = lambda text: QWidget.tr(text)  # noqa: E731 - translation context "QWidget"
    return [
        Area(
            "today",
            tr("&Oggi"),
            tr("La giornata: appuntamenti, presenze e note da fare, arrivi, scadenze."),
            page="rts_desktop.ui.today.page:TodayPage",
        ),
        Area(
            "cases",
            tr("&Casi"),
            tr("Elenco dei casi, ricerca delle persone, fascicolo di ogni nucleo."),
            page="rts_desktop.ui.cases.page:CasesPage",
        ),
        Area(
            "housing",
            tr("&Alloggi"),
            tr("Alloggi e stanze, posti liberi, inserimenti, consegne chiavi e guasti."),
            page="rts_desktop.ui.housing.page:HousingPage",
        ),
        Area(
            "calendar",
            tr("Ca&lendario"),
            tr("Appuntamenti, attività di gruppo con presenze, scadenze."),
            page="rts_desktop.ui.calendar.page:CalendarPage",
        ),
        Area(
            "plans",
            tr("&Piani e documenti"),
            tr("Progetti individualizzati, valutazioni dell'autonomia, stampe."),
            page="rts_desktop.ui.plans.page:PlansPage",
        ),
        Area(
            "reports",
            tr("&Report"),
            tr("Indicatori del servizio ed esportazioni."),
            page="rts_desktop.ui.reports.page:ReportsPage",
        ),
        Area(
            "sync",
            tr("&Sincronizzazione"),
            tr("Scambio di pacchetti tra portatili e conflitti da risolvere."),
            page="rts_desktop.ui.sync.page:SyncPage",
        ),
        Area(
            "audit",
            tr("Re&gistro accessi"),
            tr("Chi ha letto o modificato i dati: filtri ed esportazione (coordinatori)."),
            page="rts_desktop.ui.audit.page:AuditPage",
        ),
    ]


def build_page(area: Area, env: UiEnv) -> QWidget | None:
    """The area's page, or None when the area is not built yet."""
    if area.page is None:
        return None
    module_name, class_name = area.page.split(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    return page_class(env)
