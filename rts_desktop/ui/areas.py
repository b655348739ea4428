"""The areas of the main window and the page that builds each one.

``page`` is "module:Class" of a QWidget taking a ``UiEnv``; None means the area is not built
yet and the main window shows what it will hold.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from rts_desktop.kernel.i18n import translator

if TYPE_CHECKING:
    from rts_desktop.ui.env import UiEnv

_tr = translator("areas")


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    purpose: str
    page: str | None = None


def areas() -> list[Area]:
    """The areas, titled in the current language."""
    return [
        Area(
            "today",
            _tr("&Oggi"),
            _tr("La giornata: appuntamenti, presenze e note da fare, arrivi, scadenze."),
            page="rts_desktop.ui.today.page:TodayPage",
        ),
        Area(
            "cases",
            _tr("&Casi"),
            _tr("Elenco dei casi, ricerca delle persone, fascicolo di ogni nucleo."),
            page="rts_desktop.ui.cases.page:CasesPage",
        ),
        Area(
            "housing",
            _tr("&Alloggi"),
            _tr("Alloggi e stanze, posti liberi, inserimenti, consegne chiavi e guasti."),
            page="rts_desktop.ui.housing.page:HousingPage",
        ),
        Area(
            "calendar",
            _tr("Ca&lendario"),
            _tr("Appuntamenti, attività di gruppo con presenze, scadenze."),
            page="rts_desktop.ui.calendar.page:CalendarPage",
        ),
        Area(
            "plans",
            _tr("&Piani e documenti"),
            _tr("Progetti individualizzati, valutazioni dell'autonomia, stampe."),
            page="rts_desktop.ui.plans.page:PlansPage",
        ),
        Area(
            "reports",
            _tr("&Report"),
            _tr("Indicatori del servizio ed esportazioni."),
            page="rts_desktop.ui.reports.page:ReportsPage",
        ),
        Area(
            "sync",
            _tr("&Sincronizzazione"),
            _tr("Scambio di pacchetti tra portatili e conflitti da risolvere."),
            page="rts_desktop.ui.sync.page:SyncPage",
        ),
        Area(
            "audit",
            _tr("Re&gistro accessi"),
            _tr("Chi ha letto o modificato i dati: filtri ed esportazione (coordinatori)."),
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
