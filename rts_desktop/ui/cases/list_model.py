"""The case list model: the pages of rows read from SQL so far, fetched as the view scrolls.

Filtering, sorting and counting happen in the database (``services/cases/case_pages``); the
model holds the rows shown and the keyset where the next page starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.kernel.text import fold
from rts_desktop.models.vocab import label
from rts_desktop.services.cases.case import KNOWN_FLAGS
from rts_desktop.services.cases.case_list import DEADLINE_LABELS, CaseRow
from rts_desktop.services.cases.case_pages import CasePage, CaseSort, Keyset
from rts_desktop.ui.common.dates import format_day

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


class CaseListModel(QAbstractTableModel):
    """The rows read so far, one page after the other.

    The page sets the first page; when the view nears the end it asks for more
    (``canFetchMore``/``fetchMore``), the model emits ``more_wanted`` with the keyset to
    continue from, and the page appends what comes. A header click emits ``sort_wanted``:
    the order is the database's, so the page reads the first page again in it.
    """

    #: the keyset after which the next page starts
    more_wanted = Signal(object)
    #: (CaseSort, descending) asked by a header click
    sort_wanted = Signal(object, bool)

    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today
        self.visible: list[CaseRow] = []
        self.after: Keyset | None = None
        self.fetching = False
        self.order: tuple[CaseSort, bool] = (CaseSort.REFERRAL, True)

    # --- data -----------------------------------------------------------------------------
    def set_page(self, page: CasePage) -> None:
        """The first page of a new reading: the rows shown so far go."""
        self.beginResetModel()
        self.visible = list(page.rows)
        self.after = page.after
        self.fetching = False
        self.endResetModel()

    def add_page(self, page: CasePage) -> None:
        """The page after the rows shown, appended."""
        self.fetching = False
        if page.rows:
            first = len(self.visible)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.visible.extend(page.rows)
            self.endInsertRows()
        self.after = page.after

    def more_failed(self) -> None:
        """The next page could not be read: the view may ask again."""
        self.fetching = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.after is not None and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit(self.after)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORTS):
            return
        self.order = (SORTS[column], order == Qt.SortOrder.DescendingOrder)
        self.sort_wanted.emit(*self.order)

    def row_at(self, row: int) -> CaseRow | None:
        return self.visible[row] if 0 <= row < len(self.visible) else None

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self.visible) if r.id == case_id), -1)

    # --- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

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
