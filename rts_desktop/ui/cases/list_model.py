"""The case list model: the pages of rows read from SQL so far, fetched as the view scrolls.

Filtering, sorting and counting happen in the database (``services/cases/case_pages``); the
model holds the rows shown and the keyset where the next page starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.kernel.text import fold
from rts_desktop.models.vocab import label
from rts_desktop.services.cases.case import KNOWN_FLAGS
from rts_desktop.services.cases.case_list import DEADLINE_LABELS, CaseRow
from rts_desktop.services.cases.case_pages import CaseSort
from rts_desktop.ui.common.dates import format_day
from rts_desktop.ui.common.paged_model import PagedModel

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


COLUMNS: list[tuple[str, Callable[[CaseRow], Any], Callable[[CaseRow], Any]]] = [
    (noop("CaseListModel", "Codice"), lambda r: r.code, lambda r: r.code),
    (noop("CaseListModel", "Stato"), lambda r: text_of(label(r.status)), lambda r: r.status),
    (noop("CaseListModel", "Capofamiglia"), lambda r: r.head_name, lambda r: fold(r.head_name)),
    (
        noop("CaseListModel", "Alloggio"),
        lambda r: r.apartment_code or "",
        lambda r: r.apartment_code or "~",
    ),
    (noop("CaseListModel", "Mun."), lambda r: r.municipio or "", lambda r: r.municipio or 99),
    (
        noop("CaseListModel", "Educatore"),
        lambda r: r.educator_name or "",
        lambda r: fold(r.educator_name or "~"),
    ),
    (
        noop("CaseListModel", "Giorni"),
        lambda r: "" if r.days_in_service is None else r.days_in_service,
        lambda r: -1 if r.days_in_service is None else r.days_in_service,
    ),
    (
        noop("CaseListModel", "Prossima scadenza"),
        lambda r: format_day(r.next_deadline),
        lambda r: r.next_deadline or dt.date.max,
    ),
]


#: the order each column sorts by
SORTS = (
    CaseSort.CODE,
    CaseSort.STATUS,
    CaseSort.HEAD,
    CaseSort.APARTMENT,
    CaseSort.MUNICIPIO,
    CaseSort.EDUCATOR,
    CaseSort.DAYS,
    CaseSort.DEADLINE,
)


class CaseListModel(PagedModel[CaseRow]):
    """The rows read so far, one page after the other (``PagedModel``): the page sets the
    first page, appends the next ones the view asks for, and reads the first page again in
    the order a header click asks."""

    def __init__(self, today: dt.date) -> None:
        super().__init__([], SORTS, (CaseSort.REFERRAL, True))
        self.today = today

    @property
    def visible(self) -> list[CaseRow]:
        """The rows shown."""
        return self.rows

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)

    # --- Qt ---------------------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        r = self.visible[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = COLUMNS[col][1](r)
            return str(value) if value != "" else ""
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return COLUMNS[col][2](r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 7 and r.next_deadline_kind:
                return text_of(DEADLINE_LABELS[r.next_deadline_kind])
            if col == 2 and r.flags:
                return ", ".join(text_of(KNOWN_FLAGS.get(f, f)) for f in r.flags)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 7 and r.next_deadline and r.next_deadline < self.today:
                return QBrush(QColor("#b00020"))
            if r.closed:
                return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("CaseListModel", COLUMNS[section][0])  # i18n: dynamic
        return None
