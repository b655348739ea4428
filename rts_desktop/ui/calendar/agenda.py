"""Agenda: the occurrences of the shown range as a list (sortable, readable by screen readers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from rts_desktop.kernel.i18n import translator
from rts_desktop.services.calendar.queries import OccurrenceDTO
from rts_desktop.services.calendar.view import Names
from rts_desktop.ui.calendar.style import area_style, local, weekday_short
from rts_desktop.ui.common.records_model import Column, Index, RecordsModel

_tr = translator("AgendaModel")


class AgendaModel(RecordsModel[OccurrenceDTO]):
    """Rows are occurrences; the area column carries the colour as decoration and its label."""

    AREA_COLUMN = 2

    def __init__(self) -> None:
        self.names = Names({}, {}, {}, {})
        super().__init__(
            [
                Column(
                    _tr("Giorno"),
                    lambda o: f"{weekday_short(local(o.start))} {local(o.start):%d/%m/%Y}",
                ),
                Column(_tr("Orario"), self._hours),
                Column(_tr("Area"), lambda o: area_style(o.area).label),
                Column(_tr("Titolo"), lambda o: o.title + (" ↻" if o.recurring else "")),
                Column(_tr("Luogo"), self._place),
                Column(_tr("Partecipanti"), self._people),
            ]
        )

    def set_occurrences(self, rows: list[OccurrenceDTO], names: Names) -> None:
        self.names = names
        self.set_rows(rows)

    @staticmethod
    def _hours(o: OccurrenceDTO) -> str:
        if o.all_day:
            return _tr("tutto il giorno")
        return f"{local(o.start):%H:%M}–{local(o.end):%H:%M}"

    def _place(self, o: OccurrenceDTO) -> str:
        return self.names.apartments.get(o.apartment_id or "") or o.place or ""

    def _people(self, o: OccurrenceDTO) -> str:
        people = self.names.people(o.beneficiary_ids, self.names.beneficiaries)
        people += self.names.people(o.operator_ids, self.names.operators)
        return ", ".join(people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.AREA_COLUMN
            and index.row() < len(self.rows)
        ):
            return area_style(self.rows[index.row()].area).fill.darker(130)
        return super().data(index, role)
