"""Colours and labels of the activity areas (colour is never the only signal: every block
also carries the area's text label) and the local-time helpers of the views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor

from rts_desktop.models.vocab import ActivityArea, label
from rts_desktop.services.calendar.recurrence import ROME

#: calm, distinguishable fills (dark text stays readable on all of them)
AREA_COLORS: dict[str, str] = {
    ActivityArea.COLLOQUIO: "#cfe3f7",
    ActivityArea.VISITA_DOMICILIARE: "#d4edd6",
    ActivityArea.EDUCAZIONE_FINANZIARIA: "#fbe3b4",
    ActivityArea.EDUCAZIONE_ABITARE: "#e6dcf5",
    ActivityArea.LAVORO: "#f5d5c8",
    ActivityArea.ACCOMPAGNAMENTO_USCITA: "#c9ece8",
    ActivityArea.SOCIALIZZAZIONE: "#f7d6e6",
    ActivityArea.MEDIAZIONE: "#f4e9a8",
    ActivityArea.VERIFICA_PI: "#d9dcf3",
    ActivityArea.SOPRALLUOGO: "#e2e8c8",
    ActivityArea.MANUTENZIONE: "#e0e0e0",
    ActivityArea.ALTRO: "#eeeeee",
}
BORDER = "#5f6b7a"
DEADLINE_COLOR = "#fde2e1"


@dataclass(frozen=True)
class AreaStyle:
    code: str
    label: str
    fill: QColor
    edge: QColor


@lru_cache(maxsize=64)
def area_style(code: str) -> AreaStyle:
    """Cached: thousands of blocks share a dozen styles (treat the colours as read-only)."""
    fill = QColor(AREA_COLORS.get(code, "#eeeeee"))
    return AreaStyle(code, label(code), fill, fill.darker(160))


def area_codes() -> list[str]:
    return [str(a) for a in ActivityArea]


@lru_cache(maxsize=8192)
def local(instant: dt.datetime) -> dt.datetime:
    """A UTC instant as naive Europe/Rome wall time (what the grid draws).

    Cached: a busy week repeats the same few hundred start and end times."""
    return instant.astimezone(ROME).replace(tzinfo=None)


def aware(wall: dt.datetime) -> dt.datetime:
    """Naive Europe/Rome wall time as an aware datetime (what the services take)."""
    return wall.replace(tzinfo=ROME)


WEEKDAYS = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip
