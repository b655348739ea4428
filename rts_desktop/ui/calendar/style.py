"""Colours and labels of the activity areas (colour is never the only signal: every block
also carries the area's text label) and the local-time helpers of the views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from rts_desktop.kernel.i18n import text_of
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
    #: the area's name as marked in the vocabulary (Italian)
    name: str
    fill: QColor
    edge: QColor

    @property
    def label(self) -> str:
        """The area's name in the current language."""
        return text_of(self.name)


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


def weekday_short(day: dt.date) -> str:
    """The day's short name in the program's language: «lun», «Mon»."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def weekday_names() -> list[str]:
    """The short names of the days, Monday first."""
    return [QLocale().dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)]


def month_name(month: int) -> str:
    """The month's name as said alone: «novembre», «November»."""
    return QLocale().standaloneMonthName(month)
